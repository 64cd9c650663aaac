// Target, baseline or parameter (TARGETS.md §2), from the words of the clause.
import {
  AMOUNT_VERBS, BASELINE_CHANGE, CLAUSE_ENDS, BASELINE_FROM, BASELINE_FROM_FRAMES, CONDITION_END, CONDITION_OPENERS, GOAL_NOUNS, STANDARD_OF,
  LIST_GLUE_WORDS, NOT_CONDITION_OPENERS, PARAMETER_RATE, TIME_LIMIT_VERBS, TIME_LIMIT_DONE, TIME_LIMIT_RULE_NOUNS,
  MEASURE_HEADS, WORK_ON_NOUNS, COMPLETION_VERBS, ENUM_ETC, TIME_LIMIT_CYCLES, TIME_LIMIT_SUBJECTS, ALLOCATION_NOW, ALLOCATION_NOW_CLAUSE, RATE_BASE_END, RATE_BASE_MAX, NOT_RATE_WORDS, REACHED_WORDS,
  ASSESSMENT_WORDS,
} from '../data/target-cues.js';
import { conditionOfGrant, isMoney, levelBeforeGrant, reportedTotal, requirementOfGrant, thresholdBeforeGrant } from './grant-conditions.js';
import { ALLOWED_LEVEL_LEADS, SCHEDULE_UNITS } from '../data/wording-cues.js';
import type { Role } from '../tree/schema.js';
import { has, L, type RoleInput } from './role-input.js';
import { TOLERANCE, TOTALS_ONLY_UNITS } from '../data/units.js';
import { countsExisting } from './existing-things.js';
import { afterDoneLeadIn } from './done-lead-in.js';
import { articleDeed } from './article-deeds.js';
import { beforePerUnit, changeRightAfter, perBase } from './per-base.js';
import {
  AMOUNT_VERB_BEFORE, shareOfWholeBefore, allowsOnceMet, raisedStandard, fundGrowth, taxRule, grantWordsIn, isAllottedTime, namesCircle, BOUNDS, definesMeasure, isTrigger, setsStandardValue, sizeOfEach, inExecutedQuote, isMoneyShare, isRateFrame, isRoutine, namesRule, perPermission, setsOwnLevel, setRules, softRules, conditionsBeforeNoun, countsCohort, perCapitaFund, countOfEach, standardSentence,
} from './clause-wording.js';
export { roleWords, type RoleContext, type RoleInput } from './role-input.js';
import { charTable } from '../char-table.js';
import { firstStartingAt, ideographAt, someEndingAt, someEndingIn, someStartingAt } from './words.js';
// Word tests at one position, by the character the word must start (or end) with.
const GOAL_NOUN_AT = someStartingAt(GOAL_NOUNS);
const ALLOCATION_NOW_AT = someStartingAt(ALLOCATION_NOW);
const CONDITION_OPENER_AT = firstStartingAt(CONDITION_OPENERS);
const NOT_CONDITION_OPENER_AT = someStartingAt(NOT_CONDITION_OPENERS);
const TIME_LIMIT_DONE_AT = someStartingAt(TIME_LIMIT_DONE);
const [PARAMETER_RATE_BEFORE, ALLOWED_BEFORE] = [someEndingAt(PARAMETER_RATE), someEndingAt(ALLOWED_LEVEL_LEADS)];
const BASELINE_FROM_BEFORE = someEndingAt(BASELINE_FROM_FRAMES);
const STANDARD_OF_BEFORE = someEndingAt(STANDARD_OF);
const WORK_ON_BEFORE = someEndingAt(WORK_ON_NOUNS);
const REACHED_BEFORE = someEndingAt(REACHED_WORDS);
const COMPLETION_AT = someStartingAt(COMPLETION_VERBS);
const BASELINE_CHANGE_BEFORE = someEndingAt(BASELINE_CHANGE);
const TIME_LIMIT_VERB_AT_END = someEndingIn(TIME_LIMIT_VERBS);
const WHILE = '同时'; // "增长6%以上的同时": 的同时 joins two aims; the 的 bounds no noun
const TIME_LIMIT_SUBJECT_BEFORE = someEndingAt(TIME_LIMIT_SUBJECTS);

