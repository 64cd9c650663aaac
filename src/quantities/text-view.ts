// One node's own text as the quantity rules read it: white space inside
// Chinese text dropped ("紧  缺型", "力 争"), annotation spans replaced by a
// line break, and a map from every kept character back to its offset.
import { firstAbove, lastAtMost } from '../sorted.js';
import { charTable, isDigitCode } from '../char-table.js';


/** The view's text, and its offsets as runs: [a, b) pairs of consecutive source offsets, one per kept stretch. */
export type TextRuns = { text: string; runs: number[] };

/** From view positions back to the source, run by run: a kept stretch is one slice of the source. */
export type ViewMap = {
  /** The source offset of text[k]. */
  offset(k: number): number;
  /** text[a, b) as the source writes it: an annotation's break left out, a kept space as one space. */
  show(a: number, b: number): string;
};

const BREAK = '\n';
const SPACE = ' ';

export function viewMap(source: string, { text, runs }: TextRuns): ViewMap {
  // Most nodes are one stretch: positions are a shift.
  if (runs.length === 2) {
    const base = runs[0]!;
    return { offset: (k) => base + k, show: (a, b) => source.slice(base + a, base + b) };
  }
  const starts: number[] = []; // where each run starts in the view
  for (let r = 0, t = 0; r < runs.length; r += 2) {
    starts.push(t);
    t += runs[r + 1]! - runs[r]!;
  }
  const runOf = (k: number) => lastAtMost(starts, k);
  return {
    offset: (k) => {
      const j = runOf(k);
      return runs[2 * j]! + k - starts[j]!;
    },
    show: (a, b) => {
      let s = '';
      for (let j = runOf(a); j < starts.length && starts[j]! < b; j++) {
        const t = starts[j]!;
        // A break (an annotation's hole) and a kept space are runs of their own.
        if (text[t] === BREAK) continue;
        if (text[t] === SPACE) {
          s += SPACE;
          continue;
        }
        const from = Math.max(a, t);
        const to = Math.min(b, t + runs[2 * j + 1]! - runs[2 * j]!);
        s += source.slice(runs[2 * j]! + from - t, runs[2 * j]! + to - t);
      }
      return s;
    },
  };
}

/** V8 copies a slice shorter than this; a longer one is a view of the whole text. */
const SLICE_VIEW_MIN = 13;
/** The longest text whose units are kept (as normalize.ts keeps its scratch): a longer one is sliced as before. */
const UNITS_MAX = 1 << 21;
/** The text whose UTF-16 units `units` holds. */
let unitsOf = '';
let units = Buffer.alloc(0);
/**
 * `norm.slice(start, end)` as a string of its own: a slice is a view into the whole text, and every character the
 * rules read of it (the scan, the cue words, the phrases) costs an indirection (the scan of a node ran 18% slower).
 * The node texts of one text are decoded from its units, written once.
 */
