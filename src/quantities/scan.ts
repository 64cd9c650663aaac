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
import { CN_DECIMAL_POINT, CN_DIGIT_CHARS, CN_NUMERAL_CHARS, MULTIPLIERS, numeralValue, readNumeral, type Numeral } from '../numerals.js';
import type { Comparator, TargetKind } from '../tree/schema.js';
import { wordIndex } from './words.js';

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

// Units indexed by their first character, longest first within each bucket.
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const u of UNIT_LIST) {
  const list = UNITS_BY_FIRST.get(u[0]!) ?? [];
  list.push(u);
  UNITS_BY_FIRST.set(u[0]!, list);
}

function unitAt(text: string, p: number): string | null {
  for (const u of UNITS_BY_FIRST.get(text[p] ?? '') ?? []) if (text.startsWith(u, p)) return u;
  return null;
}

const PER_LIST = [...PER_UNITS].sort((a, b) => b.length - a.length);
/** A unit, "/" and a time or count unit are one rate unit: 吨/日, 元/人, 个/万人. */
function withRate(text: string, unit: string, end: number): [string, number] {
  if (text[end] !== '/' || unit.includes('/')) return [unit, end];
  const per = PER_LIST.find((w) => text.startsWith(w, end + 1));
  return per === undefined ? [unit, end] : [`${unit}/${per}`, end + 1 + per.length];
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

const pairs = (table: Record<string, string>, max: number) =>
  Object.entries(table).map(([o, c]): [number, { close: number; max: number }] => [o.charCodeAt(0), { close: c.charCodeAt(0), max }]);
const CLOSERS = new Map([...pairs(NAME_BRACKETS, Infinity), ...pairs(QUOTES, QUOTE_MAX)]);
const SENTENCE_END_CODES = new Set([...SENTENCE_ENDS].map((c) => c.charCodeAt(0)));
const CLAUSE_END_CODES = new Set([...CLAUSE_ENDS].map((c) => c.charCodeAt(0)));
/** How far back a measure word's verb is looked for (UNIT_NEEDS_VERB). */
const VERB_WINDOW = 24;

// Only a numeral, or a rank word followed by one, can start a quantity; nextTrigger jumps from one to the next.
const FRACTIONS = Object.entries(FRACTION_WORDS);
const WHOLES = Object.entries(WHOLE_FRACTION_WORDS);

const NAME_WORDS_BY_FIRST = wordIndex(NAME_WORDS);
const codeTable = (codes: Iterable<number>) => {
  const t = new Uint8Array(65536);
  for (const c of codes) t[c] = 1;
  return t;
};
const SENTENCE_END_TABLE = codeTable(SENTENCE_END_CODES);
const NUMERAL_CODES = codeTable([...`0123456789${CN_NUMERAL_CHARS}`].map((c) => c.charCodeAt(0)));
const TRIGGER_WORDS = [...RANK_SHIFT_WORDS, RANK_PREFIX];
const TRIGGER_FIRST = codeTable(TRIGGER_WORDS.map((w) => w.charCodeAt(0)));
/** Where TRIGGER_RE would next match from `i` (its index), or -1. */
function nextTrigger(text: string, i: number): number {
  const n = text.length;
  for (let p = i; p < n; p++) {
    const c = text.charCodeAt(p);
    if (NUMERAL_CODES[c] === 1) return p;
    if (TRIGGER_FIRST[c] === 1) {
      for (const w of TRIGGER_WORDS) if (text.startsWith(w, p) && NUMERAL_CODES[text.charCodeAt(p + w.length)] === 1) return p;
    }
  }
  return -1;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isCnDigit = (ch: string | undefined) => ch !== undefined && CN_DIGIT_CHARS.includes(ch);
const isIdeograph = (ch: string | undefined) => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';

/** Marks text inside quotes, book titles and document-number brackets, and fixed numeral expressions. */
export function blockedMask(text: string): Uint8Array {
  return markBlocked(text, new Uint8Array(text.length));
}

/** One mask reused by every scan (scan never runs inside another); zero from `text.length` on. */
let scratch = new Uint8Array(1024);
let scratchDirty = 0;
function scratchMask(n: number): Uint8Array {
  if (scratch.length < n) {
    scratch = new Uint8Array(Math.max(n, scratch.length * 2));
    scratchDirty = 0;
  }
  scratch.fill(0, 0, Math.max(n, scratchDirty));
  scratchDirty = n;
  return scratch;
}

/** Per char code: 1 opens a quote or title (CLOSERS), 2 may start a fixed expression (NAME_WORDS). */
const BLOCK_OPENS = 1;
const BLOCK_NAME = 2;
const BLOCK_CLASS = new Uint8Array(65536);
for (const c of CLOSERS.keys()) BLOCK_CLASS[c]! |= BLOCK_OPENS;
for (const c of NAME_WORDS_BY_FIRST.keys()) BLOCK_CLASS[c]! |= BLOCK_NAME;

/**
 * One pass for two scans that each move on their own: quoted spans (a closed one is consumed whole)
 * and the fixed expressions, matched as the alternation NAME_WORDS would be: leftmost, first listed, no overlap.
 */
function markBlocked(text: string, mask: Uint8Array): Uint8Array {
  const n = text.length;
  let quoteFrom = 0; // the quote scan resumes here
  let nameFrom = 0; // the name scan resumes here
  for (let p = 0; p < n; p++) {
    const cls = BLOCK_CLASS[text.charCodeAt(p)]!;
    if (cls === 0) continue;
    if ((cls & BLOCK_OPENS) !== 0 && p >= quoteFrom) quoteFrom = markQuote(text, p, mask);
    if ((cls & BLOCK_NAME) !== 0 && p >= nameFrom) {
      for (const w of NAME_WORDS_BY_FIRST.get(text.charCodeAt(p))!) {
        if (text.startsWith(w, p)) {
          mask.fill(1, p, p + w.length);
          nameFrom = p + w.length;
          break;
        }
      }
    }
  }
  return mask;
}

/** Marks the quote or title opening at `i`; returns where the quote scan resumes. */
function markQuote(text: string, i: number, mask: Uint8Array): number {
  const n = text.length;
  const pair = CLOSERS.get(text.charCodeAt(i))!;
  const stop = Math.min(n, i + 1 + pair.max);
  let j = i + 1;
  while (j < stop) {
    const cj = text.charCodeAt(j);
    if (cj === pair.close || SENTENCE_END_TABLE[cj] === 1) break;
    j++;
  }
  const closed = text.charCodeAt(j) === pair.close;
  // A title left open runs to its sentence end; a quotation left open, or too long, names nothing.
  if (closed || pair.max === Infinity) mask.fill(1, i, j + (closed ? 1 : 0));
  return closed ? j + 1 : i + 1; // the closing mark is consumed here
}

type Resolved = { value: number; unit: string; unitEnd: number; infix: Comparator | null; numEnd: number };

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
    if (value !== null) {
      const [unit, unitEnd] = withRate(text, u, k + u.length);
      return { value, unit, unitEnd, infix: null, numEnd: k };
    }
  }
  // The unit first (cheap, and most numerals have none); both are needed, in either order.
  let p = num.end;
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
  const [unit, unitEnd] = withRate(text, u, p + u.length);
  return { value, unit, unitEnd, infix, numEnd: num.end };
}

