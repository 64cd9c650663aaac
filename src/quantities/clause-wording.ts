// Rules that read a clause's wording: what each may do (每队可报…), how money is divided (合同金额的30%),
// a rate applied (按照每千人口…), how often a routine recurs (每季度…1次), a measure defined (…的比例) and a
// verb that yields an amount, what meeting a bound allows (…即可), a quoted rule carried out, the size of each thing
// a standard bounds (每个花园总面积…以上) and the level that triggers what follows (…达到60万千米时). Their words are in src/data/wording-cues.ts; role.ts applies them.
import { FUND_NOUNS, GOAL_NOUNS, MAKING_VERBS, MODALITY_WORDS, NOT_TRIGGER_ENDS, PARAMETER_MONEY_CUES, SHI_WORDS, STANDARD_LEADS, STANDARD_RAISES, TRIGGER_END } from '../data/target-cues.js';
import type { Comparator } from '../tree/schema.js';
import {
  ALLOTTED_TIME_UNITS, AMOUNT_VERBS, CONSEQUENCE_OPENERS, TAX_MEASURE_AFTER, TAX_MEASURE_BEFORE, TAX_RULE_NAMES, DEFINITION_TAILS, EACH_THING_CLASSIFIERS, EXECUTION_VERBS, GOVERNED_AREA_STARTS, MONEY_BASES, PLAN_SETTING_VERBS, RATE_FRAME_OPENERS,
  RULE_NOUNS_AFTER, SHARE_USES, SIZE_NOUNS, TIME_LIMIT_NAMES, CIRCLE_WORD, CIRCLE_SPAN_UNITS, CIRCLE_VERBS, COHORT_FORECASTS, COHORT_NOUNS, COHORT_OPENERS, COHORT_QUALIFIERS, WHOLE_SCOPES, PER_CAPITA, PER_CAPITA_FUNDS, PER_CAPITA_SETTERS, PER_CAPITA_MEASURES,
  NOT_CARRIER_WORDS, STANDARD_CARRIERS, STANDARD_SENTENCE_WORDS, CONDITION_BOUNDS, GOAL_VERBS_AFTER, STATE_NOUNS,
  HOLDING_VERBS,
} from '../data/wording-cues.js';
import { ALLOTMENT_CUES } from '../data/units.js';
import { pastSpacesAhead, pastSpacesBack } from './non-quantities.js';
import { firstYearFrom } from './context.js';
import { has, L, type RoleInput } from './role-input.js';
import type { Quantity } from './quantity.js';
import { alternation, anyIn, firstEndingIn, firstStartingAt, someEndingAt, someEndingIn, someStartingAt, wordsIn } from './words.js';
import { charTable, isIdeograph } from '../char-table.js';

/** 每…可 before the number in its sentence: what each may do ("每队可报领队1名"), a permission and its limit. */
export function perPermission(text: string, from: number, to: number): boolean {
  // char by char within [from, to): an indexOf would read on to the end of a long text for every quantity
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== PER) continue;
    for (let j = i + 1; j < to && j - i <= PERMISSION_REACH; j++) {
      const c = text.charCodeAt(j);
      if (c === MAY) return !MAY_IN_WORD.test(text.slice(j + 1, j + 3));
      if (PERMISSION_BREAKS[c] === 1) break;
    }
  }
  return false;
}
const PER = '每'.charCodeAt(0);
const MAY = '可'.charCodeAt(0);
/** 可 opening a word, not a permission: 可回收物, 可再生能源, 可持续, 可视化, 可控, 可靠, 可及, 可报销. */
const MAY_IN_WORD = /^(?:回收|再生|持续|视|控|靠|及|报销|支配|办率|能)/;
const PERMISSION_BREAKS = charTable(',;。:');
/** 每 and 可 stand this close, in one clause: "每家申报单位每年可申请". */
const PERMISSION_REACH = 10;

/** A verb of yielding ends right at the position (AMOUNT_VERBS): "提供1亿元以上的增信担保". */
export const AMOUNT_VERB_BEFORE = someEndingAt(AMOUNT_VERBS);
const WHOLE_SCOPE_BEFORE = firstEndingIn(WHOLE_SCOPES);
/** A share of a whole the verb before it names: "覆盖全国10%左右的县" (not a threshold: 实现全市500万元以上的项目…). */
export const shareOfWholeBefore = (text: string, at: number) => {
  const scope = WHOLE_SCOPE_BEFORE(text, 0, at);
  return scope !== undefined && (AMOUNT_VERB_BEFORE(text, at - scope.length) || HOLDING_VERB_BEFORE(text, at - scope.length));
};
const HOLDING_VERB_BEFORE = someEndingAt(HOLDING_VERBS);

