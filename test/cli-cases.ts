// One table of CLI cases, run in-process through main() on every case and
// through the spawned binary on those marked `spawn` (test/cli.test.ts).
// Expected output lives in fixtures/cli/expected/<name>.stdout and .stderr;
// UPDATE=1 rewrites them. "$TMP" is the case's own folder (see test/cli/run.ts).
import { expect } from 'vitest';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { Document } from '../src/tree/schema.js';
import { parseFile } from '../src/read.js';
import { expectedOf, type Run } from './cli/run.js';

export type CliCase = {
  name: string;
  args: string[];
  stdin?: string;
  env?: Record<string, string>;
  exitCode: number;
  /** Compare stdout and stderr with fixtures/cli/expected/<name>.* (default true). */
  snapshot?: boolean;
  /** Also run through the spawned binary: a representative few, as spawning is slow. */
  spawn?: boolean;
  /** Only run spawned (worker threads need the built files). */
  spawnOnly?: boolean;
  /** Files to create in the case's folder, which is also its working directory; "FIXTURE:path" copies a file. */
  files?: Record<string, string>;
  /** Anything else the case's folder needs (symlinks, unreadable files). */
  prepare?: (dir: string) => void;
  /** Assertions beyond the exit code and the snapshots. */
  check?: (run: Run) => void | Promise<void>;
};

const noColor = (r: Run) => expect(r.stdout).not.toContain('\x1b[');

/** The fields code-scanning tools require of a SARIF log. */
function sarifFields(text: string) {
  const log = JSON.parse(text);
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif/);
  const run = log.runs[0];
  expect(run.tool.driver.name).toBe('plan-parse');
  expect(run.results.length).toBeGreaterThan(0);
  for (const r of run.results) {
    expect(typeof r.ruleId).toBe('string');
    expect(['error', 'warning', 'note']).toContain(r.level);
    expect(r.message.text.length).toBeGreaterThan(0);
    const loc = r.locations[0].physicalLocation;
    expect(loc.artifactLocation.uri).toBe('fixtures/cli/plan.txt');
    expect(loc.region.startLine).toBeGreaterThan(0);
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain(r.ruleId);
  }
}

const plan = 'fixtures/cli/plan.txt';
const clean = 'fixtures/cli/clean.txt';

