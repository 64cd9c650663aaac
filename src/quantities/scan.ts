// Finds the numbers of one node's text that are quantities (a number and its
// unit, a range, a percentage, a rank) and the years named there. Linear: the
// cursor only moves forward, and a rejected numeral is skipped whole. The loop and the numeral
// reader are here; marks.ts blocks quotes and names, numeral-units.ts reads units, word-readers.ts
// the quantities that open with a word, non-quantities.ts the checks that reject one.
import { gluedRates } from './glued-rates.js';
import { GRADE_UNIT_BASES, LARGE_MULTIPLIERS, LATIN_NAME_CODES, RANK_FROM_BOTTOM, RANK_PREFIX, TOLERANCE, UNITS } from '../data/units.js';
import { EXCLUSIVE_MARKS, INCLUSIVE_MARKS, RANGE_SEPARATORS, SUFFIX_COMPARATORS } from '../data/comparators.js';
import { ENUM_COMMA } from '../data/target-cues.js';
import { ARTICLE_COUNT_CUES, ARTICLE_COUNT_REACH, ARTICLE_IDIOMS, ARTICLE_NUMERALS, DIGIT_WORD_UNITS, DRAFTING_VERBS, INDICATOR_NOUN_REACH, INDICATOR_NOUNS, MEASURED_ACRONYMS, NAME_END_AFTER, NOT_NAME_AFTER_UNIT, NOT_TIER_AFTER, ORDINAL_BEFORE, TIER_MARK, SLOGAN_NEXT, VAGUE_AFTER, VAGUE_BEFORE, ROAD_CODE_BEFORE } from '../data/non-quantities.js';
import { numeralValue, readNumeral, roundSignificant } from '../numerals.js';
import { alternation, firstStartingAt, isIdeograph, someEndingAt, someStartingAt } from './words.js';
import { charSet, codeNeighbourAt, inSet } from './char-sets.js';
import { charTable } from '../char-table.js';
import { isBlocked, nextTrigger, scratchMarks, type Marks } from './marks.js';
import { goodNumeral, isYearNumber, latinUnitAt, resolveUnit, unitFacts, type Resolved } from './numeral-units.js';
import { NO_WORD, tryRank, tryWords, WORD_FIRST } from './word-readers.js';
import { finiteQuantity, isDefinedTerm, isDuration, isSloganQuote, machineSpans, plausibleYear, skipCode, verbBefore } from './non-quantities.js';

export type { Quantity, YearMention, ScanResult } from './quantity.js';
import type { Quantity, YearMention, ScanResult } from './quantity.js';

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
  if (quantities.length > 1) joinRestatedBounds(text, quantities);
  if (quantities.length > 1) joinBoundPairs(text, quantities);
  // an indicator table's row run together: "…亿元5015024.6%预期性"
  const read = quantities.length > 0 ? gluedRates(text, quantities) : quantities;
  // Dropped, not reported: the scan has no diagnostics channel.
  const kept = read.every(finiteQuantity) ? read : read.filter(finiteQuantity);
  const named = years.every(plausibleYear) ? years : years.filter(plausibleYear);
  // A text where nothing was found has nothing for the machine spans to drop: they are not looked for.
  if (kept.length === 0 && named.length === 0) return { quantities: kept, years: named };
  const machine = machineSpans(text);
  if (machine.length === 0) return { quantities: kept, years: named };
  const outside = (x: { start: number; end: number }) => !machine.some(([a, b]) => x.start < b && a < x.end);
  return { quantities: kept.filter(outside), years: named.filter(outside) };
}

/** The scale a bound's numeral ends in. */
/** Past a list of a few more numerals with the same unit after `at` ("、三次、四次"): where the list's name would begin. */
function pastListed(text: string, at: number, unit: string): number {
  for (let k = 0, m = LISTED_NUMERAL.exec(text.slice(at, at + LISTED_REACH)); k < LISTED_MAX && m !== null && text.startsWith(unit, at + m[0].length); k++, m = LISTED_NUMERAL.exec(text.slice(at, at + LISTED_REACH))) {
    at += m[0].length + unit.length;
  }
  return at;
}
/** The most items read past: a list of sessions is short, and a long one of counts must not be read again per item. */
const LISTED_MAX = 8;
const LISTED_NUMERAL = /^、[0-9一二三四五六七八九十]{1,3}/; // (not 和: 开展3次和5次会议 counts)
const LISTED_REACH = 8;
const BOUND_SCALE = /(?:万亿|亿|万)$/;
const SCALE_VALUES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };

