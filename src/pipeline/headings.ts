// What the headings above a node, and a look back opening its text, say about its numbers:
// goals, baselines or rules (TARGETS.md §2), and the year a heading dates its section by.
import {
  BASELINE_HEADINGS, SURVEY_HEADINGS, SURVEY_TASK_VERBS, GOAL_MAKING_WORDS, WORK_STATUS_HEADING, YEAR_WORK_HEADING, STATUS_TABLE_TITLE, BASE_BUILDING_VERBS, GLOSSARY_HEADINGS, COMPARED_PERIOD_CUES, COMPARED_YEAR_CUES, GOAL_HEADINGS, REVIEW_HEADING_MAX, HORIZON_WORDS, HORIZON_SECTION_WORDS, BODY_HORIZON_WORDS, PLAN_SETTING_WORDS, PAST_YEAR_HEADINGS, REVIEW_OPENER_PREFIXES, REVIEW_OPENER_TAILS,
  HEADING_MAX, RUN_IN_REVIEW_ENDINGS, RULE_HEADING_ENDS, RULE_HEADING_MAX, RULE_HEADING_TITLES, RULE_HEADING_TOPICS, TASK_HEADING_VERBS,
} from '../data/heading-cues.js';
import { RANGE_SEPARATORS } from '../data/comparators.js';
import { DATED_WORK_NOUNS } from '../data/doc-types.js';
import { FIVE_YEAR_PLAN, fiveYearPlanAt } from './meta.js';
import { yearsReadable } from './normalize.js';
import { scan, type YearMention } from '../quantities/scan.js';
import type { RoleContext } from '../quantities/role.js';
import { anyIn, escapeRegExp, listsIn, someEndingAt } from '../quantities/words.js';
import { relativeYears } from '../quantities/relative-years.js';
import { matchesOf } from '../quantities/regex-matches.js';

// The word lists a title is searched for, found in one pass (listsIn), each by its bit.
const HEADING_WORDS = listsIn([BASELINE_HEADINGS, GLOSSARY_HEADINGS, BASE_BUILDING_VERBS, GOAL_HEADINGS, PAST_YEAR_HEADINGS]);
const SURVEY_IN = anyIn(SURVEY_HEADINGS);
/** A task surveying how things stand: a task's verb opens the title, a survey word ends a clause of it. */
const surveyTask = (title: string) => SURVEY_TASK_VERBS.some((v) => title.startsWith(v)) && SURVEY_IN(title, 0, title.length);
const GOAL_MAKING_IN = anyIn(GOAL_MAKING_WORDS);
const BASELINE = 1;
const GLOSSARY = 2;
const BASE_BUILDING = 4;
const GOAL = 8;
const PAST_YEAR = 16;

/**
 * What a section title says about the numbers under it: null when it says nothing, undefined to keep climbing.
 * A rule lead-in in the title ("…应当符合以下条件") speaks for the children only: see extractTargets.
 */
export function headingContext(title: string, planYear: number | null): RoleContext | undefined {
  if (title.length > REVIEW_HEADING_MAX) {
    const head = runInReviewHead(title);
    return head === null ? undefined : headingContext(head, planYear);
  }
  if (namesRules(title)) return 'rule';
  // ("努力使今后五年成为取得重大成就的五年": a heading making the years what it names sets a goal)
  if (GOAL_MAKING_IN(title, 0, title.length)) return (HEADING_WORDS(title) & GOAL) !== 0 ? 'goal' : undefined;
  const found = HEADING_WORDS(title);
  if ((found & GLOSSARY) !== 0) return 'glossary';
  // (an older copy writes a heading's year full-width: "首先报告２００１年的工作")
  const plain = withReadableYears(title);
  const baseline = ((found & BASELINE) !== 0 && (found & BASE_BUILDING) === 0 && !tasksOnBase(title) && !surveyTask(title)) || (((found & PAST_YEAR) !== 0 || YEAR_WORK_HEADING.test(plain)) && reviewsPastYear(plain, planYear))
    || WORK_STATUS_HEADING.test(title) || STATUS_TABLE_TITLE.test(title);
  const goal = (found & GOAL) !== 0;
  if (title.length > HEADING_MAX) return baseline && !goal ? 'baseline' : undefined;
  if (baseline && goal) return null;
  return baseline ? 'baseline' : goal ? 'goal' : undefined;
}

/**
 * A clause of the title opening with a task's verb and ending in the base it builds does something to it: "（三）…，强化农业
 * 农村发展基础" (not a review of the task: "推进法治政府建设的主要成就", "推动高质量发展工作总结").
 */