/** The quantity's sentence defines a measure (one noun phrase ending in DEFINITION_TAILS): no year, no aim, nothing reached. */
export function definesMeasure(r: RoleInput): boolean {
  const { text } = r;
  if (r.pastYear || r.context === 'goal' || r.context === 'baseline' || r.sentenceEnd - r.sentenceStart > DEFINITION_MAX) return false;
  // a year in the sentence dates a goal (a heading's year over an annex of definitions does not)
  const y = firstYearFrom(r.years, r.sentenceStart);
  if (y < r.years.length && r.years[y]!.start < r.sentenceEnd) return false;
  let end = r.sentenceEnd;
  while (end > r.q.end && SENTENCE_TAIL.test(text[end - 1] ?? '')) end--;
  // "…的城市建设用地规模(平方公里)": the unit the measure is given in
  if (text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end - 1);
    if (open > r.q.end && end - open <= UNIT_NOTE_MAX) end = open;
  }
  if (!DEFINITION_TAILS.some((w) => text.startsWith(w, end - w.length) && end - w.length >= r.suffixEnd)) return false;
  // one noun phrase: no clause break, but one that goes on to what it is a share of ("…长度，占…的百分比")
  for (let i = r.sentenceStart; i < end; i++) if (text.charCodeAt(i) === COMMA && text[i + 1] !== RATIO_MARK) return false;
  return !has(r, L.ATTAINMENT_VERBS, r.sentenceStart, r.sentenceEnd) && !MODALITY_IN(text, r.sentenceStart, r.sentenceEnd);
}
const COMMA = ','.charCodeAt(0);
const RATIO_MARK = '占';
/** A definition is one noun phrase: longer sentences are not read as one. */
const DEFINITION_MAX = 200;
const MODALITY_IN = anyIn(Object.keys(MODALITY_WORDS));
const SENTENCE_TAIL = /[。;；.\s]/;
const UNIT_NOTE_MAX = 8;

/** "合同金额的30%", "60%以上用于一线职工教育": a share of money or its use, where nothing aims (MONEY_BASES). */
export function isMoneyShare(r: RoleInput): boolean {
  if (r.q.kind !== 'percent') return false;
  const { text, prefixStart: b, suffixEnd } = r;
  // "占固定资产投资总额的60%": a ratio a plan reaches, not money divided
  if (has(r, L.RATIO_WORDS, r.clauseStart, b)) return false;
  if (SHARE_USES.some((w) => text.startsWith(w, suffixEnd))) return has(r, L.MONEY_BASES, r.sentenceStart, b);
  return text[b - 1] === OF && MONEY_BASE_BEFORE(text, b - 1);
}

/**
 * The rules that read a clause's wording (what each may do, a share of money, a rate applied, a definition)
 * yield to what governs it: a deadline or 力争/确保, a 主要目标 heading, and a report of the past.
 */
export const softRules = (r: RoleInput) => !r.governed && !r.pastYear && r.context !== 'goal' && r.context !== 'baseline';
/**
 * …but a level a policy sets (a fee, a price, a standard raised) yields only to an aim: the plan's own year
 * ("今年小麦最低收购价每50公斤提高7.4元") sets this year's rule, a later deadline or 力争 makes it a goal.
 */
export const setRules = (r: RoleInput) => !r.aims && !r.pastYear && r.context !== 'goal' && r.context !== 'baseline';

/** "按照每千人口不少于10个托位": a rate per so many (not per year or month: 按照每年下降3%的目标 is a pace). */
export function isRateFrame(r: RoleInput): boolean {
  const { text } = r;
  // read within the clause only: an indexOf would read on to the end of a long text for every quantity
  for (let i = r.clauseStart; i < r.prefixStart; i++) {
    const w = RATE_FRAME_AT(text, i);
    if (w === undefined || i + w.length > r.prefixStart) continue;
    if (!RATE_TIME_UNITS.includes(text[i + w.length] ?? '') && !has(r, L.PACE_CLOSERS, r.suffixEnd, r.clauseEnd)) return true;
  }
  return false;
}
const RATE_FRAME_AT = firstStartingAt(RATE_FRAME_OPENERS);