const RESTATED_OPEN = '(含';
const RESTATED_CLOSE = ')';
const RESTATED_MAX = 16;
/**
 * "100—500亩(含500亩)", "500万元(含500万元)以上", "1000万元(含1000万)以上": a bracket restating a bound (its text
 * the start of the quantity's own, or of its upper bound's) says it is included; it is part of the quantity, not
 * another (its raw runs to the bracket's end, where a suffix comparator follows). "10万元(含10万元)至20万元":
 * a range then follows it.
 */
function joinRestatedBounds(text: string, qs: Quantity[]): void {
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k]!;
    if (!text.startsWith(RESTATED_OPEN, q.end)) continue;
    const close = text.slice(q.end, q.end + RESTATED_MAX).indexOf(RESTATED_CLOSE) + q.end; // within reach: never a read to the text's end
    if (close < q.end) continue;
    const said = text.slice(q.end + RESTATED_OPEN.length, close);
    const raw = text.slice(q.start, q.end);
    const sep = q.range ? lastSeparator(raw) : -1;
    if (said.length === 0 || !(raw.startsWith(said) || (sep >= 0 && raw.slice(sep + 1).startsWith(said)))) continue;
    q.end = close + RESTATED_CLOSE.length;
    while (k + 1 < qs.length && qs[k + 1]!.start < q.end) qs.splice(k + 1, 1);
    // "10万元(含10万元)至20万元": the upper bound after a separator makes it a range
    const next = qs[k + 1];
    if (!q.range && next !== undefined && next.start === q.end + 1 && RANGE_SEPARATORS.includes(text[q.end]!) && next.unit === q.unit && next.upper === null) takeUpper(qs, k);
  }
}
/** qs[k] becomes a range whose upper bound is qs[k + 1], which it takes in. */
function takeUpper(qs: Quantity[], k: number): void {
  const q = qs[k]!;
  const next = qs[k + 1]!;
  q.upper = next.value;
  q.range = true;
  q.end = next.end;
  qs.splice(k + 1, 1);
}
/** Comparator words after a unit, by what they bound: "以上" a lower, "以下" an upper (SUFFIX_COMPARATORS). */
const suffixesOf = (c: string) => Object.keys(SUFFIX_COMPARATORS).filter((w) => SUFFIX_COMPARATORS[w] === c);
const PAIR_GAP = new RegExp(`^(?:${alternation(suffixesOf('gte'))})(?:${alternation(INCLUSIVE_MARKS)})?[、,]?$`);
const PAIR_END = new RegExp(`^(?:${alternation(EXCLUSIVE_MARKS)})?(?:${alternation(suffixesOf('lte'))})`);
/**
 * "3人以上9人以下", "1000万元以上(含)2000万元以下", "100万元以上、500万元以下": a lower bound then an upper bound of
 * one unit is one range (TARGETS.md §1), its raw from the first number to the second unit.
 */
function joinBoundPairs(text: string, qs: Quantity[]): void {
  for (let k = 0; k + 1 < qs.length; k++) {
    const q = qs[k]!;
    const next = qs[k + 1]!;
    if (q.range || next.range || next.unit !== q.unit || next.start - q.end > PAIR_GAP_MAX) continue;
    if (PAIR_GAP.test(text.slice(q.end, next.start)) && PAIR_END.test(text.slice(next.end, next.end + PAIR_END_REACH))) takeUpper(qs, k);
  }
}
const PAIR_GAP_MAX = 8;
const PAIR_END_REACH = 8;
const lastSeparator = (raw: string) => {
  for (let i = raw.length - 1; i >= 0; i--) if (RANGE_SEPARATORS.includes(raw[i]!)) return i;
  return -1;
};

/** Reads whatever starts at `i`; returns where scanning resumes. */
function tryAt(text: string, i: number, marks: Marks, out: Quantity[], years: YearMention[]): number {
  if (WORD_FIRST[text.charCodeAt(i)] === 1) {
    const resume = tryWords(text, i, out);
    if (resume !== NO_WORD) return resume;
  }
  return tryNumber(text, i, marks, out, years);
}

