// Where a bracketed unit annotation ends: its matching closer, or the end of its line.
import { charTable } from '../src/char-table.js';
import { CLOSERS, OPENERS, startsMarker } from './chars.js';

const isOpener = charTable(OPENERS);
const isCloser = charTable(CLOSERS);
const CR = 0x0d;
const LF = 0x0a;
const COMMA_OF_LISTS = 0x3001; // 、

/** How many spaces (half- or full-width) stand at `i`. */
export function leadingSpaces(text: string, i: number): number {
  let n = 0;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x3000 || c === 0x09; c = text.charCodeAt(i + ++n));
  return n;
}

/** An annotation wrapped onto the next lines (a hard-wrapped copy) closes within this many characters of its opener. */
const WRAPPED_ANNOTATION_MAX = 160;

/**
 * End of the bracketed annotation opening at `offset`: its matching closer, else the end of its line. The
 * closer may stand on a later line, as in a hard-wrapped copy, if it comes within WRAPPED_ANNOTATION_MAX
 * characters, no blank line comes first and no line between opens with a marker. Nothing is read past `limit`.
 */
export function annotationEnd(text: string, offset: number, limit = text.length): { end: number; closed: boolean } {
  let depth = 0;
  let lineEnd = -1; // the first line break inside the annotation
  let content = true; // the current line has more than white space
  const stop = Math.min(text.length, limit);
  for (let end = offset; end < stop; end++) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) {
      if (c === LF && text.charCodeAt(end - 1) === CR) continue; // the CR of CRLF read the break
      if (lineEnd < 0) lineEnd = end;
      else if (!content) return { end: lineEnd, closed: false }; // a blank line
      const next = end + (c === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
      // too long for a wrapped annotation, or a line that may open with a marker ("（二）…", "2.…"); inside the
      // brackets a line opening with 、 goes on with the list of units ("市人社局\n、市工信局")
      const first = text.charCodeAt(next + leadingSpaces(text, next));
      if (end - offset > WRAPPED_ANNOTATION_MAX || (startsMarker[first] && first !== COMMA_OF_LISTS)) {
        return { end: lineEnd, closed: false };
      }
      content = false;
      continue;
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) content = true;
    if (lineEnd >= 0 && end - offset > WRAPPED_ANNOTATION_MAX) return { end: lineEnd, closed: false };
    if (isOpener[c]) depth++;
    else if (isCloser[c] && --depth === 0) return { end: end + 1, closed: true };
  }
  return { end: lineEnd >= 0 ? lineEnd : stop, closed: false };
}
