// Metamorphic agreement over the seeds and the real work reports r01–r04 (issue: an adversarial run):
// each copy cut at 30 or 40 characters, double-spaced or joined into one line keeps the share of
// sections, units and targets (raw, value, role) measured when these rules were written. The floors
// are what was reached; a change that loses agreement fails here.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../src/parse-document.js';
import type { Document, Node } from '../src/tree/schema.js';

const REAL = '../shared/real';
const REAL_TEXTS = ['r01', 'r02', 'r03', 'r04'];
const docs = [
  ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f)),
  ...(existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.txt') && REAL_TEXTS.some((r) => f.startsWith(r))).sort().map((f) => join(REAL, f)) : []),
];

/** Every line cut every `width` characters, wherever that falls (inside a number, before a comma). */
const cut = (text: string, width: number) =>
  text.split('\n').map((line) => (line.match(new RegExp(`.{1,${width}}`, 'gsu')) ?? [line]).join('\n')).join('\n');
const VARIANTS: Record<string, (text: string) => string> = {
  wrap30: (t) => cut(t, 30),
  wrap40: (t) => cut(t, 40),
  doubled: (t) => t.replace(/\n/g, '\n\n'),
  joined: (t) => t.replace(/\n/g, ''),
};
/** The share each variant keeps at least, over all documents, when the real documents are there (seeds alone: see below). */
const FLOORS: Record<string, { sections: number; units: number; targets: number }> = {
  wrap30: { sections: 0.95, units: 0.95, targets: 0.99 },
  wrap40: { sections: 0.98, units: 0.98, targets: 0.99 },
  doubled: { sections: 1, units: 1, targets: 1 },
  // 0.896 of targets since the subsidy-condition and part-heading rules, which read clauses a joined copy runs together
  joined: { sections: 0.76, units: 0.85, targets: 0.89 },
};

const ws = (s: string) => s.replace(/\s+/g, '');
function sectionRows(doc: Document) {
  const out: { section: string; units: string }[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      out.push({ section: [n.depth, n.marker?.raw ?? '', ws(n.title)].join('|'), units: [ws(n.title), n.lead.join('、'), n.responsible.join('、')].join('|') });
      walk(n.children);
    }
  };
  walk(doc.root.children);
  return out;
}
const targetRows = (doc: Document) => doc.targets.map((t) => [ws(t.raw), t.value, t.role].join('|'));
/** How many of `a` are in `b`, each entry of `b` used once. */
function kept(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let k = 0;
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) k++, left.set(x, n - 1);
  }
  return k;
}

const texts = docs.map((p) => readFileSync(p, 'utf8').replace(/\r\n?/g, '\n'));
const bases = texts.map((t) => parseDocument(t));

describe.each(Object.keys(VARIANTS))('a copy %s', (name) => {
  it('keeps its share of sections, units and targets', () => {
    const total = { sections: 0, units: 0, targets: 0, sectionsOf: 0, targetsOf: 0 };
    texts.forEach((text, k) => {
      const base = bases[k]!;
      const doc = parseDocument(VARIANTS[name]!(text));
      const a = sectionRows(base), b = sectionRows(doc);
      total.sections += kept(a.map((r) => r.section), b.map((r) => r.section));
      total.units += kept(a.map((r) => r.units), b.map((r) => r.units));
      total.sectionsOf += a.length;
      total.targets += kept(targetRows(base), targetRows(doc));
      total.targetsOf += base.targets.length;
    });
    const floor = FLOORS[name]!;
    const got = { sections: total.sections / total.sectionsOf, units: total.units / total.sectionsOf, targets: total.targets / total.targetsOf };
    // seeds alone (no shared/ folder): the same floors less a margin, as the work reports weigh most
    const margin = docs.length > 5 ? 0 : 0.1;
    expect(got.sections, JSON.stringify(total)).toBeGreaterThanOrEqual(floor.sections - margin);
    expect(got.units, JSON.stringify(total)).toBeGreaterThanOrEqual(floor.units - margin);
    expect(got.targets, JSON.stringify(total)).toBeGreaterThanOrEqual(floor.targets - margin);
  });
});

describe('the causes the adversarial run found', () => {
  const outline = (text: string) => {
    const rows: string[] = [];
    const walk = (nodes: Node[]) => nodes.forEach((n) => n.type === 'section' && (rows.push(`${n.marker?.raw ?? ''}${n.title}`), walk(n.children)));
    walk(parseDocument(text).root.children);
    return rows;
  };
  const plan = ['关于加快科技创新的若干措施(2024—2026年)', '一、研发激励。支持企业加大研发投入,对研发费用给予补助。', '二、人才引进。引进高层次人才50名。'];

  it('splits the first item off a title run into it', () => expect(outline(plan.join(''))).toEqual(outline(plan.join('\n'))));
  it('keeps the title of a marker alone on its line after a blank line', () =>
    expect(outline('关于加快科技创新的若干措施\n\n二、\n\n人才引进\n\n引进高层次人才50名。')).toEqual(['二、人才引进']));
  it('reads a line opening with 、 inside a unit annotation as the list of units going on', () => {
    const doc = parseDocument('1.建设公园。(责任单位:市委组织部、市科技局\n、市工信局)\n2.推进改造。(责任单位:市发改委)');
    const rows = doc.root.children.flatMap((n) => (n.type === 'section' ? [`${n.marker?.raw}${n.title}:${n.responsible.join('、')}`] : []));
    expect(rows).toEqual(['1.建设公园:市委组织部、市科技局、市工信局', '2.推进改造:市发改委']);
  });
  it('reads no heading into a line a page width opened with 、', () => {
    const filler = '全面推进乡村振兴加快农业农村现代化建设宜居宜业和美乡村持续巩固拓展脱贫攻坚成果'.repeat(3);
    const item = '一、研发激励。' + filler.slice(0, 113) + '、高等学校承担重大项目,推动产学研用深度融合发展。';
    const text = plan[0] + '\n' + cut(item, 30);
    expect(text.split('\n')[5]!.startsWith('、')).toBe(true);
    expect(outline(text)).toEqual(['一、研发激励']);
  });
});
