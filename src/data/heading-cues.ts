// Words of headings and look-backs: what a section's title says about the numbers under it (a review, goals, a
// glossary), the openers of a paragraph looking back, and the five-year periods and compared years a text names.

/**
 * Section headings that set what the numbers under them are (a heading is read only when short,
 * so a sentence that mentions 目标 is not one). A heading naming both (发展基础和主要目标) decides nothing.
 */
/** A heading making the years it names what it says ("努力使今后五年成为…的五年", "奋力把今年建设成为…"): a goal, never a review. */
export const GOAL_MAKING_WORDS = ['成为'];
/** …but a task surveying how things stand names no review: "持续开展土壤污染防治现状调查" (a task's verb opening it; not "现状分析"). */
export const SURVEY_HEADINGS = ['现状调查', '现状评估', '现状摸排', '现状排查', '现状普查', '现状监测', '现状分析', '现状核查'];
export const SURVEY_TASK_VERBS = ['持续开展', '组织开展', '全面开展', '开展', '组织', '完成', '推进', '做好', '深化'];
export const BASELINE_HEADINGS = [
  '发展基础', '发展现状', '现状', '基本情况', '工作回顾', '回顾', '取得成效', '主要成效', '工作成效', '工作基础', '现实基础', '已有基础',
  '工作总结', '总结', '发展成就', '主要成就',
  // the years a heading says great achievements were made in ("改革开放和现代化建设取得伟大成就的五年"; not "…取得重大成就",
  // "努力使今后五年成为…取得新成就的五年")
  '伟大成就的五年', '巨大成就的五年', '显著成就的五年', '重大成就的五年', '历史性成就的五年', '巨大成就的一年', '显著成就的一年', '重大成就的一年',
  '过去五年', '过去一年', '过去三年', '五年来', '一年来', '三年来',
  // what a notice hands out now: "一、第一批资金下达情况"
  '下达情况', '分配情况', '安排情况', '拨付情况',
  // the scope of an action is what exists: "二、整治范围"
  '整治范围', '排查范围', '实施范围', '工作范围', '治理范围', '检查范围', '清查范围', '调查范围', '普查范围', '适用范围',
];
/**
 * …and a heading that is only how the work went, as a bureau's report before its plan has ("一、主要工作情况",
 * "一、2024年工作开展情况" before "二、2025年工作思路"), not a task reporting it ("按月通报工作开展情况").
 */
export const WORK_STATUS_HEADING = /^(?:主要|(?:19|20)\d{2}年度?)?工作(?:开展)?情况$/;
/**
 * A heading that is only the work of a year ("一、2022年主要工作", "2022年重点工作", a speech's "首先报告2001年的工作"): with a year before the plan's, in a
 * report written after it, the work was done and its numbers report (a task on the past, "做好2024年遗留工作收尾", is none).
 */
export const YEAR_WORK_HEADING = /^(?:首先)?(?:报告|回顾)?(?:19|20)\d{2}年度?的?(?:主要|重点)?工作$/;
/**
 * A table's caption naming how things stand ("“十三五”期间…建设情况一览表", "…设施设备运维情况汇总表") or what is handed
 * over as it is ("…公共排水设施移交清单"): its numbers report.
 */
export const STATUS_TABLE_TITLE = /(?:情况(?:汇总|统计|一览)?表|移交清单)$/;
/** A heading that builds its base names a task, not the base as it is: "（五）保障改善民生，筑牢高质量发展基础". */
export const BASE_BUILDING_VERBS = ['筑牢', '夯实', '打牢', '厚植', '奠定', '筑实', '稳固', '巩固', '打好', '筑就'];
/** A report's glossary explains what its terms already name: its numbers report, unless a year or 力争 makes one an aim. */
export const GLOSSARY_HEADINGS = ['名词解释', '名词注释', '名词解析'];
/** With a year before the plan's own ("2024年主要成效", "2023年完成情况"), a heading reports the past. */
export const PAST_YEAR_HEADINGS = ['成效', '成果', '完成情况', '执行情况', '进展', '成绩', '情况'];
/**
 * A paragraph opening with a look back reports the past: "过去五年，我们累计完成…", "五年来，…",
 * "近三年来，…", "这五年，…", "这几年来，…": a prefix, a numeral (几 only before 来, 间 or 里) and 年, then one of the tails.
 */
