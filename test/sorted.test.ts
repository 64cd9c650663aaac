// Binary search over sorted offsets (src/sorted.ts), against a plain search.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstAbove, lastAtMost } from '../src/sorted.js';

const sortedList = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 12 }).map((xs) => xs.sort((a, b) => a - b));

describe('sorted offsets', () => {
  it('finds the last element at most a value (0 when none) and the first above it (the length when none)', () => {
    fc.assert(fc.property(sortedList, fc.integer({ min: -1, max: 51 }), (xs, v) => {
      const last = xs.reduce((k, x, i) => (x <= v ? i : k), 0);
      const first = xs.findIndex((x) => x > v);
      expect(lastAtMost(xs, v)).toBe(last);
      expect(firstAbove(xs, v)).toBe(first < 0 ? xs.length : first);
    }), { numRuns: 500 });
  });
});
