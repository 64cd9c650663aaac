// What governs a position in one node's text: its sentence and clause, the
// modality word in force (TARGETS.md §6) and the deadline year (§5). Read
// around each quantity on demand, within a window, so the cost follows the
// number of quantities and not the length of the text.
import { firstAbove } from '../sorted.js';
import { YEAR_THEN_VERBS } from '../data/wording-cues.js';
import { BEFORE_DATE, CLAUSE_ENDS, LIST_ITEM_MARKS, MODAL_NOUN_TAILS, MODALITY_WORDS, PAST_MODALITY_MARKERS, PLACE_YEAR_CUES, SENTENCE_ENDS, START_YEAR_CUES, START_YEAR_END, STATUS_YEAR_CUES, YEAR_CUES, YEAR_TAILS, PRICE_BASE_AFTER } from '../data/target-cues.js';
import type { Modality } from '../tree/schema.js';
import { ADMIN_PREFIXES } from '../data/departments.js';
import type { YearMention } from './quantity.js';
import type { Clause } from './clause.js';
import { alternation, wordIndex } from './words.js';
import { leadsIntoList, leadsIntoPlan } from './lead-in-year.js';
import { charTable, codeBits, codeTable, maybe, isDigitCode } from '../char-table.js';

/** The longest clause read around a quantity, in characters (a real clause is far shorter). */
export const CLAUSE_WINDOW = 200;
/** The longest sentence searched for a modality word or shown as `sentence`. */
export const SENTENCE_WINDOW = 400;

/** List marks, as characters of a regex class ("-" last). */
const MARK_CHARS = [...new Set(LIST_ITEM_MARKS.join(''))];
const LEAD_MARKS = MARK_CHARS.filter((c) => c !== '-').join('') + (MARK_CHARS.includes('-') ? '-' : '');
// Only cue words between a clause start (or an opening quote) and a year: "力争到2025年", "2025年", "提出“到2025年".
// A list mark may open the clause too: "——到2028年,…".
// The place a plan speaks for may stand before 到 or 至: "嘉定区到2025年底", "全市至2027年".
const JURISDICTION_ENDS = ADMIN_PREFIXES.filter((w) => w.length === 1).join('');
const YEAR_LEAD_RE = new RegExp(
  `(?:^|[“"(]|^[${LEAD_MARKS}]+)(?:[\\u4e00-\\u9fff]{0,6}[${JURISDICTION_ENDS}](?=${alternation(PLACE_YEAR_CUES)}))?(?:${alternation([...YEAR_CUES, ...STATUS_YEAR_CUES])})*$`,
);
const STATUS_RE = new RegExp(alternation(STATUS_YEAR_CUES));
/** A start year: the cue right before it and 起 after it, a month and day between ("自2023年1月1日起"). */
const START_LEAD_RE = new RegExp(`(?:^|[,，])(?:${alternation(START_YEAR_CUES)})$`);
const START_AFTER_RE = new RegExp(`^(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?${START_YEAR_END}`);
const START_REACH = 7;
// A year that opens its sentence (or paragraph): only cue words, quotes and commas before it ("其中,到2025年").
const OPENING_LEAD_RE = new RegExp(`^(?:[“"(,${LEAD_MARKS}]|${alternation([...YEAR_CUES, ...STATUS_YEAR_CUES, ...START_YEAR_CUES])})*$`);
const MODALITY_LIST = Object.keys(MODALITY_WORDS);
/** Words before the modality of a remark: ",在实际工作中努力争取更好结果". */
const REMARK_LEADS = ['在实际工作中', '并'];
const COMPARATIVE = '更';
/** A remark runs no longer than this; the words after a number (左右, 以上) before its element ends, no longer than SUFFIX_REACH. */
const REMARK_MAX = 16;
const SUFFIX_REACH = 6;
/** A year followed by these is a subject or a past span, not a deadline: 2021年是…, 2020年以来. */
const NOT_DEADLINE_AFTER = ['是', '以来'];
/** …except that a subject year opening its paragraph still governs it: "2025年是收官之年。主要目标是:增长6%". */
const PARAGRAPH_SUBJECT_AFTER = ['是'];

