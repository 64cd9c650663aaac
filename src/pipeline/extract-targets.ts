// Quantities and their meaning (../shared/spec/TARGETS.md): walks the tree,
// reads each node's own text and turns every quantity into a Target.
import type { Node, Paragraph, Root, Section, Target } from '../tree/schema.js';
import type { LineIndex } from './positions.js';
import { UNITS } from '../data/units.js';
import { runInYear } from './build-tree.js';
import {
  ARTICLE_GOAL_CUES, BASELINE_HEADINGS, FACT_SENTENCE_OPENERS, CLAUSE_ENDS, CONTINUATION_WORDS, ENUM_COMMA, GOAL_HEADINGS, HEADING_MAX, INTRO_ENDS, LIST_GLUE_WORDS,
  LIST_ITEM_MARKS, MODALITY_WORDS, PAST_YEAR_HEADINGS, REVIEW_OPENER_PREFIXES, REVIEW_OPENER_TAILS, RULE_LEAD_INS, SENTENCE_ENDS,
} from '../data/target-cues.js';
import { roundSignificant } from '../numerals.js';
import { textRuns, viewMap, type ViewMap } from '../quantities/text-view.js';
import { scan, type Quantity, type YearMention } from '../quantities/scan.js';
import { clauseEnd, clauseStart, deadlines, modalityReader, sentenceEnd, sentenceStart, yearAt, type Deadlines } from '../quantities/context.js';
import { compare, type Compared } from '../quantities/comparator.js';
import { isAppositive, roleOf, roleWords, type RoleContext } from '../quantities/role.js';
import { indicatorOf, phraseAfter, phraseBefore } from '../quantities/indicator.js';
import { anyOf, someStartingAt } from '../quantities/words.js';
import { ruleLeadEnd } from '../quantities/rule-lead.js';
const ANY_BASELINE_HEADINGS = anyOf(BASELINE_HEADINGS);
const ANY_GOAL_HEADINGS = anyOf(GOAL_HEADINGS);
const ANY_PAST_YEAR_HEADINGS = anyOf(PAST_YEAR_HEADINGS);
const ANY_RULE_LEAD_INS = anyOf(RULE_LEAD_INS);
const FACT_OPENER_AT = someStartingAt(FACT_SENTENCE_OPENERS);

export type QuantityInput = {
  source: string;
  norm: string;
  index: LineIndex;
  root: Root;
  /** The first year of the plan (see planYearOf in meta.ts): a year before it reports the past. */
  planYear?: number | null;
  /** The document sets rules (see isRuleDocument in meta.ts): its numbers are rules unless a goal governs them. */
  ruleDocument?: boolean;
};

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * What a section title says about the numbers under it: null when it says nothing, undefined to keep climbing.
 * A rule lead-in in the title ("…应当符合以下条件") speaks for the children only: see extractTargets.
 */
function headingContext(title: string, planYear: number | null): RoleContext | undefined {
  if (title.length > HEADING_MAX) return undefined;
  const baseline = ANY_BASELINE_HEADINGS(title) || reviewsPastYear(title, planYear);
  const goal = ANY_GOAL_HEADINGS(title);
  if (baseline && goal) return null;
  return baseline ? 'baseline' : goal ? 'goal' : undefined;
}

/** "2024年主要成效", "2023年完成情况": a heading naming a year before the plan's and a word of review. */
function reviewsPastYear(title: string, planYear: number | null): boolean {
  if (planYear === null || !ANY_PAST_YEAR_HEADINGS(title)) return false;
  return scan(title).years.some((y) => y.year < planYear);
}

const REVIEW_OPENER_RE = new RegExp(
  `^(?:${REVIEW_OPENER_PREFIXES.map((p) => `${escape(p)}[0-9一二三四五六七八九十两]+年(?:${REVIEW_OPENER_TAILS[p]!.map(escape).join('|')})[,，]`).join('|')})`,
);
/** "过去五年，我们累计完成…": a paragraph opening with a look back. */
export function opensReview(text: string): boolean {
  return REVIEW_OPENER_RE.test(text.trimStart());
}