/** "每季度召开1次": a count of times (次) a routine recurs each period, not an event a plan holds (HELD_EVENTS). */
export const isRoutine = (r: RoleInput) =>
  r.q.unit === TIMES && has(r, L.ROUTINE_PERIODS, r.clauseStart, r.prefixStart) && !has(r, L.HELD_EVENTS, r.clauseStart, r.clauseEnd)
  // "每年召开联席会议不少于2次": a yearly floor is what the plan holds itself to
  && !(YEARLY_AT(r.text, r.clauseStart, r.prefixStart) && (r.comparator === 'gte' || r.comparator === 'gt'));
const YEARLY_AT = anyIn(['每年']);
const MONEY_BASE_BEFORE = someEndingAt(MONEY_BASES);
const TIMES = '次';
const RATE_TIME_UNITS = ['年', '月', '季', '周', '天', '日'];
const OF = '的';

const CONSEQUENCE_AT = someStartingAt(CONSEQUENCE_OPENERS);
const CLAUSE_BREAK_CODES = charTable(',;');
/** A bound whose clause is followed by one saying what meeting it allows: "投资达到25%以上，即可办理预售许可". */
export function allowsOnceMet(r: RoleInput): boolean {
  return r.comparator !== 'eq' && CLAUSE_BREAK_CODES[r.text.charCodeAt(r.clauseEnd)] === 1 && CONSEQUENCE_AT(r.text, r.clauseEnd + 1);
}

const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);
const EXECUTION_BEFORE = someEndingAt(EXECUTION_VERBS);
/** The number stands inside a quotation that a verb of carrying out opens, in its sentence: 执行“…不低于20%…”. */
export function inExecutedQuote(r: RoleInput): boolean {
  const { text } = r;
  for (let i = r.q.start - 1; i >= r.sentenceStart; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_QUOTE) return false;
    if (c === OPEN_QUOTE) return EXECUTION_BEFORE(text, i);
  }
  return false;
}

const PLAN_SETTING_AT = someStartingAt(PLAN_SETTING_VERBS);
/** "拟按3%安排": the level is the plan's own, set with 按 (and a 左右 or bound before the verb). */
export const setsOwnLevel = (r: RoleInput) => PLAN_SETTING_AT(r.text, r.suffixEnd);

const RULE_NOUN_AT = someStartingAt(RULE_NOUNS_AFTER);
/** A rate or an amount names the rule it is glued to at `at`: "降低工商业电价5%政策", "所得额100万元至300万元部分" (not "出台10项政策"). */
export const namesRuleAt = (q: Pick<Quantity, 'kind'>, text: string, at: number) => q.kind !== 'count' && RULE_NOUN_AT(text, at);
export const namesRule = (r: RoleInput) => namesRuleAt(r.q, r.text, r.suffixEnd);

/** "每个花园", "每条花街": 每, a classifier and the first characters of the things' noun; the last such in the text. */
const EACH_THING = new RegExp(`每(?:${EACH_THING_CLASSIFIERS.join('|')})([\\u4e00-\\u9fff(（]{1,3})(?!.*每(?:${EACH_THING_CLASSIFIERS.join('|')}))`, 's');
/** The size noun ends the words before the bound, a 达/为 aside: "总面积", "面积达". */
const SIZE_BEFORE = new RegExp(`(?:${SIZE_NOUNS.join('|')})(?:达|为|要|应)?$`);
const YEARLY = /每年|年均/;
/**
 * A bound on the size of each thing of a kind, the last named earlier in its sentence ("每个花园总面积2000平方米以上，其中…面积达1500平方米
 * 以上"): a standard each must meet. Not each area governed ("每个区市县…"), nor a yearly quota.
 */
export function sizeOfEach(r: RoleInput): boolean {
  // (力争/确保 makes it a goal: "力争到2025年，每所学校的运动场面积达到3000平方米以上"; a deadline of the clause before
  // does not: "在2020年前新建花海1个，每个花海…面积不得少于200亩")
  if (r.q.kind !== 'other' || r.q.info?.duration || r.comparator === 'eq' || r.comparator === 'approx' || r.comparator === 'between') return false;
  if (!SIZE_BEFORE.test(r.text.slice(r.clauseStart, r.prefixStart)) || MODALITY_IN(r.text, r.sentenceStart, r.q.start)) return false;
  const before = r.text.slice(r.sentenceStart, r.q.start);
  const each = EACH_THING.exec(before);
  return each !== null && !GOVERNED_AREA_STARTS.some((w) => each[1]!.startsWith(w)) && !YEARLY.test(before);
}

