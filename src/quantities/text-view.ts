// One node's own text as the quantity rules read it: white space inside
// Chinese text dropped ("紧  缺型", "力 争"), annotation spans replaced by a
// line break, and a map from every kept character back to its offset.

export type TextView = {
  /** The squeezed text. */
  text: string;
  /** offs[k] is the offset in the source (= in norm) of text[k]. */
  offs: Int32Array;
};

const SPACE_RE = /[ \t\r\n]+/g;
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * `holes` (sorted, inside [start, end)) are left out; each becomes one "\n", a
 * sentence end, so text on either side never joins into one clause.
 */
export function textView(norm: string, start: number, end: number, holes: Array<[number, number]>): TextView {
  const offs = new Int32Array(Math.max(0, end - start));
  const parts: string[] = [];
  let len = 0;
  const keep = (a: number, b: number) => {
    if (b <= a) return;
    parts.push(norm.slice(a, b));
    for (let i = a; i < b; i++) offs[len++] = i;
  };
  // Copies [a, b) without its white space; a space survives only between two ASCII words ("Bat365 推动" drops it).
  const copy = (a: number, b: number) => {
    SPACE_RE.lastIndex = a;
    let at = a;
    for (let m = SPACE_RE.exec(norm); m && m.index < b; m = SPACE_RE.exec(norm)) {
      const runEnd = Math.min(b, m.index + m[0].length);
      keep(at, m.index);
      if (m.index > a && runEnd < b && isAsciiAlnum(norm.charCodeAt(m.index - 1)) && isAsciiAlnum(norm.charCodeAt(runEnd))) {
        parts.push(' ');
        offs[len++] = m.index;
      }
      at = runEnd;
    }
    keep(at, b);
  };
  let at = start;
  for (const [hs, he] of holes) {
    if (he <= hs || he <= at || hs >= end) continue;
    copy(at, Math.max(at, hs));
    parts.push('\n');
    offs[len++] = Math.max(at, hs);
    at = Math.min(end, he);
  }
  copy(at, end);
  return { text: parts.join(''), offs: offs.subarray(0, len) };
}
