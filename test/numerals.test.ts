// Chinese and Arabic numerals as quantities read them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUMERAL_CHARS, numeralValue, numeralValueAt, parseChineseNumeral, readNumeral, roundSignificant } from '../src/numerals.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10], ['十二', 12], ['九十九', 99], ['一百二十', 120], ['两千', 2000], ['五十万', 500000],
    ['十万', 100000], ['三千五百', 3500], ['一亿二千万', 120000000], ['二〇二三', 2023], ['两', 2],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each([['三点五', 3.5], ['零点五', 0.5], ['零点零五', 0.05], ['十二点五', 12.5], ['一点二万', 12000]])(
    'reads the decimal %s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n),
  );

  it.each(['', '万', '二三十', '年', '三点', '点五'])('%s is not a numeral', (s) => expect(parseChineseNumeral(s)).toBeNull());

  // Units fall as a reader reads them; 万亿 is one unit, and 一万二千亿 is 1.2万亿.
  it.each([['一万亿', 1e12], ['一万二千亿', 1.2e12], ['一万亿五千万', 1000050000000], ['一亿五千万', 150000000]])(
    '%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n),
  );
  it.each(['十十', '百千', '十百', '一万万', '五万三千万', '一亿亿', '一' + '亿'.repeat(40)])(
    '%s is no numeral a reader reads', (s) => expect(parseChineseNumeral(s)).toBeNull(),
  );
});

describe('numeralValue', () => {
  it.each([
    ['38.5', 38.5], ['1,200', 1200], ['1.2万', 12000], ['3千', 3000], ['5000万', 50000000], ['1.5万亿', 1.5e12], ['五十', 50],
  ])('%s → %d', (s, n) => expect(numeralValue(s)).toBe(n));

  it('rejects what is not a numeral', () => {
    expect(numeralValue('3年')).toBeNull();
    expect(numeralValue('')).toBeNull();
  });
});

describe('numeralValueAt', () => {
  it('is numeralValue of the slice', () => {
    const parts = [...NUMERAL_CHARS, '.', ',', ' ', '点', '年', 'a', '000', '123456789012'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }).map((a) => a.join('')), fc.nat(), fc.nat(), (t, x, y) => {
      const a = x % (t.length + 1);
      const b = a + (y % (t.length - a + 1));
      expect(numeralValueAt(t, a, b)).toBe(numeralValue(t.slice(a, b)));
    }), { numRuns: 3000 });
  });
});

describe('readNumeral', () => {
  it('reads Arabic digits with thousands separators and trailing multipliers', () => {
    expect(readNumeral('共1,200家', 1)).toEqual({ end: 6, multStart: 6, chinese: false });
    expect(readNumeral('1.2万家', 0)).toEqual({ end: 4, multStart: 3, chinese: false });
  });

  it('reads a Chinese decimal through 点, but not 点 followed by no digit', () => {
    expect(readNumeral('千分之零点五以下', 3)).toEqual({ end: 6, multStart: 6, chinese: true });
    expect(readNumeral('八点钟', 0)).toEqual({ end: 1, multStart: 1, chinese: true });
  });

  it('reads digits grouped by spaces, one separator throughout', () => {
    expect(readNumeral('不少于3 000亩', 3)?.end).toBe(8);
    expect(numeralValue('1 500')).toBe(1500);
    expect(numeralValue('12 000 000')).toBe(12000000);
    expect(readNumeral('3 20家', 0)?.end).toBe(1); // not a group of three
    expect(readNumeral('1234 567', 0)?.end).toBe(4); // four digits before: no grouping
    expect(readNumeral('1,000 000', 0)?.end).toBe(5); // the comma set the separator
  });

  it('does not take a list comma for a thousands separator', () => {
    expect(readNumeral('3,20家', 0)?.end).toBe(1);
    expect(readNumeral('1,2345', 0)?.end).toBe(1);
  });

  it('reads a run of Chinese numerals', () => {
    expect(readNumeral('五十万元', 0)).toEqual({ end: 3, multStart: 1, chinese: true });
    expect(readNumeral('企业', 0)).toBeNull();
  });
});

describe('roundSignificant', () => {
  it('removes binary noise', () => {
    expect(roundSignificant(1.31 * 0.01)).toBe(0.0131);
    expect(roundSignificant(38.5 * 1e8)).toBe(3850000000);
  });
});

describe('bare multipliers and zero as quantities read them', () => {
  it('reads a bare 百/千 that a money unit follows', () => {
    expect(numeralValue('百')).toBe(100);
    expect(numeralValue('千')).toBe(1000);
    expect(readNumeral('过千万元', 1)).toEqual({ end: 3, multStart: 1, chinese: true });
  });

  it('reads 零 alone as zero, which the scanner then refuses as a word (零部件)', () => {
    expect(parseChineseNumeral('零')).toBe(0);
    expect(readNumeral('零部件', 0)).toEqual({ end: 1, multStart: 1, chinese: true });
  });
});