/** CONDITION_END (one character) by code: a Chinese character read as a string is a new string. */
const CONDITION_END_CODE = CONDITION_END.charCodeAt(0);

/** Suffix bounds that, before a noun, make the quantity a threshold on it: 100万元以上项目, 80周岁及以上老年人. */
const THRESHOLD_SUFFIXES = ['以上', '及以上', '以下', '及以下'];
/** The upper bounds among them. */
const UPPER_SUFFIXES = THRESHOLD_SUFFIXES.filter((w) => w.endsWith('以下'));

export function roleOf(r: RoleInput): Role {
  if (r.context === 'rule' || r.continuesRule) return 'parameter';
  // "每25—30公里…配备不少于一名", "每5年进行一次修编", "增量每达1000万元", "产生量每万平方米低于300吨": a rate's base or intensity
  if (perBase(r)) return 'parameter';
  const role = clauseRole(r);
  // A fact reported for a year before the plan, or under a 发展基础 heading; rules stay rules.
  if (role === 'target' && (r.pastYear || r.context === 'baseline' || (r.context === 'glossary' && !r.aims))) return 'baseline';
  // a review's sums of money granted, fined or obtained are what was paid (REPORTED_SUMS), not a grant's rule
  // (not a rule the review describes, what each is given or at most: "对新认定的企业给予奖励金额20万元", "最高不超过30万元";
  // nor a threshold bounding what is counted: "累计迁出纳税百万元以上大户33家")
  if (role === 'parameter' && (r.pastYear || r.context === 'baseline') && isMoney(r.q) && (has(r, L.REPORTED_SUMS, r.clauseStart, r.q.start) || reportedTotal(r))
    && !has(r, L.PER_BENEFICIARY, r.clauseStart, r.q.start) && r.comparator !== 'lte' && r.comparator !== 'lt' && !(r.countFollows && r.comparator !== 'eq' && (r.text[r.suffixEnd] === '的' || (r.suffixEnd > r.q.end && ideographAt(r.text, r.suffixEnd))))) return 'baseline';
  // "本次共下达专项资金3860万元，支持项目57个": what a notice hands out now.
  if (role === 'target' && isAllocation(r)) return 'baseline';
  // "按因素法分配的资金比例不低于60%" in an article: a rule, unless 力争/确保, a deadline year or 目标 governs.
  // A verb of reaching a level still sets a goal ("审批比例达到80%以上", "监测能力应逐步达到最大用电负荷的70%以上").
  // So does a deed of building or creating ("年内开工建设…畅通工程71.7公里").
  if (role === 'target' && r.article && !r.governed && !r.goalCue && r.context !== 'goal' && !has(r, L.ATTAINMENT_VERBS, r.clauseStart, r.q.start)
    && !(articleDeed(r.text, r.clauseStart, r.q.start, r.q.kind === 'percent' || BOUNDS.includes(r.comparator)) && !has(r, L.GRANT_VERBS, r.sentenceStart, r.sentenceEnd))) {
    return 'parameter';
  }
  return role;
}

/** A percentage of a base named before it: "合同金额的30%". */
const isShareOf = (r: RoleInput) => r.q.kind === 'percent' && r.text[r.prefixStart - 1] === RATE_BASE_END;

