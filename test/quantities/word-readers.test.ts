// Quantities opening with a word (src/quantities/word-readers.ts): a fraction's word, then its numeral, and a range
// of fractions with the word said once or twice.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/quantities/scan.js';

const read = (text: string) => scan(text).quantities.map((q) => `${text.slice(q.start, q.end)}:${q.value}:${q.upper}:${q.unit}`);

describe('fraction words', () => {
  it('reads 百分之 and 千分之 with their numeral', () => {
    expect(read('增长百分之十左右')).toEqual(['百分之十:10:null:%']);
    expect(read('控制在千分之五')).toEqual(['千分之五:5:null:‰']);
  });

  it('reads a range of fractions, the word said once or twice (百分之八至九, 百分之三到百分之五)', () => {
    expect(read('调控目标定为百分之八至九。')).toEqual(['百分之八至九:8:9:%']);
    expect(read('下降百分之三到百分之五。')).toEqual(['百分之三到百分之五:3:5:%']);
    // an upper bound not above the lower, or a numeral with a unit of its own, is no range
    expect(read('百分之五至三')).toEqual(['百分之五:5:null:%']);
    expect(read('百分之五至十年')).toEqual(['百分之五:5:null:%']);
    // after 从 the second is where a change goes
    expect(read('比重从百分之三十到百分之三十五')).toEqual(['百分之三十:30:null:%', '百分之三十五:35:null:%']);
  });
});
