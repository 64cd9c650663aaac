// The word tests of the quantity rules (src/quantities/words.ts) against the plain searches they stand for.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyIn, listsIn, wordFinder, wordsIn } from '../../src/quantities/words.js';

// Few characters, so that words meet, overlap and share first characters.
const CHARS = ['给', '予', '奖', '励', '补', '助', '每', '年', '，', '。'];
const word = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((a) => a.join(''));
const includesIn = (words: readonly string[], t: string, a: number, b: number) => words.some((w) => t.slice(a, b).includes(w));

describe('wordFinder', () => {
  it('answers as the plain search over each stretch, whatever was asked before and of which text', () => {
    const lists = fc.record({ A: fc.array(word, { maxLength: 4 }), B: fc.array(word, { maxLength: 4 }), C: fc.array(word, { maxLength: 2 }) });
    // a question: which text (of two), which list, [a, b) and the stretch [f, e) around it (sometimes not around it)
    const question = fc.tuple(fc.nat(1), fc.constantFrom('A', 'B', 'C' as const), fc.nat(), fc.nat(), fc.nat(), fc.nat());
    fc.assert(fc.property(lists, text, text, fc.array(question, { maxLength: 12 }), (ls, t0, t1, qs) => {
      const { list, reader } = wordFinder(ls);
      const texts = [t0, t1];
      const readers = texts.map(reader);
      for (const [k, name, x, y, u, v] of qs) {
        const t = texts[k]!;
        const n = t.length + 1;
        const f = u % n;
        const e = f + (v % (n - f + 2)); // may run past the text's end
        const a = x % n;
        const b = a + (y % (n - a + 2));
        expect(readers[k]!.has(list[name], a, b, f, e)).toBe(includesIn(ls[name], t, a, b));
      }
    }), { numRuns: 3000 });
  });
});

describe('anyIn', () => {
  it('is the plain search over [a, b)', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 5 }), text, fc.nat(), fc.nat(), (words, t, x, y) => {
      const a = x % (t.length + 1);
      const b = a + (y % (t.length - a + 2));
      expect(anyIn(words)(t, a, b)).toBe(includesIn(words, t, a, b));
    }), { numRuns: 2000 });
  });
});

describe('listsIn', () => {
  it('sets the bit of every list with a word in the text, as the plain search', () => {
    const lists = fc.array(fc.array(fc.oneof(word, fc.constant('')), { maxLength: 4 }), { maxLength: 6 });
    fc.assert(fc.property(lists, text, (ls, t) => {
      const expected = ls.reduce((bits, words, i) => (words.some((w) => t.includes(w)) ? bits | (1 << i) : bits), 0);
      expect(listsIn(ls)(t)).toBe(expected);
    }), { numRuns: 3000 });
  });
});

describe('wordsIn', () => {
  it('finds a word standing as a word in the span only, not inside a longer word around it', () => {
    const ahead = wordsIn(['要', '将'], ['主要', '将近']);
    expect(ahead('全市主要企业达到将近120家。', 0, 14)).toBe(false);
    expect(ahead('全市要新建学校30所。', 0, 11)).toBe(true);
    // (only the span: a 要 after it does not count)
    expect(ahead('全市企业120家，今后要新建学校。', 0, 8)).toBe(false);
  });
});