function goodNumeral(text: string, start: number, num: Numeral): boolean {
  if (!num.chinese) return true;
  const first = text[start]!;
  // A bare 百/千/万 is an idiom (千人计划, 百城千兆); 十 alone is ten; but 超百亿元, 过千万元 are amounts.
  if (first in MULTIPLIERS && first !== '十') {
    if (!BARE_MULTIPLIERS.includes(first) || !BARE_MULTIPLIER_UNITS.some((u) => text.startsWith(u, start + 1))) return false;
  }
  // 零 or 〇 opening a numeral is a word (零部件, 零排放), never a count; 零点五 is a decimal.
  if (ZERO_DIGITS.includes(first) && text[start + 1] !== CN_DECIMAL_POINT) return false;
  // 三四个 (three or four) is vague; 二〇二三 is a year, read positionally.
  const run = text.slice(start, num.end);
  let digitsOnly = true;
  for (const ch of run) if (!isCnDigit(ch)) digitsOnly = false;
  return !(digitsOnly && run.length > 1 && run.length !== 4);
}

const isYearNumber = (start: number, end: number, value: number) =>
  end - start === 4 && Number.isInteger(value) && value >= 1000 && value <= 2999;

export function scan(text: string): ScanResult {
  const quantities: Quantity[] = [];
  const years: YearMention[] = [];
  const n = text.length;
  let i = nextTrigger(text, 0);
  if (i < 0) return { quantities, years }; // no numeral: nothing to mask
  const blocked = markBlocked(text, scratchMask(text.length));
  while (i < n) {
    const at = nextTrigger(text, i);
    if (at < 0) break;
    i = blocked[at] ? at + 1 : tryAt(text, at, blocked, quantities, years);
  }
  return { quantities, years };
}