/** A bracketed part of a heading: "排查整治阶段（2025年5月—10月）". */
const HEADING_BRACKET_RE = /[(（]([^()（）]*)[)）]/g;
/**
 * The year a section's heading dates it by, in brackets ("排查整治阶段（2025年5月—10月）"): the last one
 * governs the section's own text where nothing else does. A year in the running words ("较2024年下降") does not.
 */
function headingYear(title: string): YearMention | null {
  if (!title.includes('(') && !title.includes('（')) return null;
  let year: number | null = null;
  for (const m of title.matchAll(HEADING_BRACKET_RE)) {
    const years = scan(m[1]!).years;
    if (years.length > 0) year = years[years.length - 1]!.year;
  }
  return year === null ? null : { start: -1, end: -1, year };
}

/**
 * The nearest heading, from the node itself up, that decides. `above` is what the ancestors'
 * headings decide (the nearest one that does, undefined when none does), worked out once per level.
 */
function contextOf(own: RoleContext | undefined, above: RoleContext | undefined): RoleContext {
  if (own !== undefined) return own;
  return above === undefined ? null : above;
}

/** The year a list's lead-in leaves in force for its items ("到2030年,…主要指标如下:"). */
type ListLead = { mention: YearMention; status: boolean };
/** What one node leaves for the list items after it. */
type NodeOutcome = { lead: ListLead | null; namesYear: boolean };

const ARTICLE_STYLE = 'article';

export function extractTargets(input: QuantityInput): Target[] {
  const targets: Target[] = [];
  // 第N条 sections on the chain; a document of rules counts as one article throughout
  let articles = input.ruleDocument ? 1 : 0;
  const planYear = input.planYear ?? null;
  const walk = (nodes: Node[], opening: ListLead | null, above: RoleContext | undefined) => {
    // A lead-in ending in a colon hands its year to the list items that follow it, until a
    // paragraph that is not an item or an item naming a year of its own.
    let lead = opening;
    for (const node of nodes) {
      // A section's heading is read once: for its own text and, with its lead-ins, for its children.
      const own = node.type === 'section' ? headingContext(node.title, planYear) : undefined;
      const context = contextOf(own, above);
      const article = articles > 0 || (node.type === 'section' && node.marker?.style === ARTICLE_STYLE);
      if (node.type === 'paragraph') {
        const start = node.position.start.offset;
        if (node.role === 'title') {
          lead = null;
          continue;
        }
        const item = isListItem(input.source, start, node.position.end.offset);
        const outcome = extractNode(input, node, start, node.position.end.offset, context, targets, item ? lead : null, article);
        if (outcome.lead) lead = outcome.lead;
        else if (!item || outcome.namesYear) lead = null;
      } else {
        const start = node.ownPosition.start.offset;
        const outcome = extractNode(
          input, node, start + markerLength(input.source, node, start), node.ownPosition.end.offset, context, targets, null, article,
        );
        if (node.marker?.style === ARTICLE_STYLE) articles++;
        if (node.children.length > 0) {
          const here = ANY_RULE_LEAD_INS(node.title) ? 'rule' : own;
          walk(node.children, outcome.lead, here !== undefined ? here : above);
        }
        if (node.marker?.style === ARTICLE_STYLE) articles--;
        lead = null;
      }
    }
  };
  walk(input.root.children, null, undefined);
  return targets;
}

/** White space at a paragraph's start, read in place. */
const LEADING_SPACE = /\s*/y;

/** A paragraph opening with a list mark: "——规模效益。…", "· …". */
function isListItem(source: string, start: number, end: number): boolean {
  LEADING_SPACE.lastIndex = start;
  LEADING_SPACE.test(source);
  const at = Math.min(LEADING_SPACE.lastIndex, end);
  return LIST_ITEM_MARKS.some((m) => source.startsWith(m, at));
}

/** The marker ("1.", "（一）") opens a section's own text and is never a quantity. */
function markerLength(source: string, section: Section, start: number): number {
  const raw = section.marker?.raw;
  if (!raw) return 0;
  for (let at = start; at <= start + 8; at++) if (source.startsWith(raw, at)) return at - start + raw.length;
  return 0;
}

