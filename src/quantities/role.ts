// Target, baseline or parameter (TARGETS.md §2), from the words of the clause.
import {
  AGGREGATE_WORDS, BASELINE_CHANGE, BASELINE_CUES, BASELINE_FROM, CONDITION_END, CONDITION_OPENERS, ENUM_AND, ENUM_COMMA, ENUM_ETC, GOAL_NOUNS,
  GRANT_VERBS, GRANT_WORDS, LIST_GLUE_WORDS, NEW_THINGS, NOT_CONDITION_OPENERS, OBJECT_ACTIONS, OBJECT_MARK, OBJECT_SCOPE_MAX, PARAMETER_MONEY_CUES, PARAMETER_RATE,
  PENALTY_WORDS, RULE_FRAME_CLOSERS, RULE_FRAME_OPENERS, SCOPE_WORDS, STANDARD_WORDS, ENTITLEMENT_WORDS, TIME_LIMIT_VERBS, TIME_LIMIT_DONE,
  TIME_LIMIT_ANCHORS, TIME_LIMIT_RULE_NOUNS, ALLOCATION_NOW, ALLOCATION_VERBS, ASSESSMENT_WORDS, BUDGET_VERBS, FUND_NOUNS, OBJECT_LIST_MAX, PER_BENEFICIARY,
  TOTALITY_WORDS,
} from '../data/target-cues.js';
import type { Comparator, Role } from '../tree/schema.js';
import type { Quantity } from './scan.js';
import { anyOf } from './words.js';
const ANY_AGGREGATE_WORDS = anyOf(AGGREGATE_WORDS);
const ANY_ALLOCATION_VERBS = anyOf(ALLOCATION_VERBS);
const ANY_ASSESSMENT_WORDS = anyOf(ASSESSMENT_WORDS);
const ANY_BASELINE_CUES = anyOf(BASELINE_CUES);
const ANY_ENTITLEMENT_WORDS = anyOf(ENTITLEMENT_WORDS);
const ANY_GRANT_VERBS = anyOf(GRANT_VERBS);
const ANY_GRANT_WORDS = anyOf(GRANT_WORDS);
const ANY_NEW_THINGS = anyOf(NEW_THINGS);
const ANY_OBJECT_ACTIONS = anyOf(OBJECT_ACTIONS);
const ANY_PARAMETER_MONEY_CUES = anyOf(PARAMETER_MONEY_CUES);
const ANY_PENALTY_WORDS = anyOf(PENALTY_WORDS);
const ANY_PER_BENEFICIARY = anyOf(PER_BENEFICIARY);
const ANY_RULE_FRAME_CLOSERS = anyOf(RULE_FRAME_CLOSERS);
const ANY_RULE_FRAME_OPENERS = anyOf(RULE_FRAME_OPENERS);
const ANY_SCOPE_WORDS = anyOf(SCOPE_WORDS);
const ANY_STANDARD_WORDS = anyOf(STANDARD_WORDS);
const ANY_TIME_LIMIT_ANCHORS = anyOf(TIME_LIMIT_ANCHORS);
const ANY_TIME_LIMIT_RULE_NOUNS = anyOf(TIME_LIMIT_RULE_NOUNS);
const ANY_TOTALITY_WORDS = anyOf(TOTALITY_WORDS);

/** The list may end in a name, a code (A、B两个…) or a closing quote or bracket. */
const IDEOGRAPH = /[\u3400-\u9fff]/;
const ENDS_NAME = /[\u3400-\u9fffA-Za-z0-9”)》]/;

/**
 * A count that sums up the list right before it names existing things:
 * "稀土、现代家居两个省级产业科技创新联合体" (two items, 两个), "A和B2个…", "泌尿外科等12个…".
 */
export function isAppositive(text: string, from: number, to: number, value: number): boolean {
  const chunk = text.slice(from, to);
  const last = chunk[chunk.length - 1];
  if (last === undefined || !ENDS_NAME.test(last) || ENUM_COMMA.includes(last) || ENUM_AND.includes(last)) return false;
  // New things listed by name are still a goal: "新建C、D、E三个基地".
  if (ANY_NEW_THINGS(chunk)) return false;
  let commas = 0;
  let ands = 0;
  for (const ch of chunk) {
    if (ENUM_COMMA.includes(ch)) commas++;
    else if (ENUM_AND.includes(ch)) ands++;
  }
  const items = commas ? commas + 1 : ands ? ands + 1 : 0;
  if (items < 2) return false;
  return last === ENUM_ETC ? value >= items : value === items;
}

