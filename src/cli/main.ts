// The command line: commander wiring over the commands. Everything that touches
// the process (argv, streams, environment) comes in through `Io` (see io.ts).
//
// Exit status: 0 clean, 1 validation found errors, 2 usage or input failure.
import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import { EXIT, fullIo, heard, OutputGone, streamState, UsageError, write, written, type FullIo, type Io } from './io.js';
import { FORMATS, runParse, runText, runValidate, VALIDATE_FORMATS } from './commands.js';
import { DIFF_FORMATS, runDiff } from './diff-command.js';
import { runUnits, UNITS_FORMATS } from './units-command.js';
import { COLOR_MODES } from './color.js';
import { CONFIG_NAME } from '../config/load.js';
import { abandon, sink } from './output.js';
import { version } from './version.js';
import { SOURCE_FORMATS } from '../data/source-formats.js';

export { EXIT, type Io } from './io.js';

// commander is CommonJS: require() skips the ES loader's scan of its source for named exports,
// about 10 ms of every start.
const { Command, CommanderError, Option } = createRequire(import.meta.url)('commander') as typeof Commander;
type Command = Commander.Command;

const EXAMPLES = `
Examples:
  plan-parse seeds/000_42792dad20fa24c9.txt              table of targets (on a terminal)
  plan-parse plan.txt --format json > plan.json          the JSON document
  plan-parse archive/ --format csv --bom -o targets.csv  every target of a folder, for Excel
  plan-parse archive/ --format ndjson --jobs 2           one JSON document per line
  plan-parse plan.pdf --format html -o plan.html         a page to read the targets in the text
  plan-parse archive/ --format html -o pages/            one page per document, into a folder
  cat plan.txt | plan-parse - --format tree              the section hierarchy, from stdin
  plan-parse validate --strict plans/*.txt               diagnostics for CI
  plan-parse diff plan-2023.txt plan-2024.txt            targets added, removed and changed
  plan-parse units plans/                                who leads and shares which tasks
  plan-parse schema                                      the JSON Schema of the output

Configuration: the nearest plan-parse.config.json (or "plan-parse" in package.json) above the
working folder: {"rules": {"<rule id>": "off|info|warning|error"}, "ignore": ["<glob>"], "departments": {…}}.

Exit status: 0 clean, 1 validation found errors, 2 usage or input failure.`;

