// Running one CLI case: in-process through main(), or through the built binary.
// A case with `files` gets a fresh folder holding them; "$TMP" in its arguments
// and output stands for that folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliCase } from '../cli-cases.js';

export type Run = { code: number; stdout: string; stderr: string; dir: string };

const REPO = process.cwd();
const BIN = resolve('bin/plan-parse.js');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

export const stdinOf = (c: Pick<CliCase, 'stdin'>) => (c.stdin === 'STDIN:plan' ? readFileSync('fixtures/cli/plan.txt', 'utf8') : (c.stdin ?? ''));

export const baseEnv = () => {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.PLAN_PARSE_DEBUG;
  delete env.CI;
  delete env.GITHUB_ACTIONS;
  return env;
};

/** A fresh folder with the case's files (their real path: macOS and some CI put tmp behind a symlink). */
function prepare(c: CliCase): { dir: string; args: string[] } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'plan-parse-cli-')));
  for (const [name, content] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' && content.startsWith('FIXTURE:') ? readFileSync(content.slice(8)) : content);
  }
  c.prepare?.(dir);
  return { dir, args: c.args.map((a) => a.split('$TMP').join(dir).split('$REPO').join(REPO)) };
}

export const sanitize = (s: string, dir: string) => s.split(dir).join('$TMP').split(REPO).join('$REPO').split(version).join('<version>');

function collector(): PassThrough & { text: () => string } {
  const s = new PassThrough() as PassThrough & { text: () => string };
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  s.text = () => Buffer.concat(chunks).toString('utf8');
  return s;
}

export async function inProcess(c: CliCase): Promise<Run> {
  const { dir, args } = prepare(c);
  const stdout = collector();
  const stderr = collector();
  const stdin = c.stdin !== undefined ? Readable.from([Buffer.from(stdinOf(c))]) : Object.assign(Readable.from([]), { isTTY: true });
  const cwd = c.files || c.prepare ? dir : process.cwd();
  const code = await main({ argv: args, stdin, stdout, stderr, env: { ...baseEnv(), ...c.env }, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text(), dir };
}

export function spawned(c: CliCase): Run {
  const { dir, args } = prepare(c);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: stdinOf(c),
    env: { ...baseEnv(), ...c.env },
    cwd: c.files || c.prepare ? dir : process.cwd(),
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, dir };
}

export const EXPECTED = 'fixtures/cli/expected';
export const expectedOf = (name: string, stream: 'stdout' | 'stderr' = 'stdout') => readFileSync(join(EXPECTED, `${name}.${stream}`), 'utf8');