export const CASES: CliCase[] = [
  { name: 'json-one', args: [plan, '--format', 'json'], exitCode: 0, spawn: true, check: (r) => expect(() => Document.parse(JSON.parse(r.stdout))).not.toThrow() },
  { name: 'json-default-when-piped', args: [plan], exitCode: 0 },
  { name: 'json-many', args: [plan, clean, '-f', 'json'], exitCode: 0, check: (r) => expect(JSON.parse(r.stdout).map((d: unknown) => Document.parse(d).source.path)).toEqual([plan, clean]) },
  { name: 'ndjson-folder', args: ['fixtures/cli/folder', '-f', 'ndjson'], exitCode: 0 },
  { name: 'csv', args: [plan, '-f', 'csv'], exitCode: 0 },
  { name: 'csv-bom', args: [plan, '-f', 'csv', '--bom'], exitCode: 0 },
  { name: 'csv-sections', args: [plan, clean, '-f', 'csv', '--what', 'sections'], exitCode: 0 },
  { name: 'table', args: [plan, '-f', 'table'], exitCode: 0, check: noColor },
  { name: 'tree', args: [plan, '-f', 'tree'], exitCode: 0 },
  { name: 'stdin-dash', args: ['-', '-f', 'tree'], stdin: 'STDIN:plan', exitCode: 0 },
  { name: 'stdin-implicit', args: ['-f', 'csv'], stdin: 'STDIN:plan', exitCode: 0, spawn: true },
  { name: 'unreadable-among-good', args: [plan, 'fixtures/cli/missing.txt', clean, '-f', 'ndjson'], exitCode: 2, spawn: true },
  { name: 'binary', args: ['fixtures/cli/binary.txt'], exitCode: 2 },
  { name: 'empty', args: ['fixtures/cli/empty.txt'], exitCode: 2 },
  { name: 'bad-format', args: [plan, '-f', 'xml'], exitCode: 2 },
  { name: 'bad-jobs', args: [plan, '--jobs', 'zero'], exitCode: 2 },
  { name: 'validate-clean', args: ['validate', clean], exitCode: 0 },
  { name: 'validate-warnings', args: ['validate', plan], exitCode: 0 },
  { name: 'validate-strict', args: ['validate', '--strict', plan, clean], exitCode: 1 },
  { name: 'validate-json', args: ['validate', '-f', 'json', plan], exitCode: 0 },
  { name: 'validate-sarif', args: ['validate', '-f', 'sarif', '--strict', plan], exitCode: 1, spawn: true, check: (r) => sarifFields(r.stdout) },
  { name: 'validate-missing', args: ['validate', clean, 'fixtures/cli/missing.txt'], exitCode: 2 },
  { name: 'schema', args: ['schema'], exitCode: 0 },
  { name: 'help', args: ['--help'], exitCode: 0, spawn: true },
  { name: 'validate-help', args: ['validate', '--help'], exitCode: 0 },
  { name: 'version', args: ['--version'], exitCode: 0 },
  { name: 'no-color-env', args: [plan, '-f', 'tree'], env: { NO_COLOR: '1', FORCE_COLOR: '1' }, exitCode: 0, check: noColor },
  { name: 'force-color', args: [plan, '-f', 'tree'], env: { FORCE_COLOR: '1' }, exitCode: 0, spawn: true, check: (r) => expect(r.stdout).toContain('\x1b[') },
  { name: 'no-color-flag', args: [plan, '-f', 'table', '--no-color'], env: { FORCE_COLOR: '1' }, exitCode: 0, check: noColor },
  { name: 'jobs-folder', args: ['fixtures/cli/many', '-f', 'csv', '--jobs', '2'], exitCode: 0, spawnOnly: true },
  { name: 'jobs-one', args: ['fixtures/cli/many', '-f', 'csv', '--jobs', '1'], exitCode: 0, snapshot: false, check: (r) => expect(r.stdout).toBe(expectedOf('jobs-folder')) },
  {
    name: 'output-file-no-color',
    args: ['$REPO/' + plan, '-f', 'tree', '-o', '$TMP/tree.txt'],
    env: { FORCE_COLOR: '1' },
    files: {},
    exitCode: 0,
    check: (r) => {
      expect(r.stdout).toBe('');
      const written = readFileSync(`${r.dir}/tree.txt`, 'utf8');
      expect(written).toContain('（一） 强化企业创新');
      expect(written).not.toContain('\x1b[');
    },
  },
  {
    name: 'output-missing-folder',
    args: [plan, '-o', '/nonexistent/dir/out.json'],
    exitCode: 2,
    check: (r) => expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('/nonexistent/dir/out.json')]),
  },
  // input formats: told from the bytes, or named with --from; `text` prints what is parsed
  { name: 'html-page-csv', args: ['fixtures/formats/page.html', '-f', 'csv'], exitCode: 0, spawn: true },
  { name: 'markdown-crawl-tree', args: ['fixtures/formats/page.md', '-f', 'tree'], exitCode: 0 },
  { name: 'pdf-tree', args: ['fixtures/formats/policy.pdf', '-f', 'tree'], exitCode: 0 },
  {
    name: 'text-of-html',
    args: ['text', 'fixtures/formats/page.html'],
    exitCode: 0,
    check: (r) => expect(r.stdout).not.toMatch(/<[a-z/]|&[a-z]+;|150%|100%/),
  },
  { name: 'text-of-two', args: ['text', 'fixtures/formats/page.md', 'fixtures/cli/clean.txt'], exitCode: 0 },
  {
    name: 'from-text-reads-markup-as-text',
    args: ['fixtures/formats/page.html', '--from', 'text', '-f', 'csv'],
    exitCode: 0,
    check: (r) => expect(r.stdout).toContain('</span>'),
  },
  { name: 'from-unknown-format', args: ['fixtures/formats/page.html', '--from', 'doc'], exitCode: 2 },
  // review fixes: a failed run keeps the -o file; stdin named twice; a lone - is no formula
  {
    name: 'output-kept-when-every-input-fails',
    args: ['missing.txt', '-f', 'json', '-o', 'out.json'],
    files: { 'out.json': '{"precious":1}' },
    exitCode: 2,
    check: (r) => expect(readFileSync(`${r.dir}/out.json`, 'utf8')).toBe('{"precious":1}'),
  },
  { name: 'diff-stdin-twice', args: ['diff', '-', '-'], stdin: 'x', exitCode: 2 },
  { name: 'csv-stdin-file-cell', args: ['-', '-f', 'csv'], stdin: readFileSync('fixtures/cli/clean.txt', 'utf8'), exitCode: 0, snapshot: false, check: (r) => expect(r.stdout.split('\n')[1]).toMatch(/^-,/) },
];


