// A list whose lead-in says it reports what is done: "已建成的主要有：加固…堤防近6100公里；新增公路通车里程1.2万公里；…"
// (baselines, TARGETS.md §2). The lead-in's 已 and completion verb speak for every item after its colon, up to the full
// stop, as they do for their own clause; an item that looks ahead (明年, 计划…) is not reported.
import { AHEAD_IN_ITEM, AHEAD_ITEM_OPENERS, NOT_AHEAD_OPENERS, DONE_CUES, DONE_FRAMES, DONE_LEAD_ADVERBS, DONE_LEAD_VERBS } from '../data/target-cues.js';
import { charTable, isDigitCode } from '../char-table.js';
import type { RoleInput } from './role-input.js';
import { clauseStart, isClauseEndAt } from './context.js';

const COLON = ':'.charCodeAt(0);
const ITEM_END = ';'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);
const OPENERS = charTable('(（[【');
const CLOSERS = charTable(')）]】');
/** How far back from a clause its list's colon is looked for: a list of a few dozen items. */
const LIST_REACH = 1000;
const DONE_LEAD = new RegExp(`(?:${DONE_CUES.join('|')})(?:经)?(?:${DONE_LEAD_ADVERBS.join('|')})?(?:${DONE_LEAD_VERBS.join('|')})`);

/** The clause is an item of a list whose lead-in clause reports what is done, and neither an aim nor the item looks ahead. */
export function afterDoneLeadIn(r: RoleInput): boolean {
  if (r.aims) return false;
  const { text } = r;
  // (no 已 within reach before the clause, no lead-in of work done: most clauses are told so by one native search of the
  // window; lastIndexOf would read back to the text's start wherever no 已 stands)
  const reach = text.slice(Math.max(0, r.clauseStart - 2 * LIST_REACH), r.clauseStart); // (the colon's reach and the lead-in's)
  if (!DONE_CUES.some((w) => reach.includes(w))) return false;
  const [colon, itemStart] = listColon(text, r.clauseStart);
  if (colon < 0) return false;
  const item = text.slice(itemStart, r.q.start);
  if (AHEAD_IN_ITEM.some((w) => item.includes(w)) || item.split(',').some((c) => AHEAD_ITEM_OPENERS.some((w) => c.startsWith(w)) && !NOT_AHEAD_OPENERS.some((w) => c.startsWith(w)))) return false;
  // (an aside in brackets is not the lead-in's word: 主要任务（已完成的除外）：)
  const lead = text.slice(clauseStart(text, colon, LIST_REACH), colon).replace(/[(（][^()（）]*[)）]/g, '');
  return DONE_LEAD.test(lead) && !DONE_FRAMES.some((w) => lead.includes(w));
}

/** Where the bracket closed at `at` opens, back within its item (no ；or sentence end between; a colon may stand inside), or -1. */
function openerOf(text: string, at: number, stop: number): number {
  for (let j = at - 1; j >= stop; j--) {
    const c = text.charCodeAt(j);
    if (OPENERS[c] === 1) return j;
    if (c === ITEM_END || (c !== COMMA && c !== COLON && isClauseEndAt(text, j))) return -1;
  }
  return -1;
}

/**
 * The colon opening the list the clause at `at` is an item of, and where that item starts: back over clauses and ；,
 * past brackets, not over any other sentence end; a colon between digits (1:1) is a ratio. [-1, -1] when there is none.
 */
function listColon(text: string, at: number): [number, number] {
  let itemStart = -1;
  for (let i = at - 1, stop = Math.max(0, at - LIST_REACH); i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (CLOSERS[c] === 1) {
      // past the bracket to its opener; a closer without one in its clause (1）, a）) numbers an item
      const open = openerOf(text, i, stop);
      if (open >= 0) i = open;
      continue;
    }
    if (c === COLON && !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) return [i, itemStart < 0 ? i + 1 : itemStart];
    if (c === ITEM_END && itemStart < 0) itemStart = i + 1;
    else if (c !== ITEM_END && c !== COMMA && isClauseEndAt(text, i)) return [-1, -1];
  }
  return [-1, -1];
}
