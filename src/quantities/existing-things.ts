// Counts of things that exist, named by how the clause acts on them: 对全市1126个终端开展排查,
// 以全省122个县为主体, 全镇12个村…全部达到, 推动7个国家物流枢纽提质升级 (baselines, TARGETS.md §2).
import { DESIGNATION_VERBS, EXISTENCE_WORDS, FRAME_MARK, OBJECT_LIST_MAX, OBJECT_MARK, OBJECT_SCOPE_MAX, SCOPE_WORDS } from '../data/target-cues.js';
import { has, L, type RoleInput } from './role-input.js';
import { firstEndingIn, ideographAt, someEndingAt } from './words.js';
import { setsAhead } from './ahead-words.js';

const SCOPE_AT_END = firstEndingIn(SCOPE_WORDS);
const DESIGNATED_BEFORE = someEndingAt(DESIGNATION_VERBS);
const NATION = '全国';
/** "全国有", "全市共有": a scope and the word saying what it holds. */
const HELD_IN_SCOPE_BEFORE = someEndingAt([...SCOPE_WORDS, NATION].flatMap((w) => EXISTENCE_WORDS.map((e) => w + e)));

/** The count names things that exist: acted on, framed as a scope, the whole of a scope, upgraded or designated. */
export function countsExisting(r: RoleInput): boolean {
  return isActedOn(r) || isFramedScope(r) || (r.comparator === 'eq' && isWholeOfScope(r)) || isUpgraded(r) || isDesignated(r) || isHeld(r);
}

/**
 * "全国有24万多户国有小企业": what a scope holds, as it is (多 or 将近 rounding it), where no aim governs: not "力争全市有…", a floor
 * ("全市有3个以上县区创建成为…"), a goals section's, or one the clause looks ahead with ("全省有30个县将全部实现…").
 */
function isHeld(r: RoleInput): boolean {
  return !r.aims && r.context !== 'goal' && (r.comparator === 'eq' || r.comparator === 'approx' || r.q.infix !== null) && HELD_IN_SCOPE_BEFORE(r.text, r.prefixStart) && !setsAhead(r.text, r.clauseStart, r.clauseEnd);
}

/** "加快建设“十四五”批复的6个沙戈荒大基地": the ones already designated (批复的, 认定的), unless an aim governs. */
function isDesignated(r: RoleInput): boolean {
  const at = r.prefixStart - 1;
  return !r.aims && r.text[at] === OF && DESIGNATED_BEFORE(r.text, at);
}
const OF = '的';

/** "推动7个国家物流枢纽提质升级": raising the grade of what is counted; under an aim (力争, 到2025年), or creating them (新建), a goal. */
function isUpgraded(r: RoleInput): boolean {
  return !r.aims && has(r, L.UPGRADE_ACTIONS, r.suffixEnd, r.clauseEnd) && !has(r, L.NEW_THINGS, r.clauseStart, r.prefixStart);
}

/** Where the last `mark` inside [a, b) starts, or -1 (`text.slice(a, b).lastIndexOf(mark)`, as a text position). */
function lastIndexIn(text: string, mark: string, a: number, b: number): number {
  if (mark.length === 1) {
    const c = mark.charCodeAt(0);
    for (let i = b - 1; i >= a; i--) if (text.charCodeAt(i) === c) return i;
    return -1;
  }
  for (let i = b - mark.length; i >= a; i--) if (text.startsWith(mark, i)) return i;
  return -1;
}

/** "对全市1126个终端开展排查": 对, a scope word, the count, then an action on what was counted. */
function isActedOn(r: RoleInput): boolean {
  const { text, prefixStart: b } = r;
  // 对 opens the clause or follows its agent ("组织专业技术力量对全市1126个终端"); the scope is short,
  // or longer when it opens with a scope word ("对全镇12个村3150户脱贫户、86户监测户").
  const k = lastIndexIn(text, OBJECT_MARK, r.clauseStart, b);
  if (k < 0) return false;
  // The scope: [k + 1, b).
  const s = k + 1;
  const opensScope = SCOPE_WORDS.some((w) => s + w.length <= b && text.startsWith(w, s));
  if (b - s > (opensScope ? OBJECT_LIST_MAX : OBJECT_SCOPE_MAX)) return false;
  if (!has(r, L.SCOPE_WORDS, s, b) || has(r, L.NEW_THINGS, s, b)) return false;
  return has(r, L.OBJECT_ACTIONS, r.suffixEnd, r.clauseEnd);
}

/** "以全省122个县、1609个乡镇为主体": 以, a scope word, the count, then 为主体 (or 为重点…) in the clause. */
function isFramedScope(r: RoleInput): boolean {
  const { text, prefixStart: b } = r;
  if (!has(r, L.FRAME_CLOSERS, r.suffixEnd, r.clauseEnd)) return false;
  const k = lastIndexIn(text, FRAME_MARK, r.clauseStart, b);
  if (k < 0 || b - (k + 1) > OBJECT_LIST_MAX || has(r, L.NEW_THINGS, k + 1, b)) return false;
  return SCOPE_WORDS.some((w) => text.startsWith(w, k + 1));
}

/**
 * "全镇12个村集体经济收入全部达到8万元以上": a count right behind a scope word, opening its clause, is
 * the whole that exists there when the clause goes on to measure it (another quantity, or 全部/均).
 */
function isWholeOfScope(r: RoleInput): boolean {
  const { text } = r;
  const scope = SCOPE_AT_END(text, r.clauseStart, r.prefixStart);
  // "全市新增2400户(累计约3600户)": what is new in the scope, not the whole of it
  if (scope === undefined || has(r, L.NEW_THINGS, r.prefixStart, r.q.start)) return false;
  // The lead before the scope word, past an opening 对: only non-Chinese may stand there.
  let a = r.clauseStart;
  const b = r.prefixStart - scope.length;
  if (a + OBJECT_MARK.length <= b && text.startsWith(OBJECT_MARK, a)) a += OBJECT_MARK.length;
  for (let i = a; i < b; i++) if (ideographAt(text, i)) return false;
  return r.laterInClause || has(r, L.TOTALITY_WORDS, r.suffixEnd, r.clauseEnd);
}
