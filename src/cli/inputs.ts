// Command-line inputs → an ordered list of documents to read: files as given,
// folders walked (sorted) for *.txt and --glob patterns, "-" for stdin.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export type InputItem = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; path: string; reason: string };

/** A small glob: * and ? within a name, ** across folders, {a,b} alternatives. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}
const escape = (s: string) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

export async function expandInputs(inputs: string[], globs: string[] = []): Promise<InputItem[]> {
  const patterns = ['*.txt', ...globs].map((g) => ({ re: globToRegExp(g), deep: g.includes('/') }));
  const matches = (rel: string) => {
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return patterns.some((p) => p.re.test(p.deep ? rel : base));
  };
  const out: InputItem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // missing or unreadable: reading reports it, in order with the others
    }
    if (!isDir) {
      out.push({ kind: 'file', path: input });
      continue;
    }
    const found: string[] = [];
    try {
      for (const entry of await readdir(input, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const full = join(entry.parentPath, entry.name);
        if (matches(relative(input, full).split(sep).join('/'))) found.push(full);
      }
    } catch (e) {
      out.push({ kind: 'error', path: input, reason: `cannot list folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    found.sort();
    if (found.length === 0) out.push({ kind: 'error', path: input, reason: 'folder holds no matching files (*.txt or --glob)' });
    for (const f of found) out.push({ kind: 'file', path: f });
  }
  return out;
}
