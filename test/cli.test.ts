// The CLI case table (test/cli-cases.ts), run in-process through main() on every
// case and through the built binary on a representative few; both give the
// expected exit code and the same output. What only a real process shows (a
// reader that goes away, a full disk) is tested spawned below.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES, type CliCase } from './cli-cases.js';
import { EXPECTED, inProcess, sanitize, spawned, type Run } from './cli/run.js';

/** Compare with the expected file; UPDATE=1 writes it (never in CI). */
function expectFile(path: string, actual: string) {
  if (process.env.UPDATE && !process.env.CI) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run UPDATE=1 npx vitest run test/cli.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(CASES)('plan-parse $name', (c: CliCase) => {
  const check = async (r: Run) => {
    expect(r.code, r.stderr).toBe(c.exitCode);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    if (c.snapshot !== false) {
      expectFile(join(EXPECTED, `${c.name}.stdout`), sanitize(r.stdout, r.dir));
      expectFile(join(EXPECTED, `${c.name}.stderr`), sanitize(r.stderr, r.dir));
    }
    await c.check?.(r);
  };
  it.skipIf(c.spawnOnly)('in-process', async () => check(await inProcess(c)));
  it.runIf(c.spawn || c.spawnOnly)('spawned binary', async () => check(spawned(c)));
});

describe('a real process', () => {
  it('a reader that has gone (| head) ends the run quietly: no stack trace, exit 0', async () => {
    const runs = [['--help'], ['fixtures/cli/plan.txt', '-f', 'json'], ['fixtures/cli/many', '-f', 'ndjson', '--jobs', '2', '--quiet']];
    for (const args of runs) {
      const child = spawn(process.execPath, ['bin/plan-parse.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // closed before the first write: that write fails with EPIPE
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ args, stderr, code }).toEqual({ args, stderr: '', code: 0 });
    }
  });

  it('--glob takes one value: with inputs named, an open stdin is never waited for', async () => {
    const child = spawn(process.execPath, ['bin/plan-parse.js', '--glob', '*.md', 'fixtures/cli/folder', '-f', 'csv'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => child.kill(), 20_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(stdout).toContain('fixtures/cli/folder/b.txt');
  });

  it('an interrupted run (Ctrl-C) leaves the -o file as it was and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-int-'));
    writeFileSync(join(dir, 'out.json'), 'old\n');
    const child = spawn(process.execPath, ['bin/plan-parse.js', '-', '-f', 'json', '-o', join(dir, 'out.json')], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write('一、总体要求\n'); // stdin left open: the run waits, its temporary file open
    for (let i = 0; i < 200 && readdirSync(dir).length < 2; i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(dir).length).toBe(2);
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGINT' });
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old\n');
  });

  it.skipIf(!existsSync('/dev/full'))('a write that fails (stdout or -o on a full disk) is one line and exit 2, never a silent success', () => {
    const runs: [string[], string][] = [
      [['fixtures/cli/plan.txt', '-f', 'json'], 'the output'],
      [['--help'], 'the output'],
      [['fixtures/cli/plan.txt', '-o', '/dev/full'], '/dev/full'],
    ];
    for (const [args, what] of runs) {
      const r = spawnSync(process.execPath, ['bin/plan-parse.js', ...args], { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' });
      expect({ args, stderr: r.stderr, status: r.status }).toEqual({ args, stderr: `plan-parse: cannot write ${what} (ENOSPC)\n`, status: 2 });
    }
  });
});
