// Document metadata from what the page shows: the metadata table, the title
// line or the 关于印发《…》的通知 wrapper, and the plan years; and the facts about the
// document the quantity stage reads (isRuleDocument; its years in plan-year.ts).
import type { Furniture, Meta, Paragraph, Root } from '../tree/schema.js';
import {
  ARTICLE_COUNT, BYLINE, DATE_END, DATE_LINE, DOC_NUMBER_SOURCE, DOC_TYPE_WORDS, ISSUER_ENDINGS, PERIOD_DASHES, ASSESSMENT_DOCUMENT_TYPES, RULE_DOCUMENT_TYPES, TOPIC_TAILS, TITLE_DATE, TITLE_PERIOD, TITLE_QUALIFIER, TITLE_WRAPPER, TITLE_ONE_YEAR, REVIEW_PART_WORDS, HORIZON_TITLE_YEAR,
} from '../data/doc-types.js';
import { ARTICLE_BYLINE, META_FIELD_LABELS } from '../data/boilerplate.js';
import { compact, yearsReadable } from './normalize.js';
import { reportYear } from './report-year.js';
import { withoutDocNumber } from './title-number.js';
import { inlineNotice, inlineReport, planNamedByNotice, reviewedYear, speechDate } from './inline-titles.js';
import { parseChineseNumeral } from '../numerals.js';
import { isPlanYear, titleYears } from './plan-year.js';

/** The notice that publishes a document names it within its first few paragraphs (after addressees, a stray line). */
const NOTICE_PARAGRAPHS = 3;
const DATE_LABELS = ['成文日期', '生成日期', '制发日期', '发布日期', '发表时间', '发布时间', '发文时间', '发文日期'];
const ISSUER_LABELS = ['发布机构', '发文机关', '发文单位', '发布单位', '制发单位'];
const NUMBER_LABELS = ['文件编号', '文号', '发文字号'];
const DOC_NUMBER = new RegExp(DOC_NUMBER_SOURCE);
const PERIOD_RANGE = new RegExp(`(\\d{4})\\s*[${PERIOD_DASHES}]+\\s*(\\d{4})\\s*年`);

/** A label as a pattern that allows spaces between its characters ("索 引 号", "标　　题"). */
const spaced = (label: string) => [...label].join('[\\s\u3000]*');
const NEXT_LABEL = `(?:${META_FIELD_LABELS.map(spaced).join('|')})[\\s\u3000]*[:：]`;

/** The value after `label:` on a metadata row, up to the next label. */
const FIELD_RES = new Map<string, RegExp>();
/** The regex for one label, compiled once: every document asks for the same few. */
const fieldRe = (label: string) => {
  let re = FIELD_RES.get(label);
  if (!re) FIELD_RES.set(label, (re = new RegExp(`${spaced(label)}[\\s\u3000]*[:：][\\s\u3000]*(.*?)[\\s\u3000]*(?=${NEXT_LABEL}|$)`)));
  return re;
};

/**
 * Reads `label:` values from the metadata rows. A row can only hold a label if the row
 * without white space contains it: that cheap test saves running the regex on every row.
 */
function fieldReader(rows: string[]): (labels: string[]) => string | null {
  const compacted = rows.map(compact);
  // Most labels are on no row at all: one search of all rows, joined by a break no compacted row or label holds.
  const all = compacted.join('\n');
  return (labels) => {
    for (const label of labels) {
      if (!all.includes(label)) continue;
      const re = fieldRe(label);
      for (let r = 0; r < rows.length; r++) {
        if (!compacted[r]!.includes(label)) continue;
        const m = re.exec(rows[r]!);
        if (m && m[1]!.trim()) return m[1]!.trim();
      }
    }
    return null;
  };
}

