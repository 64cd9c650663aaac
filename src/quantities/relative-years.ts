// 今年, 明年, 去年 in running text: years resolved against the document's own year (TARGETS.md §5).
// 比上年/较去年 compares with the year and dates nothing.
import { CENTURY_YEARS, RELATIVE_YEARS } from '../data/time-words.js';
import { COMPARED_YEAR_CUES } from '../data/heading-cues.js';
import type { YearMention } from './quantity.js';
import { alternation, someEndingAt } from './words.js';

/**
 * The words of RELATIVE_YEARS, longest first, as one regex: V8 scans for them far faster than a loop
 * over every character of every node's text. At each position the longest word wins and the scan goes on
 * after it (as a loop trying the words longest first would; the test checks they agree).
 */
export const RELATIVE_YEAR_PATTERN = new RegExp(alternation(Object.keys(RELATIVE_YEARS)), 'g');
const comparedBefore = someEndingAt(COMPARED_YEAR_CUES);
const RELATIVE_WORDS = Object.keys(RELATIVE_YEARS);
/**
 * A character every word of RELATIVE_YEARS holds (年), or null: most node texts lack it, and includes() finds
 * that natively where the regex would try every position of the text for nothing.
 */
export const RELATIVE_YEAR_MARK = [...(RELATIVE_WORDS[0] ?? '')].find((c) => RELATIVE_WORDS.every((w) => w.includes(c))) ?? null;

/** The relative years of `text`, in order; none without a document year. */
export function relativeYears(text: string, documentYear: number | null): YearMention[] {
  if (documentYear === null) return [];
  if (text.includes(CENTURY_MARK)) return mergeYears(ofYears(text, documentYear), centuryYears(text, documentYear));
  return ofYears(text, documentYear);
}

const CENTURY_MARK = '世纪';
const CENTURY_PATTERN = new RegExp(alternation(Object.keys(CENTURY_YEARS)), 'g');
/** "到本世纪末" in a 1988 report: 2000; "到本世纪中叶" in a 2026 plan: 2050. */
function centuryYears(text: string, documentYear: number): YearMention[] {
  const century = Math.floor((documentYear - 1) / 100) * 100;
  // (never a year before the document's: 本世纪中叶 in a 2000 report is the next century's)
  return [...text.matchAll(CENTURY_PATTERN)].map((m) => {
    const year = century + CENTURY_YEARS[m[0]]!;
    return { start: m.index, end: m.index + m[0].length, year: year < documentYear ? year + 100 : year };
  });
}

/** The relative years of RELATIVE_YEARS in `text`. */
function ofYears(text: string, documentYear: number): YearMention[] {
  if (RELATIVE_YEAR_MARK !== null && !text.includes(RELATIVE_YEAR_MARK)) return [];
  const out: YearMention[] = [];
  const pattern = RELATIVE_YEAR_PATTERN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const w = m[0];
    if (!comparedBefore(text, m.index)) out.push({ start: m.index, end: m.index + w.length, year: documentYear + RELATIVE_YEARS[w]! });
  }
  return out;
}

/** Two lists of mentions sorted by start as one, in order of position (on a tie, `a`'s first: a stable sort's order). */
export function mergeYears(a: YearMention[], b: YearMention[]): YearMention[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: YearMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
