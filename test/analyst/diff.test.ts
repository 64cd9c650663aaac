import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { attains, checkAgainstBaselines, diffTargets, hasDifferences } from '../../src/analyst/diff.js';
import { indicatorKey, indicatorSimilarity } from '../../src/analyst/indicator-match.js';

const doc = (text: string, path: string) => parseDocument(text, { path });

const PLAN = '一、主要目标\n到2025年，认定高新技术企业300家，技术合同成交额超过130亿元，新增省级研发平台15个。\n';

describe('indicator matching', () => {
  it('reads the same indicator through a lead verb, a counting word or a canonical name', () => {
    expect(indicatorKey('认定高新技术企业')).toBe(indicatorKey('高新技术企业数量'));
    expect(indicatorKey('研发投入强度')).toBe(indicatorKey('全社会研发经费投入强度'));
    expect(indicatorSimilarity('新增省级研发平台', '省级研发平台')).toBe(1);
  });
  it('keeps different indicators apart', () => {
    expect(indicatorSimilarity('高新技术企业', '技术合同成交额')).toBeLessThan(0.6);
    expect(indicatorSimilarity('', '')).toBe(0);
  });
});

describe('diffTargets', () => {
  it('finds no difference between a document and itself', () => {
    const a = doc(PLAN, 'a.txt');
    const d = diffTargets(a, doc(PLAN, 'b.txt'));
    expect(hasDifferences(d)).toBe(false);
    expect(d.unchanged).toBeUndefined();
    expect(diffTargets(a, a, { all: true }).unchanged).toHaveLength(3);
  });

  it('pairs reworded indicators and names the fields that changed', () => {
    const next = '一、主要目标\n到2026年，高新技术企业数量达到350家，技术合同成交额超过130亿元，建设省级研发平台15个。\n';
    const d = diffTargets(doc(PLAN, 'a.txt'), doc(next, 'b.txt'));
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    const hi = d.changed.find((p) => p.old.indicator.includes('高新技术企业'))!;
    expect(hi.old.value).toBe(300);
    expect(hi.new.value).toBe(350);
    expect(hi.fields).toEqual(['value', 'year']);
    expect(d.changed.every((p) => p.fields.includes('year'))).toBe(true);
  });

  it('lists targets with no counterpart as added and removed, never pairing different units', () => {
    const next = '一、主要目标\n到2025年，认定高新技术企业300家，培育专精特新企业50家，技术合同成交额超过130%。\n';
    const d = diffTargets(doc(PLAN, 'a.txt'), doc(next, 'b.txt'));
    expect(d.added.map((t) => t.raw).sort()).toEqual(['130%', '50家']);
    expect(d.removed.map((t) => t.raw).sort()).toEqual(['130亿元', '15个']);
    expect(d.added[0]!.path).toBe('一、');
  });
});

describe('checkAgainstBaselines', () => {
  it('says reached, not reached or no figure for each target of the plan', () => {
    const report = doc('一、过去一年工作回顾\n2025年，全市高新技术企业达到320家，技术合同成交额120亿元。\n二、2026年工作安排\n新增省级研发平台10个。\n', 'report.txt');
    const r = checkAgainstBaselines(doc(PLAN, 'plan.txt'), report);
    const status = Object.fromEntries(r.results.map((c) => [c.target.raw, c.status]));
    expect(status).toEqual({ '300家': 'reached', '130亿元': 'not-reached', '15个': 'no-figure' });
  });

  it('reads each comparator', () => {
    const t = doc('一、目标\n到2025年，单位GDP能耗控制在0.5吨标准煤以内。\n', 'x').targets[0]!;
    expect(t.comparator).toBe('lte');
    expect(attains(t, 0.4)).toBe(true);
    expect(attains(t, 0.6)).toBe(false);
  });
});