const SENTENCE_GLUE = [...LIST_GLUE_WORDS, '其中', ':', '\n', ' '];
const SENTENCE_GLUE_FIRSTS = charTable(SENTENCE_GLUE.map((w) => w[0] ?? ''));
/** The sentence opens with 本次/此次 and hands something out (下达, 安排, 分配, 拨付). */
function isAllocation(r: RoleInput): boolean {
  let at = r.sentenceStart;
  // No glue word can match where none starts with the character at `at`: most sentences stop at once.
  for (let moved = true; moved && SENTENCE_GLUE_FIRSTS[r.text.charCodeAt(at)] === 1; ) {
    moved = false;
    for (const w of SENTENCE_GLUE) {
      if (r.text.startsWith(w, at)) {
        at += w.length;
        moved = true;
      }
    }
  }
  if (ALLOCATION_NOW_AT(r.text, at)) return has(r, L.ALLOCATION_VERBS, at, r.sentenceEnd);
  // a clause of the sentence, before the number, that hands funds out now: "…,现将…资金5600万元下达给你们"
  if (!has(r, L.ALLOCATION_NOW_CLAUSE, r.sentenceStart, r.q.start)) return false;
  const before = r.text.slice(r.sentenceStart, r.q.start);
  for (const w of ALLOCATION_NOW_CLAUSE) {
    for (let k = before.indexOf(w); k >= 0; k = before.indexOf(w, k + 1)) {
      const opensClause = k === 0 || CLAUSE_END_CODES[before.charCodeAt(k - 1)] === 1;
      if (opensClause && has(r, L.ALLOCATION_VERBS, r.sentenceStart + k, r.sentenceEnd)) return true;
    }
  }
  return false;
}
const CLAUSE_END_CODES = charTable(CLAUSE_ENDS);

/**
 * A grant word in the clause: "给予20万元奖励" yes; in a committed budget, not the name of a fund
 * ("计划安排补助资金860万元"), unless the sentence hands the fund to a beneficiary (给予, 每户…).
 */
function grantCue(r: RoleInput): boolean {
  const budget = r.q.kind === 'money' && has(r, L.BUDGET_VERBS, r.clauseStart, r.prefixStart);
  if (!budget) {
    return has(r, L.PARAMETER_MONEY_CUES, r.clauseStart, r.clauseEnd) || (isMoney(r.q) && has(r, L.ONE_OFF_CUES, r.clauseStart, r.clauseEnd))
      || (isMoney(r.q) && r.q.range && has(r, L.CONDITIONAL_GRANT_CUES, r.clauseStart, r.clauseEnd));
  }
  if (has(r, L.STANDING_BUDGETS, r.clauseStart, r.prefixStart)) return true;
  const words = grantWordsIn(r.text.slice(r.clauseStart, r.clauseEnd));
  if (words !== 'fund') return words === 'grant';
  return has(r, L.PER_BENEFICIARY, r.sentenceStart, r.sentenceEnd);
}

/**
 * "审批时限压缩至15个工作日以内", "1个工作日内办结": a limit on a time span that the clause sets as
 * its aim; never the span of a rule ("补助期限不超过5年", "自受理之日起15个工作日内办结").
 */
function isTimeLimitGoal(r: RoleInput): boolean {
  // What stands before the number: [clauseStart, q.start).
  const { text, clauseStart: a } = r;
  const b = r.q.start;
  if (has(r, L.TIME_LIMIT_RULE_NOUNS, a, b) && !onlyInCycles(text, a, b)) return false;
  // (or before the list the number closes: "分别压减至5个、10个工作日以内")
  if (TIME_LIMIT_VERB_AT_END(text, a, b) || TIME_LIMIT_VERB_AT_END(text, a, b - (LIST_ITEMS_BEFORE.exec(text.slice(a, b))?.[0].length ?? 0))) return true;
  if ((r.comparator === 'lte' || r.comparator === 'lt') && TIME_LIMIT_SUBJECT_BEFORE(text, r.prefixStart)) return true;
  if (!TIME_LIMIT_DONE_AT(text, r.suffixEnd)) return false;
  return r.comparator === 'lte' && !has(r, L.TIME_LIMIT_ANCHORS, a, b);
}