/** The comparators that bound: a threshold's. */
export const BOUNDS: Comparator[] = ['gt', 'gte', 'lt', 'lte', 'between'];
const SHI_WORD_AT = someStartingAt(SHI_WORDS);
const NOT_TRIGGER_AT_END = someEndingIn(NOT_TRIGGER_ENDS);
/** "当小时降雨量超过30毫米时,…": a bound in a clause that ends in 时 (not 同时, 小时…) after the number. */
export function isTrigger(r: RoleInput): boolean {
  // "行驶里程达到60万千米时强制报废": 时 right after the amount makes it the level that triggers, whatever bounds it,
  // unless an aim governs ("力争…达到5000亿元时实现翻番") or 时 opens a word ("迈入1000亿元时代")
  if (r.text[r.suffixEnd] === TRIGGER_END && !r.aims && !SHI_WORD_AT(r.text, r.suffixEnd)) return true;
  const last = r.clauseEnd - 1;
  return BOUNDS.includes(r.comparator) && last >= r.suffixEnd && r.text[last] === TRIGGER_END && !NOT_TRIGGER_AT_END(r.text, r.suffixEnd, r.clauseEnd);
}

/** How far a standard's value may stand after its lead ("执行标准为昼间55分贝"), with no 的 between. */
const STANDARD_VALUE_REACH = 6;
const STANDARD_LEAD_BEFORE = new RegExp(`(?:${STANDARD_LEADS.join('|')})(?:[^的，,。；;、]{0,${STANDARD_VALUE_REACH}}、)*[^的，,。；;、]{0,${STANDARD_VALUE_REACH}}$`);
/** How far back the lead of a standard's values is looked for. */
const STANDARD_LEAD_REACH = 40;
/**
 * The amount is a value a standard sets ("执行标准为昼间55分贝、夜间45分贝"), not a count of things its lead qualifies
 * ("执行标准为一级A的污水处理厂达到20座"): a few characters after the lead or the value before, and no 的.
 */
export const setsStandardValue = (r: RoleInput) =>
  STANDARD_LEAD_BEFORE.test(r.text.slice(Math.max(r.sentenceStart, r.prefixStart - STANDARD_LEAD_REACH), r.prefixStart));

/**
 * "执法队工作安排40日", "行政处罚（400个工作日）": days of work a plan allots to a task, after 安排 or alone in a bracket
 * after the task's name, are how much work it plans, not a term (not "办结时限（3个工作日）", "15个工作日内").
 */
export function isAllottedTime(r: RoleInput): boolean {
  const { text, q } = r;
  if (r.comparator !== 'eq' || !ALLOTTED_TIME_UNITS.includes(q.unit ?? '')) return false;
  const before = pastSpacesBack(text, r.prefixStart);
  if (ALLOTMENT_AT_END(text, before)) return true;
  if (!OPEN_BRACKETS[text.charCodeAt(before - 1)] || !BRACKET_ENDS[text.charCodeAt(pastSpacesAhead(text, r.suffixEnd))]) return false;
  // the bracket closes a heading (its clause opens the node's text) or a unit's name in its units note (after the view's break)
  if (r.clauseStart > 0 && text.charCodeAt(r.clauseStart - 1) !== NOTE_BREAK) return false;
  return !TIME_LIMIT_NAME_IN(text, r.clauseStart, before - 1);
}
const TIME_LIMIT_NAME_IN = someEndingIn(TIME_LIMIT_NAMES);
const ALLOTMENT_AT_END = someEndingAt(ALLOTMENT_CUES);
const NOTE_BREAK = 0x0a;
const OPEN_BRACKETS = charTable('(（');
/** The bracket closes after the days, or a remark on them follows ("（2845 个工作日，是按…51人计算）"). */
const BRACKET_ENDS = charTable(')）,，');

/** "打造城区步行15分钟、农村辐射5公里的人社服务圈": minutes or hours that name the circle the clause builds ("…圈" after them in it). */
export function namesCircle(r: RoleInput): boolean {
  // a limit (5分钟内到达) is none, and the clause builds it (打造, 构建, 形成, 建成, 建设)
  if (!CIRCLE_SPAN_UNITS.includes(r.q.unit ?? '') || r.comparator !== 'eq' || !CIRCLE_VERBS.some((v) => r.text.slice(r.clauseStart, r.q.start).includes(v))) return false;
  return r.text.slice(r.suffixEnd, r.clauseEnd).includes(CIRCLE_WORD);
}

/**
 * "奖补资金等增幅均超过10%": a percent that is the growth of a fund a grant word names (增幅, 增长, 增速 right before
 * it in the clause, the grant word only in the fund's name) measures the budget, not a grant's rate.
 */
