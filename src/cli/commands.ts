// The two commands that read documents: parse (JSON, NDJSON, CSV, table, tree)
// and validate (text, JSON, SARIF). Both open the same way: inputs expanded,
// the output opened, colour decided once.
import { availableParallelism } from 'node:os';
import type { ValidationResult } from '../validate.js';
import type { RenderSpec } from './render.js';
import { colorLevel, paintFor, type ColorLevel } from './color.js';
import { expandInputs, type InputItem } from './inputs.js';
import { progressBar, type Progress } from './progress.js';
import { EXIT, UsageError, write, writeAll, type FullIo } from './io.js';
import { sink, type Sink } from './output.js';
import { version } from './version.js';

export type CommonOpts = { output?: string; encoding?: string; glob?: string[]; jobs?: string; quiet?: boolean; color: boolean };
export type ParseOpts = CommonOpts & { format?: Format };
export const FORMATS = ['json', 'ndjson', 'csv', 'table', 'tree'] as const;
export type Format = (typeof FORMATS)[number];

type Opened = { items: InputItem[]; single: boolean; jobs: number; sink: Sink; color: ColorLevel; progress: Progress };

/**
 * The opening steps of both commands; null when there is no input at all. Stdin is read for "-",
 * or when nothing is named and it is not a terminal; inputs named that come to no file are an error.
 */
async function open(io: FullIo, inputs: string[], opts: CommonOpts): Promise<Opened | null> {
  const list = inputs.length ? inputs : io.stdin.isTTY ? [] : ['-'];
  if (list.length === 0) return null;
  const { items, single, warnings } = await expandInputs(list, { globs: opts.glob ?? [], cwd: io.cwd });
  for (const w of warnings) io.stderr.write(`plan-parse: warning: ${w}\n`);
  if (items.length === 0) throw new UsageError('no input files');
  const jobs = jobsOf(opts);
  const out = sink(io, opts.output, items.flatMap((i) => (i.kind === 'file' ? [i.path] : [])));
  const color = colorLevel({ flag: opts.color, env: io.env, isTTY: !!io.stdout.isTTY, toFile: out.toFile });
  return { items, single, jobs, sink: out, color, progress: progressBar(items.length, io.stderr, !opts.quiet) };
}

function jobsOf(opts: CommonOpts): number {
  if (opts.jobs === undefined) return availableParallelism();
  const n = Number(opts.jobs);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number ≥ 1, not "${opts.jobs}"`);
  return n;
}

export async function runParse(io: FullIo, inputs: string[], opts: ParseOpts & { what: 'targets' | 'sections'; whatGiven?: boolean; bom?: boolean }): Promise<number> {
  const format: Format = opts.format ?? (io.stdout.isTTY && !opts.output ? 'table' : 'json');
  // options that do nothing in this format are said to do nothing, not silently dropped
  if (format !== 'csv' && opts.whatGiven) io.stderr.write(`plan-parse: warning: --what applies to csv output only; ignored for ${format}\n`);
  if (format !== 'csv' && opts.bom) io.stderr.write(`plan-parse: warning: --bom applies to csv output only; ignored for ${format}\n`);
  const run = await open(io, inputs, opts);
  if (!run) {
    io.stderr.write('plan-parse: no input: name files or folders, or pipe text in (see --help)\n');
    return EXIT.failure;
  }
  const { items, single, jobs, color, progress } = run;
  const { out, close } = run.sink;
  const render: RenderSpec =
    format === 'json' ? { kind: 'json', pretty: single }
    : format === 'ndjson' ? { kind: 'ndjson' }
    : format === 'csv' ? { kind: 'csv', what: opts.what }
    : format === 'table' ? { kind: 'table', color, width: io.stdout.columns }
    : { kind: 'tree', color };

  let status: number = EXIT.ok;
  let written = 0;
  if (format === 'csv') await write(out, (await import('../format/csv.js')).csvHeader({ what: opts.what, bom: opts.bom }));
  const { parseAll } = await import('./run-files.js');
  for await (const r of parseAll(items, { jobs, encoding: opts.encoding, stdin: io.stdin, render })) {
    progress.tick();
    if (r.error || !r.rendered) {
      io.stderr.write(`plan-parse: ${r.error}\n`);
      status = EXIT.failure;
      continue;
    }
    if (format === 'json' && !single) await write(out, written ? ',\n' : '[\n');
    else if ((format === 'table' || format === 'tree') && written) await write(out, '\n');
    await writeAll(out, r.rendered.pieces);
    written++;
  }
  if (format === 'json' && !single) await write(out, written ? '\n]\n' : '[]\n');
  progress.done();
  await close();
  return status;
}

export async function runValidate(io: FullIo, inputs: string[], opts: CommonOpts & { format: 'text' | 'json' | 'sarif'; strict?: boolean }): Promise<number> {
  const run = await open(io, inputs, opts);
  if (!run) {
    io.stderr.write('plan-parse validate: no input: name files or folders, or pipe text in\n');
    return EXIT.failure;
  }
  const { items, jobs, color, progress } = run;
  const { out, close } = run.sink;
  const paint = await paintFor(color);
  const fmt = { ...(await import('../format/diagnostics.js')), ...(await import('../format/sarif.js')) };
  const { parseAll } = await import('./run-files.js');
  const render: RenderSpec = { kind: 'validate', strict: !!opts.strict, text: opts.format === 'text', color };

  let failed = false;
  const results: ValidationResult[] = [];
  for await (const r of parseAll(items, { jobs, encoding: opts.encoding, stdin: io.stdin, render })) {
    progress.tick();
    if (r.error || !r.rendered?.validation) {
      io.stderr.write(`plan-parse: ${r.error}\n`);
      failed = true;
      continue;
    }
    results.push(r.rendered.validation); // diagnostics only: a folder of documents does not pile up in memory
    await writeAll(out, r.rendered.pieces);
  }
  progress.done();
  const all = results.flatMap((v) => v.diagnostics);
  if (opts.format === 'text') await write(out, fmt.summaryLine(results.length, fmt.countDiagnostics(all), paint));
  else if (opts.format === 'json') await write(out, JSON.stringify(results, null, 2) + '\n');
  else await write(out, fmt.toSarif(results, { version: version() }));
  await close();
  if (failed) return EXIT.failure;
  return results.some((v) => !v.ok) ? EXIT.problems : EXIT.ok;
}
