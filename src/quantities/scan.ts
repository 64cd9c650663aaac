// Finds the numbers of one node's text that are quantities (a number and its
// unit, a range, a percentage, a rank) and the years named there. Linear: the
// cursor only moves forward, and a rejected numeral is skipped whole.
import {
  BARE_MULTIPLIERS, BARE_MULTIPLIER_UNITS, WHOLE_FRACTION_WORDS, DURATION_BOUNDS, DURATION_CUES, DURATION_SUFFIXES, FRACTION_WORDS, LATIN_BARE_BASES, LATIN_NAME_CODES, LATIN_UNIT_BASES,
  LATIN_UNIT_PREFIXES, NOT_DURATION_BEFORE, NOT_RANK_BEFORE, PER_UNITS, RANK_PREFIX, RANK_SHIFT_WORDS, RANK_UNITS, UNITS, UNIT_LIST, ZERO_DIGITS, type UnitInfo,
} from '../data/units.js';
import { INFIX_COMPARATORS, RANGE_SEPARATORS } from '../data/comparators.js';
import {
  ARTICLE_NUMERALS, CODE_NEIGHBOUR, NAME_AFTER_UNIT, NAME_BRACKETS, NAME_WORDS, ORDINAL_BEFORE, QUOTE_MAX, QUOTES, SLOGAN_NEXT,
  SLOGAN_QUOTE_MAX, SLOGAN_QUOTES, UNIT_NEEDS_VERB, VAGUE_AFTER, VAGUE_BEFORE,
} from '../data/non-quantities.js';
import { CLAUSE_ENDS, SENTENCE_ENDS } from '../data/target-cues.js';
import { CN_DECIMAL_POINT, CN_DIGIT_CHARS, CN_NUMERAL_CHARS, MULTIPLIERS, NUMERAL_CHARS, NUMERAL_CODES, numeralValue, readNumeral, type Numeral } from '../numerals.js';
import type { Comparator, TargetKind } from '../tree/schema.js';
import { isIdeograph, someEndingAt, wordIndex } from './words.js';
import { charTable, codeTable } from '../char-table.js';

export type Quantity = {
  /** Extent of `raw` in the view text. */
  start: number;
  end: number;
  value: number;
  upper: number | null;
  unit: string | null;
  kind: TargetKind;
  info: UnitInfo | null;
  /** 余/多 between number and unit. */
  infix: Comparator | null;
  range: boolean;
};

export type YearMention = { start: number; end: number; year: number };

export type ScanResult = { quantities: Quantity[]; years: YearMention[] };

const firstCodes = (words: Iterable<string>) => [...words].filter((w) => w.length > 0).map((w) => w.charCodeAt(0));

/** One-character words looked up by char code: `inSet(set, text, p)` is `words.includes(text[p] ?? '')`. */
type CharSet = { codes: Uint8Array; edge: boolean };
/** A string holds its characters and, as String#includes has it, ''; an array its one-character words and '' if listed. */
function charSet(words: string | readonly string[]): CharSet {
  if (typeof words === 'string') return { codes: charTable(words), edge: true };
  return { codes: codeTable(words.filter((w) => w.length === 1).map((w) => w.charCodeAt(0))), edge: words.includes('') };
}
/** Past either end of the text the character reads as ''. */
const inSet = (set: CharSet, text: string, p: number) => (p >= 0 && p < text.length ? set.codes[text.charCodeAt(p)] === 1 : set.edge);

// Units indexed by their first character, longest first within each bucket (UNIT_LIST order).
const UNITS_BY_FIRST = wordIndex(UNIT_LIST);

/** The unit at `p`, longest first; the first character is the bucket's, the second is compared before the rest. */
function unitAt(text: string, p: number): string | null {
  const list = UNITS_BY_FIRST.get(text.charCodeAt(p));
  if (list === undefined) return null;
  const second = text.charCodeAt(p + 1);
  for (const u of list) if (u.length === 1 || (u.charCodeAt(1) === second && text.startsWith(u, p))) return u;
  return null;
}