export type RoleInput = {
  text: string;
  q: Quantity;
  clauseStart: number;
  prefixStart: number;
  suffixEnd: number;
  appositive: boolean;
  perfective: boolean;
  comparator: Comparator;
  /** A noun phrase stands before the number in its clause ("占比30%以上的企业" vs "推动50%的企业"). */
  nounBefore: boolean;
  /** The quantity before, in the same clause, was the start of a change (从…). */
  afterFrom: boolean;
  governed: boolean;
  /** The next quantity, in the same clause, is a count. */
  countFollows: boolean;
  /** Another quantity follows in the same clause. */
  laterInClause?: boolean;
  /** Governed by a status year: "截至2022年底,…". */
  status: boolean;
  clauseEnd: number;
  /** The sentence around the quantity (a grant named anywhere in it makes its amounts rules). */
  sentenceStart: number;
  sentenceEnd: number;
  /** What the section headings above say the numbers are, or a list of conditions the node belongs to. */
  context: RoleContext;
  /** Governed by a year before the plan's own period: a fact, whatever the verb. */
  pastYear: boolean;
  /** The clause continues the rule of the clause before it ("剩余30%在…后拨付"). */
  continuesRule: boolean;
  /** The node stands in a 第N条 article (管理办法, 实施细则): rules unless a goal governs. */
  article?: boolean;
  /** A goal word (目标) stands earlier in the node: "年度绩效目标为:". */
  goalCue?: boolean;
};

/** rule: a list of conditions or standards; goal / baseline: under a 主要目标 / 发展基础 heading. */
export type RoleContext = 'rule' | 'goal' | 'baseline' | null;

/** Suffix bounds that, before a noun, make the quantity a threshold on it: 100万元以上项目, 80周岁及以上老年人. */
const THRESHOLD_SUFFIXES = ['以上', '及以上', '以下', '及以下'];

export function roleOf(r: RoleInput): Role {
  if (r.context === 'rule' || r.continuesRule) return 'parameter';
  const role = clauseRole(r);
  // A fact reported for a year before the plan, or under a 发展基础 heading; rules stay rules.
  if (role === 'target' && (r.pastYear || r.context === 'baseline')) return 'baseline';
  // "本次共下达专项资金3860万元，支持项目57个": what a notice hands out now.
  if (role === 'target' && isAllocation(r)) return 'baseline';
  // "按因素法分配的资金比例不低于60%" in an article: a rule, unless 力争/确保, a deadline year or 目标 governs.
  if (role === 'target' && r.article && !r.governed && !r.goalCue && r.context !== 'goal') return 'parameter';
  return role;
}

const SENTENCE_GLUE = [...LIST_GLUE_WORDS, '其中', ':', '\n', ' '];
/** The sentence opens with 本次/此次 and hands something out (下达, 安排, 分配, 拨付). */
function isAllocation(r: RoleInput): boolean {
  let at = r.sentenceStart;
  for (let moved = true; moved; ) {
    moved = false;
    for (const w of SENTENCE_GLUE) {
      if (r.text.startsWith(w, at)) {
        at += w.length;
        moved = true;
      }
    }
  }
  if (!ALLOCATION_NOW.some((w) => r.text.startsWith(w, at))) return false;
  const sentence = r.text.slice(at, r.sentenceEnd);
  return ANY_ALLOCATION_VERBS(sentence);
}

/**
 * A grant word in the clause: "给予20万元奖励" yes; in a committed budget, not the name of a fund
 * ("计划安排补助资金860万元"), unless the sentence hands the fund to a beneficiary (给予, 每户…).
 */
function grantCue(r: RoleInput, clause: string): boolean {
  const budget = r.q.kind === 'money' && BUDGET_VERBS.some((w) => r.text.slice(r.clauseStart, r.prefixStart).includes(w));
  if (!budget) return ANY_PARAMETER_MONEY_CUES(clause);
  let fund = false;
  for (const w of PARAMETER_MONEY_CUES) {
    for (let k = clause.indexOf(w); k >= 0; k = clause.indexOf(w, k + w.length)) {
      if (FUND_NOUNS.some((f) => clause.startsWith(f, k + w.length))) fund = true;
      else return true;
    }
  }
  if (!fund) return false;
  const sentence = r.text.slice(r.sentenceStart, r.sentenceEnd);
  return ANY_PER_BENEFICIARY(sentence);
}

/**
 * "审批时限压缩至15个工作日以内", "1个工作日内办结": a limit on a time span that the clause sets as
 * its aim; never the span of a rule ("补助期限不超过5年", "自受理之日起15个工作日内办结").
 */