export const REVIEW_OPENER_PREFIXES = ['刚刚过去的', '刚过去的', '过去的', '过去', '这', '近', ''];
const PAST_TAILS = ['', '来', '间', '里'];
export const REVIEW_OPENER_TAILS: Record<string, string[]> = { 刚刚过去的: PAST_TAILS, 刚过去的: PAST_TAILS, 过去的: PAST_TAILS, 过去: PAST_TAILS, 这: ['', '来', '些'], 近: ['来'], '': ['来'] };
/** …and the headings of goals. */
export const GOAL_HEADINGS = ['主要目标', '发展目标', '工作目标', '总体目标', '具体目标', '预期目标', '目标任务', '分年度目标', '阶段目标'];
/** A longer title still reads as a review when it says only that ("2025年主要工作和“十四五”发展成就"): work reports name two periods. */
export const REVIEW_HEADING_MAX = 30;
/** Words that end a review's heading a flattened copy ran into its body ("…财政改革和发展回顾“十三五”时期是…"). */
export const RUN_IN_REVIEW_ENDINGS = ['回顾', '总结', '成效', '成就'];
/** Words before a year in a heading that make it a point of comparison, not the section's date ("较2024年下降"). */
export const COMPARED_YEAR_CUES = ['较', '比', '与', '同', '相比', '低于', '高于', '从', '由', '自'];
/**
 * …a five-year period in running text only after a comparison ("较“十三五”时期同比下降", "快于“十三五”年均增长水平"):
 * "从“十三五”末主要指标看" and "对照“十四五”末目标要求" read it.
 */
export const COMPARED_PERIOD_CUES = [...COMPARED_YEAR_CUES.filter((w) => !['从', '由', '自'].includes(w)), '快于', '慢于'];
/** A five-year plan named as a horizon in a heading ("“十四五”时期主要目标", "十五五期间") dates its section by its last year; "围绕“十四五”规划开好局" names the plan, no horizon. */
export const HORIZON_WORDS = ['时期', '期间', '末', '目标', '规划目标'];
/** The parts of a plan a heading opening with a five-year plan may name: "三、“十四五”总体思路" (not "“十四五”开局之年", "“十四五”规划中期评估"). */
export const HORIZON_SECTION_WORDS = ['总体思路', '总体要求', '主要任务', '重点任务', '目标任务', '发展目标', '主要目标', '发展回顾', '发展环境', '发展成就', '主要成就', '发展基础'];
/**
 * The plan named as what sets the numbers after it ("“七五”计划草案规定，…平均每年增长百分之六点七" → 1990; not "落实“十四五”规划"),
 * before a clause break or 要求 (not "…规划确定的主要目标任务", "…规划提出后").
 */
export const PLAN_SETTING_WORDS = ['计划草案规定', '计划规定', '计划提出', '规划提出', '规划纲要提出', '规划确定', '规划明确', '规划纲要明确'];
/**
 * …and in running text, only as a time ("“十一五”期间…提高到72%") or over its years ("“十一五”年均增长7.5%"):
 * "落实“十四五”规划" names a plan, no year.
 */
export const BODY_HORIZON_WORDS = ['时期', '期间', '期末', '末', '年均'];

/**
 * A heading that names the rules under it ("申报条件", "奖励标准", "参加办法", "录取办法"): a short title ending in
 * one of RULE_HEADING_ENDS and naming one of these topics. "完善考核办法" (a verb first) names a task.
 */
export const RULE_HEADING_ENDS = ['条件', '标准', '办法', '规则'];
export const RULE_HEADING_TOPICS = ['申报', '申请', '参加', '参赛', '报名', '录取', '竞赛', '比赛', '选派', '评选', '奖励', '支持', '补助', '补贴', '资助', '收费', '年龄', '计分', '评分'];
/** …and these whole titles. */
export const RULE_HEADING_TITLES = ['基本条件', '基本要求'];
/** A title opening with one of these names a task ("优化项目申报和管理办法"), not the rules under it. */
export const TASK_HEADING_VERBS = ['优化', '完善', '健全', '建立', '规范', '改革', '创新', '制定', '修订', '落实', '加强', '强化', '推进', '推动', '提高', '提升', '改善', '用好', '大力'];
/** The longest title read as a heading of rules. */
export const RULE_HEADING_MAX = 12;
/** The longest title still read as a heading. */
export const HEADING_MAX = 16;
