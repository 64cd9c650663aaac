// Finding and reading the configuration, like ESLint and markdownlint: the
// first plan-parse.config.json, or package.json with a "plan-parse" key, in
// the working folder or a folder above it; or the file --config names.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from './schema.js';

export const CONFIG_NAME = 'plan-parse.config.json';

/** A configuration that cannot be used; the message names the file. */
export class ConfigError extends Error {}

export const noConfig = (cwd: string): Config => ({ file: null, dir: cwd, rules: {}, ignore: [], departments: {} });

/** The configuration in force; zod (about 0.1 s to load) is loaded only when a file is found. */
export async function loadConfig(options: { cwd: string; file?: string; search?: boolean }): Promise<Config> {
  if (options.file) {
    const path = resolve(options.cwd, options.file);
    const text = readText(path, options.file);
    if (text === null) throw new ConfigError(`${options.file}: no such file`);
    return fromFile(path, options.file, parseJson(text, options.file));
  }
  if (options.search === false) return noConfig(options.cwd);
  for (let dir = resolve(options.cwd); ; dir = dirname(dir)) {
    const own = readText(join(dir, CONFIG_NAME), join(dir, CONFIG_NAME));
    if (own !== null) return fromFile(join(dir, CONFIG_NAME), join(dir, CONFIG_NAME), parseJson(own, join(dir, CONFIG_NAME)));
    const pkg = readText(join(dir, 'package.json'), join(dir, 'package.json'));
    if (pkg !== null) {
      const json = parseJson(pkg, join(dir, 'package.json')) as Record<string, unknown> | null;
      if (json && typeof json === 'object' && 'plan-parse' in json) return fromFile(join(dir, 'package.json'), `${join(dir, 'package.json')} ("plan-parse")`, json['plan-parse']);
    }
    if (dirname(dir) === dir) return noConfig(options.cwd);
  }
}

async function fromFile(path: string, label: string, value: unknown): Promise<Config> {
  const { ConfigFile } = await import('./schema.js');
  const parsed = ConfigFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new ConfigError(`${label}: invalid configuration: ${where}${issue.message}`);
  }
  const c = parsed.data;
  return { file: path, dir: dirname(path), rules: c.rules ?? {}, ignore: c.ignore ?? [], departments: c.departments ?? {} };
}

function readText(path: string, label: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ConfigError(`${label}: cannot be read (${code ?? (e as Error).message})`);
  }
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${label}: not valid JSON (${(e as Error).message})`);
  }
}
