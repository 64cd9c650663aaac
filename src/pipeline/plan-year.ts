// The years a document's numbers are read against (TARGETS.md §5): the year its plan starts from and its own year,
// from its title, period and date.
import type { Meta } from '../tree/schema.js';
import { matchesOf } from '../quantities/regex-matches.js';
import { HORIZON_TITLE_TAIL, PERIOD_DASHES, REPORTED_YEAR, REVIEW_TITLE_WORDS, SUMMED_UP_YEAR } from '../data/doc-types.js';

/**
 * A year a title names, with the year after a dash when it opens a range: "2025年" → 2025,
 * "2024—2026年" → 2024 to 2026. The one pattern of a title's years: the period and planYearOf read it.
 */
const TITLE_YEAR = new RegExp(`(?<!\\d)(\\d{4})(?=年|[${PERIOD_DASHES}](\\d{4}))`, 'g');
type TitleYear = { year: number; to: number | null };
/** Every year the title names, in order (a title holds few). */
export function titleYears(title: string, planned = false): TitleYear[] {
  const out: TitleYear[] = [];
  let reviewFrom = -1;
  for (const m of matchesOf(TITLE_YEAR, title)) {
    if (title.startsWith(HORIZON_TITLE_TAIL, m.index + 4)) continue; // a horizon's year, no year of the document's own
    // "关于2024年度工作总结和2025年工作计划的报告": the year summed up before another is not the plan's (it is
    // still the document's, which 今年 in the summary means)
    if (planned && reviewFrom >= 0 && REVIEW_TITLE_WORDS.some((w) => title.slice(reviewFrom, m.index).includes(w))) out.pop();
    out.push({ year: Number(m[1]), to: m[2] === undefined ? null : Number(m[2]) });
    reviewFrom = m.index;
  }
  return out;
}
/** 19xx or 20xx: the years a plan starts from. */
export const isPlanYear = (y: number) => y >= 1900 && y <= 2099;

/** The document's own year (TARGETS.md §5): the year of its date, else the first its title names; null when neither does. */
export function documentYearOf(meta: Partial<Pick<Meta, 'title' | 'period'>> & Pick<Meta, 'date'>): number | null {
  if (meta.date) return Number(meta.date.slice(0, 4));
  const titled = meta.title ? titleYears(meta.title).find((y) => isPlanYear(y.year)) : undefined;
  if (titled) return titled.year;
  // with neither date nor a dated title, a period of one year read from the body (an untitled work report's)
  const p = meta.period;
  return p && p.start !== null && p.start === p.end ? p.start : null;
}

/**
 * The year the plan starts from: the first year its title names ("青云谱区2025年政府工作要点",
 * "…三年行动计划(2024—2026年)" → 2024), else its period's start, and at most the year of its date (a plan
 * for 2025-2027 issued in 2024 may still set a 2024 deadline); null when none is known. The title wins
 * over the period, which a review of the past year may have skewed. A title that only sums up a year
 * ("…2022年工作总结", "关于2022年度…工作情况的报告"), or a report of one year dated after it, was written after
 * that year: the plan year is the next (at most the date's year still), and the numbers of the year summed up report.
 */
export function planYearOf(meta: Partial<Pick<Meta, 'title'>> & Pick<Meta, 'period' | 'date'>): number | null {
  const titled = meta.title ? titleYears(meta.title, true).find((y) => isPlanYear(y.year) && (y.to === null || isPlanYear(y.to))) : undefined;
  const dated = meta.date ? Number(meta.date.slice(0, 4)) : null;
  const reported = meta.title && dated !== null ? REPORTED_YEAR.exec(meta.title) : null;
  const summedUp = (meta.title ? SUMMED_UP_YEAR.exec(meta.title) : null) ?? (reported && Number(reported[1]) < dated! ? reported : null);
  const first = titled ? (summedUp && Number(summedUp[1]) === titled.year && titled.to === null ? titled.year + 1 : titled.year) : (meta.period?.start ?? null);
  const years = [first, dated].filter((y): y is number => y !== null && Number.isFinite(y));
  return years.length ? Math.min(...years) : null;
}
