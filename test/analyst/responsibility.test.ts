import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/index.js';
import { responsibilityMatrix } from '../../src/analyst/responsibility.js';
import { canonicalizer } from '../../src/analyst/departments.js';

const TEXT = [
  '一、重点任务',
  '1.培育高新技术企业。新增高新技术企业20家。（牵头单位：市科技局；责任单位：市发改委、市财政局）',
  '2.建设创新平台。新建省级平台3个。（牵头单位：市发展和改革委员会；责任单位：市科技局）',
  '（1）建设实验室2个。',
  '3.优化服务。（责任单位：市科学技术局、市财政局）',
  '',
].join('\n');

describe('responsibilityMatrix', () => {
  const rows = responsibilityMatrix([parseDocument(TEXT, { path: 'plan.txt' })]);
  const row = (name: string) => rows.find((r) => r.name === name)!;

  it('merges the forms of one department under its canonical name, keeping each as written', () => {
    expect(rows.map((r) => r.name)).toEqual(['市科学技术局', '市发展和改革委员会', '市财政局']);
    expect(row('市科学技术局').aliases).toEqual(['市科技局', '市科学技术局']);
    expect(row('市发展和改革委员会').aliases).toEqual(['市发改委', '市发展和改革委员会']);
  });

  it('lists the tasks each department leads and shares, with the targets under them', () => {
    const sci = row('市科学技术局');
    expect(sci.lead.map((t) => t.path)).toEqual(['一、/1.']);
    expect(sci.responsible.map((t) => t.path)).toEqual(['一、/2.', '一、/3.']);
    expect(sci.lead[0]!.targets.map((t) => t.raw)).toEqual(['20家']);
    // a sub-item without units of its own belongs to its task
    expect(row('市发展和改革委员会').lead[0]!.targets.map((t) => t.raw)).toEqual(['3个', '2个']);
    expect(row('市财政局').lead).toEqual([]);
    expect(row('市财政局').responsible.map((t) => t.title)).toEqual(['培育高新技术企业', '优化服务']);
  });

  it('takes config aliases', () => {
    const custom = responsibilityMatrix([parseDocument(TEXT, { path: 'plan.txt' })], canonicalizer({ 市财政部门: ['市财政局'] }));
    expect(custom.map((r) => r.name)).toContain('市财政部门');
  });

  it('reads a real document: every annotated unit appears, each under one name', () => {
    const doc = parseDocument(readFileSync('seeds/001_46123b66d8164601.txt', 'utf8'), { path: 'seed' });
    const m = responsibilityMatrix([doc]);
    const written = new Set<string>();
    const walk = (nodes: typeof doc.root.children) =>
      nodes.forEach((n) => n.type === 'section' && ([...n.lead, ...n.responsible].forEach((u) => written.add(u.trim())), walk(n.children)));
    walk(doc.root.children);
    expect(new Set(m.flatMap((r) => r.aliases))).toEqual(written);
    expect(new Set(m.map((r) => r.name)).size).toBe(m.length);
  });
});
