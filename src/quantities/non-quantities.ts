// The checks that make a numeral and its unit no quantity: a slogan (三个“一”), a measure word
// without its verb (3期), a bare N年 that is no duration, a code (400-066-2698).
import { ALLOTMENT_CUES, MEASURED_SPAN_BEFORE, DEADLINE_CUES, DEADLINE_SUFFIXES, VALIDITY_AFTER, BANNED_AFTER, CONDITION_ONLY_BOUNDS, DURATION_BOUNDS, DURATION_CUES, DURATION_SUFFIXES } from '../data/units.js';
import { matchesOf } from './regex-matches.js';
import { LABEL_LIST_OPENERS, MACHINE_TEXT, MACHINE_TEXT_CUE, NOTE_MARK_SOURCE, PLAUSIBLE_YEARS, QUOTE_MAX, QUOTES, SLOGAN_QUOTE_MAX, SLOGAN_QUOTES, TERM_MAX } from '../data/non-quantities.js';
import { CLAUSE_ENDS, CONDITION_END, PROHIBITION_WORDS } from '../data/target-cues.js';
import { CN_NUMERAL_CHARS } from '../numerals.js';
import { isDigit } from './char-sets.js';
import type { Quantity, YearMention } from './quantity.js';
import { charTable } from '../char-table.js';
import { someStartingAt } from './words.js';
import { UNIT_LABELS } from '../data/unit-labels.js';

const CLAUSE_END_CODES = new Set([...CLAUSE_ENDS].map((c) => c.charCodeAt(0)));
/** How far back a measure word's verb is looked for (UNIT_NEEDS_VERB). */
const VERB_WINDOW = 24;

