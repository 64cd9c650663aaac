// The five seed documents against their gold files: structure, units and
// diagnostics must match (the referee's figures, asserted here per section).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../src/index.js';
import { Document, type Node, type Section } from '../src/tree/schema.js';

const goldDir = 'fixtures/gold';
const golds = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'));

type Gold = {
  doc: string;
  meta: { title: string | null };
  sections: { offset: number; depth: number | null; ordinal: number | null; anchor: string }[];
  units: { offset: number; lead: string[]; responsible: string[] }[];
  diagnostics: { code: string; line: number }[];
};

function sections(nodes: Node[], out: Section[] = []): Section[] {
  for (const n of nodes) if (n.type === 'section') out.push(n), sections(n.children, out);
  return out;
}
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/[“”"《》「」]/g, '');

describe.each(golds)('seed %s', (goldFile) => {
  const gold = JSON.parse(readFileSync(join(goldDir, goldFile), 'utf8')) as Gold;
  const docPromise = parseFile(join('seeds', gold.doc));

  it('validates against the schema', async () => {
    const doc = JSON.parse(JSON.stringify(await docPromise));
    expect(() => Document.parse(doc)).not.toThrow();
  });

  it('finds every gold section at its place, depth and ordinal, and no other', async () => {
    const found = sections((await docPromise).root.children);
    expect(found.map((s) => s.position.start.offset)).toEqual(gold.sections.map((g) => g.offset));
    gold.sections.forEach((g, i) => {
      if (g.depth !== null) expect(found[i]!.depth, g.anchor).toBe(g.depth);
      if (g.ordinal !== null) expect(found[i]!.marker?.ordinal, g.anchor).toBe(g.ordinal);
    });
  });

  it('reads every unit annotation into lead and responsible', async () => {
    const found = sections((await docPromise).root.children);
    for (const g of gold.units) {
      const host = found.filter((s) => s.position.start.offset <= g.offset + 3 && g.offset < s.position.end.offset).pop();
      expect(host?.lead.map(squash), String(g.offset)).toEqual(g.lead.map(squash));
      expect(host?.responsible.map(squash), String(g.offset)).toEqual(g.responsible.map(squash));
    }
  });

  it('reports every gold diagnostic on its line', async () => {
    const diags = (await docPromise).diagnostics;
    for (const g of gold.diagnostics) {
      expect(diags.some((d) => d.code === g.code && Math.abs(d.position.start.line - g.line) <= 1), g.code).toBe(true);
    }
  });

  it('reports one boilerplate-removed per block of adjacent furniture lines', async () => {
    const doc = await docPromise;
    const lines = doc.furniture.map((f) => f.position.start.line);
    const text = readFileSync(join('seeds', gold.doc), 'utf8').split(/\r?\n|\r/);
    // a block starts at a furniture line with body text (any non-blank line) between it and the previous one
    const blockStarts = lines.filter((l, i) => i === 0 || text.slice(lines[i - 1]!, l - 1).some((t) => t.trim().length > 0));
    const reported = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.position.start.line);
    expect(reported).toEqual(blockStarts);
  });

  it('finds the title', async () => {
    const title = (await docPromise).meta.title;
    expect(title === null ? null : squash(title)).toBe(gold.meta.title === null ? null : squash(gold.meta.title));
  });
});
