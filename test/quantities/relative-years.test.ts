// 今年, 明年, 去年 resolved against the document's year (src/quantities/relative-years.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RELATIVE_YEARS } from '../../src/data/time-words.js';
import { RELATIVE_YEAR_MARK, RELATIVE_YEAR_PATTERN, mergeYears, relativeYears } from '../../src/quantities/relative-years.js';
import { targets } from './targets.js';

describe('relativeYears', () => {
  it('resolves each relative year against the document year, and skips one compared with', () => {
    const text = '今年新增10家，明年20家，比上年增长5%，较去年提高，本年度完成。';
    expect(relativeYears(text, 2026).map((y) => `${text.slice(y.start, y.end)}:${y.year}`)).toEqual(['今年:2026', '明年:2027', '本年度:2026']);
    expect(relativeYears(text, null)).toEqual([]);
    // this year and next: the span ends with the next
    const both = '今明两年职业技能培训3500万人次以上。';
    expect(relativeYears(both, 2020).map((y) => `${both.slice(y.start, y.end)}:${y.year}`)).toEqual(['今明两年:2021']);
    const five = '今后五年国内生产总值年均增长7.5%，未来五年新增就业4500万人。';
    expect(relativeYears(five, 2006).map((y) => `${five.slice(y.start, y.end)}:${y.year}`)).toEqual(['今后五年:2010', '未来五年:2010']);
    // the document's own century: its end, or its middle
    const century = '到本世纪末，粮食产量达到5000亿公斤；到本世纪中叶，基本实现现代化。';
    expect(relativeYears(century, 1988).map((y) => `${century.slice(y.start, y.end)}:${y.year}`)).toEqual(['本世纪末:2000', '本世纪中叶:2050']); // (never a year before the document's)
    expect(relativeYears('到本世纪中叶，建成社会主义现代化强国。', 2026).map((y) => y.year)).toEqual([2050]);
    // a work report's "the past year" is last year
    const past = '过去一年，国内生产总值增长10.3%。';
    expect(relativeYears(past, 2011).map((y) => `${past.slice(y.start, y.end)}:${y.year}`)).toEqual(['过去一年:2010']);
  });

  it('merges with the scanned years in order of position', () => {
    const merged = mergeYears([{ start: 5, end: 10, year: 2025 }], [{ start: 0, end: 2, year: 2026 }, { start: 12, end: 14, year: 2027 }]);
    expect(merged.map((y) => y.year)).toEqual([2026, 2025, 2027]);
  });

  it('dates the targets of a document that names its year', () => {
    const doc = '2026年某县工作要点\n\n一、重点工作\n\n今年，新增企业10家。\n\n力争明年新增园区3个。\n\n去年，全县新增企业8家。';
    expect(targets(doc).map((t) => `${t.raw}:${t.year}:${t.role}`)).toEqual(['10家:2026:target', '3个:2027:target', '8家:2025:baseline']);
  });

  it('the regex finds what a loop trying the words longest first at each position finds', () => {
    const words = Object.keys(RELATIVE_YEARS).sort((a, b) => b.length - a.length);
    const byLoop = (text: string): string[] => {
      const out: string[] = [];
      for (let i = 0; i < text.length; i++) {
        const w = words.find((x) => text.startsWith(x, i));
        if (w === undefined) continue;
        out.push(`${i}:${w}`);
        i += w.length - 1;
      }
      return out;
    };
    const byRegex = (text: string) => [...text.matchAll(new RegExp(RELATIVE_YEAR_PATTERN))].map((m) => `${m.index}:${m[0]}`);
    const parts = [...words, '年', '度', '一', '上', '本', '较', '比', '，', 'x', '2026'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 16 }).map((a) => a.join('')), (t) => {
      expect(byRegex(t)).toEqual(byLoop(t));
    }));
  });

  it('reads a text only when it holds the mark every relative year holds: the gate changes no answer', () => {
    const mark = RELATIVE_YEAR_MARK ?? '';
    for (const w of Object.keys(RELATIVE_YEARS)) expect(w).toContain(mark);
    // the mark put before the text opens the gate; it starts no word and ends no comparison cue (比, 较…)
    const ungated = (t: string) => relativeYears(mark + t, 2026).map((y) => ({ ...y, start: y.start - mark.length, end: y.end - mark.length }));
    const parts = [...Object.keys(RELATIVE_YEARS), '今', '明', '去', '本', '上', '一', '度', '当', '年', '较', '比', '，', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }).map((a) => a.join('')), (t) => {
      expect(relativeYears(t, 2026)).toEqual(ungated(t));
    }));
  });

  it('merging keeps the order a stable sort by start gives', () => {
    const mention = fc.record({ start: fc.nat(30), end: fc.nat(40), year: fc.integer({ min: 2000, max: 2040 }) });
    const sorted = fc.array(mention, { maxLength: 8 }).map((xs) => xs.sort((x, y) => x.start - y.start));
    fc.assert(fc.property(sorted, sorted, (a, b) => {
      expect(mergeYears(a, b)).toEqual([...a, ...b].sort((x, y) => x.start - y.start));
    }));
  });
});