function program(io: FullIo, setStatus: (n: number) => void): Command {
  /** The options of every command that reads documents; `many` adds those of commands that take folders and many files. */
  const common = (cmd: Command, many: { folders: boolean; jobs: boolean } = { folders: true, jobs: true }) => {
    cmd
      .option('-o, --output <file>', 'write to a file instead of stdout (replaced only when the run ends; never one of the inputs)')
      .option('--encoding <name>', 'decode input as this encoding (utf-8, gb18030, gbk, utf-16le, …) instead of detecting it')
      .option('--max-bytes <n>', 'refuse inputs larger than this many bytes')
      .addOption(new Option('--from <format>', 'read inputs as this format instead of telling it from their bytes').choices(SOURCE_FORMATS));
    if (many.folders)
      cmd
        .option('--glob <pattern>', 'also take files matching this pattern when walking folders (repeatable; default: *.txt, *.md, *.html, *.htm, *.docx, *.pdf in any case)', (v: string, all: string[]) => [...all, v], [] as string[])
        .option('--shard <i/n>', 'take only part i of n of the inputs (stable by path), for a CI matrix');
    cmd
      .option('--config <file>', `read this configuration instead of the nearest ${CONFIG_NAME} (or "plan-parse" in package.json)`)
      .option('--no-config', 'read no configuration file');
    if (many.jobs) cmd.option('-j, --jobs <n>', 'worker threads for many files (default 1: workers pay only on many cores)');
    if (many.folders) cmd.option('-q, --quiet', 'no progress bar');
    return cmd
      .addOption(new Option('--color <when>', 'colour: auto (terminal only, NO_COLOR and FORCE_COLOR honoured), always or never').choices(COLOR_MODES))
      .option('--no-color', 'no colour (as --color never)');
  };

  const prog = new Command('plan-parse')
    .description('Turn Chinese government policy documents (方案, 要点, 计划, 规划) into data:\nthe numbered task tree, who leads each task, and every quantified target.')
    .version(version(), '-V, --version')
    .enablePositionalOptions()
    .argument('[inputs...]', 'files (text, HTML, Markdown, DOCX, PDF), folders (walked for those), or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS))
    .addOption(new Option('--what <rows>', 'csv rows: one per target or per section').choices(['targets', 'sections']).default('targets'))
    .option('--bom', 'start the output with a UTF-8 byte-order mark (for Excel)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts, cmd: Command) =>
      setStatus(await runParse(io, inputs, { ...opts, whatGiven: cmd.getOptionValueSource('what') === 'cli' })),
    );
  common(prog);

  common(
    prog
      .command('validate')
      .description('report numbering gaps, missing ordinals, unbalanced brackets and other defects, for CI')
      .argument('[inputs...]', 'files, folders, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'report format (github: workflow annotations; compact: file:line:col lines)').choices(VALIDATE_FORMATS).default('text'))
      .option('--strict', 'treat warnings as errors')
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .addHelpText('after', '\nExit status: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage or input failure.\n\nExamples:\n  plan-parse validate plan.txt\n  plan-parse validate --strict --format sarif plans/ -o plan-parse.sarif\n  plan-parse validate --format github --max-warnings 0 plans/')
      .action(async (inputs: string[], opts) => setStatus(await runValidate(io, inputs, opts))),
  );

  common(
    prog
      .command('text')
      .description('print the text each input is parsed from: an HTML page, Markdown, DOCX or PDF without its markup')
      .argument('[inputs...]', 'files, folders, or - for stdin')
      .addHelpText('after', '\nExamples:\n  plan-parse text page.html\n  plan-parse text attachment.pdf -o attachment.txt')
      .action(async (inputs: string[], opts) => setStatus(await runText(io, inputs, opts))),
  );

  common(
    prog
      .command('diff')
      .description("compare the targets of two documents (a plan and its next edition): added, removed and changed; with --against baselines, whether a later report's figures reach the plan's targets")
      .argument('<old>', 'the earlier document (text, HTML, Markdown, DOCX or PDF; - for stdin)')
      .argument('<new>', 'the later document')
      .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(DIFF_FORMATS))
      .option('--all', 'also list the targets that did not change')
      .addOption(new Option('--against <what>', "baselines: OLD's targets against the achieved figures (baselines) NEW reports").choices(['baselines']))
      .addHelpText(
        'after',
        '\nExit status (as diff): 0 no difference, 1 differences, 2 usage or input failure. With --against baselines:\n0 every target with a figure reached, 1 a target not reached.\n\nExamples:\n  plan-parse diff plan-2023.txt plan-2024.html\n  plan-parse diff plan-2023.txt plan-2024.txt -f markdown >> review.md\n  plan-parse diff plan-2024.txt report-2025.pdf --against baselines',
      )
      .action(async (older: string, newer: string, opts) => setStatus(await runDiff(io, older, newer, opts))),
    { folders: false, jobs: false },
  );

  common(
    prog
      .command('units')
      .description('the responsibility matrix: each department (by its full name) with the tasks it leads and shares, and their targets')
      .argument('[inputs...]', 'files, folders, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(UNITS_FORMATS))
      .addHelpText('after', '\nDepartment names: the built-in table, and before it the configuration\'s "departments": {"<full name>": ["<alias>", …]}.\n\nExamples:\n  plan-parse units plans/\n  plan-parse units plans/ -f csv -o units.csv')
      .action(async (inputs: string[], opts) => setStatus(await runUnits(io, inputs, opts))),
    { folders: true, jobs: false },
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

  prog.helpCommand('help [command]', 'show help for a command');

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
  const io = fullIo(partial);
  let status: number = EXIT.ok;
  heard(io.stdout);
  try {
    await program(io, (n) => (status = n)).parseAsync(io.argv, { from: 'user' });
    return await written(io, status);
  } catch (e) {
    abandon(io);
    if (e instanceof OutputGone) {
      const state = streamState(e.out);
      // EPIPE on stdout: the reader has what it wanted, as with any Unix tool
      if (state?.error === undefined && e.out === io.stdout) return status;
      io.stderr.write(`plan-parse: cannot write ${state?.label ?? 'the output'} (${e.code ?? state?.error ?? 'closed'})\n`);
      return EXIT.failure;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return await written(io, EXIT.ok);
      return EXIT.failure;
    }
    if (e instanceof UsageError) {
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