/** The items of a list standing before the number ("5个、", "3个工作日和"). */
const LIST_ITEMS_BEFORE = /(?:[0-9.]+[^\s、，,。；;0-9]{0,6}[、和及与])+$/;

/** Every rule noun in [a, b) is part of a cycle word (审批周期): the text without the cycles names no term. */
function onlyInCycles(text: string, a: number, b: number): boolean {
  let rest = text.slice(a, b);
  for (const w of TIME_LIMIT_CYCLES) rest = rest.replaceAll(w, '\n');
  return !TIME_LIMIT_RULE_NOUNS.some((w) => rest.includes(w));
}

/**
 * "编制50人（含）以上的党政机关": a bounded count between the noun it measures and the one it qualifies is a
 * condition when it says the bound is inclusive ((含)), or when nothing aims and no verb of making or
 * reaching stands before it ("每个县建成2个以上的医疗次中心" is how many a goal wants).
 */
function isCountCondition(r: RoleInput): boolean {
  if (!r.nounBefore) return false;
  if (r.text.slice(r.q.end, r.suffixEnd).includes(INCLUSIVE)) return true;
  return !r.governed && r.context !== 'goal' && !has(r, L.NEW_THINGS, r.clauseStart, r.prefixStart) && !has(r, L.ATTAINMENT_VERBS, r.clauseStart, r.prefixStart)
    && !has(r, L.POSSESSION_VERBS, r.clauseStart, r.prefixStart);
}
const INCLUSIVE = '含';
/** …named right after the amount too: "（36%权重）". */
const ASSESSMENT_AFTER = someStartingAt(ASSESSMENT_WORDS);

