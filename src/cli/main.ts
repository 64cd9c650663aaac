// The command line: commander wiring over the library. Everything that touches
// the process (argv, streams, environment) comes in through `Io`, so the same
// cases run in-process in the tests and through the spawned binary.
//
// Exit status: 0 clean, 1 validation found errors, 2 usage or input failure.
import { createWriteStream, openSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import type { ValidationResult } from '../validate.js';
import type { RenderSpec } from './render.js';
import { colorLevel, paintFor } from './color.js';
import { expandInputs } from './inputs.js';
import { progressBar } from './progress.js';

// commander is CommonJS: require() skips the ES loader's scan of its source for named exports,
// about 10 ms of every start.
const { Command, CommanderError, Option } = createRequire(import.meta.url)('commander') as typeof Commander;
type Command = Commander.Command;

class OutputError extends Error {}
/** The output stream is gone: its reader went away (`plan-parse … | head`), or a write failed. */
class OutputGone extends Error {
  constructor(
    readonly out: Writable,
    /** The error's code, when it is known here rather than from the stream's 'error' event. */
    readonly code?: string,
  ) {
    super('output closed');
  }
}

type Out = Writable & { isTTY?: boolean; columns?: number };

export type Io = {
  argv: string[];
  stdin?: Readable & { isTTY?: boolean };
  stdout?: Out;
  stderr?: Out;
  env?: Record<string, string | undefined>;
};

export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;
const FORMATS = ['json', 'ndjson', 'csv', 'table', 'tree'] as const;
type Format = (typeof FORMATS)[number];

/** The package version, from the nearest package.json above this module (src/ or dist/src/). */
function version(): string {
  for (let url = new URL('./package.json', import.meta.url); ; url = new URL('../package.json', url)) {
    try {
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'plan-parse') return pkg.version;
    } catch {
      // not here: one folder up
    }
    if (url.pathname === '/package.json') return '0.0.0';
  }
}

const EXAMPLES = `
Examples:
  plan-parse seeds/000_42792dad20fa24c9.txt              table of targets (on a terminal)
  plan-parse plan.txt --format json > plan.json          the JSON document
  plan-parse archive/ --format csv --bom -o targets.csv  every target of a folder, for Excel
  plan-parse archive/ --format ndjson --jobs 2           one JSON document per line
  cat plan.txt | plan-parse - --format tree              the section hierarchy, from stdin
  plan-parse validate --strict plans/*.txt               diagnostics for CI
  plan-parse schema                                      the JSON Schema of the output

Exit status: 0 clean, 1 validation found errors, 2 usage or input failure.`;

/** Where output goes: stdout, or a file for -o. */
function sink(io: Required<Io>, output: string | undefined): { out: Out; toFile: boolean; close: () => Promise<void> } {
  if (!output || output === '-') return { out: io.stdout, toFile: false, close: async () => {} };
  // opened here, synchronously, so a bad path fails at once with a plain message
  let fd: number;
  try {
    fd = openSync(output, 'w');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'no such folder' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new OutputError(`${output}: cannot write (${reason})`);
  }
  const file = createWriteStream('', { fd });
  heard(file, output);
  return {
    out: file,
    toFile: true,
    close: () => new Promise((resolve, reject) => file.end((e?: NodeJS.ErrnoException | null) => (e ? reject(new OutputGone(file, e.code ?? e.message)) : resolve()))),
  };
}

/** Writes and waits when the stream asks for it, so large runs stream in bounded memory. */
async function write(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new OutputGone(out);
  if (!text) return;
  if (out.write(text)) return;
  // a pipe closed by its reader never drains: it closes
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
  if (out.destroyed) throw new OutputGone(out);
}

type CommonOpts = { output?: string; encoding?: string; glob?: string[]; jobs?: string; quiet?: boolean; color: boolean };

async function collectInputs(io: Required<Io>, inputs: string[], opts: CommonOpts) {
  const list = inputs.length ? inputs : io.stdin.isTTY ? [] : ['-'];
  if (list.length === 0) return null;
  return expandInputs(list, opts.glob ?? []);
}

