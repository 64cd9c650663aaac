// The title of a heading or numbered item: the phrase before its body, which a flattened or
// hard-wrapped copy may run on into (no punctuation between), and a year that opens that body.
import { BODY_YEAR_SOURCE, RUN_IN_BODY_OPENERS, RUN_IN_TIME_OPENERS, RUN_IN_YEAR_HEADING_MIN } from '../data/doc-types.js';
import { STATUS_YEAR_CUES, YEAR_CUES } from '../data/target-cues.js';
import { charTable, isIdeograph } from '../char-table.js';

/** A title or heading runs no longer than this many characters. */
export const HEADING_MAX = 25;
/** A run-in heading ("(一)加强组织领导全面加强…") is cut at a clause break past this length. */
const RUN_IN_TITLE_MAX = 30;
/** A first clause longer than this may be a heading run into its body; look for where the body opens. */
const RUN_IN_CLAUSE_MIN = 16;
/** An unpunctuated marker line longer than this is a heading with its body, not a heading alone. */
const HEADING_LINE_MAX = 50;
/** The shortest second phrase of a heading line of two ("…，打造勇挑大梁的区域增长极"). */
const SECOND_PHRASE_MIN = 8;

const TITLE_END = /[。;；!！?？]/;
const WRAP_BREAK = /[ \t\u3000]*\r?\n[ \t\u3000]*/g;
const CLAUSE_BREAK = /[,，:：]/;
/** Where a run-in heading's body may begin: an opener word past the first few characters. */
const RUN_IN_OPENER_FROM = 4;
const RUN_IN_OPENER_TO = 16;
const RUN_IN_OPENER_LONGEST = Math.max(...RUN_IN_BODY_OPENERS.map((w) => w.length));
/** The opener words by their first character: a title is searched by comparing words, no regex (the parse runs this per item). */
const OPENERS_BY_FIRST = new Map<string, string[]>();
for (const w of RUN_IN_BODY_OPENERS) OPENERS_BY_FIRST.set(w[0]!, [...(OPENERS_BY_FIRST.get(w[0]!) ?? []), w]);

/** Where an opener word starts between offsets RUN_IN_OPENER_FROM and RUN_IN_OPENER_TO, or -1: only the head of `t` is searched. */
function runInOpener(t: string): number {
  const end = Math.min(t.length, RUN_IN_OPENER_TO + RUN_IN_OPENER_LONGEST);
  for (let at = RUN_IN_OPENER_FROM; at <= RUN_IN_OPENER_TO && at < end; at++) {
    const words = OPENERS_BY_FIRST.get(t[at]!);
    if (words !== undefined && words.some((w) => at + w.length <= end && t.startsWith(w, at))) return at;
  }
  return -1;
}

/** Where a time phrase opens the body in the first clause [RUN_IN_OPENER_FROM, clause), or -1. */
function timeOpener(t: string, clause: number): number {
  const end = clause < 0 ? t.length : clause;
  for (const w of RUN_IN_TIME_OPENERS) {
    const at = t.indexOf(w, RUN_IN_OPENER_FROM);
    if (at > 0 && at + w.length === end) return at;
  }
  return -1;
}

/**
 * The heading phrase: up to the first sentence end or the line end, however long (a
 * target sentence may be an item's title). A heading run into its body without
 * punctuation ("加强组织领导全面加强区委…") ends where the body opens: at an opener word
 * inside an over-long first clause, or, when more sentences follow on the line, at its
 * first clause break or after RUN_IN_TITLE_MAX characters.
 */
