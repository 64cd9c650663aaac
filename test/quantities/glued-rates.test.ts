// An indicator table's row run together (src/quantities/glued-rates.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rateCut, rowCuts } from '../../src/quantities/glued-rates.js';
import { targets } from './targets.js';

describe('rateCut', () => {
  it.each([
    ['5015024.6', 5], // 50 → 150 in five years: 24.6% a year
    ['450100017.3', 7],
    ['1.42070.2', 5],
    ['76.512310', 7], // not 7 · 6.51231 · 0: no growth is no rate
    ['5112720', 5],
    ['0.891.4510.3', 8],
  ])('cuts %s before its rate', (digits, cut) => {
    expect(rateCut(digits, 5)).toBe(cut);
  });

  it('finds the goal\'s cut with the rate\'s', () => {
    expect(rowCuts('5015024.6', 5)).toEqual([2, 5]);
    expect(rowCuts('0.891.4510.3', 5)).toEqual([4, 8]);
  });

  it('reads no rate where no cut agrees', () => {
    expect(rateCut('123456', 5)).toBe(null);
    expect(rateCut('99999', 5)).toBe(null);
  });

  it('tries no cut of a run longer than three numbers of a row (every cut of it would be tried)', () => {
    expect(rateCut('10000000000030000000000024.6', 5)).toBe(24); // agrees, but…
    expect(targets('指标名称单位2020年2025年年均增速1收入亿元10000000000030000000000024.6%预期性').map((t) => t.raw)).not.toContain('24.6%');
  });

  it('finds the rate of any base and goal, or none, never another cut', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 101, max: 400 }), (base, pct) => {
      const goal = Math.round((base * pct) / 100);
      const rate = Math.round((Math.pow(goal / base, 1 / 5) - 1) * 1000) / 10;
      fc.pre(rate > 0);
      const digits = `${base}${goal}${rate}`;
      const cut = rateCut(digits, 5);
      expect(cut === null || cut === digits.length - String(rate).length).toBe(true);
    }));
  });
});

describe('a glued row in the text', () => {
  it('reads the base and the goal dated by the header\'s years, and the rate named by its row and the header\'s rate column', () => {
    const text = '指标名称单位2020年2025年指标属性年均增速[累计]1旅游总收入亿元5015024.6%预期性2游客接待总人数万人次450100017.3%预期性';
    expect(targets(text).map((t) => [t.raw, t.unit, t.role, t.year, t.indicator])).toEqual([
      ['50', '亿元', 'baseline', 2020, '旅游总收入'],
      ['150', '亿元', 'target', 2025, '旅游总收入'],
      ['24.6%', '%', 'target', 2025, '旅游总收入年均增速'],
      // a scaled unit's cell (万人次) leaves its base and goal unread
      ['17.3%', '%', 'target', 2025, '游客接待总人数年均增速'],
    ]);
  });

  it('reads nothing under a header without a yearly rate (a 累计 column\'s growth would agree by chance)', () => {
    const text = '专栏1 主要指标 序号指标名称单位2020年2025年累计增长属性1地区生产总值亿元1601.72185.436.4%预期性2常住人口万人4186112.1%预期性';
    expect(targets(text).map((t) => t.raw)).not.toContain('112.1%');
    expect(targets(text).map((t) => t.raw)).not.toContain('6.4%');
  });
});