const CONTINUATION_SKIP = [...LIST_GLUE_WORDS, ...Object.keys(MODALITY_WORDS)];
/** "…拨付70%;剩余30%在…后拨付": the clause opens with a word that continues the rule before it. */
function continues(text: string, clauseStart: number): boolean {
  let at = clauseStart;
  for (const w of CONTINUATION_SKIP) if (text.startsWith(w, at)) at += w.length;
  return CONTINUATION_WORDS.some((w) => text.startsWith(w, at));
}
/** Ends a rule: a full stop, not the ; between its parts. */
const RULE_BREAK = '。!?\n';

const NO_HOLES: Array<[number, number]> = [];

/** The node's annotation spans by start; they mostly come in order already, and a sort would only cost. */
function holesOf(node: Section | Paragraph, runIn: number): Array<[number, number]> {
  if (node.annotations.length === 0) return runIn < 0 ? NO_HOLES : [[runIn, runIn]];
  const holes = node.annotations.map((a): [number, number] => [a.position.start.offset, a.position.end.offset]);
  if (runIn >= 0) holes.push([runIn, runIn]);
  for (let k = 1; k < holes.length; k++) if (holes[k]![0] < holes[k - 1]![0]) return holes.sort((x, y) => x[0] - y[0]);
  return holes;
}

/**
 * Where a section's heading ends when its body runs on into it with a year ("总体目标2026年,全县…"), or -1:
 * the rules read a break there, so the year opens the body's first clause (see runInYear).
 */
function runInEnd(source: string, start: number, end: number): number {
  LEADING_SPACE.lastIndex = start;
  LEADING_SPACE.test(source);
  const at = Math.min(LEADING_SPACE.lastIndex, end);
  const k = runInYear(source.slice(at, Math.min(end, at + RUN_IN_READ)));
  return k > 0 ? at + k : -1;
}
/** How far into a section's text runInYear reads. */
const RUN_IN_READ = 64;

