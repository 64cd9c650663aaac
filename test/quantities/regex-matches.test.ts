// matchesOf (src/quantities/regex-matches.ts) finds what String#matchAll finds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchesOf } from '../../src/quantities/regex-matches.js';

describe('matchesOf', () => {
  const patterns = [/[(（]([^()（）]*)[)）]/g, /(?<!\d)(\d{4})(?=年|[-—](\d{4}))/g, /a*/g, /年?/g, /:\/\/|@|\.[A-Za-z]/g];
  const text = fc.array(fc.constantFrom('a', '年', '（', '）', '(', ')', '2025', '-', '—', '@', '.x', '://', '一'), { maxLength: 14 }).map((a) => a.join(''));

  it('agrees with matchAll, empty matches included, and leaves lastIndex at 0', () => {
    fc.assert(fc.property(fc.constantFrom(...patterns), text, (re, t) => {
      const shape = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);
      expect(shape(matchesOf(re, t))).toEqual(shape([...t.matchAll(re)]));
      expect(re.lastIndex).toBe(0);
    }));
  });
});
