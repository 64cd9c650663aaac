// Command-line inputs → an ordered list of documents to read: files as given,
// folders walked (sorted) for DOCUMENT_GLOB in any case and --glob patterns, "-" for
// stdin. A file reached twice (named twice, or through a symbolic link) is read
// once, by its real path.
import { realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** A file's `path` is its name as given (messages, source.path); `at` is where it is, resolved against the run's folder. */
export type InputItem = { kind: 'file'; path: string; at: string } | { kind: 'stdin' } | { kind: 'error'; path: string; reason: string };

export type Expanded = {
  items: InputItem[];
  /** One named file or stdin: JSON is then one object, anything else an array. */
  single: boolean;
  /** Things worth saying that stop nothing: a folder without matching files. */
  warnings: string[];
};

export type ExpandOptions = {
  globs?: string[];
  /** Where relative inputs are found (default: the process's). */
  cwd?: string;
  /** Leaves out a file (by its path as shown) that the configuration ignores. */
  ignored?: (path: string) => boolean;
};

/** The files a walked folder gives, in any case: text and every format the source stage reads. */
export const DOCUMENT_GLOB = '*.{txt,md,markdown,html,htm,docx,pdf}';

/** A small glob: * and ? within a name, ** across folders, {a,b} alternatives. */
export function globToRegExp(glob: string, flags = ''): RegExp {
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
  return new RegExp(`^${re}$`, flags);
}
const escape = (s: string) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/** A test of a path (with / between folders) against patterns: one without a slash looks at the name only. */
export function pathMatcher(globs: { glob: string; flags?: string }[]): (rel: string) => boolean {
  const patterns = globs.map((g) => ({ re: globToRegExp(g.glob, g.flags), deep: g.glob.includes('/') }));
  return (rel) => {
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return patterns.some((p) => p.re.test(p.deep ? rel : base));
  };
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'error';

/** A path's stat, or the code of the error that stat'ing it gave. */
function statOrCode(path: string) {
  try {
    return statSync(path);
  } catch (e) {
    return codeOf(e);
  }
}

export async function expandInputs(inputs: string[], options: ExpandOptions = {}): Promise<Expanded> {
  const cwd = options.cwd ?? process.cwd();
  const matches = pathMatcher([{ glob: DOCUMENT_GLOB, flags: 'i' }, ...(options.globs ?? []).map((glob) => ({ glob }))]);
  const seen = new Set<string>();
  const out: InputItem[] = [];
  const warnings: string[] = [];
  let folders = 0;
  /** Adds a file unless its real path was added before or the configuration ignores it. */
  const add = (path: string, named: boolean) => {
    if (options.ignored?.(path)) {
      if (named) warnings.push(`${path}: ignored by the configuration`);
      return;
    }
    let real: string;
    try {
      // synchronous, as are the stats: one wait for the event loop per file made a folder of many slow to list
      real = realpathSync.native(resolve(cwd, path));
    } catch {
      out.push({ kind: 'file', path, at: resolve(cwd, path) }); // missing or unreadable: reading reports it, in order with the others
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    out.push({ kind: 'file', path, at: resolve(cwd, path) });
  };

  for (const input of inputs) {
    if (input === '-') {
      if (!seen.has('-')) out.push({ kind: 'stdin' });
      seen.add('-');
      continue;
    }
    const full = resolve(cwd, input);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // missing or unreadable: reading reports it
    }
    if (!isDir) {
      add(input, true);
      continue;
    }
    folders++;
    const found: string[] = [];
    try {
      // fs/promises only here: a run on named files does not load it
      const { readdir } = await import('node:fs/promises');
      for (const entry of await readdir(full, { recursive: true, withFileTypes: true })) {
        const at = join(entry.parentPath, entry.name);
        const rel = relative(full, at).split(sep).join('/');
        if (!matches(rel)) continue;
        if (entry.isFile()) found.push(join(input, rel));
        else if (entry.isSymbolicLink()) {
          // followed once, by its real path; a link to nothing is reported, not skipped
          const target = statOrCode(at);
          if (typeof target === 'string') out.push({ kind: 'error', path: join(input, rel), reason: `broken symbolic link (${target})` });
          else if (target.isFile()) found.push(join(input, rel));
        }
      }
    } catch (e) {
      out.push({ kind: 'error', path: input, reason: `cannot list folder (${codeOf(e)})` });
      continue;
    }
    found.sort();
    if (found.length === 0) warnings.push(`${input}: folder holds no matching files (*.txt, *.md, *.html, *.docx, *.pdf or --glob)`);
    for (const f of found) add(f, false);
  }
  return { items: out, single: inputs.length === 1 && folders === 0, warnings };
}
