// `plan-parse units FILE…`: which department leads and shares which tasks,
// across every input, with department names made canonical (the built-in
// table, and the configuration's `departments` aliases first).
import { EXIT, write, type FullIo } from './io.js';
import { finish, open, type CommonOpts } from './commands.js';
import { paintFor } from './color.js';

export const UNITS_FORMATS = ['table', 'json', 'csv'] as const;
export type UnitsOpts = CommonOpts & { format?: (typeof UNITS_FORMATS)[number] };

export async function runUnits(io: FullIo, inputs: string[], opts: UnitsOpts): Promise<number> {
  const format = opts.format ?? (io.stdout.isTTY && !opts.output ? 'table' : 'json');
  const run = await open(io, inputs, opts);
  if (!run) {
    io.stderr.write('plan-parse units: no input: name files or folders, or pipe text in\n');
    return EXIT.failure;
  }
  const [{ canonicalizer }, { matrixBuilder }, { formatUnits }, { InputError }, { readItem }, paint] = await Promise.all([
    import('../analyst/departments.js'),
    import('../analyst/responsibility.js'),
    import('../format/units.js'),
    import('../read.js'),
    import('./run-files.js'),
    paintFor(run.color),
  ]);
  const matrix = matrixBuilder(canonicalizer(run.config.departments));
  let status: number = EXIT.ok;
  let read = 0;
  for (const item of run.items) {
    run.progress.tick();
    try {
      matrix.add(await readItem(item, run.read, io.stdin));
      read++;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr.write(`plan-parse: ${e.message}\n`);
      status = EXIT.failure;
    }
  }
  run.progress.done();
  if (read === 0 && status !== EXIT.ok) {
    await finish(io, run.sink, false); // nothing read: a file named by -o stays as it was
    return status;
  }
  await write(run.sink.out, formatUnits(matrix.rows(), format, paint));
  await run.sink.close();
  return status;
}
