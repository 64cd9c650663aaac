// Offsets → unist points (1-based line and column, UTF-16 units). \r\n, \r and
// \n all end a line.
import type { Point, Position } from '../tree/schema.js';
import { lastAtMost } from '../sorted.js';

export type LineIndex = {
  /** Offset at which each line starts; lineStarts[0] === 0. */
  lineStarts: number[];
  point: (offset: number) => Point;
  position: (start: number, end: number) => Position;
};

/** Where each line starts. indexOf scans natively, far faster than a loop over every unit. */
function lineStartsOf(text: string): number[] {
  const lineStarts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      if (text.charCodeAt(cr + 1) !== 0x0a) lineStarts.push(cr + 1); // a \r\n ends its line at the \n
      cr = text.indexOf('\r', cr + 1);
    } else {
      lineStarts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return lineStarts;
}

export function lineIndex(text: string): LineIndex {
  const lineStarts = lineStartsOf(text);
  const last = lineStarts.length - 1;
  /** lineStarts[line] <= offset < lineStarts[line + 1] */
  const holds = (line: number, offset: number) => lineStarts[line]! <= offset && (line === last || offset < lineStarts[line + 1]!);
  // callers ask in text order, mostly on the line of the previous answer or the next one
  let hint = 0;
  const lineOf = (offset: number): number => {
    if (holds(hint, offset)) return hint;
    if (hint < last && holds(hint + 1, offset)) return ++hint;
    return (hint = lastAtMost(lineStarts, offset));
  };
  const point = (offset: number): Point => {
    const line = lineOf(offset);
    return { line: line + 1, column: offset - lineStarts[line]! + 1, offset };
  };
  return { lineStarts, point, position: (start, end) => ({ start: point(start), end: point(end) }) };
}