function isTimeLimitGoal(r: RoleInput): boolean {
  const before = r.text.slice(r.clauseStart, r.q.start);
  if (ANY_TIME_LIMIT_RULE_NOUNS(before)) return false;
  if (TIME_LIMIT_VERBS.some((w) => before.endsWith(w))) return true;
  if (!TIME_LIMIT_DONE.some((w) => r.text.startsWith(w, r.suffixEnd))) return false;
  return r.comparator === 'lte' && !ANY_TIME_LIMIT_ANCHORS(before);
}

function clauseRole(r: RoleInput): Role {
  const { text, q } = r;
  const before = text.slice(r.clauseStart, r.prefixStart);
  const clause = text.slice(r.clauseStart, r.clauseEnd);
  // "参保职工30人(含)以下的企业,…即可享受": conditions of an entitlement.
  const rest = text.slice(r.suffixEnd, r.sentenceEnd);
  if (ANY_ENTITLEMENT_WORDS(rest)) return 'parameter';
  // A time span is a rule, but a limit on one under a 主要目标 heading is a goal ("通关时间控制在30小时以内"),
  // and so is one the clause sets as its aim ("压缩至1个工作日以内").
  if (q.info?.duration && r.context !== 'goal' && !isTimeLimitGoal(r)) return 'parameter';
  const next = text[r.suffixEnd];
  // "对80周岁及以上老年人": an age bounding the people it names.
  if (q.info?.age && next !== undefined && IDEOGRAPH.test(next)) return 'parameter';
  // "营收超1亿元的规上企业", "100万元以上的科技计划项目": a threshold on a noun.
  if (next === '的' && (q.kind === 'money' || q.kind === 'other' || (q.kind === 'percent' && r.nounBefore))) {
    if (!GOAL_NOUNS.some((w) => text.startsWith(w, r.suffixEnd + 1))) return 'parameter';
  }
  // "总投资100万元以上项目": a bound glued to the noun it limits.
  if ((q.kind === 'money' || q.kind === 'other') && next !== undefined && IDEOGRAPH.test(next) && next !== '的') {
    if (THRESHOLD_SUFFIXES.includes(text.slice(q.end, r.suffixEnd)) && !GOAL_NOUNS.some((w) => text.startsWith(w, r.suffixEnd))) return 'parameter';
  }
  // "培育年出栏100头以上的养殖大户15户": a bounded count before 的 and the noun it defines, then what is counted.
  if (q.kind === 'count' && next === CONDITION_END && r.countFollows && THRESHOLD_SUFFIXES.includes(text.slice(q.end, r.suffixEnd))
    && IDEOGRAPH.test(text[r.suffixEnd + 1] ?? '') && !GOAL_NOUNS.some((w) => text.startsWith(w, r.suffixEnd + 1))) return 'parameter';
  if (PARAMETER_RATE.some((w) => text.startsWith(w, r.prefixStart - w.length))) return 'parameter';
  // "考核权重不低于20%": the weight of an assessment is a rule.
  if (ANY_ASSESSMENT_WORDS(before)) return 'parameter';
  // "对上年度研发费用超过500万元且…的企业": a threshold inside a 对…的<主体> condition.
  if (inCondition(r)) return 'parameter';
  // "按照每300户至500户设置1个集中投放点的标准": inside a 按照…标准 rule.
  if (inRuleFrame(before, text.slice(r.suffixEnd, r.clauseEnd))) return 'parameter';
  // "对年销售额超过1亿元的,给予…": inside a condition.
  if (text[r.clauseEnd] === ',' && text[r.clauseEnd - 1] === CONDITION_END) return 'parameter';
  // "建筑面积原则上不低于1000平方米": a standard.
  if (ANY_STANDARD_WORDS(before)) return 'parameter';
  if (q.kind === 'money' || q.kind === 'percent') {
    // A grant, its cap or its rate, anywhere in the clause: "给予20万元奖励", "按10%给予补助"; a penalty.
    // A total ("贷款累计突破40亿元") stays a goal, unless the sentence grants it ("分阶段给予累计1000万元奖励").
    if (grantCue(r, clause)) {
      if (!ANY_AGGREGATE_WORDS(clause)) return 'parameter';
      const sentence = text.slice(r.sentenceStart, r.sentenceEnd);
      if (ANY_GRANT_VERBS(sentence)) return 'parameter';
    }
    if (ANY_PENALTY_WORDS(clause)) return 'parameter';
  }
  // A cap on a grant, however it is counted: "每年最多补助3次", "贴息总额控制在100万元以内".
  if ((r.comparator === 'lte' || r.comparator === 'lt') && ANY_GRANT_WORDS(clause)) return 'parameter';
  // "培育年营业收入超100亿元企业5家": a bound on an amount, then the things counted, is a threshold
  // ("突破1000亿元大关" counts nothing after it and stays a target).
  const c = text[r.suffixEnd];
  if (q.kind === 'money' && r.comparator !== 'eq' && r.countFollows && c !== undefined && IDEOGRAPH.test(c)) return 'parameter';
  if (r.appositive || r.perfective || r.status) return 'baseline';
  if (ANY_BASELINE_CUES(before)) return 'baseline';
  if (q.kind === 'count' && isActedOn(text, before, r.suffixEnd, r.clauseEnd)) return 'baseline';
  if (q.kind === 'count' && r.comparator === 'eq' && isWholeOfScope(r, before)) return 'baseline';
  if (BASELINE_FROM.some((w) => text.startsWith(w, r.prefixStart - w.length))) return 'baseline';
  if (r.afterFrom && !r.governed && BASELINE_CHANGE.some((w) => text.startsWith(w, r.prefixStart - w.length))) return 'baseline';
  return 'target';
}

