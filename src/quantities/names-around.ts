// Names an amount takes from around its clause when its own phrase names nothing: the item right before the
// bracket it stands in, the short clause before it (机动车道井盖井框处置，完成400个), a label before a colon.
import { NOT_TOPIC_OPENERS } from '../data/target-cues.js';
import { DEED_ADVERBS, NOT_DEED_WORDS, SUBJECT_DEEDS } from '../data/noun-cues.js';
import { charTable, isDigitCode } from '../char-table.js';
import { clauseStart } from './context.js';
import { someStartingAt } from './words.js';

/** Text of view positions [a, b). */
type Show = (a: number, b: number) => string;
/** The indicator's trimming of a phrase's ends (lead verbs, glue), handed in by indicator.ts. */
type Strip = (text: string, a: number, b: number) => [number, number];

/** Where an item ends looking back from its bracket: the item before it, a clause break. */
const ITEM_BREAK_CODES = charTable('、,;:)');
/** The item right before the bracket opening at `open`, back to the item or clause before it, stripped; or ''. */
export function itemBeforeBracket(text: string, open: number, clauseStart: number, show: Show, strip: Strip): string {
  let a = open;
  while (a > clauseStart && ITEM_BREAK_CODES[text.charCodeAt(a - 1)] !== 1) a--;
  const [ia, ib] = strip(text, a, open);
  return ia < ib ? show(ia, ib) : '';
}

/** The longest clause read as the topic of the amount after it. */
const TOPIC_MAX = 24;
const TOPIC_COMMA = '，,';
const NOT_TOPIC_AT = someStartingAt(NOT_TOPIC_OPENERS);
/**
 * The clause before a comma right before `at` when it holds no number and is short: "桥头跳车整治", or ''. A clause
 * of time or manner (截至目前, 在此基础上, 按照…要求) names no task.
 */
export function topicBefore(text: string, at: number, show: Show, strip: Strip): string {
  if (!TOPIC_COMMA.includes(text[at - 1] ?? '')) return '';
  const start = clauseStart(text, at - 1);
  if (NOT_TOPIC_AT(text, start)) return '';
  const [a, b] = strip(text, start, at - 1);
  if (a >= b || b - a > TOPIC_MAX) return '';
  for (let i = a; i < b; i++) if (isDigitCode(text.charCodeAt(i))) return '';
  return show(a, b);
}

const LABEL_COLON = ':';
/** The label ending in the colon right before `from` ("人均预期寿命:"), or ''. */
export function labelBefore(text: string, from: number, show: Show, strip: Strip): string {
  if (text[from - 1] !== LABEL_COLON) return '';
  const [a, b] = strip(text, clauseStart(text, from - 1), from - 1);
  return a < b ? show(a, b) : '';
}

/**
 * "关停5000万千瓦小火电机组，今年要关停1000万千瓦": a bare deed done again, on what the previous indicator names —
 * that indicator where it holds the deed, else the deed and it. A deed is told by its adverb (要, 再, 将…; not a
 * word such as 再生, NOT_DEED_WORDS) and is done again only where it stands in the clause before the one at `at` (the
 * previous amount's): 城镇新增就业10万人，要培训5万人 names no 培训 done before. Null for anything else.
 */
export function sameDeedAgain(prev: string, ind: string, text: string, at: number): string | null {
  if (NOT_DEED_WORDS.some((w) => ind.startsWith(w))) return null;
  const before = text.slice(clauseBefore(text, at), at);
  let deed = ind;
  for (let moved = true; moved; ) {
    const adverb = DEED_ADVERBS.find((w) => deed.startsWith(w) && deed.length > w.length);
    moved = adverb !== undefined;
    if (adverb !== undefined) deed = deed.slice(adverb.length);
  }
  if (deed === ind || deed.length < DEED_MIN || deed.length > DEED_MAX || prev.length <= deed.length || !before.includes(deed)) return null;
  return prev.includes(deed) ? prev : deed + prev;
}
/** Where the clause before `at` starts, past a bare one between (其中，, 同时，). */
function clauseBefore(text: string, at: number): number {
  const s = clauseStart(text, at - 1);
  return at - s <= BARE_CLAUSE_MAX ? clauseStart(text, s - 1) : s;
}
const BARE_CLAUSE_MAX = 3;
/** A deed of one character (建) is too short to be told in another name; one of five or more is a name of its own. */
const DEED_MIN = 2;
const DEED_MAX = 4;


/** The subject of `prev` with the deed `ind` alone names in its stead ("保障性安居工程基本建成" + "新开工"), or null. */
export function actedSubject(prev: string, ind: string): string | null {
  if (!SUBJECT_DEEDS.includes(ind)) return null;
  // (the longest deed first: a subject of nothing but a deed, "基本建成", lends none)
  const deed = SUBJECT_DEEDS.find((d) => prev.endsWith(d));
  return deed === undefined || prev.length === deed.length ? null : prev.slice(0, -deed.length) + ind;
}
