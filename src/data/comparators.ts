// Comparator words (TARGETS.md §4). A suffix after the unit wins over a
// prefix before the number: "超过100万元以上" is gte.
import type { Comparator } from '../tree/schema.js';

/** Words right before the number (spaces ignored); longest match wins, so 不低于 beats 低于. */
export const PREFIX_COMPARATORS: Record<string, Comparator> = {
  超过: 'gt', 超出: 'gt', 超: 'gt', 逾: 'gt', 突破: 'gt', 高于: 'gt', 多于: 'gt', 大于: 'gt',
  不低于: 'gte', 不少于: 'gte', 不小于: 'gte', 至少: 'gte', 最少: 'gte', 最低: 'gte',
  不得超过: 'lte', 不得高于: 'lte', 不得低于: 'gte', 不得少于: 'gte',
  不超过: 'lte', 不高于: 'lte', 不多于: 'lte', 不大于: 'lte', 控制在: 'lte', 最高: 'lte', 最多: 'lte',
  低于: 'lt', 少于: 'lt', 小于: 'lt', 不足: 'lt', 不到: 'lt', 不满: 'lt', 未满: 'lt', 未达到: 'lt', 未达: 'lt',
  约: 'approx', 近: 'approx', 接近: 'approx', 大约: 'approx', 将近: 'approx',
  满: 'gte', 过: 'gt',
  上限为: 'lte', 上限是: 'lte', 最高为: 'lte', 最多为: 'lte', 最高限额为: 'lte', 下限为: 'gte', 最低为: 'gte',
  // a term's limits: 续展期最长为三年, 最长不超过60日 (不超过 wins, longest match), 最短为1年
  最长为: 'lte', 最长: 'lte', 最短为: 'gte', 最短: 'gte',
  达到: 'eq', 达: 'eq', 为: 'eq', 实现: 'eq', 新增: 'eq',
  // a change or a level stated with 为: "由85个减为26个", "增长速度的调控目标定为8%"
  减为: 'eq', 减少为: 'eq', 降为: 'eq', 降低为: 'eq', 下降为: 'eq', 增为: 'eq', 增加为: 'eq', 提高为: 'eq', 调整为: 'eq', 定为: 'eq',
  // (whole, where a verb ends in the one-character verb: 核定为, 削减为)
  ...Object.fromEntries([...['确', '核', '设', '规', '评', '认', '鉴', '拟', '界', '限', '锁', '选', '指', '划', '审', '测', '判', '制'].map((v) => `${v}定为`),
    ...['压', '削', '缩', '核', '递', '消'].map((v) => `${v}减为`), '递增为', '骤降为'].map((w) => [w, 'eq' as const])),
  // an indicator table's signs
  '≥': 'gte', '≧': 'gte', '≤': 'lte', '≦': 'lte', '>': 'gt', '<': 'lt',
};

/** The comparators that bound a value (not eq, approx or a range's between). */
export const BOUND_COMPARATORS: ReadonlySet<Comparator> = new Set<Comparator>(['gte', 'gt', 'lte', 'lt']);

/** Words whose tail reads as a prefix above but is not one: 通过, 经过 (not 过 "over"). */
export const NOT_PREFIX_WORDS = ['通过', '经过', '不过', '越过', '跨过', '度过', '错过', '路过'];

/**
 * Bounds that reach across a short verb to the number: "至少选择1家", "不少于开展3次".
 * Only when nothing but a few characters of Chinese (no numeral, no 的) stands between.
 */
export const CROSS_VERB_COMPARATORS: Record<string, Comparator> = {
  至少: 'gte', 最少: 'gte', 不少于: 'gte', 不低于: 'gte', 不得少于: 'gte', 不得低于: 'gte',
  不超过: 'lte', 不高于: 'lte', 不多于: 'lte', 不得超过: 'lte', 最多: 'lte',
};
/** The longest verb a bound may reach across. */
export const CROSS_VERB_GAP = 4;

/** Words right after the unit. */
export const SUFFIX_COMPARATORS: Record<string, Comparator> = {
  及以上: 'gte', 或以上: 'gte', 以上: 'gte',
  及以下: 'lte', 或以下: 'lte', 以下: 'lte', 以内: 'lte', 之内: 'lte',
  左右: 'approx', 上下: 'approx',
};

/** Marks between the unit and its suffix that keep the suffix: "30人(含)以下" (full-width folded). */
export const INCLUSIVE_MARKS = ['(含)', '(包含)', '(包括)'];
/** …and the mark of a bound left out: "1亿元(不含)至3亿元", "2000万元以下(不含)". */
export const EXCLUSIVE_MARKS = ['(不含)'];

/** After a time span only: "1个工作日内办结" (内 after a count names a place: 3个园区内). */
export const DURATION_SUFFIX_COMPARATORS: Record<string, Comparator> = { 内: 'lte' };

/**
 * A bound may stand before the base a percentage is taken of: "低于…月平均工资60%", "按不超过…投资额的5%".
 * The base must end in 的 or in one of these nouns, and hold no numeral and none of BASE_BREAKS.
 */
export const BASE_NOUN_TAILS = ['工资', '收入', '标准', '总额', '总数', '总量', '均值', '平均值', '平均水平', '基数', '金额', '费用', '额度', '投资额'];
export const BASE_BREAKS = ['增长', '提高', '提升', '下降', '降低', '增加', '减少', '达到', '占', '比重', '比例', '率'];
/** The longest base reached across. */
export const BASE_GAP = 40;

/** Between the number and the unit: 100余家, 十多个 ("more than"). */
export const INFIX_COMPARATORS: Record<string, Comparator> = { 余: 'gt', 多: 'gt' };

/** Caps and floors that govern a clause without touching the number: 最高可一次性贷款五十万元. */
export const CLAUSE_COMPARATORS: Record<string, Comparator> = { 最高: 'lte', 最多: 'lte', 上限: 'lte', 最低: 'gte' };
/**
 * …only when followed by one of these (or a numeral): 最高可, 最高不超过, 最高奖励; 最低工资标准, 最高人民法院
 * and 最多跑一次 are nouns and names.
 */
export const CLAUSE_COMPARATOR_NEXT = ['可', '不', '为', '按', '给予', '一次性', '奖励', '补助', '补贴', '资助', '贴息', '奖补', '贷款', '支持', '限额', '额度', '申请'];

/** Between the two numbers of a range: 1-3个, 1～3个, 2—3项, 1至2个, 2到3家. */
export const RANGE_SEPARATORS = '-~—–～〜至到';

const longestFirst = (table: Record<string, unknown>) => Object.keys(table).sort((a, b) => b.length - a.length);
export const PREFIX_WORDS = longestFirst(PREFIX_COMPARATORS);
export const SUFFIX_WORDS = longestFirst(SUFFIX_COMPARATORS);
export const CLAUSE_WORDS = longestFirst(CLAUSE_COMPARATORS);
export const CROSS_VERB_WORDS = longestFirst(CROSS_VERB_COMPARATORS);

/**
 * Words of a level missed ("未达到60万千米"): before the level of a goal or a standard ("未达到6%的预期目标",
 * "未达到35微克/立方米的国家二级标准") they bound nothing, the level is the goal's own.
 */
export const SHORTFALL_WORDS = ['未达到', '未达'];
export const MISSED_LEVEL_AFTER = /^的[^，,。；;]{0,12}(?:目标|任务|标准|要求|计划)/;
