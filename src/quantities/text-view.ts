// One node's own text as the quantity rules read it: white space inside
// Chinese text dropped ("紧  缺型", "力 争"), annotation spans replaced by a
// line break, and a map from every kept character back to its offset.

export type TextView = {
  /** The squeezed text. */
  text: string;
  /** offs[k] is the offset in the source (= in norm) of text[k]. (A plain array: cheaper to make than a typed one.) */
  offs: number[];
};

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * `holes` (sorted, inside [start, end)) are left out; each becomes one "\n", a
 * sentence end, so text on either side never joins into one clause.
 */
export function textView(norm: string, start: number, end: number, holes: Array<[number, number]>): TextView {
  const { text, runs } = textRuns(norm, start, end, holes);
  return { text, offs: offsetsOf(runs) };
}

/** The view's text, and its offsets as runs: [a, b) pairs of consecutive source offsets, one per kept stretch. */
export type TextRuns = { text: string; runs: number[] };

/** textView's offs from the runs of textRuns. */
export function offsetsOf(runs: number[]): number[] {
  const offs: number[] = [];
  for (let r = 0; r < runs.length; r += 2) for (let i = runs[r]!, b = runs[r + 1]!; i < b; i++) offs.push(i);
  return offs;
}

/** textView without building the offsets (most nodes hold no quantity and never need them). */
export function textRuns(norm: string, start: number, end: number, holes: Array<[number, number]>): TextRuns {
  const runs: number[] = [];
  const parts: string[] = [];
  const keep = (a: number, b: number) => {
    if (b <= a) return;
    parts.push(norm.slice(a, b));
    runs.push(a, b);
  };
  // Copies [a, b) without its white space; a space survives only between two ASCII words ("Bat365 推动" drops it).
  // A bounded loop: a regex search from `a` would run on past `b` to the next space of the whole document.
  const copy = (a: number, b: number) => {
    let at = a;
    for (let i = a; i < b; i++) {
      if (!isSpace(norm.charCodeAt(i))) continue;
      let runEnd = i + 1;
      while (runEnd < b && isSpace(norm.charCodeAt(runEnd))) runEnd++;
      keep(at, i);
      if (i > a && runEnd < b && isAsciiAlnum(norm.charCodeAt(i - 1)) && isAsciiAlnum(norm.charCodeAt(runEnd))) {
        parts.push(' ');
        runs.push(i, i + 1);
      }
      at = runEnd;
      i = runEnd - 1;
    }
    keep(at, b);
  };
  let at = start;
  for (const [hs, he] of holes) {
    if (he <= hs || he <= at || hs >= end) continue;
    copy(at, Math.max(at, hs));
    parts.push('\n');
    const hole = Math.max(at, hs);
    runs.push(hole, hole + 1);
    at = Math.min(end, he);
  }
  copy(at, end);
  return { text: parts.join(''), runs };
}
