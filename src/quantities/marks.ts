// The spans a quantity cannot stand in (quotes, book titles, document-number brackets, fixed
// expressions), marked as the scan reads, and the per-character class table the scan loop and
// the marks share: where a quantity may start, where a mark may open.
import { RANK_FROM_BOTTOM, RANK_PREFIX, RANK_SHIFT_WORDS } from '../data/units.js';
import { NAME_BRACKETS, NAME_WORDS, QUOTE_MAX, QUOTES } from '../data/non-quantities.js';
import { ENUM_COMMA, SENTENCE_ENDS } from '../data/target-cues.js';
import { INFIX_COMPARATORS } from '../data/comparators.js';
import { CN_NUMERAL_CHARS, NUMERAL_CHARS, NUMERAL_CODES } from '../numerals.js';
import { wordIndex } from './words.js';
import { charTable, codeTable } from '../char-table.js';

const pairs = (table: Record<string, string>, max: number) =>
  Object.entries(table).map(([o, c]): [number, { close: number; max: number }] => [o.charCodeAt(0), { close: c.charCodeAt(0), max }]);
const PAIRS = [...pairs(NAME_BRACKETS, Infinity), ...pairs(QUOTES, QUOTE_MAX)];
/** Each pair also numbers its slot in Marks.openScanEnd. */
const CLOSERS = new Map(PAIRS.map(([open, pair], slot) => [open, { ...pair, slot }]));

const NAME_WORDS_BY_FIRST = wordIndex(NAME_WORDS);
/** Second characters of the fixed expressions: most places a first one (一, 中, 多) stands start none. */
const NAME_SECOND = codeTable(NAME_WORDS.filter((w) => w.length > 1).map((w) => w.charCodeAt(1)));
const NAME_ONE_CHAR = NAME_WORDS.some((w) => w.length === 1);
/** An expression opening with an infix (多个) right after a numeral is the numeral's infix: 100多个, 2.4万多个. */
const INFIX_CODES = charTable(Object.keys(INFIX_COMPARATORS).join(''));
const SENTENCE_END_TABLE = charTable(SENTENCE_ENDS);
const CN_NUMERAL_CODES = charTable(CN_NUMERAL_CHARS);
// Only a numeral, or a rank word followed by one, can start a quantity; nextTrigger jumps from one to the next.
const TRIGGER_WORDS = wordIndex([...RANK_SHIFT_WORDS, RANK_PREFIX, RANK_FROM_BOTTOM]);

// Per char code, what the scan loop does there: a numeral triggers; a rank word may; quotes, titles and
// fixed expressions are marked blocked (markAt) in the same pass.
const NUMERAL = 1;
const TRIGGER_WORD = 2;
const OPENS = 4;
const NAME = 8;
const MARKS = OPENS | NAME;
const SCAN_CLASS = new Uint8Array(65536);
for (const ch of NUMERAL_CHARS) SCAN_CLASS[ch.charCodeAt(0)] = NUMERAL;
for (const c of TRIGGER_WORDS.keys()) SCAN_CLASS[c]! |= TRIGGER_WORD;
for (const c of CLOSERS.keys()) SCAN_CLASS[c]! |= OPENS;
for (const c of NAME_WORDS_BY_FIRST.keys()) SCAN_CLASS[c]! |= NAME;

const TRIGGER_LENGTHS = [...new Set([...TRIGGER_WORDS.values()].flat().map((w) => w.length))];
/** A rank word at `p` with a numeral right after it. */
function triggerWordAt(text: string, p: number): boolean {
  // Most 上, 提 and 前 have no numeral where one of the words would end.
  // a loop, not .some(): the callback would be a new closure at every 上, 提 and 前
  let numeralAfter = false;
  for (let k = 0; k < TRIGGER_LENGTHS.length && !numeralAfter; k++) numeralAfter = NUMERAL_CODES[text.charCodeAt(p + TRIGGER_LENGTHS[k]!)] === 1;
  if (!numeralAfter) return false;
  for (const w of TRIGGER_WORDS.get(text.charCodeAt(p))!) if (text.startsWith(w, p) && NUMERAL_CODES[text.charCodeAt(p + w.length)] === 1) return true;
  return false;
}

/**
 * The blocked mask of one text (quotes, book titles, document-number brackets, fixed expressions), built as
 * far as it is read: a mark only reaches forward, so mask[p] is final once every opening up to p is processed.
 * Two scans that each move on their own: quoted spans (a closed one is consumed whole) and the fixed
 * expressions, matched as the alternation NAME_WORDS would be: leftmost, first listed, no overlap.
 */
export type Marks = {
  text: string;
  mask: Uint8Array;
  /** Openings before this are processed. */
  done: number;
  /** The quote scan resumes here. */
  quoteFrom: number;
  /** The name scan resumes here. */
  nameFrom: number;
  /**
   * Per opening mark (its slot in CLOSERS), where the scan of the last one left open stopped: nothing before
   * is its closing mark or a sentence end. Null while none was left open.
   */
  openScanEnd: number[] | null;
  /** The mask is zero from here on. */
  dirty: number;
};
const newMarks = (text: string, mask: Uint8Array): Marks =>
  ({ text, mask, done: 0, quoteFrom: 0, nameFrom: 0, openScanEnd: null, dirty: 0 });

function block(marks: Marks, from: number, to: number): void {
  const { mask } = marks;
  for (let k = from; k < to; k++) mask[k] = 1; // most spans are short: cheaper than fill
  if (to > marks.dirty) marks.dirty = to;
}

