// Document metadata and the facts about the document the quantity stage reads.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayBeSignOff } from '../../src/pipeline/meta.js';
import { BYLINE, DATE_LINE } from '../../src/data/doc-types.js';
import { compact } from '../../src/pipeline/normalize.js';

describe('sign-off lines', () => {
  it('passes mayBeSignOff on every text whose compacted form is a date line or a byline', () => {
    const parts = ['2025年12月18日', '2025年5月6日', '2025', '12', '年', '月', '日', ' ', '\u3000', '\n', '\t', '某省发展和改革委员会', '局', '号'];
    const text = fc.array(fc.constantFrom(...parts), { maxLength: 6 }).map((a) => a.join(''));
    let signOffs = 0;
    fc.assert(fc.property(text, (t) => {
      const c = compact(t);
      if (!(DATE_LINE.test(c) || BYLINE.test(c))) return true;
      signOffs++;
      return mayBeSignOff(t);
    }), { numRuns: 5000 });
    expect(signOffs).toBeGreaterThan(50); // the texts did hold sign-offs
  });
});