/** First characters of the words tryWords reads. */
const WORD_FIRST = new Uint8Array(65536);
for (const w of [...WHOLES.map(([w]) => w), ...FRACTIONS.map(([w]) => w), ...RANK_SHIFT_WORDS]) if (w.length > 0) WORD_FIRST[w.charCodeAt(0)] = 1;
/** tryWords found none of its words (or a rank-shift word without its 位): go on as if it had not looked. */
const NO_WORD = -1;

/** INFIX_COMPARATORS by the char code of its one-character words. */
const INFIX_BY_CODE = new Map<number, Comparator>();
for (const [w, c] of Object.entries(INFIX_COMPARATORS)) if (w.length === 1) INFIX_BY_CODE.set(w.charCodeAt(0), c);

const kindOf = (unit: string | null): { kind: TargetKind; info: UnitInfo | null } => {
  const info = unit === null ? null : (UNITS[unit] ?? null);
  return { kind: info?.kind ?? 'other', info };
};

/** Reads whatever starts at `i`; returns where scanning resumes. */
function tryAt(text: string, i: number, blocked: Uint8Array, out: Quantity[], years: YearMention[]): number {
  const ch = text[i]!;
  const c0 = text.charCodeAt(i);

  if (WORD_FIRST[c0] === 1) {
    const resume = tryWords(text, i, out);
    if (resume !== NO_WORD) return resume;
  }
  return tryNumber(text, i, ch, blocked, out, years);
}