// The stretches of the clause read below, as ranges of the text: before the number
// [clauseStart, prefixStart), the clause [clauseStart, clauseEnd), after the number
// [suffixEnd, clauseEnd), the rest of the sentence [suffixEnd, sentenceEnd).
function clauseRole(r: RoleInput): Role {
  const { text, q } = r;
  const { clauseStart, prefixStart, suffixEnd, clauseEnd } = r;
  // "参保职工30人(含)以下的企业,…即可享受": conditions of an entitlement.
  if (has(r, L.ENTITLEMENT_WORDS, suffixEnd, r.sentenceEnd)) return 'parameter';
  // "每队可报领队1名、教练员1名", "每家单位每年可申请1次", "可预送1个节目": what each may do is a rule.
  if (softRules(r) && (perPermission(text, clauseStart, prefixStart) || has(r, L.PERMISSION_VERBS, clauseStart, prefixStart) || ALLOWED_BEFORE(text, prefixStart))) return 'parameter';
  if (softRules(r) && isRoutine(r)) return 'parameter';
  if (!r.pastYear && r.context !== 'goal' && r.context !== 'baseline' && SCHEDULE_UNITS.includes(q.unit ?? '') && has(r, L.SCHEDULE_PERIODS, clauseStart, prefixStart)) return 'parameter';
  // the level a fee is set to (its old level after 由/从 stays a fact)
  // (a sum in 亿元 is what all who pay are spared, not a level: 减少涉企收费约2000亿元)
  if (setRules(r) && ((isMoney(q) && !TOTALS_ONLY_UNITS.includes(q.unit ?? '')) || q.kind === 'percent') && !r.status
    && ((has(r, L.FEE_NAMES, clauseStart, prefixStart) && !has(r, L.FEE_SUM_WORDS, clauseStart, prefixStart)) || taxRule(r)) && !BASELINE_FROM_BEFORE(text, prefixStart)) return 'parameter';
  // A time span is a rule, but a limit on one under a 主要目标 heading is a goal ("通关时间控制在30小时以内"),
  // and so is one the clause sets as its aim ("压缩至1个工作日以内").
  if (q.info?.duration && r.context !== 'goal' && (!(r.context === 'baseline' || r.pastYear) || r.comparator === 'lte' || r.comparator === 'lt' || has(r, L.TIME_LIMIT_RULE_NOUNS, clauseStart, prefixStart)) && !isTimeLimitGoal(r) && !has(r, L.DAY_COUNT_NOUNS, clauseStart, prefixStart) && !isAllottedTime(r) && !namesCircle(r)) return 'parameter';
  const next = text[suffixEnd];
  const nextIdeograph = ideographAt(text, suffixEnd);
  // "对80周岁及以上老年人", "年龄要求一般在40周岁左右": an age is a rule; a life span a plan measures is not.
  if (q.info?.age && (nextIdeograph || !has(r, L.MEASURED_AGE_WORDS, r.sentenceStart, r.sentenceEnd))) return 'parameter';
  if (q.info?.score || (q.info?.rule && !r.pastYear && r.context !== 'baseline')) return 'parameter';
  // "营收超1亿元的规上企业", "100万元以上的科技计划项目": a threshold on a noun.
  const yielded = AMOUNT_VERB_BEFORE(text, prefixStart) || (q.kind === 'percent' && shareOfWholeBefore(text, prefixStart));
  // (or the first of conditions the 的 closes: "总投资5000万元以上、预期收益率不低于行业平均水平的优质项目"; not a share an aim
  // attains: "到2025年，建成区40%以上的面积达到海绵城市目标要求")
  if ((next === '的' || (q.kind === 'money' && conditionsBeforeNoun(text, suffixEnd, r.clauseEnd))) && r.comparator !== 'eq' && !yielded && (q.kind === 'money' || q.kind === 'other' || (q.kind === 'percent' && r.nounBefore) || (q.kind === 'count' && isCountCondition(r)))) {
    if (!GOAL_NOUN_AT(text, suffixEnd + 1) && !text.startsWith(WHILE, suffixEnd + 1) && !(r.aims && q.kind === 'percent' && !r.laterInClause && has(r, L.ATTAINMENT_VERBS, suffixEnd, clauseEnd))) return 'parameter';
  }
  // "总投资100万元以上项目": a bound glued to the noun it limits; of a count only an upper one ("8座以下小汽车":
  // "100家以上企业" is how many a goal wants).
  // A verb right before the amount makes it what is yielded ("累计完成50万平方米以上商业设施更新").
  if ((q.kind === 'money' || q.kind === 'other' || q.kind === 'count') && nextIdeograph && next !== '的' && !yielded) {
    const suffix = text.slice(q.end, suffixEnd);
    // "基本消除66人以上超大班额", "取消50人以上聚集活动": a kind done away with is named by how many people it holds
    // ("消除100个以上空壳村" counts what is done away with: a goal)
    const definesKind = q.unit === PEOPLE && has(r, L.ABOLITION_VERBS, clauseStart, prefixStart);
    const bounds = q.kind === 'count' && !definesKind ? UPPER_SUFFIXES : THRESHOLD_SUFFIXES;
    if (bounds.includes(suffix) && !GOAL_NOUN_AT(text, suffixEnd) && !(r.governed && boundsMeasure(text, suffixEnd))) return 'parameter';
  }
  // "培育年出栏100头以上的养殖大户15户": a bounded count before 的 and the noun it defines, then what is counted.
  if (q.kind === 'count' && next === CONDITION_END && r.countFollows && THRESHOLD_SUFFIXES.includes(text.slice(q.end, suffixEnd))
    && ideographAt(text, suffixEnd + 1) && !GOAL_NOUN_AT(text, suffixEnd + 1)) return 'parameter';
  if ((PARAMETER_RATE_BEFORE(text, prefixStart) && !setsOwnLevel(r)) || isShareOfBase(r) || (softRules(r) && isMoneyShare(r))) return 'parameter';
  // "从每人每月2375元提高到2423元", "不低于当地最低生活保障标准的1.6倍": what each beneficiary is paid, a standard's multiple
  if (isMoney(q) && has(r, L.PER_PERIOD_CUES, clauseStart, prefixStart)) return isFromValue(text, clauseStart, prefixStart) ? 'baseline' : 'parameter';
  if (has(r, L.STANDARD_LEADS, r.sentenceStart, prefixStart) && (isMoney(q) || setsStandardValue(r))) return 'parameter';
  if (isMoney(q) && (raisedStandard(r) || perCapitaFund(r))) return 'parameter';
  if (STANDARD_OF_BEFORE(text, prefixStart)) return 'parameter';
  if (isTrigger(r) || (softRules(r) && (allowsOnceMet(r) || inExecutedQuote(r) || namesRule(r)))) return 'parameter';
  // "考核权重不低于20%": the weight of an assessment is a rule.
  if (has(r, L.ASSESSMENT_WORDS, clauseStart, prefixStart) || ASSESSMENT_AFTER(text, suffixEnd) || countOfEach(r)) return 'parameter';
  // "对上年度研发费用超过500万元且…的企业": a threshold inside a 对…的<主体> condition.
  if (inCondition(r)) return 'parameter';
  // "按照每300户至500户设置1个集中投放点的标准": inside a 按照…标准 rule.
  if (inRuleFrame(r) || (softRules(r) && isRateFrame(r))) return 'parameter';
  if (definesMeasure(r)) return 'parameter';
  // "对年销售额超过1亿元的,给予…"; "达20家以上、床位100张以上,…且被认定的,给予…": inside a condition.
  if ((text[clauseEnd] === ',' && text[clauseEnd - 1] === CONDITION_END) || conditionOfGrant(r) || (!r.governed && requirementOfGrant(r)) || thresholdBeforeGrant(r)) return 'parameter';
  // "年节能率达到20％，给予…补贴": the level a clause reaches is what the grant after it rewards (not "完成…35户，每户补助…")
  if (softRules(r) && has(r, L.ATTAINMENT_VERBS, clauseStart, q.start) && levelBeforeGrant(r)) return 'parameter';
  // "建筑面积原则上不低于1000平方米": a standard; "不得超过项目资金总额的5%": a prohibition's limit, unless a
  // deadline or 力争/确保 makes it a goal ("到2025年,PM2.5平均浓度不得超过35微克/立方米").
  // …and so is a value given with its tolerance ("距离为50m±5m"), unless an aim governs it ("到2025年，建成绿道100km±10km")
  if (has(r, L.STANDARD_WORDS, clauseStart, prefixStart) || standardSentence(r) || sizeOfEach(r) || (!r.aims && text.slice(q.start, q.end).includes(TOLERANCE))) return 'parameter';
  // …but a floor the plan sets for its own year is its goal ("2022年研发投入强度不得低于3%" in a 2022 plan)
  const ownFloor = r.ownYear && (r.comparator === 'gte' || r.comparator === 'gt');
  if (!r.aims && !ownFloor && has(r, L.PROHIBITION_WORDS, clauseStart, q.start)) return 'parameter';
  if (isMoney(q) || q.kind === 'percent') {
    // A grant, its cap or its rate, anywhere in the clause: "给予20万元奖励", "按10%给予补助"; a penalty.
    // A total ("贷款累计突破40亿元") stays a goal, unless the sentence grants it ("分阶段给予累计1000万元奖励").
    if (grantCue(r) && !fundGrowth(r)) {
      if (!has(r, L.AGGREGATE_WORDS, clauseStart, clauseEnd)) return 'parameter';
      if (has(r, L.GRANT_VERBS, r.sentenceStart, r.sentenceEnd)) return 'parameter';
    }
    if (has(r, L.PENALTY_WORDS, clauseStart, clauseEnd) && !has(r, L.REAL_TERMS, clauseStart, clauseEnd)) return 'parameter';
    if (has(r, L.REIMBURSEMENT_WORDS, clauseStart, prefixStart) && !REACHED_BEFORE(text, q.start) && !REACHED_BEFORE(text, prefixStart)) return 'parameter';
  }
  // A cap on a grant, however it is counted: "每年最多补助3次", "贴息总额控制在100万元以内".
  if ((r.comparator === 'lte' || r.comparator === 'lt') && has(r, L.GRANT_WORDS, clauseStart, clauseEnd)) return 'parameter';
  // "培育年营业收入超100亿元企业5家": a bound on an amount, then the things counted, is a threshold
  // ("突破1000亿元大关" counts nothing after it and stays a target).
  // (余/多 inside the amount rounds it: "投资1000余万元实施覆盖36个村…" bounds nothing)
  if (q.kind === 'money' && r.comparator !== 'eq' && q.infix === null && r.countFollows && nextIdeograph) return 'parameter';
  // A list summed up names things that exist, unless the plan's own year dates it and the clause does not put
  // them to use ("打通创业路、瑞新街等10条断头路" under 2022年主要目标任务; not "充分发挥稀土、现代家居两个联合体作用").
  // …and unless, named by examples (等), its noun names work on them ("…等15条美丽街区建设"; not "推进稀土、
  // 现代家居两个…联合体建设", the two that exist), or the clause attains them (实现…等8类公共信用信息跨地区共享,
  // 完成…2个事项在我市落地).
  const summedUp = r.appositive && !r.governed && !(text[prefixStart - 1] === ENUM_ETC && WORK_ON_BEFORE(text, r.after[1]))
    && !(has(r, L.ATTAINMENT_VERBS, clauseStart, prefixStart) || has(r, L.MAKING_VERBS, clauseStart, prefixStart) || COMPLETION_AT(text, clauseStart) || has(r, L.WORK_LIST_LABELS, r.sentenceStart, prefixStart));
  if ((summedUp && !(r.ownYear && !has(r, L.EXISTING_USES, r.clauseStart, r.clauseEnd))) || r.perfective || r.status) return 'baseline';
  if ((has(r, L.BASELINE_CUES, clauseStart, prefixStart) && !has(r, L.COMPLETED_EXISTING, clauseStart, prefixStart)) || (!r.aims && has(r, L.DONE_CUES, clauseStart, prefixStart) && !has(r, L.DONE_FRAMES, clauseStart, prefixStart)) || afterDoneLeadIn(r)) return 'baseline';
  // "对全市1126个终端开展排查", "推动7个国家物流枢纽提质升级": counts of things that exist
  if (q.kind === 'count' && countsExisting(r)) return 'baseline';
  if (countsCohort(r)) return 'baseline';
  // "针对首年关税为零的2034种出口商品": the things a measure is aimed at, as they are
  if (q.kind === 'count' && has(r, L.AIMED_AT_WORDS, clauseStart, prefixStart)) return 'baseline';
  if (BASELINE_FROM_BEFORE(text, prefixStart) ? has(r, L.FROM_CHANGE_WORDS, r.suffixEnd, r.clauseEnd) : BASELINE_FROM_BEFORE(text, beforePerUnit(text, prefixStart)) && changeRightAfter(text, r.suffixEnd)) return 'baseline';
  if (r.afterFrom && !r.governed && BASELINE_CHANGE_BEFORE(text, prefixStart)) return 'baseline';
  return 'target';
}