const PER_LIST = [...PER_UNITS].sort((a, b) => b.length - a.length);
const SLASH = '/'.charCodeAt(0);

/** The unit `u` read at `at`, and with it a rate: a unit, "/" and a time or count unit are one rate unit (吨/日, 元/人, 个/万人). */
function resolved(text: string, value: number, u: string, at: number, infix: Comparator | null, numEnd: number): Resolved {
  const end = at + u.length;
  if (text.charCodeAt(end) === SLASH && !u.includes('/')) {
    const per = PER_LIST.find((w) => text.startsWith(w, end + 1));
    if (per !== undefined) return { value, unit: `${u}/${per}`, unitEnd: end + 1 + per.length, infix, numEnd };
  }
  return { value, unit: u, unitEnd: end, infix, numEnd };
}

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const LATIN_UNIT_RE = new RegExp(
  `(?:[${LATIN_UNIT_PREFIXES}](?:${alternation(LATIN_UNIT_BASES)})|(?:${alternation(LATIN_BARE_BASES)}))(?![A-Za-z0-9])`, 'y',
);
/** A Latin-letter unit starting at `p` (10GW, 12EFLOPS), or null: 5G and 4K are names. */
function latinUnitAt(text: string, p: number): string | null {
  LATIN_UNIT_RE.lastIndex = p;
  const m = LATIN_UNIT_RE.exec(text);
  return m === null ? null : m[0];
}

/** CODE_NEIGHBOUR (a one-character class, no flags) per char code, filled as codes are met: 0 not yet asked, 1 yes, 2 no. */
const CODE_NEIGHBOUR_MEMO = new Uint8Array(65536);
const CODE_NEIGHBOUR_EDGE = CODE_NEIGHBOUR.test('');
/** `CODE_NEIGHBOUR.test(text[p] ?? '')`. */
function codeNeighbourAt(text: string, p: number): boolean {
  if (p < 0 || p >= text.length) return CODE_NEIGHBOUR_EDGE;
  const c = text.charCodeAt(p);
  const known = CODE_NEIGHBOUR_MEMO[c]!;
  return known === 0 ? learnCodeNeighbour(c) : known === 1;
}
function learnCodeNeighbour(c: number): boolean {
  const yes = CODE_NEIGHBOUR.test(String.fromCharCode(c));
  CODE_NEIGHBOUR_MEMO[c] = yes ? 1 : 2;
  return yes;
}

const pairs = (table: Record<string, string>, max: number) =>
  Object.entries(table).map(([o, c]): [number, { close: number; max: number }] => [o.charCodeAt(0), { close: c.charCodeAt(0), max }]);
const PAIRS = [...pairs(NAME_BRACKETS, Infinity), ...pairs(QUOTES, QUOTE_MAX)];
/** Each pair also numbers its slot in Marks.openScanEnd. */
const CLOSERS = new Map(PAIRS.map(([open, pair], slot) => [open, { ...pair, slot }]));
const SENTENCE_END_CODES = new Set([...SENTENCE_ENDS].map((c) => c.charCodeAt(0)));
const CLAUSE_END_CODES = new Set([...CLAUSE_ENDS].map((c) => c.charCodeAt(0)));
/** How far back a measure word's verb is looked for (UNIT_NEEDS_VERB). */
const VERB_WINDOW = 24;

const FRACTIONS = Object.entries(FRACTION_WORDS);
const WHOLES = Object.entries(WHOLE_FRACTION_WORDS);