export function headingTitle(rest: string, alone = false): string {
  const trimmed = rest.trim();
  // Only the phrase before the first sentence end is unwrapped: a line break never holds one, so the stop is the
  // same character either way, and the body after it (most of a long item) is not run through the regex.
  const stop = trimmed.search(TITLE_END);
  // trimmed: anything after the stop ends in a character that is not white space, which unwrapping keeps
  const more = stop >= 0 && stop + 1 < trimmed.length;
  // a heading wrapped onto the next line (a hard-wrapped copy) is one phrase
  let t = stop >= 0 ? trimmed.slice(0, stop) : trimmed;
  if (t.includes('\n')) t = t.replace(WRAP_BREAK, ''); // every wrap has its line feed
  const clause = t.search(CLAUSE_BREAK);
  // the body runs on: more sentences follow on the line, or the line is too long to be a
  // heading line (a heading of two phrases "X,Y" may be long; one without any break is not)
  const bodyFollows = more || (stop < 0 && (t.length > HEADING_LINE_MAX || (clause < 0 && t.length > RUN_IN_TITLE_MAX)));
  // a line of two phrases and no sentence end is a heading alone ("一、在推动经济持续平稳向好方面实干争先，打造增长极"), run into
  // nothing, where the next line opens a paragraph of its own (`alone`) or its second phrase is long; a short phrase after
  // the comma, the next line flush against it, may be a hard-wrapped body's ("…的领导，健全⏎工作机制。")
  const twoPhrases = stop < 0 && clause > 0 && t.length <= HEADING_LINE_MAX && (alone || t.length - clause - 1 >= SECOND_PHRASE_MIN);
  const opener = (clause < 0 ? t.length : clause) > RUN_IN_CLAUSE_MIN ? (twoPhrases ? -1 : runInOpener(t)) : timeOpener(t, clause);
  if (opener > 0) t = t.slice(0, opener);
  else if (bodyFollows && t.length > RUN_IN_TITLE_MAX) t = t.slice(0, clause > 0 ? Math.min(clause, RUN_IN_TITLE_MAX) : RUN_IN_TITLE_MAX);
  // "总体目标2026年,全县…": a year and its comma open the body run into the heading
  const runIn = runInYear(trimmed);
  if (runIn > 0 && t.length > runIn) t = t.slice(0, runIn);
  return withoutTrail(t).trim();
}

const BODY_YEAR = new RegExp(BODY_YEAR_SOURCE, 'g');
/** How far into a text runInYear reads. */
const RUN_IN_HEAD = HEADING_MAX + 16;
/** Every match of BODY_YEAR holds this character (the test says so): a head without it is not searched. */
export const BODY_YEAR_MARK = '年';
const BODY_YEAR_MARK_CODE = BODY_YEAR_MARK.charCodeAt(0);
/** BODY_YEAR_MARK stands in `text` [from, to) within runInYear's reach of `from`: most headings hold none. */
export function mayRunIn(text: string, from: number, to: number): boolean {
  const stop = Math.min(to, text.length, from + RUN_IN_HEAD);
  for (let k = from; k < stop; k++) if (text.charCodeAt(k) === BODY_YEAR_MARK_CODE) return true;
  return false;
}
const YEAR_LEADS = [...YEAR_CUES, ...STATUS_YEAR_CUES];
/**
 * Where a year opens the body run into the heading at the start of `text` ("总体目标2026年,全县…" → 4), or -1:
 * after a short phrase without digits that does not lead into the year itself (力争, 截止, 在).
 */
export function runInYear(text: string): number {
  if (!mayRunIn(text, 0, text.length)) return -1;
  BODY_YEAR.lastIndex = 0;
  const m = BODY_YEAR.exec(text.slice(0, RUN_IN_HEAD));
  if (!m || m.index < RUN_IN_YEAR_HEADING_MIN || m.index > HEADING_MAX) return -1;
  const phrase = text.slice(0, m.index);
  if (/[0-9０-９]/.test(phrase) || YEAR_LEADS.some((w) => phrase.endsWith(w))) return -1;
  return m.index;
}

const TITLE_TRAIL = /[,，、:：\s]/y;
/** `t` without the commas, colons and spaces it ends with: only the end is looked at, where a regex ending in $ would scan the whole title. */
function withoutTrail(t: string): string {
  if (isIdeograph(t.charCodeAt(t.length - 1))) return t; // most titles: no comma, colon or space is an ideograph
  let end = t.length;
  for (; end > 0; end--) {
    TITLE_TRAIL.lastIndex = end - 1;
    if (!TITLE_TRAIL.test(t)) break;
  }
  return t.slice(0, end);
}

const INDENT = charTable(' \t\u3000\n');
/** The line ending at `end` stands alone: the text ends, or the next line is blank or indented as a paragraph's first line. */
export function standsAlone(source: string, end: number): boolean {
  let i = end;
  if (source[i] === '\r') i++;
  if (source[i] !== '\n') return i >= source.length;
  return i + 1 >= source.length || INDENT[source.charCodeAt(i + 1)] === 1 || source[i + 1] === '\r';
}
