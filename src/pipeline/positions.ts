// Offsets → unist points (1-based line and column, UTF-16 units). \r\n, \r and
// \n all end a line.
import type { Point, Position } from '../tree/schema.js';

export type LineIndex = {
  /** Offset at which each line starts; lineStarts[0] === 0. */
  lineStarts: number[];
  point: (offset: number) => Point;
  position: (start: number, end: number) => Position;
};

export function lineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lineStarts.push(i + 1);
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) lineStarts.push(i + 1);
  }
  const point = (offset: number): Point => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset };
  };
  return { lineStarts, point, position: (start, end) => ({ start: point(start), end: point(end) }) };
}