const NAME_WORDS_BY_FIRST = wordIndex(NAME_WORDS);
/** Second characters of the fixed expressions: most places a first one (一, 中, 多) stands start none. */
const NAME_SECOND = codeTable(NAME_WORDS.filter((w) => w.length > 1).map((w) => w.charCodeAt(1)));
const NAME_ONE_CHAR = NAME_WORDS.some((w) => w.length === 1);
const SENTENCE_END_TABLE = codeTable(SENTENCE_END_CODES);
// Only a numeral, or a rank word followed by one, can start a quantity; nextTrigger jumps from one to the next.
const TRIGGER_WORDS = wordIndex([...RANK_SHIFT_WORDS, RANK_PREFIX]);

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
  if (!TRIGGER_LENGTHS.some((length) => NUMERAL_CODES[text.charCodeAt(p + length)] === 1)) return false;
  for (const w of TRIGGER_WORDS.get(text.charCodeAt(p))!) if (text.startsWith(w, p) && NUMERAL_CODES[text.charCodeAt(p + w.length)] === 1) return true;
  return false;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * The blocked mask of one text (quotes, book titles, document-number brackets, fixed expressions), built as
 * far as it is read: a mark only reaches forward, so mask[p] is final once every opening up to p is processed.
 * Two scans that each move on their own: quoted spans (a closed one is consumed whole) and the fixed
 * expressions, matched as the alternation NAME_WORDS would be: leftmost, first listed, no overlap.
 */