function extractNode(
  input: QuantityInput, node: Section | Paragraph, start: number, end: number, context: RoleContext, out: Target[],
  inherited: ListLead | null, article: boolean,
): NodeOutcome {
  const { source, norm, index } = input;
  const holes = holesOf(node, node.type === 'section' ? runInEnd(source, start, end) : -1);
  const view = textRuns(norm, start, end, holes);
  const { text } = view;
  const { quantities, years } = scan(text);
  const due = deadlines(text, years);
  const outcome: NodeOutcome = { lead: listLead(text, due, inherited), namesYear: due.years.length > 0 };
  if (quantities.length === 0) return outcome;
  // A paragraph looking back ("过去五年，…") reports the past, whatever the heading says; rules stay rules.
  if (context !== 'rule' && opensReview(text)) context = 'baseline';
  // A year in the section's own heading governs its text when nothing else does.
  const fromHeading = node.type === 'section' ? headingYear(node.title) : null;
  const map = viewMap(source, view);
  const goalCue = firstOf(text, ARTICLE_GOAL_CUES);
  const ruleFrom = ruleLeadEnd(text);
  const show = map.show;
  // The sentence readers of this text, shared by its quantities.
  const modalityAt = modalityReader(text);
  const words = roleWords(text);

  const clauseStarts: number[] = [];
  const compared: Compared[] = [];
  for (const q of quantities) {
    const start = clauseStart(text, q.start);
    clauseStarts.push(start);
    compared.push(compare(text, q, start));
  }
  const planYear = input.planYear ?? null;
  let previous: string | null = null;
  let fromBaseline = -1; // clause start of the last 从/由 baseline
  let lastRole: Target['role'] | null = null;
  let lastPhraseStart = -1; // where the phrase before the previous quantity began
  const roles: Target['role'][] = [];
  const first = out.length;
  // Quantities of one sentence share its text: it is cut from the source once.
  let sentenceFrom = -1;
  let sentenceTo = -1;
  let sentence = '';
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k]!;
    const c = compared[k]!;
    const start = clauseStarts[k]!;
    const end = clauseEnd(text, q.start);
    const prev = k > 0 ? compared[k - 1]! : null;
    // After a threshold before its noun ("100头以上的养殖大户"), the phrase starts past the 的.
    const from = prev && prev.suffixEnd > start ? prev.suffixEnd + (text[prev.suffixEnd] === '的' ? 1 : 0) : start;
    const next = compared[k + 1];
    const to = Math.min(end, next ? next.prefixStart : text.length);
    const sFrom = sentenceStart(text, q.start);
    const sTo = sentenceEnd(text, q.start);
    const yearMention = yearAt(text, due, q.start, inherited?.mention ?? fromHeading, sFrom, sTo);
    const year = yearMention?.year ?? null;
    // a year before the plan's reports the past; so does a sentence opening with 去年/目前 that no deadline
    // or 力争/确保 makes an aim
    const yearPast = planYear !== null && year !== null && year < planYear;
    const factOpener = year === null && FACT_OPENER_AT(text, sFrom);
    // In a report of the past, 累计争取 is a deed, not an aim.
    const modality = modalityAt(q.start, yearPast || factOpener || context === 'baseline', sFrom);
    const pastYear = yearPast || (factOpener && modality === null);
    const after = phraseAfter(text, c.suffixEnd, to);
    const appositive = after[0] < after[1] && isAppositive(text, from, c.prefixStart, q.value);
    const before = phraseBefore(text, from, c.prefixStart, due.years);
    const [pa, pb] = before.stripped;
    const nounBefore = pa < pb;
    let continuesRule = false;
    if (k > 0 && lastRole === 'parameter' && continues(text, start)) {
      continuesRule = true;
      for (let i = quantities[k - 1]!.end; i < q.start; i++) if (RULE_BREAK.includes(text[i]!)) continuesRule = false;
    }
    const role = roleOf({
      context: q.start >= ruleFrom ? 'rule' : context,
      pastYear,
      continuesRule,
      text, words, q, clauseStart: start, clauseEnd: end, sentenceStart: sFrom, sentenceEnd: sTo, prefixStart: c.prefixStart, suffixEnd: c.suffixEnd,
      comparator: c.comparator, perfective: c.perfective, appositive, nounBefore,
      afterFrom: fromBaseline === start, governed: year !== null || modality !== null,
      aims: modality !== null || (year !== null && (planYear === null || year > planYear)),
      status: yearMention !== null && (due.status.has(yearMention) || (yearMention === inherited?.mention && inherited.status)),
      article, goalCue: goalCue >= 0 && goalCue < q.start,
      countFollows: next !== undefined && quantities[k + 1]!.kind === 'count' && next.prefixStart < end,
      laterInClause: next !== undefined && next.prefixStart < end,
    });
    if (role === 'baseline' && afterFromWord(text, c.prefixStart)) fromBaseline = start;
    // "新增年进出口额超1亿元的企业30家": a threshold before the noun belongs to the noun.
    // A count threshold ("年出栏100头以上的养殖大户15户") leaves the noun alone.
    const glued = prev !== null && lastRole === 'parameter' && quantities[k - 1]!.kind !== 'count' && prev.suffixEnd > start && lastPhraseStart >= start
      && gluedNoun(text, prev.suffixEnd, c.prefixStart);
    const indicator = indicatorOf({
      text, from: glued ? lastPhraseStart : from, prefixStart: c.prefixStart, suffixEnd: c.suffixEnd, to, years: due.years,
      appositive, previous, show, duration: q.info?.duration === true || q.unit === '年',
      // the phrases read above, unless a glued threshold moved where the one before begins
      before: glued ? undefined : before, after,
    });
    previous = indicator || previous;
    lastRole = role;
    lastPhraseStart = nounBefore ? pa : c.prefixStart;

    const a = map.offset(q.start);
    const b = map.offset(q.end - 1) + 1;
    if (sFrom !== sentenceFrom || sTo !== sentenceTo) {
      sentence = sentenceOf(source, text, map, sFrom, sTo);
      sentenceFrom = sFrom;
      sentenceTo = sTo;
    }
    const id = `t${out.length + 1}`;
    node.targets.push(id);
    roles.push(role);
    out.push({
      id,
      nodeId: node.id,
      raw: source.slice(a, b),
      value: q.value,
      upper: q.upper,
      unit: q.unit,
      kind: q.kind,
      normalized: normalized(q),
      comparator: c.comparator,
      year,
      modality,
      role,
      indicator,
      sentence,
      position: index.position(a, b),
    });
  }
  shareListRoles(text, quantities, compared, roles, out, first);
  return outcome;
}