function flatSlice(norm: string, start: number, end: number): string {
  if (end - start < SLICE_VIEW_MIN || norm.length > UNITS_MAX) return norm.slice(start, end);
  if (norm !== unitsOf) {
    if (units.length < 2 * norm.length) units = Buffer.allocUnsafeSlow(Math.min(2 * UNITS_MAX, Math.max(2 * norm.length, 2 * units.length)));
    units.write(norm, 0, 'utf16le');
    unitsOf = norm;
  }
  return units.toString('utf16le', 2 * Math.min(start, norm.length), 2 * Math.min(end, norm.length));
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** The white space the view drops. */
export const WHITE_CHARS = ' \t\r\n';
/** WHITE_CHARS by char code, for the loops below (a regex call per piece cost more than the piece's characters). */
const WHITE_CODES = charTable(WHITE_CHARS);
/** The highest of them: a Chinese character is told apart without reading the 64 KiB table. */
const WHITE_MAX = Math.max(...[...WHITE_CHARS].map((c) => c.charCodeAt(0)));
const isWhite = (c: number) => c <= WHITE_MAX && WHITE_CODES[c] === 1;

/** The text whose white space `whites` holds: the node texts of one text are cut from it one after another. */
let whitesOf: string | null = null;
let whites: number[] = [];
/**
 * Where `norm` holds white space, ascending: found once per text by a native search for each white character,
 * not by a loop over every character of every node's text (most hold none, or a few line breaks).
 */
function whitesIn(norm: string): number[] {
  if (norm === whitesOf) return whites;
  let at: number[] = [];
  for (const ch of WHITE_CHARS) {
    const of: number[] = [];
    for (let i = norm.indexOf(ch); i >= 0; i = norm.indexOf(ch, i + 1)) of.push(i);
    at = of.length === 0 ? at : at.length === 0 ? of : merged(at, of);
  }
  whites = at;
  whitesOf = norm;
  return whites;
}
/** Two ascending lists of distinct offsets as one (a sort with a comparator call per step cost more than the searches). */
function merged(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! < b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
/** Index in `ws` of the first white space at or after `a`. */
const whiteFrom = (ws: number[], a: number) => firstAbove(ws, a - 1);
function hasWhite(ws: number[], a: number, b: number): boolean {
  const k = whiteFrom(ws, a);
  return k < ws.length && ws[k]! < b;
}

/**
 * One node's text [start, end) as the quantity rules read it, and the runs it was kept from.
 * `holes` (sorted, inside [start, end)) are left out; each becomes one "\n", a
 * sentence end, so text on either side never joins into one clause. An empty hole [k, k)
 * only puts the break at k: between a heading and the body run into it. `whites`: where `norm` holds white
 * space (whitesIn), when the caller knows already (normalize finds it as it folds).
 */
export function textRuns(norm: string, start: number, end: number, holes: Array<[number, number]>, whites?: number[]): TextRuns {
  const ws = whites ?? whitesIn(norm);
  // Most nodes are one stretch without white space: one copy, no pieces to join.
  if (holes.length === 0 && !hasWhite(ws, start, Math.min(end, norm.length))) {
    const whole = flatSlice(norm, start, end);
    return whole.length > 0 ? { text: whole, runs: [start, end] } : { text: '', runs: [] };
  }
  const runs: number[] = [];
  const parts: string[] = [];
  let at = start;
  for (const [hs, he] of holes) {
    if (he < hs || he < at || (he === at && hs < at) || hs >= end) continue;
    copy(norm, at, Math.max(at, hs), parts, runs, ws);
    parts.push(BREAK);
    const hole = Math.max(at, hs);
    runs.push(hole, hole + 1);
    at = Math.min(end, he);
  }
  copy(norm, at, end, parts, runs, ws);
  return { text: parts.join(''), runs };
}

/** Keeps [a, b) of `norm` as one part and one run. */
function keep(norm: string, a: number, b: number, parts: string[], runs: number[]): void {
  if (b <= a) return;
  parts.push(norm.slice(a, b));
  runs.push(a, b);
}

const NEWLINE_CODE = 0x0a;
/** A line break between two digits: a page width cut the number ("1\n25.5%"); the node's lines were joined as one. */
function wrappedNumber(norm: string, i: number, runEnd: number): boolean {
  if (!isDigitCode(norm.charCodeAt(i - 1)) || !isDigitCode(norm.charCodeAt(runEnd))) return false;
  for (let k = i; k < runEnd; k++) if (norm.charCodeAt(k) === NEWLINE_CODE) return true;
  return false;
}

/**
 * A scan that spaced out every digit ("国内生产总值达到2 9 0 0 亿元左右", "1 2 %"): a text holding at least
 * SPACED_NUMBERS_MIN numbers of single digits apart by one space, each before a unit or a Chinese word, is read with
 * those spaces dropped. (A table's cells of single digits do not end in a unit so often.)
 */
const SPACED_NUMBER = /(?<![0-9A-Za-z.]|[0-9.] )[0-9] (?:\.?[0-9] ?)+(?:[%‰]|[\u4e00-\u9fff])/g;
/** Numbers of two digits or more written without spaces: a text that writes them so (2020年) spaces no number out. */
const UNSPACED_NUMBER = /[0-9]{2,}/g;
const SPACED_NUMBERS_MIN = 5;
/** Counting stops here: the two counts are compared, not read whole. */
const SPACED_NUMBERS_MAX = 1000;
let spacedOf: string | null = null;
let spaced = false;
export function spacedDigits(norm: string): boolean {
  if (norm !== spacedOf) {
    spacedOf = norm;
    let n = 0;
    for (const _ of norm.matchAll(SPACED_NUMBER)) if (++n >= SPACED_NUMBERS_MAX) break;
    let whole = 0;
    if (n >= SPACED_NUMBERS_MIN) for (const _ of norm.matchAll(UNSPACED_NUMBER)) if (++whole >= n) break;
    // spaced numbers, and more of them than numbers written whole (a table's cells of single digits among 2020年 are none)
    spaced = n >= SPACED_NUMBERS_MIN && whole < n;
  }
  return spaced;
}
const POINT_CODE = 0x2e;
/** One space inside a spaced-out number: a lone digit (or point) on each side ("2 9 0 0", "6 .5"). */
function spacedNumberAt(norm: string, i: number): boolean {
  if (norm.charCodeAt(i) !== 0x20 || norm.charCodeAt(i + 1) === 0x20 || !spacedDigits(norm)) return false;
  const before = norm.charCodeAt(i - 1);
  const after = norm.charCodeAt(i + 1);
  const lone = (c: number) => !isAsciiAlnum(c);
  return isDigitCode(before) && lone(norm.charCodeAt(i - 2)) && (isDigitCode(after) ? lone(norm.charCodeAt(i + 2)) || norm.charCodeAt(i + 2) === POINT_CODE : after === POINT_CODE && isDigitCode(norm.charCodeAt(i + 2)))
    && spacedThroughout(norm, i);
}
/** The longest run of digits, points and spaces read around a space: longer is no number of a plan. */
const RUN_MAX = 40;
const isRunChar = (c: number) => isDigitCode(c) || c === POINT_CODE || c === 0x20;
/** The run around the space at `i` is spaced throughout: no two of its digits or points touch ("5 8 9.9%" is cells, not 589.9%). */
function spacedThroughout(norm: string, i: number): boolean {
  let a = i;
  while (a > 0 && i - a < RUN_MAX && isRunChar(norm.charCodeAt(a - 1))) a--;
  let b = i + 1;
  while (b < norm.length && b - i < RUN_MAX && isRunChar(norm.charCodeAt(b))) b++;
  for (let k = a + 1; k < b; k++) if (norm.charCodeAt(k) !== 0x20 && norm.charCodeAt(k - 1) !== 0x20) return false;
  return true;
}

/**
 * Copies [a, b) without its white space; a space survives only between two ASCII words ("Bat365 推动" drops it),
 * not in a number a line break cut or a scan spaced out. Read only up to `b`: nothing past it decides.
 */
function copy(norm: string, a: number, b: number, parts: string[], runs: number[], ws: number[]): void {
  let at = a;
  for (let k = whiteFrom(ws, a); k < ws.length && ws[k]! < b; ) {
    const i = ws[k]!;
    let runEnd = i + 1;
    while (runEnd < b && isWhite(norm.charCodeAt(runEnd))) runEnd++;
    keep(norm, at, i, parts, runs);
    if (i > a && runEnd < b && isAsciiAlnum(norm.charCodeAt(i - 1)) && isAsciiAlnum(norm.charCodeAt(runEnd)) && !wrappedNumber(norm, i, runEnd) && !spacedNumberAt(norm, i)) {
      parts.push(SPACE);
      runs.push(i, i + 1);
    }
    at = runEnd;
    while (k < ws.length && ws[k]! < runEnd) k++; // past the run: norm[runEnd] is no white space (or lies at b)
  }
  keep(norm, at, b, parts, runs);
}