// The one-character lists tryNumber reads around a numeral, as char-code sets.
const RANK_PREFIX_CODE = RANK_PREFIX.length === 1 ? RANK_PREFIX.charCodeAt(0) : -1; // compared as one character
const RANK_FROM_BOTTOM_CODE = RANK_FROM_BOTTOM.charCodeAt(0);
const RANGE_SET = charSet(RANGE_SEPARATORS);
const ORDINAL_BEFORE_SET = charSet(ORDINAL_BEFORE);
const VAGUE_AFTER_SET = charSet(VAGUE_AFTER);
const SLOGAN_NEXT_SET = charSet(SLOGAN_NEXT);
const vagueBefore = someEndingAt(VAGUE_BEFORE);
const draftedBefore = someEndingAt(DRAFTING_VERBS);
/** `value` of money unit `from` in money unit `to` (1亿元 → 10000 万元), or null unless both are money units. */
function moneyIn(value: number, from: string, to: string): number | null {
  const a = UNITS[from];
  const b = UNITS[to];
  if (a?.kind !== 'money' || b?.kind !== 'money' || !a.scale || !b.scale) return null;
  return roundSignificant((value * a.scale) / b.scale);
}
const INDICATOR_BEFORE = someEndingAt(INDICATOR_NOUNS);
const INDICATOR_FIRSTS = new Set(INDICATOR_NOUNS.map((w) => w.charCodeAt(0)));
/** The count [start, end) counts indicators: 指标 right before it, or ending the noun after it. */
function countsIndicators(text: string, start: number, end: number): boolean {
  if (INDICATOR_BEFORE(text, start)) return true;
  const stop = Math.min(text.length, end + INDICATOR_NOUN_REACH);
  for (let k = end; k < stop && isIdeograph(text.charCodeAt(k)); k++) {
    if (INDICATOR_FIRSTS.has(text.charCodeAt(k)) && INDICATOR_NOUNS.some((w) => text.startsWith(w, k))) return true;
  }
  return false;
}
const ENUM_COMMA_CODE = ENUM_COMMA.charCodeAt(0);
/** A road's name right before a number: the number is its code. */
const ROAD_CODE_AT_END = someEndingAt(ROAD_CODE_BEFORE);
/** A noun or a list's 、 right after: what stands before reads as a word. */
const wordAfter = (text: string, at: number) => isIdeograph(text.charCodeAt(at)) || text.charCodeAt(at) === ENUM_COMMA_CODE;
/** A mark between a range's lower bound and its separator: "500万元(含)至5000万元", "1亿元(不含)至3亿元". */
const BOUND_MARK_AT = firstStartingAt([...INCLUSIVE_MARKS, ...EXCLUSIVE_MARKS]);
const ARTICLE_LENGTHS = new Set(ARTICLE_NUMERALS.map((w) => w.length));
/** The numeral [start, end) is one of ARTICLE_NUMERALS (sliced only when its length is). */
const isArticle = (text: string, start: number, end: number) =>
  ARTICLE_LENGTHS.has(end - start) && ARTICLE_NUMERALS.includes(text.slice(start, end)) && (ARTICLE_IDIOM_AT(text, start) || !countCueBefore(text, start));
const ARTICLE_IDIOM_AT = someStartingAt(ARTICLE_IDIOMS);
const COUNT_CUE_ENDS_AT = someEndingAt(ARTICLE_COUNT_CUES);
/** A floor (ARTICLE_COUNT_CUES) ends within reach before `at`, with no clause break between. */
function countCueBefore(text: string, at: number): boolean {
  for (let k = at; k > 0 && at - k <= ARTICLE_COUNT_REACH; k--) {
    if (CLAUSE_BREAK_CODES[text.charCodeAt(k - 1)] === 1) return false;
    if (COUNT_CUE_ENDS_AT(text, k)) return true;
  }
  return false;
}
const CLAUSE_BREAK_CODES = charTable(',，。;；:：!！?？');