const planText = 'FIXTURE:fixtures/cli/plan.txt';
const cleanText = 'FIXTURE:fixtures/cli/clean.txt';
const read = (path: string) => readFileSync(path, 'utf8');
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** Issue 12: the CLI as CI jobs and scripts rely on it. */
CASES.push(
  {
    name: 'output-is-input',
    args: ['$TMP/in.txt', '-f', 'json', '-o', '$TMP/in.txt'],
    files: { 'in.txt': planText },
    exitCode: 2,
    spawn: true,
    check: (r) => expect(read(`${r.dir}/in.txt`)).toBe(read('fixtures/cli/plan.txt')),
  },
  {
    name: 'output-is-input-by-link',
    args: ['$TMP/docs', '-f', 'csv', '-o', '$TMP/link.txt'],
    files: { 'docs/in.txt': planText },
    prepare: (dir) => symlinkSync(`${dir}/docs/in.txt`, `${dir}/link.txt`),
    exitCode: 2,
    check: (r) => expect(read(`${r.dir}/docs/in.txt`)).toBe(read('fixtures/cli/plan.txt')),
  },
  {
    name: 'output-replaced-whole',
    args: ['$TMP/in.txt', '-f', 'csv', '-o', '$TMP/out.csv'],
    files: { 'in.txt': planText, 'out.csv': 'old contents\n' },
    prepare: (dir) => chmodSync(`${dir}/out.csv`, 0o640),
    exitCode: 0,
    check: (r) => {
      expect(read(`${r.dir}/out.csv`)).toBe(expectedOf('csv').split('fixtures/cli/plan.txt').join(`${r.dir}/in.txt`));
      expect(statSync(`${r.dir}/out.csv`).mode & 0o777).toBe(0o640);
      expect(leftovers(r.dir)).toEqual([]);
    },
  },
  {
    name: 'output-kept-when-input-fails',
    args: ['$TMP/in.txt', '-f', 'json', '-o', '$TMP/out.json', '--jobs', 'zero'],
    files: { 'in.txt': planText, 'out.json': '{"old":true}\n' },
    exitCode: 2,
    check: (r) => {
      expect(read(`${r.dir}/out.json`)).toBe('{"old":true}\n');
      expect(leftovers(r.dir)).toEqual([]);
    },
  },
  // --glob takes one value: the folder after it is an input, and stdin (open, never closed) is not read
  { name: 'glob-one-value', args: ['--glob', '*.md', 'fixtures/cli/folder', '-f', 'csv', '--what', 'sections'], exitCode: 0, spawn: true },
  { name: 'glob-repeated', args: ['--glob', '*.md', '--glob', 'none-*.x', 'fixtures/cli/folder', '-f', 'csv'], exitCode: 0 },
  { name: 'no-input-files', args: ['$TMP/empty', '-f', 'json'], files: { 'empty/notes.csv': 'x' }, exitCode: 2 },
  {
    name: 'json-folder-of-one-is-array',
    args: ['$TMP/one', '-f', 'json'],
    files: { 'one/a.txt': cleanText },
    exitCode: 0,
    check: (r) => expect(JSON.parse(r.stdout)).toHaveLength(1),
  },
  {
    name: 'walk-any-case-links-and-twice',
    args: ['$TMP/d', '$TMP/d/b.txt', '-f', 'csv', '--what', 'sections'],
    files: { 'd/A.TXT': cleanText, 'd/b.txt': cleanText, 'd/sub/c.Txt': cleanText, 'outside.txt': planText },
    prepare: (dir) => {
      symlinkSync(`${dir}/outside.txt`, `${dir}/d/link.txt`);
      symlinkSync(`${dir}/d/b.txt`, `${dir}/d/same-as-b.txt`);
    },
    exitCode: 0,
    check: (r) => expect([...new Set(r.stdout.split('\r\n').slice(1, -1).map((l) => l.split(',')[0]))]).toEqual(['$TMP/d/A.TXT', '$TMP/d/b.txt', '$TMP/d/link.txt', '$TMP/d/sub/c.Txt'].map((p) => p.replace('$TMP', r.dir))),
  },
  {
    name: 'walk-broken-link',
    args: ['$TMP/d', '-f', 'ndjson'],
    files: { 'd/a.txt': cleanText },
    prepare: (dir) => symlinkSync(`${dir}/gone.txt`, `${dir}/d/broken.txt`),
    exitCode: 2,
  },
  { name: 'what-with-json-warns', args: [plan, '--what', 'sections', '-f', 'json'], exitCode: 0, snapshot: false, check: (r) => expect(r.stderr).toBe('plan-parse: warning: --what applies to csv output only; ignored for json\n') },
  { name: 'bom-with-json-warns', args: [plan, '--bom', '-f', 'json'], exitCode: 0, snapshot: false, check: (r) => {
    expect(r.stderr).toBe('plan-parse: warning: --bom applies to csv output only; ignored for json\n');
    expect(r.stdout).toBe(expectedOf('json-one'));
  } },
);

