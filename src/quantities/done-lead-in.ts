// A list whose lead-in says it reports what is done: "已建成的主要有：加固…堤防近6100公里；新增公路通车里程1.2万公里；…"
// (baselines, TARGETS.md §2). The lead-in's 已 speaks for every item after its colon, up to the full stop, as it does
// for its own clause.
import { CLAUSE_ENDS, DONE_CUES, DONE_FRAMES } from '../data/target-cues.js';
import { charTable } from '../char-table.js';
import type { RoleInput } from './role-input.js';

const COLON = ':'.charCodeAt(0);
const ITEM_END = ';'.charCodeAt(0);
const CLAUSE_END_CODES = charTable(CLAUSE_ENDS);
/** How far back from a clause its list's colon is looked for: a list of a few dozen items. */
const LIST_REACH = 1000;

/** The clause is an item of a list (after a colon, items apart with ；) whose lead-in clause says it is done, and no aim governs. */
export function afterDoneLeadIn(r: RoleInput): boolean {
  if (r.aims) return false;
  const { text } = r;
  const colon = listColon(text, r.clauseStart);
  if (colon < 0) return false;
  let leadStart = Math.max(0, colon - LIST_REACH);
  for (let i = colon - 1; i >= leadStart; i--) {
    if (CLAUSE_END_CODES[text.charCodeAt(i)] === 1) {
      leadStart = i + 1;
      break;
    }
  }
  const lead = text.slice(leadStart, colon);
  return DONE_CUES.some((w) => lead.includes(w)) && !DONE_FRAMES.some((w) => lead.includes(w));
}

/** The colon opening the list the clause at `at` is an item of: back over clauses and ；, not over any other sentence end. */
function listColon(text: string, at: number): number {
  for (let i = at - 1, stop = Math.max(0, at - LIST_REACH); i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === COLON) return i;
    if (c !== ITEM_END && CLAUSE_END_CODES[c] === 1 && c !== 0x2c /* , */) return -1;
  }
  return -1;
}
