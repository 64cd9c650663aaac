// A title and a date found in running text, where no title line stands alone: a notice run into a repost,
// a work report's title before its speech byline, the byline's date, and the year an untitled report reviews
// (extractMeta reads them).
import type { Root } from '../tree/schema.js';
import { NOTICE_NAMES_PLAN, REVIEW_PART_WORDS, SPEECH_BYLINE, SPEECH_BYLINE_SOURCE } from '../data/doc-types.js';
import { compact } from './normalize.js';

/** How far into a paragraph the notice's words are looked for (a one-line copy runs its notice into the plan). */
const NOTICE_HEAD = 400;
/** The plan a notice's paragraph says it publishes ("现将《X》印发给你们"), as quoted. */
export function planNamedByNotice(paragraph: string): string | undefined {
  const m = NOTICE_NAMES_PLAN.exec(paragraph.slice(0, NOTICE_HEAD));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** "…】2026年内蒙古自治区政府工作报告——2026年2月4日在…会议上": a work report's title run in before its speech byline. */
const SPEECH_BYLINE_ANYWHERE = new RegExp(SPEECH_BYLINE_SOURCE);
const REPORT_TITLE = String.raw`[\p{Script=Han}0-9]{2,40}报告$`;
const REPORT_TITLE_BEFORE = new RegExp(String.raw`(?<![\p{Script=Han}0-9])` + REPORT_TITLE, 'u');
/** …and the whole of a line before its byline: not a title quoted in a sentence (《政府工作报告——…》). */
const REPORT_TITLE_LINE = new RegExp('^' + REPORT_TITLE, 'u');
/** A work report's date, from its speech byline ("——2025年1月21日在…会议上") near the top. */
export function speechDate(root: Root): string | null {
  // a line of its own before the first section: a speech quoted in the body (《…——2023年9月22日在…》) dates nothing
  for (const n of root.children) {
    if (n.type === 'section') return null;
    const line = compact(n.text);
    const m = SPEECH_BYLINE.exec(line) ?? bylineAfterTitle(line);
    if (m) return m[0];
  }
  return null;
}
/** "政府工作报告——2024年3月5日在…": the byline on the report's title line. */
function bylineAfterTitle(line: string): RegExpExecArray | null {
  const m = SPEECH_BYLINE_ANYWHERE.exec(line);
  return m && REPORT_TITLE_LINE.test(line.slice(0, m.index)) ? m : null;
}
/** The byline found first (most texts have none), then the title that ends right before it. */
export function inlineReport(head: string): string | null {
  const m = SPEECH_BYLINE_ANYWHERE.exec(head);
  if (m === null) return null;
  return REPORT_TITLE_BEFORE.exec(head.slice(0, m.index))?.[0] ?? null;
}
/**
 * "…看下面！山东省物价局关于降低工商业电价有关事项的通知▼各市物价局，国网山东省电力公司：": in a repost run
 * into one line, a notice's title is found by the addressees (各…：) right after it; the head before 关于, if any,
 * stands alone (no Han character before it) and names an issuer, not a sentence ("会议传达学习了省政府关于…").
 */
const INLINE_NOTICE = /(?<!\p{Script=Han})((?:\p{Script=Han}{2,16}?(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委|部))?关于[^。！？!?\n《》]{2,60}?的(?:通知|意见|决定|通告|批复))[^\p{Script=Han}\n]{0,3}各[^。：:\n]{1,60}[：:]/u;
/** Words of a sentence that reports a notice, not of an issuer's name: "会议传达学习了省政府关于…的通知". */
const REPORTING_WORDS = /了|传达|学习|落实|贯彻|根据|按照|执行|印发|转发|要求/;
export function inlineNotice(head: string): string | null {
  if (!head.includes('关于')) return null; // most texts: no regex run
  const t = INLINE_NOTICE.exec(head)?.[1];
  return t === undefined || REPORTING_WORDS.test(t.slice(0, t.indexOf('关于'))) ? null : t;
}

/**
 * The year an untitled work report is of, from the year its body opens with when a review part (回顾, 过去一年)
 * stands above it: the next year when it reviews one whole year (2022年是…, 2023年工作回顾, 过去一年和五年工作回顾),
 * the same for part of one (2024年上半年), unknown for several (过去五年工作回顾 / 2018年以来); undefined when
 * no review part stands above it.
 */
export function reviewedYear(body: string, year: number, afterYear: number): number | null | undefined {
  const lineEnd = body.indexOf('\n', afterYear);
  const head = body.slice(0, lineEnd < 0 ? undefined : lineEnd);
  if (!REVIEW_PART_WORDS.some((w) => head.includes(w))) return undefined;
  if (head.includes(ONE_YEAR_REVIEW)) return year + 1;
  if (PART_OF_YEAR.some((w) => body.startsWith(w, afterYear))) return year;
  return body.startsWith(SINCE, afterYear) || SEVERAL_YEARS.test(head) ? null : year + 1;
}
const ONE_YEAR_REVIEW = '过去一年';
const PART_OF_YEAR = ['上半年', '前三季度', '一季度', '前三个季度'];
const SINCE = '以来';
const SEVERAL_YEARS = /[二三四五六七八九十两]年/;