export function fundGrowth(r: RoleInput): boolean {
  if (r.q.kind !== 'percent') return false;
  const before = r.text.slice(r.clauseStart, r.prefixStart);
  return GROWTH_WORDS.some((w) => before.includes(w)) && grantWordsIn(before) !== 'grant';
}

/** The grant words of `clause` (PARAMETER_MONEY_CUES): one that grants, only ones naming a fund ("奖补资金"), or none. */
export function grantWordsIn(clause: string): 'grant' | 'fund' | null {
  let fund = false;
  for (const w of PARAMETER_MONEY_CUES) {
    for (let k = clause.indexOf(w); k >= 0; k = clause.indexOf(w, k + w.length)) {
      if (FUND_NOUNS.some((f) => clause.startsWith(f, k + w.length))) fund = true;
      else return 'grant';
    }
  }
  return fund ? 'fund' : null;
}
const GROWTH_WORDS = ['增幅', '增长', '增速'];

/**
 * A tax's start or rate the amount is the level of (TAX_RULE_NAMES): named before it in its clause ("增值税起征点从…提高到15万元")
 * or right after it ("现行16%的税率", "保持6%一档的税率不变"), and not a measure of those who pay ("企业平均税率下降到12%").
 */
export function taxRule(r: RoleInput): boolean {
  const { text } = r;
  const after = text.slice(r.suffixEnd, r.suffixEnd + TAX_NAME_REACH);
  const k = after.indexOf(OF);
  if (k >= 0 && TAX_RULE_NAMES.some((w) => after.startsWith(w, k + 1) && isTaxRule(text, r.suffixEnd + k + 1, w))) return true;
  // searched within the clause only: an indexOf over the text would read on to its end for every quantity
  const clause = text.slice(r.clauseStart, r.prefixStart);
  for (const w of TAX_RULE_NAMES) {
    for (let k = clause.indexOf(w); k >= 0; k = clause.indexOf(w, k + w.length)) if (isTaxRule(text, r.clauseStart + k, w)) return true;
  }
  return false;
}
const isTaxRule = (text: string, at: number, w: string) =>
  !TAX_MEASURE_BEFORE.some((b) => text.startsWith(b, at - b.length)) && !TAX_MEASURE_AFTER.some((a) => text.startsWith(a, at + w.length));
const TAX_NAME_REACH = 8;

/** "人均基本公共卫生服务经费标准提高到25元": a standard raised to the amount right after it, no aim governing (力争, 到2025年). */
export const raisedStandard = (r: RoleInput) => setRules(r) && STANDARD_RAISED_BEFORE(r.text, r.prefixStart);
const STANDARD_RAISED_BEFORE = someEndingAt(STANDARD_RAISES);

const COHORT_CLAUSE = new RegExp(
  `^(?:${alternation(COHORT_OPENERS)})?(?:${alternation(COHORT_QUALIFIERS)})*(?:${alternation(COHORT_NOUNS)})(?:${alternation(COHORT_FORECASTS)})?$`,
);
/** The clause is only a cohort and how many there will be: see COHORT_NOUNS. */
export const countsCohort = (r: RoleInput) =>
  // (opening its sentence, under no goals' heading: "其中：高校毕业生1万人" is a part of a goal)
  r.q.kind === 'count' && !r.aims && r.context !== 'goal' && r.clauseStart === r.sentenceStart && COHORT_CLAUSE.test(r.text.slice(r.clauseStart, r.q.start));

const SETTER_REACH = 12;
const PER_CAPITA_FUND = new RegExp(`${PER_CAPITA}[^,，。;；]{0,12}(?:${alternation(PER_CAPITA_FUNDS)})|(?:${alternation(PER_CAPITA_FUNDS)})[^,，。;；]{0,8}${PER_CAPITA}$`);
/** The setter before the amount, or before the list it heads ("分别提高到300元和"). */
const SETS_LEVEL = new RegExp(`(?:${alternation(PER_CAPITA_SETTERS)})[^,，。;；]{0,${SETTER_REACH}}$`);
/**
 * Money per head a policy sets, as this year's rule: see PER_CAPITA_FUNDS. Set to its level (提高到, 不低于), not grown or
 * reached (人均教育经费支出比上年增加500元, 人均科普经费达到3元), nor what people spend or earn.
 */