const config = (value: unknown) => JSON.stringify(value, null, 2);

CASES.push(
  // configuration, found upward from the working folder
  {
    name: 'config-rules-and-ignore',
    args: ['validate', '$TMP/docs', '-f', 'json'],
    files: {
      'plan-parse.config.json': config({ rules: { 'numbering-gap': 'error', 'unbalanced-bracket': 'off' }, ignore: ['docs/drafts/**'], departments: { 市科技局: ['科技局'] } }),
      'docs/plan.txt': planText,
      'docs/drafts/old.txt': planText,
    },
    exitCode: 1,
    spawn: true,
    check: (r) => {
      const results = JSON.parse(r.stdout) as { path: string; diagnostics: { code: string; severity: string }[] }[];
      expect(results.map((v) => v.path)).toEqual([`${r.dir}/docs/plan.txt`]);
      const codes = results[0]!.diagnostics.map((d) => `${d.code}:${d.severity}`);
      expect(codes).toContain('numbering-gap:error');
      expect(codes.some((c) => c.startsWith('unbalanced-bracket'))).toBe(false);
    },
  },
  {
    name: 'config-in-package-json-applies-to-parse',
    args: ['$TMP/plan.txt', '-f', 'json'],
    files: { 'package.json': config({ name: 'x', 'plan-parse': { rules: { 'numbering-gap': 'off' } } }), 'plan.txt': planText },
    exitCode: 0,
    snapshot: false,
    check: (r) => expect((JSON.parse(r.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).not.toContain('numbering-gap'),
  },
  {
    name: 'config-no-config',
    args: ['validate', '$TMP/plan.txt', '--no-config', '-f', 'compact'],
    files: { 'plan-parse.config.json': config({ rules: { 'numbering-gap': 'error' } }), 'plan.txt': planText },
    exitCode: 0,
  },
  { name: 'config-named', args: ['validate', '$TMP/plan.txt', '--config', '$TMP/ci.json', '-f', 'compact'], files: { 'ci.json': config({ rules: { 'numbering-gap': 'info' } }), 'plan.txt': planText }, exitCode: 0 },
  { name: 'config-unknown-rule', args: ['validate', '$TMP/plan.txt'], files: { 'plan-parse.config.json': config({ rules: { 'numbering-gaps': 'off' } }), 'plan.txt': planText }, exitCode: 2 },
  { name: 'config-unknown-key', args: ['$TMP/plan.txt'], files: { 'plan-parse.config.json': config({ rule: {} }), 'plan.txt': planText }, exitCode: 2 },
  { name: 'config-bad-json', args: ['$TMP/plan.txt'], files: { 'plan-parse.config.json': '{ rules: ', 'plan.txt': planText }, exitCode: 2 },
  { name: 'config-ignores-everything', args: ['$TMP/docs'], files: { 'plan-parse.config.json': config({ ignore: ['**/*.txt'] }), 'docs/a.txt': planText }, exitCode: 2 },
  // --max-warnings and the formats for CI
  { name: 'max-warnings-exceeded', args: ['validate', plan, '--max-warnings', '0', '-f', 'compact'], exitCode: 1, spawn: true },
  { name: 'max-warnings-enough', args: ['validate', plan, '--max-warnings', '5', '-f', 'compact'], exitCode: 0 },
  { name: 'max-warnings-bad', args: ['validate', plan, '--max-warnings', '-1'], exitCode: 2 },
  { name: 'validate-github', args: ['validate', plan, clean, '-f', 'github'], exitCode: 0 },
  {
    name: 'validate-github-escapes',
    args: ['validate', '$TMP/a,b:c%.txt', '-f', 'github'],
    files: { 'a,b:c%.txt': '某市工作方案\n一、总体要求（加强领导\n三、保障措施\n' },
    exitCode: 0,
    check: (r) => {
      for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/^::(warning|notice|error) file=[^,:]*a%2Cb%3Ac%25\.txt,line=\d+,col=\d+,endLine=\d+,title=[a-z-]+::[^\r\n]+$/);
    },
  },
  { name: 'validate-compact-missing', args: ['validate', clean, 'fixtures/cli/missing.txt', '-f', 'compact'], exitCode: 2 },
  // SARIF: relative, percent-encoded locations; unreadable inputs are results
  {
    name: 'sarif-uri-encoded',
    args: ['validate', '-f', 'sarif', 'docs/计划 2024.txt', 'docs/missing.txt'],
    files: { 'docs/计划 2024.txt': planText },
    exitCode: 2,
    spawnOnly: true, // relative inputs are read from the process's own folder
    check: (r) => {
      const run = JSON.parse(r.stdout).runs[0];
      const uris = run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation);
      expect(new Set(uris.map((u: { uri: string }) => u.uri))).toEqual(new Set(['docs/%E8%AE%A1%E5%88%92%202024.txt', 'docs/missing.txt']));
      expect(uris.every((u: { uriBaseId: string }) => u.uriBaseId === '%SRCROOT%')).toBe(true);
      expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
      expect(run.results.find((x: { ruleId: string }) => x.ruleId === 'input-error').level).toBe('error');
      expect(JSON.stringify(run.results)).not.toContain(r.dir); // the machine's folder only in originalUriBaseIds
      expect(JSON.stringify(run.tool.driver)).not.toContain('informationUri');
    },
  },
  { name: 'validate-json-missing', args: ['validate', '-f', 'json', clean, 'fixtures/cli/missing.txt'], exitCode: 2 },
  // colour
  { name: 'color-always-in-a-pipe', args: [plan, '-f', 'tree', '--color', 'always'], env: { NO_COLOR: '1' }, exitCode: 0, snapshot: false, check: (r) => expect(r.stdout).toContain('\x1b[') },
  { name: 'color-never', args: [plan, '-f', 'table', '--color', 'never'], env: { FORCE_COLOR: '1' }, exitCode: 0, snapshot: false, check: (r) => expect(r.stdout).toBe(expectedOf('table')) },
  { name: 'color-bad', args: [plan, '--color', 'sometimes'], exitCode: 2 },
  // help as a command
  { name: 'help-command', args: ['help', 'validate'], exitCode: 0, check: (r) => expect(r.stdout).toBe(expectedOf('validate-help')) },
  // --shard: the parts of a folder, together, are the folder
  {
    name: 'shard-parts',
    args: ['fixtures/cli/many', '-f', 'ndjson', '--shard', '1/3'],
    exitCode: 0,
    check: async (r) => {
      const { inProcess } = await import('./cli/run.js');
      const lines = [r.stdout];
      for (const i of [2, 3]) lines.push((await inProcess({ name: 'x', args: ['fixtures/cli/many', '-f', 'ndjson', '--shard', `${i}/3`], exitCode: 0 })).stdout);
      const paths = lines.flatMap((t) => t.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).source.path as string));
      expect(paths.sort()).toEqual(readdirSync('fixtures/cli/many').sort().map((f) => `fixtures/cli/many/${f}`));
      expect(lines.every((t) => t.trim().split('\n').length < 10)).toBe(true);
    },
  },
  { name: 'shard-bad', args: [plan, '--shard', '4/3'], exitCode: 2 },
  { name: 'max-bytes-bad', args: [plan, '--max-bytes', 'lots'], exitCode: 2 },
  { name: 'max-bytes-refuses', args: [plan, clean, '--max-bytes', '300', '-f', 'ndjson'], exitCode: 2, check: (r) => expect(r.stderr).toMatch(/plan\.txt: is larger than 300 bytes/) },
);

