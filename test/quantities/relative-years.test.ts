// 今年, 明年, 去年 resolved against the document's year (src/quantities/relative-years.ts).
import { describe, expect, it } from 'vitest';
import { mergeYears, relativeYears } from '../../src/quantities/relative-years.js';
import { targets } from './targets.js';

describe('relativeYears', () => {
  it('resolves each relative year against the document year, and skips one compared with', () => {
    const text = '今年新增10家，明年20家，比上年增长5%，较去年提高，本年度完成。';
    expect(relativeYears(text, 2026).map((y) => `${text.slice(y.start, y.end)}:${y.year}`)).toEqual(['今年:2026', '明年:2027', '本年度:2026']);
    expect(relativeYears(text, null)).toEqual([]);
  });

  it('merges with the scanned years in order of position', () => {
    const merged = mergeYears([{ start: 5, end: 10, year: 2025 }], [{ start: 0, end: 2, year: 2026 }, { start: 12, end: 14, year: 2027 }]);
    expect(merged.map((y) => y.year)).toEqual([2026, 2025, 2027]);
  });

  it('dates the targets of a document that names its year', () => {
    const doc = '2026年某县工作要点\n\n一、重点工作\n\n今年，新增企业10家。\n\n力争明年新增园区3个。\n\n去年，全县新增企业8家。';
    expect(targets(doc).map((t) => `${t.raw}:${t.year}:${t.role}`)).toEqual(['10家:2026:target', '3个:2027:target', '8家:2025:baseline']);
  });
});