const tasksOnBase = (title: string) =>
  title.split(CLAUSE_BREAKS).some((c) => TASK_HEADING_VERBS.some((v) => c.startsWith(v)) && BASE_WORDS.some((w) => c.endsWith(w) && !OF_BEFORE.includes(c[c.length - w.length - 1] ?? '')));
const BASE_WORD = '基础';
const BASE_WORDS = BASELINE_HEADINGS.filter((w) => w.endsWith(BASE_WORD));
const OF_BEFORE = ['的'];
const CLAUSE_BREAKS = /[,，;；]/;

/**
 * The heading a long title opens with when a flattened copy ran a review's heading into its body ("“十三五”时期财政改革和
 * 发展回顾" of "…回顾“十三五”时期是…"): the first review word within the heading's reach, with no comma before it, and a
 * body after it that opens as a look back does (a period, a year, 过去…). Else null: "及时总结推广…经验" is a task.
 */
function runInReviewHead(title: string): string | null {
  let end = -1;
  for (const w of RUN_IN_REVIEW_ENDINGS) {
    const at = title.indexOf(w);
    if (at > 0 && (end < 0 || at + w.length < end)) end = at + w.length;
  }
  if (end < 0 || end > REVIEW_HEADING_MAX || /[,，。;；]/.test(title.slice(0, end))) return null;
  return RUN_IN_REVIEW_BODY.test(title.slice(end)) ? title.slice(0, end) : null;
}
/** How a review's body opens: a period named, a year, or a look back. */
const RUN_IN_REVIEW_BODY = /^(?:[“"]|[0-9]{4}年|过去|近[一二三四五0-9]?年|今年|一年来|三年来|五年来|去年)/;

/** "申报条件", "奖励标准", "比赛项目与竞赛办法": a short title naming rules by their topic, no verb before it. */
function namesRules(title: string): boolean {
  if (RULE_HEADING_TITLES.includes(title)) return true;
  if (title.length > RULE_HEADING_MAX || !RULE_HEADING_ENDS.some((w) => title.endsWith(w)) || TASK_HEADING_VERBS.some((w) => title.startsWith(w))) return false;
  const at = RULE_HEADING_TOPICS.map((w) => title.indexOf(w)).filter((i) => i >= 0);
  // the topic opens the title, or follows a noun phrase joined to it ("奖励对象、方式及标准", "比赛项目与竞赛办法")
  return at.length > 0 && (Math.min(...at) === 0 || /[、与和及]/.test(title));
}

/**
 * "2024年主要成效", "2023年完成情况", "“十四五”时期…取得明显成效": a year or a five-year plan before the plan's, in a heading
 * the caller found a word of review in (PAST_YEAR_HEADINGS).
 */
function reviewsPastYear(title: string, planYear: number | null): boolean {
  if (planYear === null) return false;
  if (scan(title).years.some((y) => y.year < planYear)) return true;
  // …or a five-year plan before the plan's: "“十四五”时期平潭发展取得明显成效" in a 十五五 建议
  const horizon = title.includes(HORIZON_CUE) ? sectionYear(title, null) : null;
  return horizon !== null && horizon.year < planYear;
}

const reviewOpener = (prefixes: string[]) =>
  `(?:${prefixes.map((p) => `${escapeRegExp(p)}(?:[0-9一二三四五六七八九十两]+|几(?=年[来间里]))年(?:${REVIEW_OPENER_TAILS[p]!.map(escapeRegExp).join('|')})[,，]`).join('|')})`;
/** …anywhere in a flattened heading's run-in words, where an opener without a prefix ("一年来，") needs its own start. */
/** The longest scope a look back may follow in its sentence (在经济领域, 从国债投资的效果看). */
const SCOPE_BEFORE_LOOK_BACK = 10;
const RUN_IN_REVIEW_OPENER_RE = new RegExp(reviewOpener(REVIEW_OPENER_PREFIXES.filter((p) => p.length > 1)));
/**
 * "…在经济领域，过去一年里取得的…", "从国债投资的效果看，两年来通过…": a field (在…领域/方面/中) or a view (从…看), then a
 * look back over years counted in words (no comma needed after its 来, 间 or 里); not "到2027年，三年间…", "经测算，五年间…".
 */
const SCOPED_LOOK_BACK = `(?:在[^，,。;；]{1,${SCOPE_BEFORE_LOOK_BACK}}(?:领域|方面|工作中|中)|从[^，,。;；]{1,${SCOPE_BEFORE_LOOK_BACK}}看)[，,](?:过去的?|近|这)?[一二三四五六七八九十两几]+年(?:来|间|里)`;
const REVIEW_OPENER_START = new RegExp(`^(?:${reviewOpener(REVIEW_OPENER_PREFIXES)}|${SCOPED_LOOK_BACK})`);
/** "过去五年，我们累计完成…", "在经济领域，过去一年里…": a paragraph opening with a look back. */
export function opensReview(text: string): boolean {
  return REVIEW_OPENER_START.test(text.trimStart());
}
const REVIEW_OPENER_AT = new RegExp(`${reviewOpener(REVIEW_OPENER_PREFIXES)}|${SCOPED_LOOK_BACK}`, 'y');
/** "…。这几年来，国家先后在58个城市…": a sentence opening at `at` with the look back a paragraph may open with. */
export function looksBackAt(text: string, at: number): boolean {
  REVIEW_OPENER_AT.lastIndex = at;
  return REVIEW_OPENER_AT.test(text);
}

/** A bracketed part of a heading: "排查整治阶段（2025年5月—10月）". */
const HEADING_BRACKET_RE = /[(（]([^()（）]*)[)）]/g;
/**
 * The year a section's heading dates it by, in brackets ("排查整治阶段（2025年5月—10月）"): the last one
 * governs the section's own text where nothing else does. A year in the running words ("较2024年下降") does not.
 */
export function headingYear(title: string): YearMention | null {
  if (!title.includes('(') && !title.includes('（')) return null;
  let year: number | null = null;
  for (const m of matchesOf(HEADING_BRACKET_RE, title)) {
    const years = scan(m[1]!).years;
    if (years.length > 0) year = years[years.length - 1]!.year;
  }
  return year === null ? null : { start: -1, end: -1, year };
}

/**
 * The nearest heading, from the node itself up, that decides. `above` is what the ancestors'
 * headings decide (the nearest one that does, undefined when none does), worked out once per level.
 */
export function contextOf(own: RoleContext | undefined, above: RoleContext | undefined): RoleContext {
  if (own !== undefined) return own;
  return above === undefined ? null : above;
}

const comparedBefore = someEndingAt(COMPARED_YEAR_CUES);
const periodComparedBefore = someEndingAt(COMPARED_PERIOD_CUES);
/** The unit of every year mention (scan's and RELATIVE_YEARS'). */
const YEAR_UNIT = '年';
/** The 五 of 十五五: every horizon holds it, so a text without it is not searched. */
const HORIZON_CUE = '五';
const HORIZON = new RegExp(`(?:${FIVE_YEAR_PLAN.source})${HORIZON_CUE}[”"’」]?(?:${HORIZON_WORDS.map(escapeRegExp).join('|')})`, 'g');
/** A heading opening with a five-year plan and a part of a plan ("三、“十四五”总体思路", "一、“十三五”发展回顾") is about that period. */
const OPENING_QUOTES = '“"‘「';
const OPENING_HORIZON = new RegExp(`^[${OPENING_QUOTES}]?(?:${FIVE_YEAR_PLAN.source})${HORIZON_CUE}[”"’」]?(?:${HORIZON_SECTION_WORDS.map(escapeRegExp).join('|')})`);
const BODY_HORIZON = new RegExp(`(?:${FIVE_YEAR_PLAN.source})${HORIZON_CUE}[”"’」]?(?:${BODY_HORIZON_WORDS.map(escapeRegExp).join('|')}|(?:${PLAN_SETTING_WORDS.map(escapeRegExp).join('|')})(?=[,，:：]|要求))`, 'g');

/**
 * A plan ended more than this many years before the document's own year is another series' of the same name: "“八五”期间"
 * in a 2021 普法 plan is the eighth 普法 five years, not 1991–1995.
 */
const HORIZON_REACH = 20;
const outOfReach = (end: number, near: number | null) => near !== null && end < near - HORIZON_REACH;

/** "“十一五”期间", "十四五末" in running text: the plan's last year, as a year the sentence names (TARGETS.md §5). */
export function horizonYears(text: string, near: number | null = null): YearMention[] {
  if (!text.includes(HORIZON_CUE)) return [];
  const out: YearMention[] = [];
  for (const m of matchesOf(BODY_HORIZON, text)) {
    // a period compared with ("相比“十四五”时期明显缩短"), as a year is ("较2024年"), dates nothing
    const opening = OPENING_QUOTES.includes(text[m.index - 1] ?? '') ? m.index - 1 : m.index;
    if (periodComparedBefore(text, opening)) continue;
    const period = fiveYearPlanAt(text, m.index);
    if (period?.end != null && !outOfReach(period.end, near)) out.push({ start: m.index, end: m.index + m[0].length, year: period.end });
  }
  return out;
}

/** ",做实做细做成2021年工作": a heading's second phrase, cut from its title in a flattened copy, naming the year's work. */
const SECOND_PHRASE_YEAR = new RegExp(`^[,，][^,，。;；]{0,12}?((?:19|20)\\d{2})年(?:${DATED_WORK_NOUNS.map(escapeRegExp).join('|')})`);
/** The year the phrase after a heading's title names as its work, where a flattened copy cut the title at its comma, or null. */
export function secondPhraseYear(text: string, title: string): YearMention | null {
  if (!text.startsWith(title)) return null;
  const m = SECOND_PHRASE_YEAR.exec(text.slice(title.length, title.length + HEADING_MAX));
  return m ? { start: -1, end: -1, year: Number(m[1]) } : null;
}

/** ",2017年成效显著": a heading's second phrase, cut from its title in a flattened copy, reviewing a past year. */
export function secondPhraseReviews(text: string, title: string, planYear: number | null): boolean {
  if (!text.startsWith(title) || !SECOND_PHRASE.test(text[title.length] ?? '')) return false;
  const phrase = text.slice(title.length, title.length + HEADING_MAX);
  // …or the text run in after it opens with a look back ("…成果丰硕刚刚过去的一年，在…")
  return ((HEADING_WORDS(phrase) & PAST_YEAR) !== 0 && reviewsPastYear(phrase, planYear)) || RUN_IN_REVIEW_OPENER_RE.test(text.slice(title.length, title.length + 2 * HEADING_MAX));
}
const SECOND_PHRASE = /[,，]/;

/** A heading's year written full-width, spaced out or with ○ ("一、１９９６年国内工作的回顾", "关于1 9 9 8 年…", "二○三五年远景目标"). */
const ODD_DIGITS = /[０-９○]|[0-9][ \t]+[0-9]/;
const withReadableYears = (heading: string) => (ODD_DIGITS.test(heading) ? yearsReadable(heading) : heading);
/**
 * The year a heading dates everything under it by (TARGETS.md §5): "三、2025年工作安排", "一、2025年工作回顾"
 * (the end of a range, "2030—2035年目标"), 今年/明年 resolved against the document's year, or a five-year
 * plan named as the horizon ("“十五五”时期主要目标" → 2030). A year the heading compares with ("较2024年") does not.
 */
export function sectionYear(heading: string, documentYear: number | null): YearMention | null {
  // Every year the scan reads and every relative year ends in 年; every horizon holds 五: most headings hold neither.
  if (!heading.includes(YEAR_UNIT) && !heading.includes(HORIZON_CUE)) return null;
  const title = withReadableYears(heading);
  const years = scan(title).years;
  for (let k = 0; k < years.length; k++) {
    const y = years[k]!;
    if (comparedBefore(title, y.start)) continue;
    const next = years[k + 1];
    const ranged = next !== undefined && next.start - y.end <= 1 && RANGE_SEPARATORS.includes(title[y.end] ?? '');
    return { start: -1, end: -1, year: ranged ? next.year : y.year };
  }
  const relative = relativeYears(title, documentYear)[0];
  if (relative !== undefined) return { start: -1, end: -1, year: relative.year };
  // of two horizons ("“十四五”时期发展成就和“十五五”时期主要目标"), the later is what the section aims at
  const horizon = title.includes(HORIZON_CUE) ? (matchesOf(HORIZON, title).pop() ?? OPENING_HORIZON.exec(title) ?? undefined) : undefined;
  if (horizon) {
    const period = fiveYearPlanAt(title, horizon.index);
    if (period?.end != null && !outOfReach(period.end, documentYear)) return { start: -1, end: -1, year: period.end };
  }
  return null;
}

/**
 * "到2025年，本市…", "2030年目标：…": under a goal heading, a paragraph opening with its deadline, or labelled by the
 * year of its goals, dates the numbered goals after it.
 */
export function openingDeadline(text: string): YearMention | null {
  const m = OPENING_DEADLINE.exec(text);
  return m ? { start: -1, end: -1, year: Number(m[1] ?? m[2]) } : null;
}
const OPENING_DEADLINE = /^\s*(?:(?:力争)?(?:到|至)(\d{4})年(?:底|末)?[,，]|(\d{4})年(?:远景)?目标[:：])/;
