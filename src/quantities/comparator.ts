// The comparator of a quantity from the words touching it (TARGETS.md §4):
// a suffix after the unit wins over an infix (100余家), which wins over a prefix.
import {
  BASE_BREAKS, BASE_GAP, BASE_NOUN_TAILS, CLAUSE_COMPARATOR_NEXT, DURATION_SUFFIX_COMPARATORS, INCLUSIVE_MARKS,
  CLAUSE_COMPARATORS, CLAUSE_WORDS, NOT_PREFIX_WORDS, CROSS_VERB_COMPARATORS, CROSS_VERB_GAP, CROSS_VERB_WORDS, PREFIX_COMPARATORS, PREFIX_WORDS,
  SUFFIX_COMPARATORS, SUFFIX_WORDS, SHORTFALL_WORDS, MISSED_LEVEL_AFTER,
} from '../data/comparators.js';
import { NUMERAL_CHARS, NUMERAL_CODES } from '../numerals.js';
import { PERFECTIVE } from '../data/target-cues.js';
import type { Comparator } from '../tree/schema.js';
import type { Quantity } from './quantity.js';
import { anyIn, endingAt, firstStartingAt, isIdeograph, someEndingAt, wordIndex } from './words.js';
import { codeTable, isDigitCode } from '../char-table.js';

export type Compared = {
  comparator: Comparator;
  /** Start of the prefix word (or of the quantity): where the indicator before it ends. */
  prefixStart: number;
  /** End of the suffix word (or of the quantity): where the text after it begins. */
  suffixEnd: number;
  /** 了 right before the number: a completed change, a fact. */
  perfective: boolean;
};

/** The sign that also ends a tag: "<span>10%" read as text. "GDP>5000亿元" is a bound. */
const TAG_END = '>';
const TAG_OPEN = '<';
/** The longest tag looked back over. */
const TAG_MAX = 64;
/** A > at `at` ends a tag opened by a < shortly before it, with no > between. */
function endsTag(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= TAG_MAX; i--) {
    if (text[i] === TAG_OPEN) return true;
    if (text[i] === TAG_END || text[i] === '\n') return false;
  }
  return false;
}
const MAX_PREFIX = Math.max(...PREFIX_WORDS.map((w) => w.length));
/** The prefix comparator words by last character, longest first. */
const PREFIX_BY_LAST = wordIndex([...Object.keys(PREFIX_COMPARATORS)].sort((a, b) => b.length - a.length), true);
const PREFIX_LASTS = codeTable(PREFIX_BY_LAST.keys());
const NO_WORDS: string[] = [];
const NOT_PREFIX_BY_LAST = wordIndex(NOT_PREFIX_WORDS, true);

const DURATION_SUFFIX_WORDS = Object.keys(DURATION_SUFFIX_COMPARATORS);
/** Bounds of two characters or more: a lone 超 or 近 reads into nouns (超市, 近年). */
const BOUND_WORDS = PREFIX_WORDS.filter((w) => PREFIX_COMPARATORS[w] !== 'eq' && w.length >= 2);
// The word lists tried per quantity, indexed by the character they must start or end with.
const INCLUSIVE_MARK_AT = firstStartingAt(INCLUSIVE_MARKS);
const SUFFIX_WORD_AT = firstStartingAt(SUFFIX_WORDS);
const DURATION_SUFFIX_AT = firstStartingAt(DURATION_SUFFIX_WORDS);
const CROSS_VERB_BY_LAST = wordIndex(CROSS_VERB_WORDS, true);
const CROSS_VERB_LASTS = codeTable(CROSS_VERB_BY_LAST.keys());
const BOUND_BY_LAST = wordIndex(BOUND_WORDS, true);
const BASE_NOUN_TAIL_BEFORE = someEndingAt(BASE_NOUN_TAILS);

/** How far after a level missed its goal's or standard's name is looked for. */
const MISSED_REACH = 16;
/** The longest remark in brackets read past to a suffix. */
const REMARK_MAX = 20;
/** After a short remark in brackets at `at` (none nested), else `at`. */
function afterRemark(text: string, at: number): number {
  if (text[at] !== '(') return at;
  const close = text.indexOf(')', at + 1);
  return close > 0 && close - at <= REMARK_MAX && text.lastIndexOf('(', close) === at ? close + 1 : at;
}

