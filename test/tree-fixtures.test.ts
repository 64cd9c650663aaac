// Tree fixtures: fixtures/tree/<case>/input.txt parsed with parseDocument and
// compared with a compact summary in expected.json (sections, paragraphs,
// furniture, diagnostics by code and line, meta). A missing expected.json is
// written only with UPDATE=1 outside CI; otherwise it is a failure.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../src/parse-document.js';
import type { Document, Node } from '../src/tree/schema.js';

const root = 'fixtures/tree';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const mayWrite = process.env.UPDATE === '1' && !process.env.CI;

/** What a fixture pins down; small enough to read in review. */
export function summarize(doc: Document) {
  const sections: unknown[] = [];
  const paragraphs: unknown[] = [];
  const walk = (nodes: Node[], depth: number) => {
    for (const n of nodes) {
      if (n.type === 'paragraph') {
        paragraphs.push({ depth, ...(n.role ? { role: n.role } : {}), text: n.text.slice(0, 16) });
        continue;
      }
      sections.push({
        marker: n.marker?.raw ?? null,
        style: n.marker?.style ?? null,
        ordinal: n.marker?.ordinal ?? null,
        inferred: n.marker?.inferred ?? false,
        depth: n.depth,
        title: n.title,
        lead: n.lead,
        responsible: n.responsible,
      });
      walk(n.children, n.depth);
    }
  };
  walk(doc.root.children, 0);
  return {
    meta: doc.meta,
    sections,
    paragraphs,
    furniture: doc.furniture.map((f) => `${f.position.start.line}: ${f.text}`),
    diagnostics: doc.diagnostics.map((d) => `${d.position.start.line}: ${d.code}`),
  };
}

describe.each(cases)('fixture %s', (name) => {
  it('matches expected.json', () => {
    const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
    const actual = JSON.parse(JSON.stringify(summarize(parseDocument(input, { path: name }))));
    const file = join(root, name, 'expected.json');
    if (!existsSync(file)) {
      if (!mayWrite) throw new Error(`${file} is missing; run with UPDATE=1 (never in CI) to write it, then review it`);
      writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    }
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