export function perCapitaFund(r: RoleInput): boolean {
  if (!setRules(r)) return false;
  const before = r.text.slice(r.clauseStart, r.q.start);
  return PER_CAPITA_FUND.test(before) && SETS_LEVEL.test(before) && !PER_CAPITA_MEASURES.some((w) => before.includes(w));
}

/**
 * "每门课程教材不超过5种", "每所优质普通高中至少托管帮扶1所薄弱县中": a cap on how many each thing has or takes, or at least
 * one for each, is a standard (not each area governed, whose quota is a goal; nor what each builds: 每个县建成2个以上…;
 * nor a floor above one, a growth a plan wants: 每个二级节点接入企业不少于200家; nor under an aim).
 */
export function countOfEach(r: RoleInput): boolean {
  if (r.q.kind !== 'count' || r.aims || r.context === 'goal') return false;
  if (!(r.comparator === 'lte' || r.comparator === 'lt' || (r.comparator === 'gte' && r.q.value === 1))) return false;
  const each = EACH_THING.exec(r.text.slice(r.clauseStart, r.q.start));
  return each !== null && each.index === 0 && !GOVERNED_AREA_STARTS.some((w) => each[1]!.startsWith(w)) && !MAKING_IN(r.text, r.clauseStart, r.q.start);
}
const MAKING_IN = anyIn(MAKING_VERBS);

const STANDARD_SENTENCE_IN = anyIn(STANDARD_SENTENCE_WORDS);
const WHOLE_SCOPE_IN = anyIn([...WHOLE_SCOPES, '全年']);
const FIRST_CLAUSE_BREAKS = charTable(',，;；:：');
/** The first clause break in [a, b), else `b`: read no further than the sentence (a regex would run to the text's end). */
function firstClauseEnd(text: string, a: number, b: number): number {
  for (let i = a; i < b; i++) if (FIRST_CLAUSE_BREAKS[text.charCodeAt(i)] === 1) return i;
  return b;
}
/** A carrier (每, 各, 应, 须) standing as a word, not inside 应急, 相应, 供应… (NOT_CARRIER_WORDS). */
const carrierIn = wordsIn(STANDARD_CARRIERS, NOT_CARRIER_WORDS);
/**
 * "原则上常住人口5万人以上…的县，应建设1所普通高中", "各乡镇原则上应建设1个综合文化站，每个…配备专职人员2名": 原则上 in a
 * sentence's first clause makes its numbers standards there and in later clauses saying what each gets or should
 * (每, 各, 应, 须), but not a clause with an aim of its own or of a whole scope or year ("原则上每个县至少建设1所…，全省普通
 * 高中毛入学率达到95%", "…原则上应于10月底前开工，全年完成改造老旧小区120个").
 */
export function standardSentence(r: RoleInput): boolean {
  if (r.aims || WHOLE_SCOPE_IN(r.text, r.clauseStart, r.clauseEnd)) return false;
  const end = firstClauseEnd(r.text, r.sentenceStart, r.sentenceEnd);
  // (a later clause only where it says what each gets or should: "…，应建设1所", "…，每个…配备专职人员2名"; not "…，今年新建…5所")
  return STANDARD_SENTENCE_IN(r.text, r.sentenceStart, end) && (r.clauseStart <= end || carrierIn(r.text, r.clauseStart, r.prefixStart));
}

const CONDITION_BREAKS = /[,;。:]/;
/** …and the 的 closes them on things, not on a goal or a state ("…的目标", "…的良好态势"). */
const NOT_THINGS = [...GOAL_NOUNS, ...STATE_NOUNS];
/** After a bound at `at`, a 、 opening more conditions that a 的 closes before the clause ends ("以上、预期收益率不低于…的"). */
export function conditionsBeforeNoun(text: string, at: number, clauseEnd: number): boolean {
  if (text[at] !== '、') return false;
  const rest = text.slice(at + 1, clauseEnd);
  const of = rest.indexOf('的');
  if (of <= 0) return false;
  const conditions = rest.slice(0, of);
  return !CONDITION_BREAKS.test(conditions) && CONDITION_BOUNDS.some((w) => conditions.includes(w)) && !NOT_THINGS.some((w) => namesWhole(rest, of + 1, w));
}
/** `w` stands at `at` as a word of its own: no noun goes on after it ("的目标。", "的目标全面实现"; not 目标企业). */
const namesWhole = (s: string, at: number, w: string) => s.startsWith(w, at) && (!isIdeograph(s.charCodeAt(at + w.length)) || GOAL_VERBS_AFTER.some((v) => s.startsWith(v, at + w.length)));