/** A lookup table by char code (1 = delimiter). */
const SENTENCE_END_CODES = charTable(SENTENCE_ENDS);
const CLAUSE_END_CODES = charTable(CLAUSE_ENDS);
/** A clause ends at text[i] (CLAUSE_ENDS). */
export const isClauseEndAt = (text: string, i: number) => CLAUSE_END_CODES[text.charCodeAt(i)] === 1;

/** Start of the stretch holding `pos`: just after the last delimiter before it, at most `window` back. */
function startOf(text: string, pos: number, ends: Uint8Array, window: number): number {
  const stop = Math.max(0, pos - window);
  for (let i = pos - 1; i >= stop; i--) if (ends[text.charCodeAt(i)] === 1) return i + 1;
  return stop;
}

/** End of the stretch holding `pos` (at its delimiter), at most `window` ahead. */
function endOf(text: string, pos: number, ends: Uint8Array, window: number): number {
  const stop = Math.min(text.length, pos + window);
  for (let i = pos; i < stop; i++) if (ends[text.charCodeAt(i)] === 1) return i;
  return stop;
}

export const clauseStart = (text: string, pos: number, window = CLAUSE_WINDOW) => startOf(text, pos, CLAUSE_END_CODES, window);
export const clauseEnd = (text: string, pos: number) => endOf(text, pos, CLAUSE_END_CODES, CLAUSE_WINDOW);
export const sentenceStart = (text: string, pos: number) => startOf(text, pos, SENTENCE_END_CODES, SENTENCE_WINDOW);
export const sentenceEnd = (text: string, pos: number) => endOf(text, pos, SENTENCE_END_CODES, SENTENCE_WINDOW);

/** The sentence of the position read last: sentenceStart and sentenceEnd of `pos` (-1 before any). */
export type SentenceSpan = { pos: number; start: number; end: number };
/**
 * Sets `last` to the sentence of `pos`, at or after `last.pos`: the quantities of one sentence share it, so
 * it is kept, not scanned again, when no sentence end lies between and neither window cut it short.
 */
export function readSentence(text: string, pos: number, last: SentenceSpan): void {
  const same =
    last.pos >= 0 && last.pos <= pos && pos < last.end && (last.end === text.length || SENTENCE_END_CODES[text.charCodeAt(last.end)] === 1)
    && (last.start > 0 ? SENTENCE_END_CODES[text.charCodeAt(last.start - 1)] === 1 && last.start - 1 >= pos - SENTENCE_WINDOW : pos <= SENTENCE_WINDOW);
  last.pos = pos;
  if (same) return;
  last.start = sentenceStart(text, pos);
  last.end = sentenceEnd(text, pos);
}

/**
 * The modality in force at a position of `text`: the last modality word of its sentence before it (the
 * latest wins). In a report of the past (`past`) a word after 累计/共/已 is no modality. Make one reader
 * per text: it keeps where modality words may start in the sentence asked last, for the next quantity.
 */
export type ModalityReader = (pos: number, past?: boolean, from?: number) => Modality | null;

export function modalityReader(text: string): ModalityReader {
  /** Where a modality word may start, from `from` on, read up to `scanned` so far. */
  let from = -1;
  let scanned = -1;
  let starts: number[] = [];
  return (pos, past = false, sentence = sentenceStart(text, pos)) => {
    if (sentence !== from) {
      from = scanned = sentence;
      starts = [];
    }
    for (let i = scanned; i < pos; i++) {
      const c = text.charCodeAt(i);
      if (maybe(MODALITY_FIRST_BITS, c) && MODALITY_FIRST[c] === 1) starts.push(i);
    }
    if (pos > scanned) scanned = pos;
    return modalityIn(text, pos, past, from, starts);
  };
}