export function compare(text: string, q: Quantity, clauseStart: number): Compared {
  let suffixEnd = q.end;
  let suffix: Comparator | null = null;
  // "30人(含)以下": the inclusive mark stands between the unit and its suffix; so may a short remark
  // ("各1300亩(按照每亩74株折算)以上")
  const mark = INCLUSIVE_MARK_AT(text, q.end);
  const at0 = mark ? q.end + mark.length : afterRemark(text, q.end);
  const word = SUFFIX_WORD_AT(text, at0);
  if (word !== undefined) {
    suffix = SUFFIX_COMPARATORS[word]!;
    suffixEnd = at0 + word.length;
  }
  if (suffix === null && q.info?.duration) {
    const w = DURATION_SUFFIX_AT(text, q.end);
    if (w) {
      suffix = DURATION_SUFFIX_COMPARATORS[w]!;
      suffixEnd = q.end + w.length;
    }
  }
  // "达到了500家": the aspect particle sits between the word and the number.
  const perfective = text[q.start - 1] === PERFECTIVE;
  const at = perfective ? q.start - 1 : q.start;
  let prefixStart = at;
  let prefix: Comparator | null = null;
  // Longest first: the prefix words ending at `at`, by length (one word at most per length).
  const maxLen = Math.min(MAX_PREFIX, at - clauseStart);
  const candidates = PREFIX_LASTS[text.charCodeAt(at - 1)] === 1 ? endingAt(PREFIX_BY_LAST, text, at) : NO_WORDS;
  for (const w of candidates) {
    const len = w.length;
    if (len > maxLen || !text.startsWith(w, at - len)) continue;
    const c = PREFIX_COMPARATORS[w];
    // "<span>10%": the > ends a tag of markup read as text, not a bound
    if (w === TAG_END && endsTag(text, at - len)) continue;
    // "通过120家": the 过 ends another word.
    // (Only the words ending with the same character can end at `at`.)
    if (c && !endingAt(NOT_PREFIX_BY_LAST, text, at).some((w) => w.length > len && at - w.length >= clauseStart && text.startsWith(w, at - w.length))) {
      prefix = c;
      prefixStart = at - len;
      break;
    }
  }
  if (prefix !== null && SHORTFALL_WORDS.includes(text.slice(prefixStart, at)) && MISSED_LEVEL_AFTER.test(text.slice(q.end, q.end + MISSED_REACH))) prefix = 'eq';
  // "至少选择1家", "至少达到5家": a bound reaching across a short verb (or a plain link word).
  if (prefix === null || prefix === 'eq') {
    const cross = crossVerb(text, prefixStart, clauseStart);
    if (cross) {
      prefix = cross.comparator;
      prefixStart = cross.start;
    }
  }
  // "低于…月平均工资60%", "按不超过…投资额的5%": a bound before the base of a percentage.
  if (prefix === null && q.kind === 'percent') {
    const base = acrossBase(text, at, clauseStart);
    if (base) {
      prefix = base.comparator;
      prefixStart = base.start;
    }
  }
  let clause: Comparator | null = null;
  if (prefix === null) clause = clauseWord(text, clauseStart, q.start);
  const comparator = q.range ? 'between' : (suffix ?? q.infix ?? prefix ?? clause ?? 'eq');
  return { comparator, prefixStart, suffixEnd, perfective };
}

/** A verb between a bound and its number: Chinese only, no numeral, no 的 (which starts a new noun). */
const GAP_CODES = new Uint8Array(0x10000).fill(1, 0x3400, 0xa000);
for (const ch of NUMERAL_CHARS + '的') GAP_CODES[ch.charCodeAt(0)] = 0;

function crossVerb(text: string, at: number, clauseStart: number): { comparator: Comparator; start: number } | null {
  for (let gap = 0; gap <= CROSS_VERB_GAP && at - gap > clauseStart; gap++) {
    if (gap > 0 && GAP_CODES[text.charCodeAt(at - gap)] !== 1) return null;
    const end = at - gap;
    // Only the words ending with the character before `end` can end there (list order kept).
    if (CROSS_VERB_LASTS[text.charCodeAt(end - 1)] !== 1) continue;
    for (const w of endingAt(CROSS_VERB_BY_LAST, text, end)) {
      if (end - w.length >= clauseStart && text.startsWith(w, end - w.length)) return { comparator: CROSS_VERB_COMPARATORS[w]!, start: end - w.length };
    }
  }
  return null;
}

const isNumeralChar = (ch: string) => NUMERAL_CODES[ch.charCodeAt(0)] === 1;

/** The last bound word of the clause whose base (up to `at`) is a noun phrase ending in 的 or a base noun. */
/** Four digits and 年, read from the year's last digit. */
const YEAR_ENDING_AT = /^[0-9]{4}年$/;
const YEAR_CHAR = '年';
function acrossBase(text: string, at: number, clauseStart: number): { comparator: Comparator; start: number } | null {
  const stop = Math.max(clauseStart, at - BASE_GAP);
  const gapEndsBase = text[at - 1] === '的' || BASE_NOUN_TAIL_BEFORE(text, at);
  if (!gapEndsBase) return null;
  for (let end = at - 1; end > stop; end--) {
    const c = text.charCodeAt(end);
    // "不超过2021年度出让地价的12%": a year names the base's period; the bound may end right before it
    if (isDigitCode(c) && text[end + 1] === YEAR_CHAR && YEAR_ENDING_AT.test(text.slice(end - 3, end + 2))) end -= 3;
    else if (NUMERAL_CODES[c] === 1 || !isIdeograph(c)) return null;
    const w = endingAt(BOUND_BY_LAST, text, end).find((word) => end - word.length >= clauseStart && text.startsWith(word, end - word.length));
    if (w === undefined) continue;
    if (NOT_PREFIX_WORDS.some((n) => n.length > w.length && text.startsWith(n, end - n.length))) continue;
    // 最低工资标准的80%: 最低 inside a noun bounds nothing.
    if (w in CLAUSE_COMPARATORS && !CLAUSE_COMPARATOR_NEXT.some((n) => text.startsWith(n, end))) continue;
    const gap = text.slice(end, at);
    if (BASE_BREAKS.some((b) => gap.includes(b))) return null;
    return { comparator: PREFIX_COMPARATORS[w]!, start: end - w.length };
  }
  return null;
}

/** A cap or floor named earlier in the clause (最高可…), not one inside a noun (最低工资标准). */
function clauseWord(text: string, clauseStart: number, pos: number): Comparator | null {
  if (!ANY_CLAUSE_WORD(text, clauseStart, pos)) return null; // most clauses hold none: no slice, no searches
  const before = text.slice(clauseStart, pos);
  for (const word of CLAUSE_WORDS) {
    for (let k = before.indexOf(word); k >= 0; k = before.indexOf(word, k + 1)) {
      const next = clauseStart + k + word.length;
      if (next >= pos || isNumeralChar(text[next]!) || CLAUSE_COMPARATOR_NEXT.some((w) => text.startsWith(w, next))) {
        return CLAUSE_COMPARATORS[word]!;
      }
    }
  }
  return null;
}

const ANY_CLAUSE_WORD = anyIn(CLAUSE_WORDS);
