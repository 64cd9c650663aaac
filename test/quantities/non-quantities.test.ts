// The cue of machine text (src/quantities/non-quantities.ts): found by its first characters as the regex finds it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MACHINE_TEXT_CUE } from '../../src/data/non-quantities.js';
import { MACHINE_TEXT_CUE_FIRSTS, hasMachineCue, machineSpans } from '../../src/quantities/non-quantities.js';

describe('hasMachineCue', () => {
  it('each alternative of the cue opens with a literal character, the one it is looked for by', () => {
    const alternatives = MACHINE_TEXT_CUE.split('|');
    expect(MACHINE_TEXT_CUE_FIRSTS).toHaveLength(alternatives.length);
    for (const [k, a] of alternatives.entries()) {
      expect(MACHINE_TEXT_CUE_FIRSTS[k]).toHaveLength(1);
      expect(/^(?:\\[^\w\s]|[^\\[(.^$|?*+{])/.test(a)).toBe(true);
    }
  });

  it('agrees with the regex of MACHINE_TEXT_CUE', () => {
    const re = new RegExp(MACHINE_TEXT_CUE);
    const parts = [':', '//', '://', '@', '.', '.x', '.Z', '.1', 'www', 'a', '年', '。', 'http', '3.5', ':/'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((a) => a.join('')), (t) => {
      expect(hasMachineCue(t)).toBe(re.test(t));
    }), { numRuns: 1000 });
  });

  it('finds the spans of a URL and an e-mail address', () => {
    const text = '详见https://www.gov.cn/a.html。邮箱abc@gov.cn。';
    expect(machineSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['https://www.gov.cn/a.html', 'abc@gov.cn']);
  });
});
