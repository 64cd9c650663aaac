// A title run into its document number (src/pipeline/title-number.ts).
import { describe, expect, it } from 'vitest';
import { withoutDocNumber } from '../../src/pipeline/title-number.js';

const endsTitle = (t: string) => /(意见|通知|办法)$/.test(t);

describe('withoutDocNumber', () => {
  it('cuts the number where the title\'s document type ends, whatever the prefix', () => {
    expect(withoutDocNumber('关于优化营商环境的实施意见国办发〔2020〕24号', endsTitle)).toBe('关于优化营商环境的实施意见');
    expect(withoutDocNumber('关于印发某办法的通知（皖政办秘〔2021〕82号）', endsTitle)).toBe('关于印发某办法的通知');
  });
  it('leaves a line alone without a number, or when no title type ends before it', () => {
    expect(withoutDocNumber('关于优化营商环境的实施意见', endsTitle)).toBe('关于优化营商环境的实施意见');
    expect(withoutDocNumber('依据赣发〔2022〕23号', endsTitle)).toBe('依据赣发〔2022〕23号');
  });
});
