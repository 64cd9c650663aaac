// 今年, 明年, 去年 in running text: years resolved against the document's own year (TARGETS.md §5).
// 比上年/较去年 compares with the year and dates nothing.
import { COMPARED_YEAR_CUES, RELATIVE_YEARS } from '../data/target-cues.js';
import type { YearMention } from './quantity.js';
import { someEndingAt } from './words.js';

const WORDS = Object.keys(RELATIVE_YEARS).sort((a, b) => b.length - a.length);
const FIRST = new Set(WORDS.map((w) => w[0]!));
const comparedBefore = someEndingAt(COMPARED_YEAR_CUES);

/** The relative years of `text`, in order; none without a document year. */
export function relativeYears(text: string, documentYear: number | null): YearMention[] {
  if (documentYear === null) return [];
  const out: YearMention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!FIRST.has(text[i]!)) continue;
    const w = WORDS.find((x) => text.startsWith(x, i));
    if (w === undefined) continue;
    if (!comparedBefore(text, i)) out.push({ start: i, end: i + w.length, year: documentYear + RELATIVE_YEARS[w]! });
    i += w.length - 1;
  }
  return out;
}

/** Two sorted lists of mentions as one, in order of position. */
export function mergeYears(a: YearMention[], b: YearMention[]): YearMention[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
