// `plan-parse diff OLD NEW`: the targets of two documents compared, or (with
// --against baselines) a plan's targets against the figures a later document
// reports. Exit status as diff(1): 0 no difference, 1 differences, 2 trouble.
import { EXIT, UsageError, write, type FullIo } from './io.js';
import { open, type CommonOpts } from './commands.js';
import { abandon } from './output.js';
import { paintFor } from './color.js';
import type { Document } from '../tree/schema.js';

export const DIFF_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type DiffOpts = CommonOpts & { format?: (typeof DIFF_FORMATS)[number]; all?: boolean; against?: 'baselines' };

export async function runDiff(io: FullIo, oldInput: string, newInput: string, opts: DiffOpts): Promise<number> {
  const format = opts.format ?? (io.stdout.isTTY && !opts.output ? 'table' : 'json');
  if (oldInput === '-' && newInput === '-') throw new UsageError('standard input (-) can be named only once');
  if (opts.all && opts.against) io.stderr.write('plan-parse: warning: --all applies to a diff of targets; ignored with --against baselines\n');
  const run = (await open(io, [oldInput, newInput], opts, { asNamed: true }))!;
  const [{ InputError }, { readItem }] = await Promise.all([import('../read.js'), import('./run-files.js')]);
  const docs: Document[] = [];
  for (const item of run.items) {
    try {
      docs.push(await readItem(item, run.read, io.stdin));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr.write(`plan-parse: ${e.message}\n`);
    }
  }
  if (docs.length < 2) {
    abandon(io); // a file named by -o stays as it was
    return EXIT.failure;
  }
  const [older, newer] = docs as [Document, Document];
  const [analyst, fmt, paint] = await Promise.all([import('../analyst/diff.js'), import('../format/diff.js'), paintFor(run.color)]);
  let differs: boolean;
  if (opts.against === 'baselines') {
    const report = analyst.checkAgainstBaselines(older, newer);
    differs = report.results.some((r) => r.status === 'not-reached');
    await write(run.sink.out, fmt.formatBaselineReport(report, format, paint));
  } else {
    const diff = analyst.diffTargets(older, newer, { all: opts.all });
    differs = analyst.hasDifferences(diff);
    await write(run.sink.out, fmt.formatDiff(diff, format, paint));
  }
  await run.sink.close();
  return differs ? EXIT.problems : EXIT.ok;
}