/** The modality at `pos` of the sentence from `from`, given where modality words may start in it (ascending). */
function modalityIn(text: string, pos: number, past: boolean, from: number, starts: number[]): Modality | null {
  // Read backward through the sentence [from, pos): the first occurrence met of a word is its last one;
  // the first word met whose last occurrence counts wins (at one position, the first listed) — in the
  // quantity's own clause. Beyond it, the sentence's first word governs to its end: "力争A,确保B,C%" — C strives.
  const len = pos - from;
  let seen: Set<string> | null = null;
  let found: Modality | null = null;
  let j = starts.length - 1;
  while (j >= 0 && starts[j]! >= pos) j--;
  for (; j >= 0; j--) {
    const k = starts[j]! - from;
    const c = text.charCodeAt(from + k);
    for (const w of MODALITY_BY_FIRST.get(c)!) {
      if (k + w.length > len || !text.startsWith(w, from + k) || seen?.has(w)) continue;
      (seen ??= new Set()).add(w);
      // "增速4.5%-5%、努力争取更好结果,…": a remark on the number before it aims nothing after it
      if (inTrailingRemark(text, from + k)) continue;
      if (MODAL_NOUN_TAILS.some((t) => text.startsWith(t, from + k + w.length))) continue;
      // "累计争取中央资金138亿元" in a report of the past: a deed, no aim (an earlier 力争 may still govern).
      if (past && PAST_MODALITY_MARKERS.some((m) => pastMarkerAt(text, from, len, m, k))) continue;
      if (found === null && !clauseEndIn(text, from + k + w.length, pos)) return MODALITY_WORDS[w]!;
      // an earlier word of the sentence, if any, replaces it, but a 力争 beyond the clause outlasts a 确保 before it:
      // "确保年内跃升至A类，力争建成…1个，新增…3家" — 确保 bound its own clause, 力争 sets what follows
      if (found !== STRIVE) found = MODALITY_WORDS[w]!;
    }
  }
  return found;
}

const STRIVE: Modality = 'strive';
const CLAUSE_SEPARATORS = ',;';

/** A clause ends somewhere in text[a, b). */
export function clauseEndIn(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isClauseEndAt(text, i)) return true;
  return false;
}

/** `sentence.startsWith(m, k - m.length)` for the sentence [from, from + len) (a position before it reads as 0). */
function pastMarkerAt(text: string, from: number, len: number, m: string, k: number): boolean {
  const p = Math.max(0, k - m.length);
  return p + m.length <= len && text.startsWith(m, from + p);
}

const REMARK_SEPARATORS = '、,;。';
/** REMARK_SEPARATORS by char code, for the loops (a Chinese character read as a string is a new string). */
const REMARK_SEPARATOR_CODES = charTable(REMARK_SEPARATORS);
const COMPARATIVE_CODE = COMPARATIVE.charCodeAt(0);
/**
 * At `sep` a list element ends and a remark on it opens: "、努力争取更好结果", ",在实际工作中争取更优水平" — a
 * modality word, a comparative (更), no number, up to the next element.
 */
function trailingRemarkAt(text: string, sep: number): Modality | null {
  if (sep < 0 || !REMARK_SEPARATORS.includes(text[sep] ?? '') || text[sep] === '。') return null;
  let at = sep + 1;
  for (const lead of REMARK_LEADS) if (text.startsWith(lead, at)) at += lead.length;
  const w = MODALITY_BY_FIRST.get(text.charCodeAt(at))?.find((m) => text.startsWith(m, at));
  if (w === undefined) return null;
  let comparative = false;
  for (let i = at + w.length; i < text.length && i < at + REMARK_MAX && REMARK_SEPARATOR_CODES[text.charCodeAt(i)] !== 1; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) return null;
    if (c === COMPARATIVE_CODE) comparative = true;
  }
  return comparative ? MODALITY_WORDS[w]! : null;
}

/** `p` stands inside such a remark. */
function inTrailingRemark(text: string, p: number): boolean {
  for (let i = p - 1; i >= 0 && i >= p - REMARK_MAX; i--) if (REMARK_SEPARATOR_CODES[text.charCodeAt(i)] === 1) return trailingRemarkAt(text, i) !== null;
  return false;
}

/** The modality of a remark right after the quantity ending at `end` ("4.5%-5%、努力争取更好结果"), or null; not in a clause
 * after an amount of about (增长5%左右，在实际工作中努力争取更好结果): the level is set, the remark only hopes beyond it. */
export function trailingModality(text: string, end: number, about: boolean): Modality | null {
  let i = end;
  while (i < text.length && i < end + SUFFIX_REACH && REMARK_SEPARATOR_CODES[text.charCodeAt(i)] !== 1) i++;
  return about && CLAUSE_SEPARATORS.includes(text[i]!) ? null : trailingRemarkAt(text, i);
}

/** The modality words by first char code, in MODALITY_LIST order. */
const MODALITY_BY_FIRST = wordIndex(MODALITY_LIST);
const MODALITY_FIRST = codeTable(MODALITY_BY_FIRST.keys());
const MODALITY_FIRST_BITS = codeBits(MODALITY_BY_FIRST.keys());

