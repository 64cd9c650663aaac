// The year a node's text leaves in force for the list items after it (TARGETS.md §5): the lead-in of a
// list ("到2030年,…主要指标如下:"), or a year opening a paragraph before its "——" items.
import { INTRO_ENDS, LIST_ITEM_MARKS, SENTENCE_ENDS, YEAR_CUES } from '../data/target-cues.js';
import { alternation } from '../quantities/words.js';
import { clauseEndIn, clauseStart, sentenceStart, yearAt, type Deadlines } from '../quantities/context.js';
import type { YearMention } from '../quantities/quantity.js';
import { YEAR_LEAD_IN } from '../data/marker-styles.js';

/** A year opens its sentence within this many characters of its start ("“十五五”期间," after the quotes). */
const OPENING_REACH = 2;
/** Only the cues of a deadline before the year in its clause, ending in 到 or 至 (by then): "力争到". */
const CUES_ONLY = new RegExp(`^(?:${alternation(YEAR_CUES)})*[到至]$`);

/** The year a list's lead-in leaves in force for its items, and whether it dates a status (截至). */
export type ListLead = { mention: YearMention; status: boolean };

/**
 * The year in force for the list items after the node's text: where it ends in a colon, the year then in
 * force; where a year opens its first sentence ("到2025年，…。" before "——…" items), that year (TARGETS.md §5).
 */
export function listLead(text: string, due: Deadlines, inherited: ListLead | null): ListLead | null {
  const end = text.trimEnd().length;
  if (end === 0) return null;
  // "2019年," alone before its 一是 items (the grammar made them items for it)
  if (due.years.length === 1 && YEAR_LEAD_IN.test(text.trim())) return { mention: due.years[0]!, status: due.status.has(due.years[0]!) };
  if (!INTRO_ENDS.includes(text[end - 1]!)) {
    const first = due.years[0];
    // most texts name no year: nothing more is read of them
    if (first === undefined || !SENTENCE_ENDS.includes(text[end - 1]!)) return null;
    const indent = text.length - text.trimStart().length;
    // an item of the list itself ("——到2028年，…。") introduces nothing
    if (LIST_ITEM_MARKS.some((m) => text.startsWith(m, indent))) return null;
    if (due.opens.has(first) && sentenceStart(text, first.start) <= indent) return { mention: first, status: due.status.has(first) };
    // …or the last sentence, the list's lead-in, opens with one ("…。“十五五”期间，着力推进…。" before 一是…)
    const last = due.years[due.years.length - 1]!;
    const lastSentence = sentenceStart(text, end - 1);
    if (due.opens.has(last) && sentenceStart(text, last.start) === lastSentence && last.start - lastSentence <= OPENING_REACH) return { mention: last, status: due.status.has(last) };
    // …or opens the last clause of the lead-in with its cue: "…集聚区，力争到2027年将我市打造成为…。" before "——…" items
    return clauseStart(text, last.start) > lastSentence && CUES_ONLY.test(text.slice(clauseStart(text, last.start), last.start)) && !clauseEndIn(text, last.end, end - 1)
      ? { mention: last, status: due.status.has(last) } : null;
  }
  const mention = yearAt(text, due, end - 1);
  if (mention === null) return inherited;
  return { mention, status: due.status.has(mention) };
}
