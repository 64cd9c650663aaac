// The CLI case table, run twice: in-process through main() and through the
// built binary. Both must give the expected exit code and the same output.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { Document } from '../src/tree/schema.js';
import { CASES, type CliCase } from './cli-cases.js';

const EXPECTED = 'fixtures/cli/expected';
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const sanitize = (s: string) => s.split(version).join('<version>');
const stdinOf = (c: CliCase) => (c.stdin === 'STDIN:plan' ? readFileSync('fixtures/cli/plan.txt', 'utf8') : (c.stdin ?? ''));
const baseEnv = () => {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.PLAN_PARSE_DEBUG;
  return env;
};

type Run = { code: number; stdout: string; stderr: string };

function collector(): PassThrough & { text: () => string } {
  const s = new PassThrough() as PassThrough & { text: () => string };
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  s.text = () => Buffer.concat(chunks).toString('utf8');
  return s;
}

async function inProcess(c: CliCase): Promise<Run> {
  const stdout = collector();
  const stderr = collector();
  const stdin = c.stdin !== undefined ? Readable.from([Buffer.from(stdinOf(c))]) : Object.assign(Readable.from([]), { isTTY: true });
  const code = await main({ argv: c.args, stdin, stdout, stderr, env: { ...baseEnv(), ...c.env } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function spawned(c: CliCase): Run {
  const r = spawnSync(process.execPath, ['bin/plan-parse.js', ...c.args], {
    input: stdinOf(c),
    env: { ...baseEnv(), ...c.env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Compare with the expected file; UPDATE=1 writes it (never in CI). */
function expectFile(path: string, actual: string) {
  if (process.env.UPDATE && !process.env.CI) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run UPDATE=1 npx vitest run test/cli.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(CASES)('plan-parse $name', (c) => {
  const check = (r: Run) => {
    expect(r.code, r.stderr).toBe(c.exitCode);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    if (c.snapshot !== false) {
      expectFile(join(EXPECTED, `${c.name}.stdout`), sanitize(r.stdout));
      expectFile(join(EXPECTED, `${c.name}.stderr`), sanitize(r.stderr));
    }
  };
  it.skipIf(c.spawnOnly)('in-process', async () => check(await inProcess(c)));
  it('spawned binary', () => check(spawned(c)));
});

describe('outputs', () => {
  it('json output validates against the schema, one object for one file and an array for several', () => {
    const one = JSON.parse(spawned({ name: 'x', args: ['fixtures/cli/plan.txt', '-f', 'json'], exitCode: 0 }).stdout);
    expect(() => Document.parse(one)).not.toThrow();
    const many = JSON.parse(spawned({ name: 'x', args: ['fixtures/cli/plan.txt', 'fixtures/cli/clean.txt'], exitCode: 0 }).stdout);
    expect(many).toHaveLength(2);
    for (const d of many) expect(() => Document.parse(d)).not.toThrow();
  });

  it('-o writes the file and leaves stdout empty, without colour even when forced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-'));
    const out = join(dir, 'tree.txt');
    const r = spawned({ name: 'x', args: ['fixtures/cli/plan.txt', '-f', 'tree', '-o', out], env: { FORCE_COLOR: '1' }, exitCode: 0 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('（一） 强化企业创新');
    expect(written).not.toContain('\x1b[');
  });

  it('-o into a missing folder fails with one line naming the file', () => {
    const r = spawned({ name: 'x', args: ['fixtures/cli/plan.txt', '-o', '/nonexistent/dir/out.json'], exitCode: 2 });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('/nonexistent/dir/out.json');
  });

  it('colour codes appear only when forced, never with NO_COLOR or --no-color', () => {
    const forced = readFileSync(join(EXPECTED, 'force-color.stdout'), 'utf8');
    expect(forced).toContain('\x1b[');
    expect(readFileSync(join(EXPECTED, 'no-color-env.stdout'), 'utf8')).not.toContain('\x1b[');
    expect(readFileSync(join(EXPECTED, 'no-color-flag.stdout'), 'utf8')).not.toContain('\x1b[');
    expect(readFileSync(join(EXPECTED, 'table.stdout'), 'utf8')).not.toContain('\x1b[');
  });

  it('--jobs gives the same rows, in input order, as one thread', () => {
    const pooled = spawned({ name: 'x', args: ['fixtures/cli/many', '-f', 'csv', '--jobs', '2'], exitCode: 0 });
    const single = spawned({ name: 'x', args: ['fixtures/cli/many', '-f', 'csv', '--jobs', '1'], exitCode: 0 });
    expect(pooled.stdout).toBe(single.stdout);
    const files = pooled.stdout.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    expect(files).toEqual([...files].sort());
  });

  it('SARIF has the fields code-scanning tools require', () => {
    const log = JSON.parse(readFileSync(join(EXPECTED, 'validate-sarif.stdout'), 'utf8'));
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
  });

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

  it('CSV cells that a spreadsheet would run are defused; numbers stay numbers', async () => {
    const { csvCell } = await import('../src/format/csv.js');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+86')).toBe("'+86");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });
});
