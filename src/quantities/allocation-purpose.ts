// What money allocated is for, when the words before the amount only say who allocates it: the purpose after the
// amount ("…拿出396亿元用于农村税费改革转移支付", "…拟安排430亿元，用于补助…建设") names it, after the allocator.
import { ALLOCATION_FILLERS, ALLOCATION_VERBS, ALLOCATOR_ENDINGS, PURPOSE_OPENERS } from '../data/noun-cues.js';
import { byLength, withoutLeading, withoutTrailing } from './words.js';

const VERBS = byLength(ALLOCATION_VERBS);
const FILLERS = byLength(ALLOCATION_FILLERS);
const OPENERS = byLength(PURPOSE_OPENERS);
/** The longest allocator kept (中央财政, 地方各级财政): longer, the words before name more than who pays. */
const ALLOCATOR_MAX = 8;
/** The longest purpose read: a clause, not a paragraph. */
const PURPOSE_MAX = 30;
const CLAUSE_BREAK = /[,，。;；:：!！?？]/;
const COMMA = /[,，]/;
const DIGIT = /[0-9０-９]/;

/** `words` is only fillers of when and how (拟, 将, 要, 今年…): it names nothing. */
export const fillersOnly = (words: string): boolean => words !== '' && withoutLeading(words, FILLERS) === '';

/** Who allocates, when `pre` is only an allocator, fillers and an allocation verb ("今年中央财政拿出"); else null. */
export function allocatorOf(pre: string): string | null {
  const verb = VERBS.find((v) => pre.endsWith(v));
  if (verb === undefined) return null;
  const s = withoutTrailing(withoutLeading(pre.slice(0, -verb.length), FILLERS), FILLERS);
  return s === '' || (s.length <= ALLOCATOR_MAX && ALLOCATOR_ENDINGS.some((e) => s.endsWith(e))) ? s : null;
}

/** The span of the purpose right after the amount ending at `at`, or opening the next clause with a purpose word; else null. */
export function purposeAfter(text: string, at: number): [number, number] | null {
  let from = at;
  const nextClause = COMMA.test(text[at] ?? '');
  if (nextClause) from++;
  // the next clause only when it says what the money is used for ("，用于…"; not "，支持力度较上年加大")
  const opener = OPENERS.find((w) => text.startsWith(w, from));
  if (nextClause && !opener?.endsWith(USED_FOR)) return null;
  const end = clauseEnd(text, from);
  if (end < 0) return null;
  let start = from + (opener !== undefined && opener.endsWith(USED_FOR) ? opener.length : 0);
  if (text[start] === OF) start++; // "安排800万元的奖励资金
  // (a purpose holding a number is a task of its own: "…，每年支持青年项目80项")
  return start < end && end - start <= PURPOSE_MAX && !DIGIT.test(text.slice(start, end)) ? [start, end] : null;
}
const USED_FOR = '于';
/** Where the clause from `from` ends within PURPOSE_MAX, or -1: a longer purpose is not cut mid-word. */
function clauseEnd(text: string, from: number): number {
  const stop = Math.min(text.length, from + PURPOSE_MAX + 1);
  for (let i = from; i < stop; i++) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return stop === text.length ? stop : -1;
}
const OF = '的';

/** The allocator and the purpose of money allocated, or null when `pre` names more than who allocates or no purpose follows. */
export function allocationIndicator(text: string, pre: string, amountEnd: number, show: (a: number, b: number) => string): string | null {
  const allocator = allocatorOf(pre);
  if (allocator === null) return null;
  const purpose = purposeAfter(text, amountEnd);
  return purpose === null ? null : allocator + show(purpose[0], purpose[1]);
}