/** A number at `at` in digits with the Latin unit `unit` right after it: its value and where the unit ends. */
function latinBound(text: string, at: number, unit: string): { value: number; end: number } | null {
  const num = readNumeral(text, at);
  if (num === null || num.chinese || latinUnitAt(text, num.end) !== unit) return null;
  const value = numeralValue(text.slice(at, num.end));
  return value === null ? null : { value, end: num.end + unit.length };
}

const ACRONYM_BEFORE = someEndingAt(MEASURED_ACRONYMS);
/** A level reached ends its clause after 级 (吞吐量达到5000万吨级。, …级（含）以上, …级、集装箱…): not a tier. */
const LEVEL_END_AFTER = (text: string, at: number) =>
  at >= text.length || ',，。;；:：!！?？\n(（”"'.includes(text[at]!) || (text[at] === '、' && !text.slice(at + 1, at + TIER_LIST_REACH).includes(TIER_MARK));
/** How far after a 、 the next tier of a list of tiers is looked for: "5万吨级、10万吨级泊位". */
const TIER_LIST_REACH = 12;
/** The rank prefix or a numeral at `i` (after the words of tryWords). */
function tryNumber(text: string, i: number, marks: Marks, out: Quantity[], years: YearMention[]): number {
  if (text.charCodeAt(i) === RANK_PREFIX_CODE) return tryRank(text, i, out);
  if (text.charCodeAt(i) === RANK_FROM_BOTTOM_CODE) return tryRank(text, i, out, true);

  const num = readNumeral(text, i);
  if (num === null) return i + 1;
  const skip = num.end;
  // Digits glued to letters or + are codes (5G, P3, 1+5+N); a Chinese numeral next to a letter is not (VR两个).
  // Letters that spell a unit are one (10GW, 12EFLOPS).
  const codeBefore = codeNeighbourAt(text, i - 1) && !ACRONYM_BEFORE(text, i);
  if (!num.chinese && (codeBefore || codeNeighbourAt(text, skip))) {
    const latin = codeBefore ? null : latinUnitAt(text, skip);
    const value = latin === null ? null : numeralValue(text.slice(i, skip));
    if (latin === null || value === null) return skipCode(text, skip);
    const end = skip + latin.length;
    if (LATIN_NAME_CODES.includes(text.slice(i, end))) return end;
    if (GRADE_UNIT_BASES.some((b) => latin.endsWith(b)) && isIdeograph(text.charCodeAt(end))) return end;
    // "20cm-30cm": a range whose bounds both carry the unit; "50m±5m": a value and its tolerance, one quantity
    const upper = inSet(RANGE_SET, text, end) ? latinBound(text, end + 1, latin) : null;
    const tolerance = upper === null && text[end] === TOLERANCE ? latinBound(text, end + 1, latin) : null;
    const last = upper?.end ?? tolerance?.end ?? end;
    if (!isBlocked(marks, last - 1)) out.push({ start: i, end: last, value, upper: upper?.value ?? null, unit: latin, kind: 'other', info: null, infix: tolerance ? 'approx' : null, range: upper !== null });
    return last;
  }
  // With no range after it, a numeral without a unit is skipped whatever the checks below decide: read the unit first.
  let single: Resolved | null | undefined;
  if (!inSet(RANGE_SET, text, skip)) {
    single = resolveUnit(text, i, num);
    if (single === null) return skip;
  }
  if (inSet(ORDINAL_BEFORE_SET, text, i - 1)) return skip;
  // 数十家, 几百个 are vague; digits after 数 are not (享受人数23万人).
  if ((num.chinese && vagueBefore(text, i)) || inSet(VAGUE_AFTER_SET, text, skip)) return skip;
  if (!goodNumeral(text, i, num)) return skip;

  // A range: 1-3个, 1至2个 (one unit after both numbers).
  let upper: number | null = null;
  let res: Resolved | null = null;
  let lowerValue: number | null = null;
  if (inSet(RANGE_SET, text, skip)) {
    // (the separator doubled as a dash is: "打造2--3个")
    const second = text[skip + 1] === text[skip] ? skip + 2 : skip + 1;
    const num2 = readNumeral(text, second);
    if (num2 !== null && num2.chinese === num.chinese && goodNumeral(text, second, num2)) {
      if (text[num2.end] === '-' || codeNeighbourAt(text, num2.end)) return skipCode(text, num2.end); // 400-066-2698
      const r2 = resolveUnit(text, second, num2);
      let aText = text.slice(i, skip);
      if (r2 !== null && r2.numEnd < num2.end) {
        const scaledAway = text.slice(r2.numEnd, num2.end); // 1万-3万元: both lose the 万 that went into the unit
        if (aText.endsWith(scaledAway)) aText = aText.slice(0, -scaledAway.length);
      }
      let a = numeralValue(aText);
      // "1-3万人", "160～300万千瓦": the upper bound's scale is the lower's too, unless the lower names its own ("1万-3万人")
      // (not a scale the unit took: "1-3万元")
      const scale = r2 !== null ? BOUND_SCALE.exec(text.slice(second, r2.numEnd))?.[0] : undefined;
      // (not a lower bound written in full: "800-1.5万人" is 800 to 15000)
      if (a !== null && scale !== undefined && !BOUND_SCALE.test(aText) && r2 !== null && a * SCALE_VALUES[scale]! < r2.value) a *= SCALE_VALUES[scale]!;
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
    // A range with the unit on both sides: 20%-30%, 2030年-2035年, 500万元(含)至5000万元.
    const sep = res.unitEnd + (BOUND_MARK_AT(text, res.unitEnd)?.length ?? 0);
    if (inSet(RANGE_SET, text, sep)) {
      const at = sep + 1;
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
      } else if (r2 !== null) {
        // "5000万元(含)至1亿元": money in two units, the upper bound in the lower one's (10000 万元)
        const up = moneyIn(r2.value, r2.unit, res.unit);
        if (up !== null && up > res.value) {
          upper = up;
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
  const { kind, info, nameAfter, nameAfterChinese, nameBefore, verbs } = unitFacts(unit);
  if (info?.needsCue && !isDuration(text, i, res.unitEnd, info.deadline)) return res.unitEnd;
  if (info?.digitsOnly && num.chinese && !LARGE_MULTIPLIERS.includes(text[res.numEnd - 1]!)) return res.unitEnd;
  const named = unit === '' ? res.unitEnd : pastListed(text, res.unitEnd, unit); // "市委六届二次、三次、四次全会": each a session's ordinal
  if (nameAfter?.some((w) => text.startsWith(w, named)) && !NOT_NAME_AFTER_UNIT.some((w) => text.startsWith(w, named))) return res.unitEnd;
  if (unit !== '' && text.startsWith(TIER_MARK, res.unitEnd) && !LEVEL_END_AFTER(text, res.unitEnd + TIER_MARK.length) && !NOT_TIER_AFTER.some((w) => text.startsWith(w, res.unitEnd))) return res.unitEnd;
  if (num.chinese && nameAfterChinese?.some((w) => text.startsWith(w, res.unitEnd)) && !draftedBefore(text, i)) return res.unitEnd;
  if (nameBefore?.some((w) => text.startsWith(w, i - w.length)) && (num.chinese || NAME_END_AFTER.some((w) => text.startsWith(w, res.unitEnd)))) return res.unitEnd;
  if (kind === 'count' && upper === null && isArticle(text, i, res.numEnd)) return res.unitEnd;
  if (!num.chinese && ROAD_CODE_AT_END(text, i)) return res.unitEnd;
  if (kind === 'count' && countsIndicators(text, i, res.unitEnd)) return res.unitEnd;
  if (num.chinese && res.numEnd - i === 1 && DIGIT_WORD_UNITS.includes(unit) && wordAfter(text, res.unitEnd)) return res.unitEnd;
  if (isBlocked(marks, res.unitEnd - 1)) return res.unitEnd;
  if (kind === 'count' && num.chinese && inSet(SLOGAN_NEXT_SET, text, res.unitEnd)) return res.unitEnd;
  if (kind === 'count' && num.chinese && isSloganQuote(text, res.unitEnd)) return res.unitEnd;
  if (kind === 'count' && num.chinese && isDefinedTerm(text, i, res.unitEnd)) return res.unitEnd;
  if (verbs !== undefined && !verbBefore(text, i, verbs)) return res.unitEnd;
  out.push({ start: i, end: res.unitEnd, value, upper, unit, kind, info, infix: res.infix, range: upper !== null });
  return res.unitEnd;
}