export function isoDate(s: string): string | null {
  const m = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** TITLE_DATE, TITLE_PERIOD and TITLE_ONE_YEAR end in a closing bracket (the test says so): a title that does not has none to strip. */
const endsInBracket = (t: string) => {
  const c = t.trimEnd().slice(-1);
  return c === ')' || c === '）';
};
const stripPeriod = (t: string) => (endsInBracket(t) ? t.replace(TITLE_DATE, '').replace(TITLE_PERIOD, '').replace(TITLE_ONE_YEAR, '') : t).trim();
/** A line that reads as a document's title: it ends with a document type, its period or qualifier aside. */
export const isTitleLike = (t: string) => endsWithDocType(stripPeriod(t));
/** The text ends as a document's title does (工作要点, 实施方案…), a qualifier such as （试行） aside. */
const endsWithDocType = (t: string) => {
  const c = compact(t).replace(TITLE_QUALIFIER, '').replace(ARTICLE_COUNT, '');
  return DOC_TYPE_WORDS.some((w) => c.endsWith(w));
};
/** The line ends in a document type once its date, period and closing quotes are set aside (工作方案》, 实施意见（2025年9月11日）). */
export const endsInDocType = (line: string) => endsWithDocType(stripPeriod(line).replace(/[》”]+$/, ''));

/** How many paragraphs above the first section a document number alone on its line is looked for. */
const NUMBER_LINE_REACH = 80;
const DOC_NUMBER_ALONE = new RegExp(`^\\s*(${DOC_NUMBER.source})\\s*$`);

/**
 * A document number standing on its own line above the body: "赣府发〔2023〕5号" (near the top, or below a
 * portal's navigation among its metadata values).
 */
function numberLine(root: Root): string | null {
  for (const n of root.children.slice(0, NUMBER_LINE_REACH)) {
    if (n.type !== 'paragraph') return null;
    const m = DOC_NUMBER_ALONE.exec(n.text);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * "“十五五”规划": the N-th five-year plan, from the 11th (十一五) on; an earlier one only in its quotes before a plan's
 * word ("“十五”期间", "“九五”信息化发展规划"; not the 普法 series' six to eight, "“八五”普法规划", "“八五”法治宣传教育规划", a day's
 * "“六五”环境日…计划", "“十五”条措施") or counted (第十个五年计划),
 * as 十五 alone is fifteen.
 */
export const FIVE_YEAR_PLAN = /十[一二三四五六七八九](?=五|个五年)|(?<=[“"‘「])(?:[九十]|[六七八](?![^，。,]{0,10}?(?:普法|法治)))(?=五[”"’」][^，。,日]{0,8}?(?:计划|规划|纲要|时期|期间|期末|末|年均))|(?<=第)[六七八九十](?=个五年)/;
const PLAN_AT = new RegExp(FIVE_YEAR_PLAN.source, 'y');
/** The years of the five-year plan named at `at` of `text`, its opening quote or its numeral (the quote before it read too). */
export function fiveYearPlanAt(text: string, at: number): Meta['period'] {
  PLAN_AT.lastIndex = '“"‘「'.includes(text[at] ?? '') ? at + 1 : at;
  const m = PLAN_AT.exec(text);
  return m ? fiveYearPlan(m[0]) : null;
}
/** A five-year plan's period through the horizon its title names after it ("…和2010年远景目标纲要"). */
function withHorizon(plan: Meta['period'], title: string): Meta['period'] {
  const horizon = HORIZON_TITLE_YEAR.exec(yearsReadable(title));
  const end = horizon ? parseChineseNumeral(horizon[1]!) ?? Number(horizon[1]) : null;
  return plan && end !== null && plan.end !== null && end > plan.end ? { start: plan.start, end } : plan;
}
/** The years of the N-th five-year plan ("十五" for the 15th): the 3rd ran 1966–1970, and each since five years on. */
export function fiveYearPlan(numeral: string): Meta['period'] {
  const start = 1966 + 5 * ((parseChineseNumeral(numeral) ?? 0) - 3);
  return { start, end: start + 4 };
}

/**
 * The text may be a date line or a byline: it ends with DATE_END, white space aside (both patterns end
 * with it). Compacting and matching every paragraph is what this saves.
 */
export function mayBeSignOff(text: string): boolean {
  return text.trimEnd().endsWith(DATE_END);
}

const isDateLine = (text: string) => mayBeSignOff(text) && DATE_LINE.test(compact(text));

/** The start of the body, every node's own text in order, without title and sign-off lines. */
function bodyText(root: Root, max: number): string {
  const out: string[] = [];
  let length = 0;
  const visit = (nodes: Root['children']) => {
    for (const n of nodes) {
      if (length >= max) return;
      if (n.type === 'paragraph' && (n.role === 'title' || isDateLine(n.text))) continue;
      out.push(n.text);
      length += n.text.length;
      if (n.type === 'section') visit(n.children);
    }
  };
  visit(root.children);
  return out.join('\n').slice(0, max);
}

type SignOff = { date: string; issuer: string | null };

/**
 * The first sign-off: a paragraph that is only a date, with the issuing body on the line
 * above it, or a byline that holds both ("某省发展和改革委员会  2025年12月18日").
 */
function signOff(root: Root): SignOff | null {
  const asIssuer = (t: string | undefined) => (t && t.length <= 30 && ISSUER_ENDINGS.some((e) => t.endsWith(e)) ? t : null);
  let above: string | undefined; // the paragraph before, as written
  const visit = (nodes: Root['children']): SignOff | null => {
    for (const n of nodes) {
      if (n.type !== 'paragraph') {
        const found = visit(n.children);
        if (found) return found;
        continue;
      }
      if (mayBeSignOff(n.text)) {
        const p = compact(n.text);
        if (DATE_LINE.test(p)) return { date: p, issuer: asIssuer(above === undefined ? undefined : compact(above)) };
        const byline = BYLINE.exec(p);
        if (byline && asIssuer(byline[1])) return { date: byline[2]!, issuer: byline[1]! };
      }
      above = n.text;
    }
    return null;
  };
  return visit(root.children);
}

/** The date of a repost's byline ("顺德发布  2026-03-06 18:30  广东"), from the furniture. */
function bylineDate(furniture: Furniture[]): string | null {
  for (const f of furniture) {
    const m = ARTICLE_BYLINE.exec(f.text);
    if (m) return m[1]!;
  }
  return null;
}

/** A title line by itself ends in a document type or closes the 《》 of the document it publishes. */
const isWholeTitle = (line: string) => endsInDocType(line) || /》\s*$/.test(line);
/** A 《 left open: "…关于印发《高等教育" / "…提升计划" / "实施方案》的通知" is one title over three lines when a later one closes it. */
const unclosedQuote = (line: string) => line.lastIndexOf('《') > line.lastIndexOf('》');

/**
 * The title lines, a title centred over several lines joined into one ("国务院关于支持自由贸易试验区" +
 * "深化改革创新若干措施的通知"): adjacent title lines that are not titles by themselves open the next one.
 */
function joinedTitleLines(root: Root): string[] {
  const out: string[] = [];
  let head = '';
  let previous: Root['children'][number] | undefined;
  const nodes = root.children;
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k]!;
    const adjacent = previous !== undefined && previous.type === 'paragraph' && previous.role === 'title';
    previous = n;
    if (n.type !== 'paragraph' || n.role !== 'title') continue;
    if (!adjacent && head) out.push(head), (head = '');
    const line = withoutDocNumber(n.text.trim(), (t) => endsWithDocType(stripPeriod(t)));
    const next = nodes[k + 1];
    const closedNext = next?.type === 'paragraph' && next.role === 'title' && next.text.includes('》');
    if (isWholeTitle(head + line) && !(unclosedQuote(head + line) && closedNext)) out.push(head + line), (head = '');
    else head += line;
  }
  if (head) out.push(head);
  return out;
}

/** A title a portal cut short: "关于印发…实施方案（2026—2028年）的 ...". */
const TRUNCATED = /的?(?:\.{3,}|…+)$/;

export function extractMeta(root: Root, furniture: Furniture[], metaRows: string[] = []): Meta {
  const field = fieldReader([...furniture.map((f) => f.text), ...metaRows]);
  const titleLines = joinedTitleLines(root);
  const firstBodies = root.children.filter((n): n is Paragraph => n.type === 'paragraph' && n.role !== 'title').slice(0, NOTICE_PARAGRAPHS);

  let title: string | null = null;
  // a type alone ("工作报告" above "高唐县2025年政府工作报告": a portal's column) names no document
  const standalone = titleLines.find((t) => !TITLE_WRAPPER.test(compact(t)) && endsWithDocType(stripPeriod(t)) && !DOC_TYPE_WORDS.includes(compact(t)));
  // the wrapper notice, on a title line or in the metadata table's 标题 row
  // "标题:…" in a metadata table, "原标题:《…》" in a repost
  const titleRow = field(['标题', '公开事项名称'])?.replace(/^《(.*)》$/, '$1') ?? null;
  const wrapper = [...titleLines, ...(titleRow ? [titleRow] : [])]
    .map((t) => {
      const named = TITLE_WRAPPER.exec(compact(t).replace(TRUNCATED, ''))?.[1];
      // "关于下达…专项资金并组织申报第二批项目的通知" names no plan: the notice is the document
      if (!named) return undefined;
      // "关于转发区建设管理委制订的…实施计划的通知": the plan, without who drew it up
      // "关于转发区建设管理委《静安区…行动方案》的通知": the plan in the quotes
      const quoted = QUOTED_PLAN.exec(named)?.[1];
      const plan = quoted ?? named.replace(/[《》]/g, '').replace(DRAWN_UP_BY, '');
      return named.includes('《') || endsWithDocType(stripPeriod(plan)) ? plan : t.trim();
    })
    .find((t) => t);
  // "《萍乡市科创智企工程实施方案》已经市政府同意,现印发给你们", in the notice's first paragraphs (after its addressees)
  let named: string | null | undefined; // read once, and only when the title is not settled before it
  const noticeNamed = () => (named ??= firstBodies.map((p) => planNamedByNotice(p.text)).find((n) => n !== undefined && endsWithDocType(stripPeriod(n))) ?? null) ?? undefined;
  // a title line that repeats the plan the wrapper or the notice names is its title, whatever stands above it (a portal's
  // column names, the header of a 公告)
  const repeats = (named: string | undefined) => (named ? titleLines.find((t) => stripPeriod(t) === stripPeriod(named)) : undefined);
  const repeated = repeats(wrapper) ?? (wrapper ? undefined : repeats(noticeNamed()));
  if (repeated) title = stripPeriod(repeated);
  else if (standalone) title = stripPeriod(standalone);
  else if (wrapper) title = stripPeriod(wrapper);
  else if (titleRow && endsWithDocType(stripPeriod(titleRow))) title = stripPeriod(titleRow);
  else if (noticeNamed()) title = stripPeriod(noticeNamed()!);
  if (title === null && root.children.length) {
    const head = bodyText(root, 3000);
    title = inlineNotice(head) ?? inlineReport(head);
  }
  // where nothing else names the document, a report's type alone does ("政府工作报告" above the speech's byline; not a
  // portal's column, 政策, 规划, 通知)
  title ??= titleLines.find((t) => DOC_TYPE_WORDS.includes(compact(t)) && compact(t).endsWith(REPORT)) ?? null;

  if (title !== null && LETTER_SPACED.test(title)) title = title.replace(/[\s\u3000]+/g, '');
  const allTitle = [...titleLines, ...(titleRow ? [titleRow] : [])].join(' ');
  let period: Meta['period'] = null;
  const range = PERIOD_RANGE.exec(allTitle);
  const oneYear = title ? titleYears(title.replace(TITLE_QUALIFIER, ''), true).find((y) => y.to === null) : undefined; // "（2023年版）" dates a version, not a plan
  if (range) period = { start: Number(range[1]), end: Number(range[2]) };
  else if (oneYear) {
    // "2023年…工作方案", "某区2025年政府工作要点": the plan's one year
    period = { start: oneYear.year, end: oneYear.year };
  }
  else if (title && FIVE_YEAR_PLAN.test(title)) period = withHorizon(fiveYearPlan(FIVE_YEAR_PLAN.exec(title)![0]!), title);
  else if (root.children.length) {
    const body = yearsReadable(bodyText(root, 2000));
    // an untitled work report addressed to its deputies says which year is its own: "…。2013年是全面贯彻…的开局之年",
    // whatever years its review opens with ("从1997年的7.4万亿元增加到2002年的10.2万亿元")
    const own = reportYear(root, body);
    const until = own === null ? /(?:到|至|力争到)(\d{4})年/.exec(body) : null;
    // (a heading's marker before the year: "一、１９９６年国内工作的回顾")
    const opening = until ? null : /(?:^|\n)\s*(?:[一二三四五六七八九十]{1,2}、)?(\d{4})年/.exec(body); // read only when needed: the body is 2,000 characters
    // "一、过去一年和五年工作回顾 … 2022年是…": an untitled work report reviews the year before its own
    const reviewed = opening ? reviewedYear(body, Number(opening[1]), opening.index + opening[0].length) : undefined;
    const year = opening ? (reviewed === undefined ? Number(opening[1]) : reviewed) : null;
    // (the year its review heading leads to, where the one it calls its own is the reviewed year's: "一、2023年工作回顾 /
    // 2023年是…开局之年"; a plan's heading, "二、2025年工作安排", leads to none)
    const reviewLine = opening !== null && REVIEW_PART_WORDS.some((w) => lineAt(body, opening.index + opening[0].length).includes(w));
    if (own !== null) period = reviewLine && year !== null && year > own ? { start: year, end: year } : { start: own, end: own };
    else if (until) period = { start: null, end: Number(until[1]) };
    else if (year !== null) period = { start: year, end: year };
  }
  // a year out of any plan's range ("（2024—9999年）") is no year
  if (period) period = { start: period.start !== null && isPlanYear(period.start) ? period.start : null, end: period.end !== null && isPlanYear(period.end) ? period.end : null };
  if (period && period.start === null && period.end === null) period = null;

  // the metadata table's date and issuer, else the document's own sign-off
  const signed = signOff(root);
  // a row that holds no date ("发文时间：未知") gives way to the sign-off and the byline
  const fieldDate = field(DATE_LABELS);
  const fromField = fieldDate ? isoDate(fieldDate) : null;
  const otherDate = fromField ? null : (signed?.date ?? bylineDate(furniture) ?? speechDate(root) ?? null);
  const numberText = field(NUMBER_LABELS);
  return {
    title,
    issuer: field(ISSUER_LABELS) ?? signed?.issuer ?? null,
    date: fromField ?? (otherDate ? isoDate(otherDate) : null),
    docNumber: (numberText ? DOC_NUMBER.exec(numberText)?.[0] : undefined) ?? numberLine(root),
    index: field(['索引号']),
    period,
  };
}

const NOTICE_TAIL = /的通知$/;
/** The line of `text` holding offset `at`. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}
const REPORT = '报告';
/** The plan in the quotes of a wrapper's name (its closing 》 the wrapper's pattern may have taken). */
const QUOTED_PLAN = /《([^《》]+)》?[^《》]*$/;
/** Who drew up a forwarded document, before its name: "区建设管理委制订的", "市发展改革委制定的". */
const DRAWN_UP_BY = /^[^《》]{2,24}?(?:制订|制定|拟定|起草|编制)的/;
/** A title spaced out letter by letter to fill a line: "政 府 工 作 报 告". */
const LETTER_SPACED = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han})+$/u;
/** The title names a document of rules: "…若干政策措施", "…专项资金管理办法". */
export function isRuleDocument(meta: Pick<Meta, 'title'>): boolean {
  // "…管理办法（试行）": the qualifier after the type does not change it
  // "国务院关于支持…若干措施的通知": a notice that is itself the measures
  const bare = (meta.title ?? '').replace(/\s/g, '').replace(NOTICE_TAIL, '').replace(/[》”]+$/, '').replace(TITLE_QUALIFIER, '');
  const title = bare.slice(0, bare.length - (TOPIC_TAILS.find((w) => bare.endsWith(w))?.length ?? 0));
  return RULE_DOCUMENT_TYPES.some((w) => title.endsWith(w)) && !ASSESSMENT_DOCUMENT_TYPES.some((w) => title.endsWith(w));
}
