// The bundled CLI that bin/plan-parse.js runs (dist/cli/, scripts/bundle-cli.mjs) writes what
// tsc's build of src/cli/main.ts writes: the same bytes, stderr and exit code, for every command,
// and for the parts it loads only when a run needs them (formats, source adapters, worker threads).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const BUNDLE = resolve('dist/cli/plan-parse.js');
const TSC = resolve('dist/src/cli/main.js');
const mtime = (path: string) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};
// npm test builds both; after `npx tsc` alone the bundle is stale, and bin/plan-parse.js does not run it
const fresh = mtime(BUNDLE) >= mtime(TSC);

function run(entry: string, argv: string[]) {
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)}); process.exitCode = await main({ argv: ${JSON.stringify(argv)} });`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CASES: string[][] = [
  ['fixtures/cli/plan.txt', '--format', 'json'],
  ['fixtures/cli/many', '--format', 'ndjson', '--jobs', '2', '--quiet'],
  ['fixtures/cli/many', '--format', 'csv', '--what', 'sections', '--quiet'],
  ['fixtures/cli/plan.txt', '--format', 'table', '--color', 'always'],
  ['fixtures/formats/page.html', 'fixtures/formats/page.md', 'fixtures/formats/policy.pdf', '--format', 'tree'],
  ['fixtures/cli/plan.txt', '--format', 'html'],
  ['validate', 'fixtures/cli', '--format', 'sarif', '--quiet'],
  ['validate', 'fixtures/cli/plan.txt', '--format', 'github'],
  ['text', 'fixtures/formats/page.html'],
  ['diff', 'fixtures/cli/plan.txt', 'fixtures/cli/plan-2025.txt', '-f', 'markdown'],
  ['units', 'fixtures/cli/plan.txt', '-f', 'csv'],
  ['schema'],
  ['--help'],
  ['fixtures/cli/nope.txt'],
];

describe.runIf(fresh)('the bundled CLI', () => {
  it.each(CASES)('writes what tsc’s build writes: %s', (...argv) => {
    const bundled = run(BUNDLE, argv);
    expect(bundled).toEqual(run(TSC, argv));
    expect(bundled.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
