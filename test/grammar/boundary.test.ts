// The grammar's boundary and the import graph: Chevrotain stays inside grammar/, grammar/ reads
// only data tables (and the leaf helpers for characters, numerals and sorted offsets) from src/, and no module
// imports itself round a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) filesUnder(path, out);
    else if (path.endsWith('.ts')) out.push(normalize(path));
  }
  return out;
}
const files = [...filesUnder('src'), ...filesUnder('grammar')];
const sourceOf = (f: string) => readFileSync(join(root, f), 'utf8');
/** Relative imports and re-exports of `f`, type-only ones included, as paths from the root. */
const importsOf = (f: string) =>
  [...sourceOf(f).matchAll(/(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'/g)].map((m) => normalize(join(dirname(f), m[1]!.replace(/\.js$/, '.ts'))));

describe('the grammar boundary', () => {
  it('keeps Chevrotain inside grammar/', () => {
    expect(files.filter((f) => !f.startsWith('grammar/') && sourceOf(f).includes('chevrotain'))).toEqual([]);
  });

  it('lets grammar/ import from src/ only data tables and the character, numeral and sorted-offset helpers', () => {
    const allowed = (p: string) => p.startsWith('src/data/') || p === 'src/char-table.ts' || p === 'src/numerals.ts' || p === 'src/sorted.ts';
    const outside = files.filter((f) => f.startsWith('grammar/')).flatMap((f) => importsOf(f).filter((p) => !p.startsWith('grammar/') && !allowed(p)));
    expect(outside).toEqual([]);
  });
});

describe('imports', () => {
  it('form no cycle', () => {
    const deps = new Map(files.map((f) => [f, importsOf(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const d of deps.get(f) ?? []) {
        if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].join(' → '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