const plan2025 = 'fixtures/cli/plan-2025.txt';
const report = 'fixtures/cli/report-2024.txt';
const noExternalUrl = (html: string) => expect(html).not.toMatch(/\b(src|href|action)\s*=\s*["']?(https?:)?\/\//i);
/** The <mark>s of a page, as [target id, marked text], and the document's targets the same way. */
const marksOf = (html: string) => [...html.matchAll(/<mark class="role-\w+" data-target-id="([^"]+)"[^>]*>([^<]*)<\/mark>/g)].map((m) => [m[1], m[2]]);
const targetsOf = async (path: string) => (await parseFile(path)).targets.map((t) => [t.id, t.raw]);

/** What analysts do next with the data: diff two editions, check a plan against a report, who does what, a page to read. */
CASES.push(
  // diff: exit 0 no difference, 1 differences, 2 trouble (as diff(1))
  { name: 'diff-same', args: ['diff', plan, plan], exitCode: 0, spawn: true, check: (r) => expect(JSON.parse(r.stdout)).toMatchObject({ added: [], removed: [], changed: [] }) },
  {
    name: 'diff-changes-json',
    args: ['diff', plan, plan2025],
    exitCode: 1,
    spawn: true,
    check: (r) => {
      const d = JSON.parse(r.stdout);
      expect(d.added.map((t: { indicator: string }) => t.indicator)).toEqual(['高层次人才']);
      expect(d.removed.map((t: { indicator: string }) => t.indicator)).toEqual(['省级研发平台']);
      expect(d.changed.map((p: { old: { raw: string }; new: { raw: string }; fields: string[] }) => [p.old.raw, p.new.raw, p.fields])).toEqual([
        ['50亿元', '60亿元', ['value', 'year']],
        ['100家', '100家', ['year']],
      ]);
      expect(d).not.toHaveProperty('unchanged');
    },
  },
  { name: 'diff-changes-markdown', args: ['diff', plan, plan2025, '-f', 'markdown'], exitCode: 1 },
  { name: 'diff-changes-csv', args: ['diff', plan, plan2025, '-f', 'csv'], exitCode: 1 },
  { name: 'diff-changes-table', args: ['diff', plan, plan2025, '-f', 'table'], exitCode: 1, check: noColor },
  { name: 'diff-all', args: ['diff', plan, plan2025, '--all'], exitCode: 1, snapshot: false, check: (r) => expect(JSON.parse(r.stdout).unchanged.map((p: { new: { raw: string } }) => p.new.raw)).toEqual(['500家']) },
  { name: 'diff-any-format', args: ['diff', 'fixtures/formats/page.md', 'fixtures/formats/page.html', '-f', 'markdown'], exitCode: 0 },
  {
    name: 'diff-against-baselines',
    args: ['diff', plan, report, '--against', 'baselines', '-f', 'markdown'],
    exitCode: 1,
    spawn: true,
    check: (r) => expect(r.stdout).toMatch(/3 reached, 1 not reached, 0 no figure/),
  },
  {
    name: 'diff-against-baselines-json',
    args: ['diff', plan, report, '--against', 'baselines'],
    exitCode: 1,
    snapshot: false,
    check: (r) => expect(JSON.parse(r.stdout).results.map((c: { target: { raw: string }; status: string }) => `${c.target.raw} ${c.status}`)).toEqual(['50亿元 reached', '100家 not-reached', '500家 reached', '3-5个 reached']),
  },
  {
    name: 'diff-against-baselines-all-reached',
    args: ['diff', '$REPO/' + plan, '$TMP/report.txt', '--against', 'baselines', '-f', 'csv'],
    files: { 'report.txt': '2024年工作总结\n一、工作成效\n全年新增高新技术企业120家。\n' },
    exitCode: 0,
    check: (r) => expect(r.stdout.split('\r\n').filter((l) => l.startsWith('reached')).length).toBe(1),
  },
  { name: 'diff-missing', args: ['diff', plan, 'fixtures/cli/missing.txt'], exitCode: 2, spawn: true },
  {
    name: 'diff-missing-keeps-output',
    args: ['diff', plan, '$TMP/missing.txt', '-o', '$TMP/out.json'],
    files: { 'out.json': '{"old":true}\n' },
    exitCode: 2,
    check: (r) => {
      expect(read(`${r.dir}/out.json`)).toBe('{"old":true}\n');
      expect(leftovers(r.dir)).toEqual([]);
    },
  },
  { name: 'diff-one-input', args: ['diff', plan], exitCode: 2 },
  { name: 'diff-folder', args: ['diff', plan, 'fixtures/cli/folder'], exitCode: 2 },
  { name: 'diff-help', args: ['diff', '--help'], exitCode: 0 },
  // units: the responsibility matrix across every input
  { name: 'units-table', args: ['units', plan, plan2025, '-f', 'table'], exitCode: 0, check: noColor },
  {
    name: 'units-json',
    args: ['units', plan, plan2025, clean],
    exitCode: 0,
    spawn: true,
    check: (r) => {
      const rows = JSON.parse(r.stdout) as { name: string; aliases: string[]; lead: { path: string }[]; responsible: { path: string }[] }[];
      expect(rows.map((x) => x.name)).toEqual(['市科学技术局', '市财政局', '市工业和信息化局', '市发展和改革委员会', '市人力资源和社会保障局']);
      expect(rows[0]).toMatchObject({ aliases: ['市科技局', '市科学技术局'], responsible: [] });
      expect(rows[0]!.lead.map((t) => t.path)).toEqual(['二、/（一）/1.', '二、/（一）/1.']);
    },
  },
  { name: 'units-csv', args: ['units', plan, plan2025, '-f', 'csv'], exitCode: 0 },
  {
    name: 'units-config-departments',
    args: ['units', '$TMP/docs', '-f', 'json'],
    files: {
      'plan-parse.config.json': config({ departments: { 市科学技术局: ['市科创委'] } }),
      'docs/a.txt': '某区工作方案\n一、重点任务\n1.培育企业。新增企业10家。（牵头单位：市科创委；责任单位：区科技局）\n2.建设平台。新建平台2个。（牵头单位：市科技局）\n',
    },
    exitCode: 0,
    spawn: true,
    check: (r) => {
      const rows = JSON.parse(r.stdout) as { name: string; aliases: string[]; lead: unknown[] }[];
      expect(rows.find((x) => x.name === '市科学技术局')).toMatchObject({ aliases: ['市科创委', '市科技局'], lead: [{}, {}] });
    },
  },
  { name: 'units-unreadable-among-good', args: ['units', plan, 'fixtures/cli/missing.txt', '-f', 'csv'], exitCode: 2 },
  { name: 'units-help', args: ['units', '--help'], exitCode: 0 },
  // -f html: one self-contained page per document
  {
    name: 'html-to-file',
    args: ['$REPO/' + plan, '-f', 'html', '-o', '$TMP/plan.html'],
    files: {},
    exitCode: 0,
    check: async (r) => {
      expect(r.stdout).toBe('');
      const html = read(`${r.dir}/plan.html`);
      expect(marksOf(html)).toEqual(await targetsOf(plan));
      noExternalUrl(html);
    },
  },
  {
    name: 'html-of-markdown-to-stdout',
    args: ['fixtures/formats/page.md', '-f', 'html'],
    exitCode: 0,
    snapshot: false,
    spawn: true,
    check: async (r) => {
      expect(marksOf(r.stdout)).toEqual(await targetsOf('fixtures/formats/page.md'));
      noExternalUrl(r.stdout);
    },
  },
  {
    name: 'html-one-into-folder',
    args: ['$REPO/' + plan, '-f', 'html', '-o', '$TMP/pages/'],
    files: {},
    exitCode: 0,
    snapshot: false,
    check: (r) => expect(readdirSync(`${r.dir}/pages`)).toEqual(['plan.html']),
  },
  {
    name: 'html-unreadable-keeps-output',
    args: ['$TMP/missing.txt', '-f', 'html', '-o', '$TMP/page.html'],
    files: { 'page.html': 'old\n' },
    exitCode: 2,
    snapshot: false,
    check: (r) => {
      expect(read(`${r.dir}/page.html`)).toBe('old\n');
      expect(leftovers(r.dir)).toEqual([]);
    },
  },
  { name: 'html-many-needs-folder', args: [plan, clean, '-f', 'html'], exitCode: 2 },
  {
    name: 'html-many-to-folder',
    args: ['$REPO/' + plan, '$REPO/' + clean, '$REPO/fixtures/cli/folder', '$REPO/fixtures/formats/page.md', '-f', 'html', '-o', '$TMP/pages'],
    files: {},
    exitCode: 0,
    check: async (r) => {
      expect(r.stdout).toBe('');
      expect(readdirSync(`${r.dir}/pages`).sort()).toEqual(['a.html', 'b.html', 'clean.html', 'notes.html', 'page.html', 'plan.html']);
      expect(marksOf(read(`${r.dir}/pages/page.html`))).toEqual(await targetsOf('fixtures/formats/page.md'));
    },
  },
  {
    name: 'html-folder-never-overwrites',
    args: ['$REPO/' + plan, '$REPO/fixtures/cli/folder/a.txt', '$TMP/other/plan.txt', '-f', 'html', '-o', '$TMP/pages'],
    files: { 'pages/a.html': 'mine\n', 'other/plan.txt': cleanText },
    exitCode: 2,
    check: (r) => {
      expect(readdirSync(`${r.dir}/pages`).sort()).toEqual(['a.html', 'plan-2.html', 'plan.html']);
      expect(read(`${r.dir}/pages/a.html`)).toBe('mine\n');
      expect(read(`${r.dir}/pages/plan-2.html`)).toContain('2024年某区科技工作要点');
    },
  },
);
