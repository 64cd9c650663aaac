// The rule lead-in: the fast reader agrees with the one pattern it is built from.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RULE_LEAD_RE, ruleLeadEnd } from '../../src/quantities/rule-lead.js';
import { RULE_LEAD_INS } from '../../src/data/target-cues.js';

const byPattern = (text: string) => {
  const m = RULE_LEAD_RE.exec(text);
  return m ? m.index + m[0].length : Infinity;
};

describe('ruleLeadEnd', () => {
  it('ends where the first RULE_LEAD_RE match ends, on text made of lead-in words, their parts, stops and colons', () => {
    const parts = [
      ...RULE_LEAD_INS, ...RULE_LEAD_INS.map((w) => w.slice(0, 2)), ...RULE_LEAD_INS.map((w) => w.slice(1)),
      ':', ':', ':', ':', '：', ',', ';', '。', '\n', '、', '的', '如下', '同时', 'A', '1', ' ',
    ];
    const text = fc.array(fc.constantFrom(...parts), { maxLength: 12 }).map((a) => a.join(''));
    let leads = 0;
    fc.assert(fc.property(text, (t) => {
      const end = byPattern(t);
      if (end !== Infinity) leads++;
      return ruleLeadEnd(t) === end;
    }), { numRuns: 3000 });
    expect(leads).toBeGreaterThan(150); // the texts did hold lead-ins
  });

  it('reads a lead-in, a short gap and the colon', () => {
    expect(ruleLeadEnd('企业应当同时具备以下条件:')).toBe('企业应当同时具备以下条件:'.length);
    expect(ruleLeadEnd('申报条件如下所列各项内容与要求:')).toBe(Infinity);
    expect(ruleLeadEnd('应当符合,以下:')).toBe(Infinity);
  });
});
