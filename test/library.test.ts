// The package as a library: what `import … from 'plan-parse'` gives a script,
// and the small CLI helpers that the case table cannot reach (terminals).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { progressBar } from '../src/cli/progress.js';
import { colorLevel } from '../src/cli/color.js';
import { globToRegExp } from '../src/cli/inputs.js';

describe("import from 'plan-parse'", () => {
  it('exposes parseDocument, parseFile, validate and toCsv through the package exports', () => {
    const script = `
      import { parseDocument, parseFile, validate, toCsv, schema } from 'plan-parse';
      const doc = parseDocument('一、总体目标\\n2025年，新增高新技术企业100家。\\n三、保障措施\\n', { path: 'x.txt' });
      const disk = await parseFile('fixtures/cli/plan.txt');
      schema.Document.parse(doc);
      const v = validate(doc, { strict: true });
      const csv = toCsv([doc, disk]);
      console.log(JSON.stringify({ targets: doc.targets.length, value: doc.targets[0].value, errors: v.errors, ok: v.ok, rows: csv.trim().split('\\r\\n').length }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    // one target; 三、 after 一、 is a numbering gap, an error under strict; header + 1 + plan.txt's 4 rows
    expect(out).toEqual({ targets: 1, value: 100, errors: 1, ok: false, rows: 6 });
  });
});

describe('progress bar', () => {
  const sink = (isTTY: boolean) => {
    const s = Object.assign(new PassThrough(), { isTTY, columns: 60 });
    let text = '';
    s.on('data', (c: Buffer) => (text += c.toString()));
    return { s, text: () => text };
  };

  it('draws on a terminal for many files and clears its line at the end', () => {
    const { s, text } = sink(true);
    const bar = progressBar(10, s, true);
    for (let i = 0; i < 10; i++) bar.tick();
    bar.done();
    expect(text()).toContain('10/10 files');
    expect(text().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('stays silent in a pipe, with --quiet, or for a few files', () => {
    for (const [tty, enabled, n] of [[false, true, 10], [true, false, 10], [true, true, 2]] as const) {
      const { s, text } = sink(tty);
      const bar = progressBar(n, s, enabled);
      for (let i = 0; i < n; i++) bar.tick();
      bar.done();
      expect(text()).toBe('');
    }
  });
});

describe('colour decision', () => {
  const level = (flag: boolean, env: Record<string, string>, isTTY: boolean, toFile = false) => colorLevel({ mode: flag ? 'auto' : 'never', env, isTTY, toFile });
  it('follows the terminal, NO_COLOR, FORCE_COLOR, --no-color and files, in that order of strength', () => {
    expect(level(true, {}, true)).toBe(1);
    expect(level(true, {}, false)).toBe(0);
    expect(level(true, { NO_COLOR: '1' }, true)).toBe(0);
    expect(level(true, { FORCE_COLOR: '1' }, false)).toBe(1);
    expect(level(true, { FORCE_COLOR: '3' }, false)).toBe(3);
    expect(level(true, { FORCE_COLOR: '0' }, true)).toBe(0);
    expect(level(true, { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(0);
    expect(level(false, { FORCE_COLOR: '1' }, true)).toBe(0);
    expect(level(true, { FORCE_COLOR: '1' }, true, true)).toBe(0);
    expect(level(true, { TERM: 'dumb' }, true)).toBe(0);
  });
  it('--color always colours a pipe and a file, even under NO_COLOR; --color never nothing, even when forced', () => {
    expect(colorLevel({ mode: 'always', env: { NO_COLOR: '1' }, isTTY: false, toFile: true })).toBe(1);
    expect(colorLevel({ mode: 'always', env: { FORCE_COLOR: '2' }, isTTY: false, toFile: false })).toBe(2);
    expect(colorLevel({ mode: 'never', env: { FORCE_COLOR: '3' }, isTTY: true, toFile: false })).toBe(0);
    expect(colorLevel({ mode: false, env: {}, isTTY: true, toFile: false })).toBe(0);
    expect(colorLevel({ mode: undefined, env: {}, isTTY: true, toFile: false })).toBe(1);
  });
});

describe('--glob patterns', () => {
  it('match names and paths the way a shell would', () => {
    expect(globToRegExp('*.txt').test('a.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('dir/a.txt')).toBe(false);
    expect(globToRegExp('**/*.md').test('a/b/c.md')).toBe(true);
    expect(globToRegExp('**/*.md').test('c.md')).toBe(true);
    expect(globToRegExp('plan-?.{txt,text}').test('plan-1.text')).toBe(true);
    expect(globToRegExp('plan-?.{txt,text}').test('plan-12.txt')).toBe(false);
  });
});

describe('the package', () => {
  it('builds on pack, not on every install, and says where it lives and under which licence', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(pkg.scripts.prepack).toMatch(/tsc/);
    expect(pkg.scripts.test).toMatch(/^tsc -p tsconfig\.json/); // npm test builds dist/ that the spawned tests run
    // and the bundled CLI bin/plan-parse.js runs (scripts/bundle-cli.mjs), which the package ships
    for (const script of [pkg.scripts.prepack, pkg.scripts.test, pkg.scripts.build]) expect(script).toMatch(/tsc -p tsconfig\.json && node scripts\/bundle-cli\.mjs/);
    expect(pkg.files).toContain('dist/cli');
    expect(pkg.repository.url).toMatch(/github\.com\/plan-parse\/plan-parse/);
    expect(pkg.homepage).toBeTruthy();
    expect(pkg.bugs.url).toBeTruthy();
    expect(pkg.keywords.length).toBeGreaterThan(3);
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License[\s\S]*plan-parse contributors/);
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('*.tgz');
    expect(existsSync('bin/plan-parse.js')).toBe(true);
  });
});
