// The thresholds of a subsidy rule: numbers a grant later in the sentence is conditional on
// ("…达20家以上、床位100张以上，…且被认定的，给予…", "贡献额达到30万元以上，一次性给予10万元奖励").
import { CONDITION_END, CONDITION_OPENERS, GRANT_LEADS, GRANT_VERBS } from '../data/target-cues.js';
import { BOUND_COMPARATORS } from '../data/comparators.js';
import { TOTALS_ONLY_UNITS } from '../data/units.js';
import type { Clause } from './clause.js';
import { anyIn, isIdeograph, someStartingAt } from './words.js';

const GRANT_IN = anyIn(GRANT_VERBS);
const CONDITION_OPENER_AT = someStartingAt(CONDITION_OPENERS);
/** "的,一次性奖励…", "的给予…": a grant right after a condition closes. */
const GRANT_AFTER_CONDITION_AT = someStartingAt([...GRANT_VERBS, ...GRANT_VERBS.flatMap((v) => GRANT_LEADS.map((l) => l + v))]);
/** A money unit, per something or not: 元, 万元/亩, 元/人. */
const MONEY_UNIT = /^[千万亿]*元/;

/** A condition and its grant stand this close: a sentence that runs on longer (a flattened text) is read no further. */
const REACH = 200;
const CONDITION_END_CODE = CONDITION_END.charCodeAt(0); // one character, compared by code in the loop below
const COMMA_CODE = 0x2c;

type Input = Pick<Clause, 'text' | 'q' | 'sentenceStart' | 'sentenceEnd' | 'comparator' | 'clauseEnd' | 'clauseStart'>;

/** Money, counted per something or not ("100元/亩" is money too). */
export const isMoney = (q: Input['q']) => q.kind === 'money' || (q.unit !== null && MONEY_UNIT.test(q.unit));

/** Between the quantity and a grant later in its sentence stands the 的 that closes a condition, and no grant before it. */
export function conditionOfGrant(r: Input): boolean {
  const { text } = r;
  // read no further than the sentence: an unbounded search per quantity would make a long text quadratic
  const end = Math.min(r.sentenceEnd, text.length, r.q.end + REACH);
  let opensAfter = false;
  for (let i = r.q.end; i < end; i++) {
    const c = text.charCodeAt(i);
    // "完成改造45个,对验收合格的每个给予…": a condition opening after the quantity is not its condition
    if (c === COMMA_CODE && CONDITION_OPENER_AT(text, i + 1)) opensAfter = true;
    if (c !== CONDITION_END_CODE) continue;
    if (opensAfter || GRANT_IN(text, r.q.end, i)) return false;
    if (GRANT_AFTER_CONDITION_AT(text, i + 1 + (text[i + 1] === ',' ? 1 : 0))) return true;
    // "…达到10%的其他商贸服务业企业，每户奖励5万元": the noun the condition qualifies, then the grant
    const comma = nounThenComma(text, i + 1, end);
    if (comma > 0 && GRANT_AFTER_CONDITION_AT(text, comma + 1)) return true;
  }
  return false;
}

/** The longest noun a condition's 的 qualifies before the grant's clause. */
const QUALIFIED_NOUN_MAX = 16;
/** Where the comma after a noun of ideographs alone starting at `a` stands, or -1. */
function nounThenComma(text: string, a: number, end: number): number {
  for (let i = a; i < end && i - a <= QUALIFIED_NOUN_MAX; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA_CODE) return i > a ? i : -1;
    if (!isIdeograph(c)) return -1;
  }
  return -1;
}

/**
 * An amount bounded from below (以上, 不低于) that a grant later in its sentence, and none before it, rewards.
 * A level to pass ("突破100亿元", gt) stays a goal.
 */
export function thresholdBeforeGrant(r: Input): boolean {
  if (r.comparator !== 'gte' || !(isMoney(r.q) || r.q.kind === 'other')) return false;
  return !GRANT_IN(r.text, Math.max(r.sentenceStart, r.q.start - REACH), r.q.start) && GRANT_IN(r.text, r.q.end, Math.min(r.sentenceEnd, r.q.end + REACH));
}

/** "年节能率达到20％，给予项目投资额30％的补贴": the level a clause reaches, when the next clause grants for reaching it. */
export const levelBeforeGrant = (r: Input) => r.text[r.clauseEnd] === ',' && GRANT_AFTER_CONDITION_AT(r.text, r.clauseEnd + 1);

/** A word that makes what follows it what a grant requires: "…补助不超过2万元且需单个充电桩功率不低于40千瓦". */
const REQUIREMENTS = '需须';
/** …not inside a word: 需求, 需知, 需要; 急需, 无须, 必须 (a commitment, read as such), 所需, 亟需. */
const NOT_REQUIREMENT_AFTER = '求知要';
const NOT_REQUIREMENT_BEFORE = '急无毋所必亟';
/** A bound after a requirement word of its clause, a grant earlier in the sentence. */
export function requirementOfGrant(r: Input): boolean {
  if (!BOUND_COMPARATORS.has(r.comparator)) return false;
  let k = r.q.start - 1;
  while (k >= r.clauseStart && !(REQUIREMENTS.includes(r.text[k]!) && !NOT_REQUIREMENT_BEFORE.includes(r.text[k - 1] ?? '') && !NOT_REQUIREMENT_AFTER.includes(r.text[k + 1] ?? ''))) k--;
  return k >= r.clauseStart && GRANT_IN(r.text, r.sentenceStart, k);
}

/**
 * A review's total granted, money no one beneficiary is paid (落实1.1亿元人才补贴, 奖励4.24亿元): an amount in 亿元 stated
 * as it is (eq or about), not a threshold before the noun it bounds (超过10亿元的项目), per item (1亿元/项) or inside a
 * 对…的 condition (对新引进的…总部奖励1亿元).
 */
export function reportedTotal(c: Pick<Clause, 'text' | 'q' | 'comparator' | 'clauseStart' | 'suffixEnd'>): boolean {
  const { text, q } = c;
  if (!TOTALS_ONLY_UNITS.includes(q.unit ?? '') || (c.comparator !== 'eq' && c.comparator !== 'approx')) return false;
  if (text[c.suffixEnd] === CONDITION_END || text[q.end] === PER_ITEM) return false;
  return !CONDITION_OPENERS.some((w) => text.startsWith(w, c.clauseStart));
}
const PER_ITEM = '/';