/** One mask and state reused by every scan (scan never runs inside another). */
const scratch = newMarks('', new Uint8Array(1024));
export function scratchMarks(text: string): Marks {
  const n = text.length;
  if (scratch.mask.length < n) scratch.mask = new Uint8Array(Math.max(n, scratch.mask.length * 2));
  else scratch.mask.fill(0, 0, scratch.dirty);
  scratch.text = text;
  scratch.done = scratch.quoteFrom = scratch.nameFrom = scratch.dirty = 0;
  scratch.openScanEnd = null;
  return scratch;
}

/** Processes the openings in [marks.done, end). */
function markTo(marks: Marks, end: number): void {
  const { text } = marks;
  for (let p = marks.done; p < end; p++) {
    const cls = SCAN_CLASS[text.charCodeAt(p)]! & MARKS;
    if (cls !== 0) markAt(marks, p, cls);
  }
  if (end > marks.done) marks.done = end;
}

/** Whether position `q` is blocked, marking up to it first. */
export function isBlocked(marks: Marks, q: number): boolean {
  if (q >= marks.done) markTo(marks, q + 1);
  return marks.mask[q] === 1;
}

/** Processes the opening at `p` (its SCAN_CLASS bits `cls`): the quote scan, then the name scan. */
function markAt(marks: Marks, p: number, cls: number): void {
  if ((cls & OPENS) !== 0 && p >= marks.quoteFrom) marks.quoteFrom = markQuote(marks, p);
  if ((cls & NAME) !== 0 && p >= marks.nameFrom) {
    const { text } = marks;
    if (!NAME_ONE_CHAR && NAME_SECOND[text.charCodeAt(p + 1)] !== 1) return;
    if (INFIX_CODES[text.charCodeAt(p)] === 1 && NUMERAL_CODES[text.charCodeAt(p - 1)] === 1) return;
    for (const w of NAME_WORDS_BY_FIRST.get(text.charCodeAt(p))!) {
      if (text.startsWith(w, p)) {
        block(marks, p, p + w.length);
        marks.nameFrom = p + w.length;
        return;
      }
    }
  }
}

/** Marks the quote or title opening at `i`; returns where the quote scan resumes. */
function markQuote(marks: Marks, i: number): number {
  const { text } = marks;
  const n = text.length;
  const pair = CLOSERS.get(text.charCodeAt(i))!;
  const { slot } = pair;
  // Inside a mark left open, a second one reads on from where the first stopped (a title: stops there, all
  // marked already), so repeated openings cost no more than one.
  const openEnd = marks.openScanEnd?.[slot] ?? 0;
  if (pair.max === Infinity && i < openEnd) return i + 1;
  const stop = Math.min(n, i + 1 + pair.max);
  let j = Math.max(i + 1, openEnd);
  while (j < stop) {
    const cj = text.charCodeAt(j);
    if (cj === pair.close || SENTENCE_END_TABLE[cj] === 1) break;
    j++;
  }
  if (j === stop && stop < n) {
    // "一条主线、一个目标、两项行动、五条赛道、十个持续推进": a longer quotation listing numbered names is one slogan
    const end = numberedListEnd(text, i + 1, pair.close);
    if (end > 0) {
      block(marks, i, end + 1);
      return end + 1;
    }
  }
  const closed = text.charCodeAt(j) === pair.close;
  // A title left open runs to its sentence end; a quotation left open, or too long, names nothing.
  if (closed || pair.max === Infinity) block(marks, i, j + (closed ? 1 : 0));
  if (!closed) (marks.openScanEnd ??= new Array<number>(PAIRS.length).fill(0))[slot] = j;
  return closed ? j + 1 : i + 1; // the closing mark is consumed here
}

/** The longest quotation read as a list of numbered names. */
const NAME_LIST_MAX = 64;
const LIST_SEPARATOR = ENUM_COMMA.charCodeAt(0);
/** Where the quotation from `from` closes when each of its items opens with a Chinese numeral (一条主线、两项行动), else -1. */
function numberedListEnd(text: string, from: number, close: number): number {
  const stop = Math.min(text.length, from + NAME_LIST_MAX);
  let itemStart = true;
  for (let k = from; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (itemStart && CN_NUMERAL_CODES[c] !== 1) return -1;
    if (c === close) return k;
    // an item holding digits states an amount ("一年新增市场主体1万户、…"): a quotation of targets
    if (SENTENCE_END_TABLE[c] === 1 || (c >= 0x30 && c <= 0x39)) return -1;
    itemStart = c === LIST_SEPARATOR;
  }
  return -1;
}

/**
 * Where the next numeral, or rank word before one, is at or after `i`, or -1; the openings passed on the
 * way are marked in the same loop, the trigger's own included.
 */
export function nextTrigger(marks: Marks, i: number): number {
  const { text } = marks;
  const n = text.length;
  if (marks.done < i) markTo(marks, i);
  const from = marks.done; // openings before it are processed already
  for (let p = i; p < n; p++) {
    const cls = SCAN_CLASS[text.charCodeAt(p)]!;
    if (cls === 0) continue;
    if ((cls & MARKS) !== 0 && p >= from) markAt(marks, p, cls);
    if ((cls & NUMERAL) !== 0 || ((cls & TRIGGER_WORD) !== 0 && triggerWordAt(text, p))) {
      if (p >= from) marks.done = p + 1;
      return p;
    }
  }
  marks.done = n;
  return -1;
}