/** 三个“一”目标: a quotation right after the measure word, short or holding a numeral, is a slogan. */
export function isSloganQuote(text: string, at: number): boolean {
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

const NOTED_TERM = new RegExp(`[\\p{Script=Han}“”"]{1,${TERM_MAX}}${NOTE_MARK_SOURCE}`, 'uy');
const LABEL_TERM = new RegExp(`[\\p{Script=Han}“”"]{1,${TERM_MAX}}[:：]`, 'uy');
/** What a label's list opens with after its colon: "两个站位：一是…", "四个歼灭战：即…". */
const LABEL_LIST = new RegExp(`[\\p{Script=Han}“”"]{1,${TERM_MAX}}[:：](?:${LABEL_LIST_OPENERS.join('|')}|\\s*$)`, 'uy');
const NOTED_LINE_LEAD = new RegExp(`(?:^|\\n)[ \\t]*${NOTE_MARK_SOURCE}[ \\t]*$`);
/**
 * 全县四个发展定位[22], "[16] 四个歼灭战：即…", "两个站位：一是…": a term of a Chinese-numeral count that a glossary
 * note defines, or that opens its line as a label, is a name (`start` the numeral, `end` past the measure word).
 */
export function isDefinedTerm(text: string, start: number, end: number): boolean {
  NOTED_TERM.lastIndex = end;
  if (NOTED_TERM.test(text)) return true;
  // a term that opens a list of its parts ("围绕三个重点：一是…", its text ending at the colon where the 一是 items
  // become nodes of their own), or a glossary entry's term ("[16] 四个歼灭战：")
  LABEL_LIST.lastIndex = end;
  if (LABEL_LIST.test(text)) return true;
  LABEL_TERM.lastIndex = end;
  return LABEL_TERM.test(text) && NOTED_LINE_LEAD.test(text.slice(Math.max(0, start - 8), start));
}

/** One of `verbs` earlier in the clause of the number at `start` ("举办3期培训班", "开展培训2期"). */
export function verbBefore(text: string, start: number, verbs: string[]): boolean {
  let from = start;
  const stop = Math.max(0, start - VERB_WINDOW);
  while (from > stop && !CLAUSE_END_CODES.has(text.charCodeAt(from - 1))) from--;
  const before = text.slice(from, start);
  return verbs.some((v) => before.includes(v));
}

/** "…不足5年者": who a condition holds for, as its 的. */
const CONDITION_HOLDER = '者';
/** A ban the span lasts, right after its 内 or one character on (内均不得). */
const BANNED_AT = someStartingAt([...PROHIBITION_WORDS, ...BANNED_AFTER]);
const endsAt = (text: string, words: string[], at: number) => words.find((w) => text.startsWith(w, at - w.length));

/**
 * A bare N年 is a duration (连续2年, 正常经营2年以上, 保存期限不少于10年, 补助期限不超过5年)
 * only next to a cue (有效期3年 too: the policy's own term); not a span the policy is valid within (3年内有效).
 */
export function isDuration(text: string, start: number, end: number, deadline = false): boolean {
  const suffix = DEADLINE_SUFFIXES.find((w) => text.startsWith(w, end));
  if (VALIDITY_AFTER.some((w) => text.startsWith(w, end + (suffix?.length ?? 0)))) return false;
  if (deadline && dayOfMonth(text, start)) return false;
  if (suffix !== undefined && (BANNED_AT(text, end + suffix.length) || BANNED_AT(text, end + suffix.length + 1))) return true;
  if (deadline && (suffix !== undefined || endsAt(text, DEADLINE_CUES, start) !== undefined)) return true;
  // days a plan allots, closing their clause ("参加党群活动安排685日；"; not a date, "安排5日上午召开")
  if (deadline && endsAt(text, ALLOTMENT_CUES, pastSpacesBack(text, start)) !== undefined && CLAUSE_CLOSE[text.charCodeAt(end)] === 1) return true;
  // alone in a bracket after a unit's name in its units note: the days of work it is given ("危化处(60日)"), which the
  // view keeps between the note's breaks (node-text.ts); not a date or a deadline in prose ("下周一(15日)召开")
  // (or right after a units label the note's own reading left in the text: "责任单位：基础处（30日）以上企业…")
  if (deadline && OPEN_BRACKET[text.charCodeAt(pastSpacesBack(text, start) - 1)] === 1 && CLOSE_BRACKET[text.charCodeAt(end)] === 1
    && (NOTE_BREAK_AT(text, end + 1) || LABELLED_NAME_BEFORE.test(text.slice(Math.max(0, start - LABELLED_REACH), start)))) return true;
  if (MEASURED_SPAN_BEFORE.test(text.slice(Math.max(0, start - MEASURED_SPAN_REACH), start))) return true;
  let at = start;
  const bound = endsAt(text, DURATION_BOUNDS, at);
  if (bound !== undefined && CONDITION_ONLY_BOUNDS.includes(bound) && text[end] !== CONDITION_END && text[end] !== CONDITION_HOLDER && !(text[end] === ',' && BANNED_AT(text, end + 1))) return false;
  if (bound) at -= bound.length;
  const cue = endsAt(text, DURATION_CUES, at);
  return bound !== undefined || cue !== undefined || DURATION_SUFFIXES.some((w) => text.startsWith(w, end));
}

/** A units label, its colon and one unit's name before the bracket. */
const LABELLED_NAME_BEFORE = new RegExp(`(?:${UNIT_LABELS.map((l) => l.word).join('|')})[:：][^\\s:：,，、;；。()（）]{1,20}[(（] *$`);
const LABELLED_REACH = 40;
/** Where a units note's window ends: the view's break, or the text's end. */
const NOTE_BREAK_AT = (text: string, at: number) => at >= text.length || text.charCodeAt(at) === 0x0a;
const CLAUSE_CLOSE = charTable('，。；、,;)）\n');
const OPEN_BRACKET = charTable('(（');
const CLOSE_BRACKET = charTable(')）');
/** How far back MEASURED_SPAN_BEFORE is read. */
const MEASURED_SPAN_REACH = 24;
/** Where the text before `at` ends once the spaces right before `at` are left out. */
export function pastSpacesBack(text: string, at: number): number {
  let k = at;
  while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--;
  return k;
}
/** Where the text from `at` goes on once the spaces at `at` are left out. */
export function pastSpacesAhead(text: string, at: number): number {
  let k = at;
  while (text.charCodeAt(k) === 0x20) k++;
  return k;
}

/** Days before `start` in a list of a month's days, a 的 aside: "3月15日", "每月的5日", "每月10日、20日". */
const MONTH_DAYS_BEFORE = /月(?:的)?(?:[0-9]{1,2}日[、,])*$/;
function dayOfMonth(text: string, start: number): boolean {
  return MONTH_DAYS_BEFORE.test(text.slice(Math.max(0, start - MONTH_DAYS_REACH), start));
}
const MONTH_DAYS_REACH = 24;

/** Skips a whole code such as 400-066-2698 or A25030--2024-0053. */
export function skipCode(text: string, from: number): number {
  let j = from;
  while (j < text.length && (/[0-9A-Za-z+\-.]/.test(text[j]!) || isDigit(text[j]))) j++;
  return j;
}

const MACHINE_TEXT_RE = new RegExp(MACHINE_TEXT.join('|'), 'g');
const MACHINE_TEXT_CUE_AT = new RegExp(MACHINE_TEXT_CUE, 'y');
/**
 * The character each alternative of MACHINE_TEXT_CUE opens with (a literal, or one escaped): a cue can only
 * start on one of them. V8 scans a whole Chinese text for the alternation slowly; indexOf finds these few
 * characters natively, and the cue is tried only there.
 */
export const MACHINE_TEXT_CUE_FIRSTS = MACHINE_TEXT_CUE.split('|').map((a) => (a.startsWith('\\') ? a[1]! : a[0]!));

/** `new RegExp(MACHINE_TEXT_CUE).test(text)`. */
export function hasMachineCue(text: string): boolean {
  for (const first of MACHINE_TEXT_CUE_FIRSTS) {
    for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
      MACHINE_TEXT_CUE_AT.lastIndex = i;
      if (MACHINE_TEXT_CUE_AT.test(text)) return true;
    }
  }
  return false;
}

/** The spans of URLs, e-mail addresses and file names in `text`, in order; none where no cue is. */
export function machineSpans(text: string): Array<[number, number]> {
  if (!hasMachineCue(text)) return [];
  const out: Array<[number, number]> = [];
  for (const m of matchesOf(MACHINE_TEXT_RE, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** A number past what a float holds (400 nines, 一亿 and forty 亿) is no quantity: every value and its normalized value are finite. */
export function finiteQuantity(q: Quantity): boolean {
  const scale = q.info?.scale ?? 1;
  return Number.isFinite(q.value) && Number.isFinite(q.value * scale) && (q.upper === null || (Number.isFinite(q.upper) && Number.isFinite(q.upper * scale)));
}

/** A whole year in PLAUSIBLE_YEARS. */
export const plausibleYear = (y: YearMention) => Number.isInteger(y.year) && y.year >= PLAUSIBLE_YEARS.from && y.year <= PLAUSIBLE_YEARS.to;
