// Offsets → points (src/pipeline/positions.ts).
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/pipeline/positions.js';

describe('lineIndex', () => {
  it('ends a line at \\n, \\r\\n and \\r', () => {
    expect(lineIndex('a\nb\r\nc\rd').lineStarts).toEqual([0, 2, 5, 7]);
  });

  it('gives 1-based lines and columns, and the offset', () => {
    const index = lineIndex('一、甲\n二、乙');
    expect(index.point(5)).toEqual({ line: 2, column: 2, offset: 5 });
    expect(index.position(4, 7)).toEqual({ start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 4, offset: 7 } });
  });

  it('answers in any order', () => {
    const index = lineIndex('a\nb\nc\nd');
    expect([6, 0, 4, 2].map((o) => index.point(o).line)).toEqual([4, 1, 3, 2]);
  });
});