export type Deadlines = {
  /** Years that govern what follows them, in text order. */
  years: YearMention[];
  /** Those that date a status report (截至2022年底): what they govern is a fact. */
  status: Set<YearMention>;
  /**
   * Those that open their sentence or paragraph ("到2025年,…", "2030年,…"): they govern what follows
   * until another year is named. Any other year governs only the rest of its own sentence.
   */
  opens: Set<YearMention>;
  /**
   * Where the text breaks (each "\n" of the view: a unit annotation's place), in order: an opening year governs
   * up to the next, which closes a task ("2021年…启动建设…。（责任单位：…）推进…" in a copy run into one line).
   */
  breaks: number[];
  /** Those dating only their own clause: a year between what is measured and its verb ("装机规模2025年达到…"). */
  clauseOnly: Set<YearMention>;
};

/** The deadlines of a text naming no year (most of them), shared: nothing adds to a Deadlines once made. */
const NO_DEADLINES: Deadlines = { years: [], status: new Set(), opens: new Set(), breaks: [], clauseOnly: new Set() };

/** Keeps the years that open a clause, alone or after cue words; 开展2023年自主评审工作 names an event. */
export function deadlines(text: string, mentions: YearMention[]): Deadlines {
  if (mentions.length === 0) return NO_DEADLINES;
  const years: YearMention[] = [];
  const status = new Set<YearMention>();
  const opens = new Set<YearMention>();
  const clauseOnly = new Set<YearMention>();
  for (const y of mentions) {
    const lead = text.slice(clauseStart(text, y.start), y.start);
    const starts = START_LEAD_RE.test(lead) && START_AFTER_RE.test(text.slice(y.end, y.end + START_REACH));
    const cued = starts || YEAR_LEAD_RE.test(lead) || BEFORE_DATE_RE.test(text.slice(y.end, y.end + BEFORE_DATE_REACH)) || leadsIntoPlan(text, lead, y.end);
    if ((!cued && !verbAfterYear(y, text, lead)) || PRICE_BASE_AFTER.some((w) => text.startsWith(w, y.end))) continue;
    if (!cued) clauseOnly.add(y);
    const sentenceLead = text.slice(sentenceStart(text, y.start), y.start);
    const opensSentence = OPENING_LEAD_RE.test(sentenceLead);
    if (NOT_DEADLINE_AFTER.some((w) => text.startsWith(w, y.end))) {
      // Only at the very start of the paragraph (the node's text) does a subject year govern.
      const opensParagraph = opensSentence && y.start - sentenceLead.length === 0;
      if (!opensParagraph || !PARAGRAPH_SUBJECT_AFTER.some((w) => text.startsWith(w, y.end))) continue;
    }
    years.push(y);
    if (STATUS_RE.test(lead)) status.add(y);
    if (opensSentence || framesClause(text, y.end)) opens.add(y);
  }
  const breaks: number[] = [];
  // only a note after a sentence's end closes a task: "…100家（责任单位：…），培育…" goes on with the sentence
  if (opens.size > 0) for (let i = text.indexOf(VIEW_BREAK); i >= 0; i = text.indexOf(VIEW_BREAK, i + 1)) if (SENTENCE_END_CODES[text.charCodeAt(i - 1)] === 1) breaks.push(i);
  return { years, status, opens, breaks, clauseOnly };
}

/** A verb reaching a level right after the year (or its 底/末): see YEAR_THEN_VERBS. */
const VERB_AFTER_YEAR_RE = new RegExp(`^(?:底|末)?(?:${alternation(YEAR_THEN_VERBS)})`);
/**
 * …unless the year is one compared with ("较2020年实现翻番", "相对2020年下降到…"), the base of what follows ("在2020年达到300万吨
 * 的基础上"), or inside a condition ("对2023年达到规模以上标准的工业企业"). `lead`: the year's clause before it.
 */
