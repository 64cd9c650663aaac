// The year a node's text leaves in force for the list items after it (TARGETS.md §5): the lead-in of a
// list ("到2030年,…主要指标如下:"), or a year opening a paragraph before its "——" items.
import { INTRO_ENDS, LIST_ITEM_MARKS, SENTENCE_ENDS } from '../data/target-cues.js';
import { sentenceStart, yearAt, type Deadlines } from '../quantities/context.js';
import type { YearMention } from '../quantities/quantity.js';

/** The year a list's lead-in leaves in force for its items, and whether it dates a status (截至). */
export type ListLead = { mention: YearMention; status: boolean };

/**
 * The year in force for the list items after the node's text: where it ends in a colon, the year then in
 * force; where a year opens its first sentence ("到2025年，…。" before "——…" items), that year (TARGETS.md §5).
 */
export function listLead(text: string, due: Deadlines, inherited: ListLead | null): ListLead | null {
  const end = text.trimEnd().length;
  if (end === 0) return null;
  if (!INTRO_ENDS.includes(text[end - 1]!)) {
    const first = due.years[0];
    // most texts name no year: nothing more is read of them
    if (first === undefined || !due.opens.has(first) || !SENTENCE_ENDS.includes(text[end - 1]!)) return null;
    const indent = text.length - text.trimStart().length;
    // an item of the list itself ("——到2028年，…。") introduces nothing
    const item = LIST_ITEM_MARKS.some((m) => text.startsWith(m, indent));
    const opensText = !item && sentenceStart(text, first.start) <= indent;
    return opensText ? { mention: first, status: due.status.has(first) } : null;
  }
  const mention = yearAt(text, due, end - 1);
  if (mention === null) return inherited;
  return { mention, status: due.status.has(mention) };
}