const GLUE = [...LIST_GLUE_WORDS].sort((a, b) => b.length - a.length);
const GLUE_FIRSTS = charTable(GLUE.map((w) => w[0] ?? ''));

/**
 * The clause opens with 对/对于 (not 对标, 对接…) and, after the quantity, names its subject after a 的
 * ("…不少于20家、且绩效评价为优秀的科技服务机构"). A bound, or a grant in the sentence, makes it a
 * threshold: "对120家规上的企业开展诊断" counts the firms reached and stays a goal.
 */
function inCondition(r: RoleInput): boolean {
  const { text } = r;
  let at = r.clauseStart;
  // No glue word can match where none starts with the character at `at`.
  for (let moved = true; moved && GLUE_FIRSTS[text.charCodeAt(at)] === 1; ) {
    moved = false;
    for (const w of GLUE) {
      if (text.startsWith(w, at) && at + w.length < r.prefixStart) {
        at += w.length;
        moved = true;
        break;
      }
    }
  }
  const opener = CONDITION_OPENER_AT(text, at);
  if (opener === undefined || NOT_CONDITION_OPENER_AT(text, at)) return false;
  let de = -1;
  for (let i = r.suffixEnd; i < r.clauseEnd; i++) {
    if (text.charCodeAt(i) === CONDITION_END_CODE) {
      de = i;
      break;
    }
  }
  if (de < 0 || !ideographAt(text, de + 1) || GOAL_NOUN_AT(text, de + 1)) return false;
  if (BOUNDS.includes(r.comparator)) return true;
  return has(r, L.GRANT_VERBS, r.sentenceStart, r.sentenceEnd);
}