type Marks = {
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
function scratchMarks(text: string): Marks {
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
function isBlocked(marks: Marks, q: number): boolean {
  if (q >= marks.done) markTo(marks, q + 1);
  return marks.mask[q] === 1;
}

/** Processes the opening at `p` (its SCAN_CLASS bits `cls`): the quote scan, then the name scan. */
function markAt(marks: Marks, p: number, cls: number): void {
  if ((cls & OPENS) !== 0 && p >= marks.quoteFrom) marks.quoteFrom = markQuote(marks, p);
  if ((cls & NAME) !== 0 && p >= marks.nameFrom) {
    const { text } = marks;
    if (!NAME_ONE_CHAR && NAME_SECOND[text.charCodeAt(p + 1)] !== 1) return;
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
  const closed = text.charCodeAt(j) === pair.close;
  // A title left open runs to its sentence end; a quotation left open, or too long, names nothing.
  if (closed || pair.max === Infinity) block(marks, i, j + (closed ? 1 : 0));
  if (!closed) (marks.openScanEnd ??= new Array<number>(PAIRS.length).fill(0))[slot] = j;
  return closed ? j + 1 : i + 1; // the closing mark is consumed here
}

type Resolved = { value: number; unit: string; unitEnd: number; infix: Comparator | null; numEnd: number };

/** INFIX_COMPARATORS by the char code of its one-character words. */
const INFIX_BY_CODE = new Map<number, Comparator>();
for (const [w, c] of Object.entries(INFIX_COMPARATORS)) if (w.length === 1) INFIX_BY_CODE.set(w.charCodeAt(0), c);
/** What may stand right after a numeral that has a unit: the unit, or an infix before it. */
const UNIT_OR_INFIX_FIRST = codeTable([...UNITS_BY_FIRST.keys(), ...INFIX_BY_CODE.keys()]);

/**
 * The unit after a numeral. A trailing 万/亿/千 may begin the unit instead of
 * ending the number (十万元 → 10 万元; 100千瓦 → 100 千瓦), else it scales the
 * number (1.2万家 → 12000 家).
 */
function resolveUnit(text: string, start: number, num: Numeral): Resolved | null {
  for (let k = Math.max(num.multStart, start + 1); k < num.end; k++) {
    const u = unitAt(text, k);
    if (u === null || k + u.length <= num.end) continue;
    const value = numeralValue(text.slice(start, k));
    if (value !== null) return resolved(text, value, u, k, null, k);
  }
  // The unit first (cheap, and most numerals have none); both are needed, in either order.
  let p = num.end;
  if (UNIT_OR_INFIX_FIRST[text.charCodeAt(p)] !== 1) return null;
  let infix: Comparator | null = null;
  const inf = INFIX_BY_CODE.get(text.charCodeAt(p));
  if (inf && unitAt(text, p + 1) !== null) {
    infix = inf;
    p++;
  }
  const u = unitAt(text, p);
  if (u === null) return null;
  const value = numeralValue(text.slice(start, num.end));
  if (value === null) return null;
  return resolved(text, value, u, p, infix, num.end);
}

const MULTIPLIER_FIRST = codeTable(firstCodes(Object.keys(MULTIPLIERS).filter((m) => m.length === 1)));
const TEN = '十'.charCodeAt(0);
const BARE_MULTIPLIER_SET = charSet(BARE_MULTIPLIERS);
const ZERO_DIGIT_SET = charSet(ZERO_DIGITS);
const CN_DIGIT_SET = charSet(CN_DIGIT_CHARS);

function goodNumeral(text: string, start: number, num: Numeral): boolean {
  if (!num.chinese) return true;
  const first = text.charCodeAt(start);
  // A bare 百/千/万 is an idiom (千人计划, 百城千兆); 十 alone is ten; but 超百亿元, 过千万元 are amounts.
  if (MULTIPLIER_FIRST[first] === 1 && first !== TEN) {
    if (!inSet(BARE_MULTIPLIER_SET, text, start) || !BARE_MULTIPLIER_UNITS.some((u) => text.startsWith(u, start + 1))) return false;
  }
  // 零 or 〇 opening a numeral is a word (零部件, 零排放), never a count; 零点五 is a decimal.
  if (inSet(ZERO_DIGIT_SET, text, start) && text[start + 1] !== CN_DECIMAL_POINT) return false;
  // 三四个 (three or four) is vague; 二〇二三 is a year, read positionally.
  const length = num.end - start;
  if (length <= 1 || length === 4) return true;
  for (let k = start; k < num.end; k++) if (!inSet(CN_DIGIT_SET, text, k)) return true;
  return false;
}

const isYearNumber = (start: number, end: number, value: number) =>
  end - start === 4 && Number.isInteger(value) && value >= 1000 && value <= 2999;

export function scan(text: string): ScanResult {
  const quantities: Quantity[] = [];
  const years: YearMention[] = [];
  const n = text.length;
  const marks = scratchMarks(text);
  let i = 0;
  while (i < n) {
    const at = nextTrigger(marks, i);
    if (at < 0) break;
    i = marks.mask[at] === 1 ? at + 1 : tryAt(text, at, marks, quantities, years);
  }
  marks.text = ''; // not kept alive by the scratch state
  return { quantities, years };
}

/**
 * Where the next numeral, or rank word before one, is at or after `i`, or -1; the openings passed on the
 * way are marked in the same loop, the trigger's own included.
 */
function nextTrigger(marks: Marks, i: number): number {
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

/** First characters of the words tryWords reads. */
const WORD_FIRST = codeTable(firstCodes([...WHOLES.map(([w]) => w), ...FRACTIONS.map(([w]) => w), ...RANK_SHIFT_WORDS]));
/** tryWords found none of its words (or a rank-shift word without its 位): go on as if it had not looked. */
const NO_WORD = -1;

/** What the rules ask of a unit: its UNITS entry and kind, its NAME_AFTER_UNIT and UNIT_NEEDS_VERB words. */
type UnitFacts = { info: UnitInfo | null; kind: TargetKind; nameAfter: string[] | undefined; verbs: string[] | undefined };
function factsOf(unit: string): UnitFacts {
  const info = UNITS[unit] ?? null;
  return { info, kind: info?.kind ?? 'other', nameAfter: NAME_AFTER_UNIT[unit], verbs: UNIT_NEEDS_VERB[unit] };
}
/** Looked up once per listed unit; a rate unit (吨/日) is asked each time. */
const UNIT_FACTS = new Map(UNIT_LIST.map((u) => [u, factsOf(u)]));
const unitFacts = (unit: string) => UNIT_FACTS.get(unit) ?? factsOf(unit);

/** Reads whatever starts at `i`; returns where scanning resumes. */
function tryAt(text: string, i: number, marks: Marks, out: Quantity[], years: YearMention[]): number {
  if (WORD_FIRST[text.charCodeAt(i)] === 1) {
    const resume = tryWords(text, i, out);
    if (resume !== NO_WORD) return resume;
  }
  return tryNumber(text, i, marks, out, years);
}

/** The fraction and rank-shift words (WHOLES, FRACTIONS, RANK_SHIFT_WORDS), then a numeral, at `i`. */
function tryWords(text: string, i: number, out: Quantity[]): number {
  for (const [word, [unit, value]] of WHOLES) {
    if (!text.startsWith(word, i)) continue;
    const { kind, info } = unitFacts(unit);
    out.push({ start: i, end: i + word.length, value, upper: null, unit, kind, info, infix: null, range: false });
    return i + word.length;
  }
  for (const [word, unit] of FRACTIONS) {
    if (!text.startsWith(word, i)) continue;
    const at = i + word.length;
    const num = readNumeral(text, at);
    const value = num && goodNumeral(text, at, num) ? numeralValue(text.slice(at, num.end)) : null;
    if (num === null || value === null) return at;
    const { kind, info } = unitFacts(unit);
    out.push({ start: i, end: num.end, value, upper: null, unit, kind, info, infix: null, range: false });
    return num.end;
  }

  for (const word of RANK_SHIFT_WORDS) {
    if (!text.startsWith(word, i)) continue;
    const at = i + word.length;
    const num = readNumeral(text, at);
    if (num === null || !goodNumeral(text, at, num) || text[num.end] !== '位') break;
    const value = numeralValue(text.slice(at, num.end));
    if (value === null) break;
    out.push({ start: i, end: num.end + 1, value, upper: null, unit: '位', kind: 'rank', info: null, infix: null, range: false });
    return num.end + 1;
  }
  return NO_WORD;
}

// The one-character lists tryNumber reads around a numeral, as char-code sets.
const RANK_PREFIX_CODE = RANK_PREFIX.length === 1 ? RANK_PREFIX.charCodeAt(0) : -1; // compared as one character
const RANK_UNIT_SET = charSet(RANK_UNITS);
const NOT_RANK_BEFORE_SET = charSet(NOT_RANK_BEFORE);
const RANGE_SET = charSet(RANGE_SEPARATORS);
const ORDINAL_BEFORE_SET = charSet(ORDINAL_BEFORE);
const VAGUE_AFTER_SET = charSet(VAGUE_AFTER);
const SLOGAN_NEXT_SET = charSet(SLOGAN_NEXT);
const vagueBefore = someEndingAt(VAGUE_BEFORE);
const ARTICLE_LENGTHS = new Set(ARTICLE_NUMERALS.map((w) => w.length));
/** The numeral [start, end) is one of ARTICLE_NUMERALS (sliced only when its length is). */
const isArticle = (text: string, start: number, end: number) => ARTICLE_LENGTHS.has(end - start) && ARTICLE_NUMERALS.includes(text.slice(start, end));

/** `前` and a numeral at `i`: a rank (前100, 前10名), unless it is a span, a count or a deadline. */
function tryRank(text: string, i: number, out: Quantity[]): number {
  const num = readNumeral(text, i + 1);
  if (num !== null && goodNumeral(text, i + 1, num)) {
    const value = numeralValue(text.slice(i + 1, num.end));
    let end = num.end;
    const unit = inSet(RANK_UNIT_SET, text, end) ? text[end]! : null;
    if (unit) end++;
    // 前100 ends there; 前3年 and 前5家 are spans and counts, not ranks; "6月底前100%清偿" is a deadline.
    const deadline = inSet(NOT_RANK_BEFORE_SET, text, i - 1);
    const measured = unit === null && (text[end] === '%' || unitAt(text, end) !== null);
    if (value !== null && !deadline && !measured && (!isIdeograph(text.charCodeAt(end)) || text[end] === '的')) {
      out.push({ start: i, end, value, upper: null, unit, kind: 'rank', info: null, infix: null, range: false });
      return end;
    }
  }
  return i + 1;
}

/** The rank prefix or a numeral at `i` (after the words of tryWords). */
function tryNumber(text: string, i: number, marks: Marks, out: Quantity[], years: YearMention[]): number {
  if (text.charCodeAt(i) === RANK_PREFIX_CODE) return tryRank(text, i, out);

  const num = readNumeral(text, i);
  if (num === null) return i + 1;
  const skip = num.end;
  // Digits glued to letters or + are codes (5G, P3, 1+5+N); a Chinese numeral next to a letter is not (VR两个).
  // Letters that spell a unit are one (10GW, 12EFLOPS).
  if (!num.chinese && (codeNeighbourAt(text, i - 1) || codeNeighbourAt(text, skip))) {
    const latin = codeNeighbourAt(text, i - 1) ? null : latinUnitAt(text, skip);
    const value = latin === null ? null : numeralValue(text.slice(i, skip));
    if (latin === null || value === null) return skipCode(text, skip);
    const end = skip + latin.length;
    if (LATIN_NAME_CODES.includes(text.slice(i, end))) return end;
    if (!isBlocked(marks, end - 1)) out.push({ start: i, end, value, upper: null, unit: latin, kind: 'other', info: null, infix: null, range: false });
    return end;
  }
  // With no range after it, a numeral without a unit is skipped whatever the checks below decide: read the unit first.
  let single: Resolved | null | undefined;
  if (!inSet(RANGE_SET, text, skip)) {
    single = resolveUnit(text, i, num);
    if (single === null) return skip;
  }
  if (inSet(ORDINAL_BEFORE_SET, text, i - 1)) return skip;
  if (vagueBefore(text, i) || inSet(VAGUE_AFTER_SET, text, skip)) return skip;
  if (!goodNumeral(text, i, num)) return skip;

  // A range: 1-3个, 1至2个 (one unit after both numbers).
  let upper: number | null = null;
  let res: Resolved | null = null;
  let lowerValue: number | null = null;
  if (inSet(RANGE_SET, text, skip)) {
    const num2 = readNumeral(text, skip + 1);
    if (num2 !== null && num2.chinese === num.chinese && goodNumeral(text, skip + 1, num2)) {
      if (text[num2.end] === '-' || codeNeighbourAt(text, num2.end)) return skipCode(text, num2.end); // 400-066-2698
      const r2 = resolveUnit(text, skip + 1, num2);
      let aText = text.slice(i, skip);
      if (r2 !== null && r2.numEnd < num2.end) {
        const scaledAway = text.slice(r2.numEnd, num2.end); // 1万-3万元: both lose the 万 that went into the unit
        if (aText.endsWith(scaledAway)) aText = aText.slice(0, -scaledAway.length);
      }
      const a = numeralValue(aText);
      if (r2 !== null && a !== null) {
        if (r2.unit === '年' && isYearNumber(i, skip, a)) {
          years.push({ start: i, end: r2.unitEnd, year: r2.value });
          return r2.unitEnd;
        }
        if (r2.value > a) {
          res = r2;
          lowerValue = a;
          upper = r2.value;
        }
      } else if (num2.end - (skip + 1) === 4 && isYearNumber(i, skip, numeralValue(aText) ?? 0)) {
        return num2.end; // (2020-2025): a period without 年
      }
    }
  }
  if (res === null) {
    res = single !== undefined ? single : resolveUnit(text, i, num);
    if (res === null) return skip;
    lowerValue = res.value;
    // A range with the unit on both sides: 20%-30%, 2030年-2035年.
    if (inSet(RANGE_SET, text, res.unitEnd)) {
      const at = res.unitEnd + 1;
      const num2 = readNumeral(text, at);
      const r2 = num2 && num2.chinese === num.chinese ? resolveUnit(text, at, num2) : null;
      if (r2 !== null && r2.unit === res.unit) {
        if (res.unit === '年' && isYearNumber(i, res.numEnd, res.value)) {
          years.push({ start: i, end: r2.unitEnd, year: r2.value });
          return r2.unitEnd;
        }
        if (r2.value > res.value) {
          upper = r2.value;
          res = { ...res, unitEnd: r2.unitEnd };
        }
      }
    }
  }
  const value = lowerValue!;
  const unit = res.unit;
  if (unit === '年' && isYearNumber(i, res.numEnd, value)) {
    years.push({ start: i, end: res.unitEnd, year: value });
    return res.unitEnd;
  }
  const { kind, info, nameAfter, verbs } = unitFacts(unit);
  if (info?.needsCue && !isDuration(text, i, res.unitEnd)) return res.unitEnd;
  if (nameAfter?.some((w) => text.startsWith(w, res.unitEnd))) return res.unitEnd;
  if (kind === 'count' && upper === null && isArticle(text, i, res.numEnd)) return res.unitEnd;
  if (isBlocked(marks, res.unitEnd - 1)) return res.unitEnd;
  if (kind === 'count' && num.chinese && inSet(SLOGAN_NEXT_SET, text, res.unitEnd)) return res.unitEnd;
  if (kind === 'count' && num.chinese && isSloganQuote(text, res.unitEnd)) return res.unitEnd;
  if (verbs !== undefined && !verbBefore(text, i, verbs)) return res.unitEnd;
  out.push({ start: i, end: res.unitEnd, value, upper, unit, kind, info, infix: res.infix, range: upper !== null });
  return res.unitEnd;
}

/** 三个“一”目标: a quotation right after the measure word, short or holding a numeral, is a slogan. */
function isSloganQuote(text: string, at: number): boolean {
  const open = text[at];
  if (open === undefined || !SLOGAN_QUOTES.includes(open)) return false;
  const close = QUOTES[open];
  const end = close === undefined ? -1 : text.indexOf(close, at + 1);
  if (end < 0 || end - at - 1 > QUOTE_MAX) return false;
  const inside = text.slice(at + 1, end);
  if (inside.length <= SLOGAN_QUOTE_MAX) return true;
  for (const ch of inside) if (isDigit(ch) || CN_NUMERAL_CHARS.includes(ch)) return true;
  return false;
}

/** One of `verbs` earlier in the clause of the number at `start` ("举办3期培训班", "开展培训2期"). */
function verbBefore(text: string, start: number, verbs: string[]): boolean {
  let from = start;
  const stop = Math.max(0, start - VERB_WINDOW);
  while (from > stop && !CLAUSE_END_CODES.has(text.charCodeAt(from - 1))) from--;
  const before = text.slice(from, start);
  return verbs.some((v) => before.includes(v));
}

const endsAt = (text: string, words: string[], at: number) => words.find((w) => text.startsWith(w, at - w.length));

/**
 * A bare N年 is a duration (连续2年, 正常经营2年以上, 保存期限不少于10年, 补助期限不超过5年)
 * only next to a cue; never the policy's own validity (有效期3年).
 */
function isDuration(text: string, start: number, end: number): boolean {
  let at = start;
  const bound = endsAt(text, DURATION_BOUNDS, at);
  if (bound) at -= bound.length;
  if (NOT_DURATION_BEFORE.some((w) => text.startsWith(w, at - w.length))) return false;
  const cue = endsAt(text, DURATION_CUES, at);
  return bound !== undefined || cue !== undefined || DURATION_SUFFIXES.some((w) => text.startsWith(w, end));
}

/** Skips a whole code such as 400-066-2698 or A25030--2024-0053. */
function skipCode(text: string, from: number): number {
  let j = from;
  while (j < text.length && (/[0-9A-Za-z+\-.]/.test(text[j]!) || isDigit(text[j]))) j++;
  return j;
}