const BOUNDS: Comparator[] = ['gt', 'gte', 'lt', 'lte', 'between'];
const GLUE = [...LIST_GLUE_WORDS].sort((a, b) => b.length - a.length);

/**
 * The clause opens with 对/对于 (not 对标, 对接…) and, after the quantity, names its subject after a 的
 * ("…不少于20家、且绩效评价为优秀的科技服务机构"). A bound, or a grant in the sentence, makes it a
 * threshold: "对120家规上的企业开展诊断" counts the firms reached and stays a goal.
 */
function inCondition(r: RoleInput): boolean {
  const { text } = r;
  let at = r.clauseStart;
  for (let moved = true; moved; ) {
    moved = false;
    for (const w of GLUE) {
      if (text.startsWith(w, at) && at + w.length < r.prefixStart) {
        at += w.length;
        moved = true;
        break;
      }
    }
  }
  const opener = CONDITION_OPENERS.find((w) => text.startsWith(w, at));
  if (opener === undefined || NOT_CONDITION_OPENERS.some((w) => text.startsWith(w, at))) return false;
  let de = -1;
  for (let i = r.suffixEnd; i < r.clauseEnd; i++) {
    if (text[i] === CONDITION_END) {
      de = i;
      break;
    }
  }
  if (de < 0 || !IDEOGRAPH.test(text[de + 1] ?? '') || GOAL_NOUNS.some((w) => text.startsWith(w, de + 1))) return false;
  if (BOUNDS.includes(r.comparator)) return true;
  const sentence = text.slice(r.sentenceStart, r.sentenceEnd);
  return ANY_GRANT_VERBS(sentence);
}

/** An opener (按照) before the quantity and a closer (标准) after it, in one clause. */
function inRuleFrame(before: string, after: string): boolean {
  return ANY_RULE_FRAME_OPENERS(before) && ANY_RULE_FRAME_CLOSERS(after);
}

/** "对全市1126个终端开展排查": 对, a scope word, the count, then an action on what was counted. */
function isActedOn(text: string, before: string, suffixEnd: number, clauseEnd: number): boolean {
  // 对 opens the clause or follows its agent ("组织专业技术力量对全市1126个终端"); the scope is short,
  // or longer when it opens with a scope word ("对全镇12个村3150户脱贫户、86户监测户").
  const k = before.lastIndexOf(OBJECT_MARK);
  if (k < 0) return false;
  const scope = before.slice(k + 1);
  const opensScope = SCOPE_WORDS.some((w) => scope.startsWith(w));
  if (scope.length > (opensScope ? OBJECT_LIST_MAX : OBJECT_SCOPE_MAX)) return false;
  if (!ANY_SCOPE_WORDS(scope) || ANY_NEW_THINGS(scope)) return false;
  const after = text.slice(suffixEnd, clauseEnd);
  return ANY_OBJECT_ACTIONS(after);
}

/**
 * "全镇12个村集体经济收入全部达到8万元以上": a count right behind a scope word, opening its clause, is
 * the whole that exists there when the clause goes on to measure it (another quantity, or 全部/均).
 */
function isWholeOfScope(r: RoleInput, before: string): boolean {
  const { text } = r;
  const scope = SCOPE_WORDS.find((w) => before.endsWith(w));
  if (scope === undefined) return false;
  let lead = before.slice(0, before.length - scope.length);
  if (lead.startsWith(OBJECT_MARK)) lead = lead.slice(OBJECT_MARK.length);
  for (const ch of lead) if (IDEOGRAPH.test(ch)) return false;
  const after = text.slice(r.suffixEnd, r.clauseEnd);
  return r.laterInClause || ANY_TOTALITY_WORDS(after);
}