function verbAfterYear(y: YearMention, text: string, lead: string): boolean {
  if (!VERB_AFTER_YEAR_RE.test(text.slice(y.end, y.end + VERB_AFTER_YEAR_REACH))) return false;
  if (COMPARED_BEFORE.some((w) => lead.endsWith(w)) || CONDITION_OPENERS_BEFORE.some((w) => lead.startsWith(w))) return false;
  return !(lead.endsWith(BASE_FRAME_OPEN) && text.slice(y.end, y.end + BASE_FRAME_REACH).includes(BASE_FRAME_CLOSE));
}
const COMPARED_BEFORE = ['较之', '相较于', '相较', '相对于', '相对', '相比', '对比', '较', '比', '与', '同'];
const CONDITION_OPENERS_BEFORE = ['对', '凡'];
const BASE_FRAME_OPEN = '在';
const BASE_FRAME_CLOSE = '基础上';
const BASE_FRAME_REACH = 30;
const VERB_AFTER_YEAR_REACH = 6;

/** The break the text view puts in place of an annotation (text-view.ts). */
const VIEW_BREAK = '\n';
/** A break lies in (a, b). */
function breakBetween(breaks: number[], a: number, b: number): boolean {
  const next = firstAbove(breaks, a);
  return next < breaks.length && breaks[next]! < b;
}

/** The month and day (or 底/末) after a year's 年, then a word of BEFORE_DATE: "9月30日前", "底之前". */
const BEFORE_DATE_RE = new RegExp(`^(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?|底|末)(?:${alternation(BEFORE_DATE)})`);
/** The longest stretch BEFORE_DATE_RE can match after the year. */
const BEFORE_DATE_REACH = 8 + Math.max(...BEFORE_DATE.map((w) => w.length));

const FRAME_TAILS = YEAR_TAILS.map((t) => t.slice(1)).filter(Boolean).sort((a, b) => b.length - a.length);
/** "…,到2026年,县级…": a year standing as a clause of its own frames what follows; so does a list's lead-in ("至2016年底实现:…"). */
function framesClause(text: string, end: number): boolean {
  const tail = FRAME_TAILS.find((t) => text.startsWith(t, end));
  return text[end + (tail?.length ?? 0)] === ',' || leadsIntoList(text, end);
}

/** Index of the first of `years` (in text order) starting at or after `pos`. */
export function firstYearFrom(years: YearMention[], pos: number): number {
  let lo = 0;
  let hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The deadline year in force at `pos`, or null: the last year before it, unless that year stood
 * inside an earlier sentence without opening it ("…力争到2026年…。新增企业30家"): then the year in
 * force before it. With none, a year later in the same sentence governs its earlier clauses
 * ("年均增长15%以上,到2027年突破2500亿元"); a status year (截至…) never reaches back. A year
 * `inherited` from a list's lead-in governs what no year of the node's own governs.
 */
export function yearAt(
  text: string, due: Deadlines, pos: number, inherited: YearMention | null = null,
  /** sentenceStart / sentenceEnd of `pos`, when the caller has them. */
  from?: number, to?: number,
): YearMention | null {
  const { years, opens, status, breaks } = due;
  const next = firstYearFrom(years, pos + 1);
  let sentenceFrom = -1;
  for (let k = next - 1; k >= 0; k--) {
    const y = years[k]!;
    if (opens.has(y)) {
      if (!breakBetween(breaks, y.end, pos)) return y;
      break;
    }
    if (sentenceFrom < 0) sentenceFrom = from ?? sentenceStart(text, pos);
    if (y.start < sentenceFrom) continue;
    // (a year dating its own clause only: "我省2020年实现…680亿斤，今后五年要稳定在700亿斤以上")
    if (!(due.clauseOnly.has(y) && clauseEndIn(text, y.end, pos))) return y;
  }
  // A year inherited from the lead-in of a list ("到2030年,…主要指标如下:") stands before the whole node.
  if (inherited !== null) return inherited;
  const after = years[next];
  if (after === undefined || status.has(after) || (due.clauseOnly.has(after) && clauseEndIn(text, pos, after.start))) return null;
  return after.start < (to ?? sentenceEnd(text, pos)) ? after : null;
}

/** yearAt for a quantity placed in its clause, whose sentence is read already. */
export function clauseYear(c: Pick<Clause, 'text' | 'q' | 'sentenceStart' | 'sentenceEnd'>, due: Deadlines, inherited: YearMention | null): YearMention | null {
  return yearAt(c.text, due, c.q.start, inherited, c.sentenceStart, c.sentenceEnd);
}