function jobsOf(opts: CommonOpts): number {
  if (opts.jobs === undefined) return availableParallelism();
  const n = Number(opts.jobs);
  if (!Number.isInteger(n) || n < 1) throw new CommanderError(EXIT.failure, 'plan-parse.jobs', `--jobs takes a whole number ≥ 1, not "${opts.jobs}"`);
  return n;
}

async function runParse(io: Required<Io>, inputs: string[], opts: CommonOpts & { format?: Format; what: 'targets' | 'sections'; bom?: boolean }): Promise<number> {
  const items = await collectInputs(io, inputs, opts);
  if (!items) {
    io.stderr.write('plan-parse: no input: name files or folders, or pipe text in (see --help)\n');
    return EXIT.failure;
  }
  const jobs = jobsOf(opts);
  const format: Format = opts.format ?? (io.stdout.isTTY && !opts.output ? 'table' : 'json');
  const { out, toFile, close } = sink(io, opts.output);
  const color = colorLevel({ flag: opts.color, env: io.env, isTTY: !!io.stdout.isTTY, toFile });
  const single = items.length === 1;
  const render: RenderSpec =
    format === 'json' ? { kind: 'json', pretty: single }
    : format === 'ndjson' ? { kind: 'ndjson' }
    : format === 'csv' ? { kind: 'csv', what: opts.what }
    : format === 'table' ? { kind: 'table', color, width: io.stdout.columns }
    : { kind: 'tree', color };
  const progress = progressBar(items.length, io.stderr, !opts.quiet);

  let status: number = EXIT.ok;
  let written = 0;
  if (format === 'csv') await write(out, (await import('../format/csv.js')).csvHeader({ what: opts.what, bom: opts.bom }));
  else if (opts.bom && toFile) await write(out, '\ufeff');
  const { parseAll } = await import('./run-files.js');
  for await (const r of parseAll(items, { jobs, encoding: opts.encoding, stdin: io.stdin, render })) {
    progress.tick();
    if (r.error || !r.rendered) {
      io.stderr.write(`plan-parse: ${r.error}\n`);
      status = EXIT.failure;
      continue;
    }
    const text = r.rendered.text;
    if (format === 'json' && !single) await write(out, (written ? ',\n' : '[\n') + text);
    else if ((format === 'table' || format === 'tree') && written) await write(out, '\n' + text);
    else await write(out, text);
    written++;
  }
  if (format === 'json' && !single) await write(out, written ? '\n]\n' : '[]\n');
  progress.done();
  await close();
  return status;
}

async function runValidate(io: Required<Io>, inputs: string[], opts: CommonOpts & { format: 'text' | 'json' | 'sarif'; strict?: boolean }): Promise<number> {
  const items = await collectInputs(io, inputs, opts);
  if (!items) {
    io.stderr.write('plan-parse validate: no input: name files or folders, or pipe text in\n');
    return EXIT.failure;
  }
  const jobs = jobsOf(opts);
  const { out, toFile, close } = sink(io, opts.output);
  const color = colorLevel({ flag: opts.color, env: io.env, isTTY: !!io.stdout.isTTY, toFile });
  const paint = await paintFor(color);
  const fmt = { ...(await import('../format/diagnostics.js')), ...(await import('../format/sarif.js')) };
  const { parseAll } = await import('./run-files.js');
  const render: RenderSpec = { kind: 'validate', strict: !!opts.strict, text: opts.format === 'text', color };
  const progress = progressBar(items.length, io.stderr, !opts.quiet);

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
    await write(out, r.rendered.text);
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

function program(io: Required<Io>, setStatus: (n: number) => void): Command {
  const common = (cmd: Command) =>
    cmd
      .option('-o, --output <file>', 'write to a file instead of stdout')
      .option('--encoding <name>', 'decode input as this encoding (utf-8, gb18030, gbk, utf-16le, …) instead of detecting it')
      .option('--glob <pattern...>', 'also take files matching these patterns when walking folders (default: *.txt)')
      .option('-j, --jobs <n>', 'worker threads for many files (default: number of cores)')
      .option('-q, --quiet', 'no progress bar')
      .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)');

  const prog = new Command('plan-parse')
    .description('Turn Chinese government policy documents (方案, 要点, 计划, 规划) into data:\nthe numbered task tree, who leads each task, and every quantified target.')
    .version(version(), '-V, --version')
    .enablePositionalOptions()
    .argument('[inputs...]', 'files, folders (walked for *.txt), or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS))
    .addOption(new Option('--what <rows>', 'csv rows: one per target or per section').choices(['targets', 'sections']).default('targets'))
    .option('--bom', 'start the output with a UTF-8 byte-order mark (for Excel)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts) => setStatus(await runParse(io, inputs, opts)));
  common(prog);

  common(
    prog
      .command('validate')
      .description('report numbering gaps, missing ordinals, unbalanced brackets and other defects, for CI')
      .argument('[inputs...]', 'files, folders, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'sarif']).default('text'))
      .option('--strict', 'treat warnings as errors')
      .addHelpText('after', '\nExit status: 0 no errors, 1 errors found, 2 usage or input failure.\n\nExamples:\n  plan-parse validate plan.txt\n  plan-parse validate --strict --format sarif plans/ -o plan-parse.sarif')
      .action(async (inputs: string[], opts) => setStatus(await runValidate(io, inputs, opts))),
  );

  prog
    .command('schema')
    .description('print the JSON Schema of the output (schemaVersion 1)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { output?: string }) => {
      const { jsonSchema } = await import('../json-schema.js');
      const { out, close } = sink(io, opts.output);
      await write(out, JSON.stringify(jsonSchema(), null, 2) + '\n');
      await close();
      setStatus(EXIT.ok);
    });

  for (const cmd of [prog, ...prog.commands]) {
    cmd.exitOverride();
    cmd.configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, w) => w(s),
    });
  }
  return prog;
}