/** The first characters of BASELINE_FROM (从, 由: one character each) and what ends the change they open (到, 至). */
const FROM_CODES = charTable(BASELINE_FROM.join(''));
const FROM_ENDS = charTable('到至');
/** The number is the start of a change: a BASELINE_FROM word stands before it in [a, b) with no 到/至 after it ("从每人每月2375元"). */
function isFromValue(text: string, a: number, b: number): boolean {
  for (let i = b - 1; i >= a; i--) {
    const c = text.charCodeAt(i);
    if (FROM_ENDS[c] === 1) return false;
    if (FROM_CODES[c] === 1) return true;
  }
  return false;
}

const RATE_OPEN_CODES = charTable(PARAMETER_RATE.map((w) => w[0] ?? ''));
const NOT_RATE_AT = someStartingAt(NOT_RATE_WORDS);
/** "按投资额的30%": 按 opens a base that ends in 的 right before the number, in the clause. */
function isShareOfBase(r: RoleInput): boolean {
  const { text, prefixStart: b } = r;
  if (!isShareOf(r)) return false;
  for (let i = b - 2; i >= Math.max(r.clauseStart, b - 1 - RATE_BASE_MAX); i--) {
    // the base is a noun phrase: "按计划完成年度投资的80%" reaches a level
    if (RATE_OPEN_CODES[text.charCodeAt(i)] === 1) return !NOT_RATE_AT(text, i) && !has(r, L.ATTAINMENT_VERBS, i, b) && !has(r, L.DONE_VERBS, i, b);
  }
  return false;
}

const PEOPLE = '人';
/** An opener (按照) before the quantity and a closer (标准) after it, in one clause. */
function inRuleFrame(r: RoleInput): boolean {
  return has(r, L.RULE_FRAME_OPENERS, r.clauseStart, r.prefixStart) && has(r, L.RULE_FRAME_CLOSERS, r.suffixEnd, r.clauseEnd);
}

/** How far after a bound the measure it sets is looked for. */
const MEASURE_REACH = 10;
const MEASURE_HEAD_AT = firstStartingAt(MEASURE_HEADS);
const AMOUNT_VERB_AT = someStartingAt(AMOUNT_VERBS);
/**
 * The noun after a bound at `at` ends in the measure itself, before what it reaches or the clause's end. Read only
 * under a deadline or an aim: "新建1万平方米以上公共建筑面积达到…标准" sizes the buildings a rule covers.
 */
function boundsMeasure(text: string, at: number): boolean {
  for (let p = at; p < at + MEASURE_REACH && ideographAt(text, p); p++) {
    const head = MEASURE_HEAD_AT(text, p);
    if (head === undefined) continue;
    const end = p + head.length;
    return !ideographAt(text, end) || AMOUNT_VERB_AT(text, end);
  }
  return false;
}