/** The fraction and rank-shift words (WHOLES, FRACTIONS, RANK_SHIFT_WORDS), then a numeral, at `i`. */
function tryWords(text: string, i: number, out: Quantity[]): number {
  for (const [word, [unit, value]] of WHOLES) {
    if (!text.startsWith(word, i)) continue;
    out.push({ start: i, end: i + word.length, value, upper: null, unit, ...kindOf(unit), infix: null, range: false });
    return i + word.length;
  }
  for (const [word, unit] of FRACTIONS) {
    if (!text.startsWith(word, i)) continue;
    const at = i + word.length;
    const num = readNumeral(text, at);
    const value = num && goodNumeral(text, at, num) ? numeralValue(text.slice(at, num.end)) : null;
    if (num === null || value === null) return at;
    out.push({ start: i, end: num.end, value, upper: null, unit, ...kindOf(unit), infix: null, range: false });
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

/** The rank prefix or a numeral at `i` (after the words of tryWords). */
function tryNumber(text: string, i: number, ch: string, blocked: Uint8Array, out: Quantity[], years: YearMention[]): number {
  if (ch === RANK_PREFIX) {
    const num = readNumeral(text, i + 1);
    if (num !== null && goodNumeral(text, i + 1, num)) {
      const value = numeralValue(text.slice(i + 1, num.end));
      let end = num.end;
      const unit = RANK_UNITS.includes(text[end] ?? '') ? text[end]! : null;
      if (unit) end++;
      // 前100 ends there; 前3年 and 前5家 are spans and counts, not ranks; "6月底前100%清偿" is a deadline.
      const deadline = NOT_RANK_BEFORE.includes(text[i - 1] ?? '');
      const measured = unit === null && (text[end] === '%' || unitAt(text, end) !== null);
      if (value !== null && !deadline && !measured && (!isIdeograph(text[end]) || text[end] === '的')) {
        out.push({ start: i, end, value, upper: null, unit, kind: 'rank', info: null, infix: null, range: false });
        return end;
      }
    }
    return i + 1;
  }

  const num = readNumeral(text, i);
  if (num === null) return i + 1;
  const skip = num.end;
  const prev = text[i - 1] ?? '';
  // Digits glued to letters or + are codes (5G, P3, 1+5+N); a Chinese numeral next to a letter is not (VR两个).
  // Letters that spell a unit are one (10GW, 12EFLOPS).
  if (!num.chinese && (CODE_NEIGHBOUR.test(prev) || CODE_NEIGHBOUR.test(text[skip] ?? ''))) {
    const latin = CODE_NEIGHBOUR.test(prev) ? null : latinUnitAt(text, skip);
    const value = latin === null ? null : numeralValue(text.slice(i, skip));
    if (latin === null || value === null) return skipCode(text, skip);
    const end = skip + latin.length;
    if (LATIN_NAME_CODES.includes(text.slice(i, end))) return end;
    if (!blocked[end - 1]) out.push({ start: i, end, value, upper: null, unit: latin, kind: 'other', info: null, infix: null, range: false });
    return end;
  }
  // With no range after it, a numeral without a unit is skipped whatever the checks below decide: read the unit first.
  let single: Resolved | null | undefined;
  if (!RANGE_SEPARATORS.includes(text[skip] ?? '')) {
    single = resolveUnit(text, i, num);
    if (single === null) return skip;
  }
  if (ORDINAL_BEFORE.includes(prev)) return skip;
  if (VAGUE_BEFORE.some((w) => text.startsWith(w, i - w.length)) || VAGUE_AFTER.includes(text[skip] ?? '')) return skip;
  if (!goodNumeral(text, i, num)) return skip;

  // A range: 1-3个, 1至2个 (one unit after both numbers).
  let upper: number | null = null;
  let res: Resolved | null = null;
  let lowerValue: number | null = null;
  if (RANGE_SEPARATORS.includes(text[skip] ?? '')) {
    const num2 = readNumeral(text, skip + 1);
    if (num2 !== null && num2.chinese === num.chinese && goodNumeral(text, skip + 1, num2)) {
      if (text[num2.end] === '-' || CODE_NEIGHBOUR.test(text[num2.end] ?? '')) return skipCode(text, num2.end); // 400-066-2698
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
    if (RANGE_SEPARATORS.includes(text[res.unitEnd] ?? '')) {
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
  const { kind, info } = kindOf(unit);
  if (info?.needsCue && !isDuration(text, i, res.unitEnd)) return res.unitEnd;
  if (NAME_AFTER_UNIT[unit]?.some((w) => text.startsWith(w, res.unitEnd))) return res.unitEnd;
  if (kind === 'count' && upper === null && ARTICLE_NUMERALS.includes(text.slice(i, res.numEnd))) return res.unitEnd;
  if (blocked[res.unitEnd - 1]) return res.unitEnd;
  if (kind === 'count' && num.chinese && SLOGAN_NEXT.includes(text[res.unitEnd] ?? '')) return res.unitEnd;
  if (kind === 'count' && num.chinese && isSloganQuote(text, res.unitEnd)) return res.unitEnd;
  const verbs = UNIT_NEEDS_VERB[unit];
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