/** 从 or 由 stands right before `at` ("从100家"), or nothing does: the text opens there. */
function afterFromWord(text: string, at: number): boolean {
  const c = text[at - 1];
  return c === undefined || c === '从' || c === '由';
}

function firstOf(text: string, words: string[]): number {
  let best = -1;
  for (const w of words) {
    const k = text.indexOf(w);
    if (k >= 0 && (best < 0 || k < best)) best = k;
  }
  return best;
}

/** The year in force where the node's text ends in a colon: what its list items inherit. */
function listLead(text: string, due: Deadlines, inherited: ListLead | null): ListLead | null {
  const end = text.trimEnd().length;
  if (end === 0 || !INTRO_ENDS.includes(text[end - 1]!)) return null;
  const mention = yearAt(text, due, end - 1);
  if (mention === null) return inherited;
  return { mention, status: due.status.has(mention) };
}

const CLAUSE_END_SET = new Set(CLAUSE_ENDS);
/**
 * "可按每人不超过30万元、总额不超过200万元的额度": amounts listed with 、 in one clause share their role;
 * a rule decided for one item (的额度, a grant) decides for all.
 */
function shareListRoles(text: string, qs: Quantity[], cs: Compared[], roles: Target['role'][], out: Target[], first: number): void {
  const listed = (k: number) => {
    const a = cs[k]!.suffixEnd;
    const b = cs[k + 1]!.prefixStart;
    if (qs[k]!.kind !== qs[k + 1]!.kind || (qs[k]!.kind !== 'money' && qs[k]!.kind !== 'percent')) return false;
    let comma = false;
    for (let i = a; i < b; i++) {
      if (CLAUSE_END_SET.has(text[i]!)) return false;
      if (text[i] === ENUM_COMMA) comma = true;
    }
    return comma;
  };
  for (let k = 0; k + 1 < qs.length; k++) {
    if (!listed(k) || roles[k] === roles[k + 1]) continue;
    if (roles[k] !== 'parameter' && roles[k + 1] !== 'parameter') continue;
    // Spread the rule over the whole run of items, both ways.
    let a = k;
    while (a > 0 && listed(a - 1)) a--;
    let b = k + 1;
    while (b + 1 < qs.length && listed(b)) b++;
    for (let i = a; i <= b; i++) {
      roles[i] = 'parameter';
      out[first + i]!.role = 'parameter';
    }
  }
}

const IDEOGRAPH = /[\u3400-\u9fff]/;
/** Between a threshold and the next number stands only the noun it limits: "的企业", "产业项目". */
function gluedNoun(text: string, a: number, b: number): boolean {
  if (b - a < 1) return false;
  let nouns = 0;
  for (let i = a; i < b; i++) {
    if (!IDEOGRAPH.test(text[i]!)) return false;
    if (text[i] !== '的') nouns++;
  }
  return nouns > 0;
}

function normalized(q: Quantity): Target['normalized'] {
  const info = q.unit === null ? undefined : UNITS[q.unit];
  if (!info?.scale) return { value: q.value, unit: q.unit };
  return { value: roundSignificant(q.value * info.scale), unit: info.normalizedUnit ?? q.unit };
}

/** The sentence as it stands in the source (a sentence never spans an annotation: those end sentences). */
function sentenceOf(source: string, text: string, map: ViewMap, a: number, b: number): string {
  const end = b < text.length && text[b] !== '\n' && SENTENCE_ENDS.includes(text[b]!) ? b + 1 : b;
  return end > a ? source.slice(map.offset(a), map.offset(end - 1) + 1).trim() : '';
}
