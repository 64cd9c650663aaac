// A count summing up the list before it (src/quantities/appositive.ts).
import { describe, expect, it } from 'vitest';
import { isAppositive } from '../../src/quantities/appositive.js';

const at = (text: string, count: string, value: number) => isAppositive(text, 0, text.indexOf(count), value);

describe('isAppositive', () => {
  it('reads a count equal to the items named before it, or at least their number after 等', () => {
    expect(at('稀土、现代家居两个省级联合体', '两个', 2)).toBe(true);
    expect(at('泌尿外科、骨科等12个', '12个', 12)).toBe(true);
  });
  it('is false for one item, a count unlike the list, or new things listed by name', () => {
    expect(at('建设公园3个', '3个', 3)).toBe(false);
    expect(at('稀土、家居、纺织两个', '两个', 2)).toBe(false);
    expect(at('新建C、D、E三个', '三个', 3)).toBe(false);
  });
});
