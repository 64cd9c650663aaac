// The commands that read documents: parse (JSON, NDJSON, CSV, table, tree; HTML
// in html-pages.ts), validate (text, JSON, SARIF, GitHub, compact) and text. They,
// and diff and units, open the same way: configuration loaded, inputs expanded
// (and sharded), the output opened, colour decided once.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { ValidationResult } from '../validate.js';
import type { Config } from '../config/schema.js';
import { ConfigError, loadConfig } from '../config/load.js';
import type { ListStyle, RenderSpec } from './render.js';
import { colorLevel, paintFor, type ColorLevel, type ColorMode } from './color.js';
import { expandInputs, pathMatcher, type InputItem } from './inputs.js';
import { progressBar, type Progress } from './progress.js';
import { EXIT, UsageError, write, writeAll, type FullIo } from './io.js';
import { abandon, sink, type Sink } from './output.js';
import { parseShard, shardOf } from './shard.js';
import { inputError } from './input-error.js';
import type { ReadOptions } from '../read.js';
import type { SourceFormat } from '../tree/schema.js';
import { version } from './version.js';

export type CommonOpts = {
  output?: string;
  encoding?: string;
  glob?: string[];
  jobs?: string;
  quiet?: boolean;
  color?: ColorMode | boolean;
  config?: string | false;
  shard?: string;
  maxBytes?: string;
  from?: SourceFormat;
};
export const FORMATS = ['json', 'ndjson', 'csv', 'table', 'tree', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export const VALIDATE_FORMATS = ['text', 'json', 'sarif', 'github', 'compact'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export type Opened = {
  items: InputItem[];
  single: boolean;
  jobs: number;
  sink: Sink;
  /** The folder -o names when each input gets a file of its own there (OpenHow.outputFolder); the sink is then stdout. */
  folder: string | null;
  color: ColorLevel;
  progress: Progress;
  config: Config;
  read: ReadOptions;
};

export type OpenHow = {
  /** Inputs as named, each one document: no folder walked, nothing read once for being named twice (diff). */
  asNamed?: boolean;
  /** Several inputs, or -o naming a folder, write one file each into that folder (HTML pages). */
  outputFolder?: boolean;
};

/**
 * The opening steps of every command that reads documents; null when there is no input at all. Stdin is read
 * for "-", or when nothing is named and it is not a terminal; inputs named that come to no file are an error.
 */
export async function open(io: FullIo, inputs: string[], opts: CommonOpts, how: OpenHow = {}): Promise<Opened | null> {
  const config = await configOf(io, opts);
  const shard = opts.shard === undefined ? null : parseShard(opts.shard);
  const read: ReadOptions = {
    encoding: opts.encoding,
    ...(opts.maxBytes === undefined ? {} : { maxBytes: wholeNumber('--max-bytes', opts.maxBytes, 1) }),
    ...(opts.from === undefined ? {} : { from: opts.from }),
  };
  const list = inputs.length ? inputs : io.stdin.isTTY ? [] : ['-'];
  if (list.length === 0) return null;
  const ignoredBy = pathMatcher(config.ignore.map((glob) => ({ glob })));
  const ignored = config.ignore.length ? (path: string) => ignoredBy(relative(config.dir, resolve(io.cwd, path)).split(sep).join('/')) : undefined;
  const expanded = how.asNamed
    ? { items: list.map((i): InputItem => (i === '-' ? { kind: 'stdin' } : { kind: 'file', path: i, at: resolve(io.cwd, i) })), single: false, warnings: [] }
    : await expandInputs(list, { globs: opts.glob ?? [], cwd: io.cwd, ignored });
  for (const w of expanded.warnings) io.stderr.write(`plan-parse: warning: ${w}\n`);
  if (expanded.items.length === 0) throw new UsageError('no input files');
  const items = shard ? expanded.items.filter((i) => shardOf(i.kind === 'stdin' ? '-' : relative(io.cwd, resolve(io.cwd, i.path)), shard.count) === shard.index) : expanded.items;
  // one thread unless asked: the bench (1,000 files to NDJSON) finds workers slower on this 2-core machine,
  // each loading and warming the whole module graph
  const jobs = opts.jobs === undefined ? 1 : wholeNumber('--jobs', opts.jobs, 1);
  const single = expanded.single && !shard;
  // several inputs, or an -o that is (or ends as) a folder: a file each, in the folder
  const toFolder = (o: string) => !single || /[\\/]$/.test(o) || isFolder(resolve(io.cwd, o));
  const folder = how.outputFolder && opts.output !== undefined && opts.output !== '-' && toFolder(opts.output) ? opts.output : null;
  // every input, not only this shard's: another job of the matrix reads the others
  const out = sink(io, folder === null ? opts.output : undefined, expanded.items.flatMap((i) => (i.kind === 'file' ? [i.path] : [])));
  const color = colorLevel({ mode: opts.color, env: io.env, isTTY: !!io.stdout.isTTY, toFile: out.toFile || folder !== null });
  return { items, single, jobs, sink: out, folder, color, progress: progressBar(items.length, io.stderr, !opts.quiet), config, read };
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

async function configOf(io: FullIo, opts: CommonOpts): Promise<Config> {
  try {
    return await loadConfig({ cwd: io.cwd, file: opts.config || undefined, search: opts.config !== false });
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

export function wholeNumber(flag: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < min) throw new UsageError(`${flag} takes a whole number ≥ ${min}, not "${text}"`);
  return n;
}

export async function runParse(io: FullIo, inputs: string[], opts: CommonOpts & { format?: Format; what: 'targets' | 'sections'; whatGiven?: boolean; bom?: boolean }): Promise<number> {
  const format: Format = opts.format ?? (io.stdout.isTTY && !opts.output ? 'table' : 'json');
  // options that do nothing in this format are said to do nothing, not silently dropped
  if (format !== 'csv' && opts.whatGiven) io.stderr.write(`plan-parse: warning: --what applies to csv output only; ignored for ${format}\n`);
  if (format !== 'csv' && opts.bom) io.stderr.write(`plan-parse: warning: --bom applies to csv output only; ignored for ${format}\n`);
  const run = await open(io, inputs, opts, { outputFolder: format === 'html' });
  if (!run) {
    io.stderr.write('plan-parse: no input: name files or folders, or pipe text in (see --help)\n');
    return EXIT.failure;
  }
  if (format === 'html') return (await import('./html-pages.js')).writePages(io, run);
  const { items, single, jobs, color, progress } = run;
  const { out } = run.sink;
  const levels = run.config.rules;
  const render: RenderSpec =
    format === 'json' ? { kind: 'json', pretty: single, levels }
    : format === 'ndjson' ? { kind: 'ndjson', levels }
    : format === 'csv' ? { kind: 'csv', what: opts.what, levels }
    : format === 'table' ? { kind: 'table', color, width: io.stdout.columns, levels }
    : { kind: 'tree', color, levels }; // html went its own way above

  let status: number = EXIT.ok;
  let written = 0;
  if (format === 'csv') await write(out, (await import('../format/csv.js')).csvHeader({ what: opts.what, bom: opts.bom }));
  const { parseAll } = await import('./run-files.js');
  for await (const r of parseAll(items, { jobs, read: run.read, stdin: io.stdin, render })) {
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
  await finish(io, run.sink, written > 0 || status === EXIT.ok);
  return status;
}

export async function runValidate(
  io: FullIo,
  inputs: string[],
  opts: CommonOpts & { format: ValidateFormat; strict?: boolean; maxWarnings?: string },
): Promise<number> {
  const maxWarnings = opts.maxWarnings === undefined ? Infinity : wholeNumber('--max-warnings', opts.maxWarnings, 0);
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
  const { lister } = await import('./render.js');
  const list: ListStyle = opts.format === 'text' || opts.format === 'github' || opts.format === 'compact' ? opts.format : 'none';
  const render: RenderSpec = { kind: 'validate', strict: !!opts.strict, list, color, levels: run.config.rules };
  const listOne = await lister(list, color);

  let failed = false;
  const results: ValidationResult[] = [];
  for await (const r of parseAll(items, { jobs, read: run.read, stdin: io.stdin, render })) {
    progress.tick();
    if (r.error || !r.rendered?.validation) {
      io.stderr.write(`plan-parse: ${r.error}\n`);
      failed = true;
      // an input that cannot be read is a result too, so CI shows it beside the others
      const v = inputError(r.label, r.reason ?? r.error ?? 'cannot be read');
      results.push(v);
      if (list !== 'text') await write(out, listOne(r.label, v.diagnostics));
      continue;
    }
    results.push(r.rendered.validation); // diagnostics only: a folder of documents does not pile up in memory
    await writeAll(out, r.rendered.pieces);
  }
  progress.done();
  const read = results.filter((v) => !v.diagnostics.some((d) => d.code === 'input-error'));
  const counts = fmt.countDiagnostics(read.flatMap((v) => v.diagnostics));
  if (opts.format === 'text') await write(out, fmt.summaryLine(read.length, counts, paint));
  else if (opts.format === 'json') await writeAll(out, (await import('../format/json.js')).jsonPieces(results, { pretty: true }));
  else if (opts.format === 'sarif') await write(out, fmt.toSarif(results, { version: version(), cwd: io.cwd }));
  await close();
  if (failed) return EXIT.failure;
  if (results.some((v) => !v.ok)) return EXIT.problems;
  if (counts.warnings > maxWarnings) {
    io.stderr.write(`plan-parse: ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** `plan-parse text`: the document text each input is parsed from (markup, headers and page furniture left out). */
export async function runText(io: FullIo, inputs: string[], opts: CommonOpts): Promise<number> {
  const run = await open(io, inputs, opts);
  if (!run) {
    io.stderr.write('plan-parse text: no input: name files or folders, or pipe text in\n');
    return EXIT.failure;
  }
  const { readInput, readStream, readText, InputError } = await import('../read.js');
  const { out } = run.sink;
  let status: number = EXIT.ok;
  let written = 0;
  for (const item of run.items) {
    const label = item.kind === 'stdin' ? '-' : item.path;
    try {
      if (item.kind === 'error') throw new InputError(item.path, item.reason);
      const bytes = item.kind === 'stdin' ? await readStream(io.stdin, '-', run.read.maxBytes) : await readInput(item.at, run.read.maxBytes, item.path);
      const { text } = await readText(bytes, label, run.read);
      // several inputs are told apart as head(1) does
      if (run.items.length > 1) await write(out, `${written ? '\n' : ''}==> ${label} <==\n`);
      await write(out, text.endsWith('\n') ? text : `${text}\n`);
      written++;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr.write(`plan-parse: ${e.message}\n`);
      status = EXIT.failure;
    }
  }
  await finish(io, run.sink, written > 0 || status === EXIT.ok);
  return status;
}

/**
 * Ends a run's output: a file named by -o takes its place only if the run wrote something or went well;
 * when every input failed, the file stays as it was (its temporary file is removed).
 */
export async function finish(io: FullIo, s: Sink, keep: boolean): Promise<void> {
  if (keep || !s.toFile) await s.close();
  else abandon(io);
}