export async function main(partial: Io): Promise<number> {
  const io: Required<Io> = {
    argv: partial.argv,
    stdin: partial.stdin ?? process.stdin,
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    env: partial.env ?? process.env,
  };
  let status: number = EXIT.ok;
  heard(io.stdout);
  try {
    await program(io, (n) => (status = n)).parseAsync(io.argv, { from: 'user' });
    return await written(io, status);
  } catch (e) {
    if (e instanceof OutputGone) {
      const state = listening.get(e.out);
      // EPIPE on stdout: the reader has what it wanted, as with any Unix tool
      if (state?.error === undefined && e.out === io.stdout) return status;
      io.stderr.write(`plan-parse: cannot write ${state?.label ?? 'the output'} (${e.code ?? state?.error ?? 'closed'})\n`);
      return EXIT.failure;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return await written(io, EXIT.ok);
      if (e.code === 'plan-parse.jobs') io.stderr.write(`plan-parse: ${e.message}\n`);
      return EXIT.failure;
    }
    if (e instanceof OutputError) {
      io.stderr.write(`plan-parse: ${e.message}\n`);
      return EXIT.failure;
    }
    const err = e as NodeJS.ErrnoException;
    // an output file that cannot be written, or a bug: one line, never a stack trace
    io.stderr.write(`plan-parse: ${err.path ? `${err.path}: ` : ''}${err.code === 'ENOENT' ? 'no such file or folder' : err.message}\n`);
    if (io.env.PLAN_PARSE_DEBUG) io.stderr.write(`${err.stack}\n`);
    return EXIT.failure;
  }
}

/** `status`, unless the last write to stdout failed: that is reported only after it (stdout on a full disk). */
async function written(io: Required<Io>, status: number): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  const state = listening.get(io.stdout);
  if (state?.error === undefined) return status;
  io.stderr.write(`plan-parse: cannot write ${state.label} (${state.error})\n`);
  return EXIT.failure;
}

/** What went wrong on each output stream, and what to call it in a message. */
const listening = new WeakMap<Writable, { label: string; error?: string }>();
/**
 * A write error arrives as an 'error' event on the stream, after the write; unheard, it ends the process
 * with a stack trace (EPIPE, from "| head", even after --help). Heard, it leaves the stream destroyed
 * and the next write stops the run. One listener per stream, kept for the life of the stream.
 */
function heard(out: Writable, label = 'the output'): void {
  if (listening.has(out)) return;
  const state: { label: string; error?: string } = { label };
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') state.error = e.code ?? e.message;
  });
  listening.set(out, state);
}
