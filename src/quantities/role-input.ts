// What a role decision reads: the quantity's clause, what the node around it decides, and the
// words of the cue lists found in its sentence.
import {
  AGGREGATE_WORDS, ALLOCATION_NOW_CLAUSE, ALLOCATION_VERBS, ASSESSMENT_WORDS, ATTAINMENT_VERBS, BASELINE_CUES, BUDGET_VERBS,
  ENTITLEMENT_WORDS, GRANT_VERBS, GRANT_WORDS, OBJECT_ACTIONS, PARAMETER_MONEY_CUES, ONE_OFF_CUES, MEASURED_AGE_WORDS, DONE_CUES, DONE_FRAMES, DONE_VERBS,
  PENALTY_WORDS, REAL_TERMS, PER_BENEFICIARY, PROHIBITION_WORDS, RULE_FRAME_CLOSERS, RULE_FRAME_OPENERS, SCOPE_WORDS,
  STANDARD_WORDS, TIME_LIMIT_ANCHORS, TIME_LIMIT_RULE_NOUNS, TOTALITY_WORDS, NEW_THINGS, DAY_COUNT_NOUNS, AIMED_AT_WORDS, PER_PERIOD_CUES, UPGRADE_ACTIONS, FRAME_CLOSERS, EXISTING_USES, COMPLETED_EXISTING, STANDING_BUDGETS, WORK_LIST_LABELS, REIMBURSEMENT_WORDS, STANDARD_LEADS, REPORTED_SUMS, CONDITIONAL_GRANT_CUES, MAKING_VERBS, FROM_CHANGE_WORDS,
} from '../data/target-cues.js';
import { ABOLITION_VERBS, FEE_NAMES, FEE_SUM_WORDS, HELD_EVENTS, MONEY_BASES, PACE_CLOSERS, PERMISSION_VERBS, POSSESSION_VERBS, RATIO_WORDS, ROUTINE_PERIODS, SCHEDULE_PERIODS } from '../data/wording-cues.js';
import type { Clause } from './clause.js';
import { wordFinder } from './words.js';

// The word lists the clause tests read, found in one pass over the quantity's sentence (shared by
// the quantities of one sentence) instead of one scan per test.
export const { list: L, reader: wordReader } = wordFinder({
  AGGREGATE_WORDS, ALLOCATION_NOW_CLAUSE, ALLOCATION_VERBS, ASSESSMENT_WORDS, ATTAINMENT_VERBS, BASELINE_CUES, BUDGET_VERBS,
  ENTITLEMENT_WORDS, GRANT_VERBS, GRANT_WORDS, OBJECT_ACTIONS, PARAMETER_MONEY_CUES, ONE_OFF_CUES, MEASURED_AGE_WORDS, DONE_CUES, DONE_FRAMES, DONE_VERBS,
  PENALTY_WORDS, REAL_TERMS, PER_BENEFICIARY, PROHIBITION_WORDS, RULE_FRAME_CLOSERS, RULE_FRAME_OPENERS, SCOPE_WORDS,
  STANDARD_WORDS, TIME_LIMIT_ANCHORS, TIME_LIMIT_RULE_NOUNS, TOTALITY_WORDS, NEW_THINGS, POSSESSION_VERBS, PERMISSION_VERBS, RATIO_WORDS, PACE_CLOSERS, MONEY_BASES, ROUTINE_PERIODS, SCHEDULE_PERIODS, HELD_EVENTS, ABOLITION_VERBS, FEE_NAMES, FEE_SUM_WORDS, DAY_COUNT_NOUNS, AIMED_AT_WORDS, PER_PERIOD_CUES, UPGRADE_ACTIONS, FRAME_CLOSERS, EXISTING_USES, COMPLETED_EXISTING, STANDING_BUDGETS, WORK_LIST_LABELS, REIMBURSEMENT_WORDS, STANDARD_LEADS, REPORTED_SUMS, CONDITIONAL_GRANT_CUES, MAKING_VERBS,
  FROM_CHANGE_WORDS,
});
/** The reader of one node's text for roleOf: make one per text, and hand it in with every quantity of that text. */
export const roleWords = wordReader;
/** A word of list `L.X` stands inside [a, b) of the text (`X.some((w) => text.slice(a, b).includes(w))`). */
export const has = (r: RoleInput, list: number, a: number, b: number) => r.words.has(list, a, b, r.sentenceStart, r.sentenceEnd);

/** The clause of the quantity and what the node around it decides. */
export type RoleInput = Clause & {
  /** The quantity before, in the same clause, was the start of a change (从…). */
  afterFrom: boolean;
  governed: boolean;
  /** 力争/确保, or a deadline after the plan's first year, governs: the clause sets an aim. */
  aims: boolean;
  /** Dated by the plan's own first year, in the clause ("2022年研发投入强度不得低于3%" in a 2022 plan) or by a heading above. */
  ownYear: boolean;
  /** The next quantity, in the same clause, is a count. */
  countFollows: boolean;
  /** Another quantity follows in the same clause. */
  laterInClause: boolean;
  /** Governed by a status year: "截至2022年底,…". */
  status: boolean;
  /** What the section headings above say the numbers are, or a list of conditions the node belongs to. */
  context: RoleContext;
  /** Governed by a year before the plan's own period: a fact, whatever the verb. */
  pastYear: boolean;
  /** The clause continues the rule of the clause before it ("剩余30%在…后拨付"). */
  continuesRule: boolean;
  /** The node stands in a 第N条 article (管理办法, 实施细则): rules unless a goal governs. */
  article: boolean;
  /** A goal word (目标) stands earlier in the node: "年度绩效目标为:". */
  goalCue: boolean;
};

/** rule: a list of conditions or standards; goal / baseline: under a 主要目标 / 发展基础 heading. */
export type RoleContext = 'rule' | 'goal' | 'baseline' | 'glossary' | null;
