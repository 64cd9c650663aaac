// The targets of one node's own text: its quantities read in order, each placed in its clause
// and sentence, governed by a year and a modality, given a role and an indicator (TARGETS.md).
// One NodeReading per node carries what the steps share; its `facts` are the Clause the rules read.
import type { Paragraph, Role, Section, Target } from '../tree/schema.js';
import {
  ARTICLE_GOAL_CUES, CONTINUATION_WORDS, LIST_GLUE_WORDS, MODALITY_WORDS, SPAN_AHEAD,
} from '../data/target-cues.js';
import { FACT_SENTENCE_OPENERS, NOW_SENTENCE_OPENERS } from '../data/time-words.js';
import { textRuns, viewMap, type TextRuns } from '../quantities/text-view.js';
import { scan, type Quantity } from '../quantities/scan.js';
import { clauseEnd, clauseStart, clauseYear, deadlines, modalityReader, readSentence, trailingModality, type Deadlines } from '../quantities/context.js';
import { compare, type Compared } from '../quantities/comparator.js';
import { roleOf, roleWords } from '../quantities/role.js';
import { isAppositive } from '../quantities/appositive.js';
import { indicatorOf, phraseBefore } from '../quantities/indicator.js';
import { itemStart, phraseAfter } from '../quantities/noun-after.js';
import { isIdeograph, someStartingAt } from '../quantities/words.js';
import { setsAhead } from '../quantities/ahead-words.js';
import { charTable } from '../char-table.js';
import { ruleLeadEnd } from '../quantities/rule-lead.js';
import { headingYear, horizonYears, looksBackAt, opensReview } from './headings.js';
import { mergeYears, relativeYears } from '../quantities/relative-years.js';
import { listLead } from './list-lead.js';
import { holesOf, runInEnd } from './node-text.js';
import { shareListBounds, shareListComparators, shareListRoles, shareListUnits } from './list-roles.js';
import { shareRespectiveSubjects } from './respective-subjects.js';
import { cellScan } from './table-cells.js';
import { rowScan, type RowCell } from './row-tables.js';
import type { Above, NodeOutcome, NodeReading, QuantityFacts, QuantityInput } from './node-reading.js';
import { targetOf } from './target-record.js';
export type { Above, NodeOutcome, QuantityInput } from './node-reading.js';
export type { ListLead } from './list-lead.js';

const FACT_OPENER_AT = someStartingAt(FACT_SENTENCE_OPENERS);
const NOW_OPENER_AT = someStartingAt(NOW_SENTENCE_OPENERS);

/** Adds the targets of the node's own text [start, end) of the source to `out`. */
export function extractNode(input: QuantityInput, node: Section | Paragraph, start: number, end: number, above: Above, out: Target[]): NodeOutcome {
  const textCells = node.type === 'paragraph' ? input.rowCells?.get(node)?.filter((c) => c.text) : undefined;
  if (textCells === undefined || textCells.length === 0) return extractText(input, node, start, end, above, out);
  // a table row's text cells: each read alone, dated with its row and naming its row's task where it names nothing
  const from = out.length;
  const outcome = extractText(input, node, start, end, above, out);
  for (const c of textCells) {
    const first = out.length;
    extractText(input, node, start + c.start, start + c.end, above, out, { year: c.year, task: c.indicator });
    // (a cell under a column of how things stand reports, rules aside)
    if (c.role === 'baseline') for (let k = first; k < out.length; k++) if (out[k]!.role === 'target') out[k]!.role = 'baseline';
  }
  inSourceOrder(node, out, from);
  return outcome;
}

/** A row's text cell read alone: the year its row is done by, and the row's name. */
type RowText = { year: number | null; task: string };

/** The targets of source text [start, end) of the node; `cellOf` a row's text cell it reads (see extractNode). */
function extractText(input: QuantityInput, node: Section | Paragraph, start: number, end: number, above: Above, out: Target[], cellOf?: RowText): NodeOutcome {
  const view = textRuns(input.norm, start, end, holesOf(input.norm, node, node.type === 'section' ? runInEnd(input.source, start, end) : -1), input.whites);
  const { text } = view;
  const inNode = node.type === 'paragraph' && cellOf === undefined;
  const cell = inNode ? input.cells?.get(node) : undefined;
  const row = inNode ? input.rowCells?.get(node) : undefined;
  const rowRead = row ? rowScan(view, row, start) : undefined;
  const { quantities, years: ownYears } = cell ? cellScan(text, cell) : rowRead ?? scan(text);
  // a task table's cell is dated by its year column, as a year opening its text would date it
  const column = inNode ? input.columnCells?.get(node) : undefined;
  // …or by the year cell before it in its row ("2018年 / 345个")
  const dated = cellOf ?? (inNode && !column ? input.yearCells?.get(node) : undefined);
  const cellYear = column?.year ?? dated?.year ?? undefined;
  const years = cellYear !== undefined ? mergeYears([{ start: 0, end: 0, year: cellYear }], ownYears) : ownYears;
  const due = deadlines(text, mergeYears(years, mergeYears(relativeYears(text, input.documentYear ?? null), horizonYears(text, input.documentYear ?? input.planYear ?? null))));
  const last = due.years[due.years.length - 1];
  const outcome: NodeOutcome = { lead: listLead(text, due, above.inherited), namesYear: last !== undefined, lastYear: last === undefined ? null : { mention: last, status: due.status.has(last) } };
  if (quantities.length === 0) return outcome;
  const r = readNode(input, node, view, quantities, due, above);
  const found: Target[] = [];
  for (let k = 0; k < quantities.length; k++) {
    placeQuantity(r, k);
    governQuantity(r);
    readPhrases(r);
    const role = decideRole(r, k);
    const named = nameIndicator(r, k);
    const indicator = cell?.indicator ?? quantities[k]!.named ?? (column && named === '' ? taskIndicator(out, column.row, quantities[k]!) : dated && !namesSomething(named) ? dated.task : named);
    r.lastRole = role; // what the next quantity reads of this one
    found.push(targetOf(r, node, role, indicator, `t${out.length + k + 1}`, input));
  }
  // a table row's value is what its column and its row say
  if (rowRead) found.forEach((t, k) => Object.assign(t, fromRow(rowRead.cells[k]!, input.planYear ?? null)));
  // a cell of a table listing what was done ("2021年…明细表") reports, as a row's cell does; one of a table setting
  // work ("…建设推进计划表", "2021年任务") aims, whatever year it names
  // (rules stay rules)
  else if (cell && (cell.aims || pastCell(cell.year, false, input.planYear ?? null))) found.forEach((t) => t.role !== 'parameter' && (t.role = cell.aims ? 'target' : 'baseline'));
  // a glued row's base and goal are what their place in the row says (glued-rates.ts)
  quantities.forEach((q, k) => q.cell && Object.assign(found[k]!, q.cell));
  // The node's roles are final before its targets join the document.
  shareListUnits(text, quantities, r.compared, found);
  shareListRoles(text, quantities, r.compared, found);
  shareListComparators(text, quantities, r.compared, found);
  shareListBounds(text, quantities, r.compared, found);
  shareRespectiveSubjects(text, quantities, found);
  for (const t of found) {
    out.push(t);
    node.targets.push(t.id);
  }
  return outcome;
}

/** What the quantities of a node share: the readers of its text, what governs it, each quantity's clause and comparator. */
function readNode(input: QuantityInput, node: Section | Paragraph, view: TextRuns, quantities: Quantity[], due: Deadlines, above: Above): NodeReading {
  const { text } = view;
  const { inherited, article } = above;
  let { context } = above;
  // A paragraph looking back ("过去五年，…") reports the past, whatever the heading says; rules stay rules.
  if (context !== 'rule' && opensReview(text)) context = 'baseline';
  // A year in the section's own heading governs its text when nothing else does.
  const fromHeading = node.type === 'section' ? headingYear(node.title) : null;
  const map = viewMap(input.source, view);
  const goalCue = firstOf(text, ARTICLE_GOAL_CUES);
  const ruleFrom = ruleLeadEnd(text);
  const modalityAt = modalityReader(text);
  const words = roleWords(text);
  const clauseStarts: number[] = [];
  const compared: Compared[] = [];
  for (const q of quantities) {
    const start = clauseStart(text, q.start);
    clauseStarts.push(start);
    compared.push(compare(text, q, start));
  }
  const q = quantities[0]!;
  // Every field set here, once: the rules see one shape of object throughout.
  const facts: QuantityFacts = {
    text, words, years: due.years, show: map.show,
    q, clauseStart: 0, clauseEnd: 0, sentenceStart: 0, sentenceEnd: 0,
    comparator: 'eq', prefixStart: 0, suffixEnd: 0, perfective: false, from: 0, to: 0,
    before: undefined, after: [0, 0], appositive: false, nounBefore: false,
    afterFrom: false, governed: false, aims: false, ownYear: false, countFollows: false, laterInClause: false, status: false,
    context, pastYear: false, continuesRule: false, article, goalCue: false,
    previous: null, duration: false,
  };
  return {
    source: input.source, map, due, modalityAt, quantities, compared, clauseStarts, planYear: input.planYear ?? null,
    context, ruleFrom, goalCue, inherited, headingYear: fromHeading, dated: above.dated, year: null, modality: null,
    previous: null, lastRole: null, fromBaseline: -1, lastPhraseStart: -1, sentenceFrom: -1, sentenceTo: -1, sentence: '',
    sentenceAt: { pos: -1, start: 0, end: 0 }, facts,
  };
}

/** Quantity `k`'s clause and sentence, its comparator, and the stretch its phrases may take. */
function placeQuantity(r: NodeReading, k: number): void {
  const f = r.facts;
  const { text } = f;
  const q = r.quantities[k]!;
  const c = r.compared[k]!;
  const start = r.clauseStarts[k]!;
  const end = clauseEnd(text, q.start);
  const prev = k > 0 ? r.compared[k - 1]! : null;
  const next = r.compared[k + 1];
  f.q = q;
  f.clauseStart = start;
  f.clauseEnd = end;
  readSentence(text, q.start, r.sentenceAt);
  f.sentenceStart = r.sentenceAt.start;
  f.sentenceEnd = r.sentenceAt.end;
  f.comparator = c.comparator;
  f.prefixStart = c.prefixStart;
  f.suffixEnd = c.suffixEnd;
  f.perfective = c.perfective;
  // After a threshold before its noun ("100头以上的养殖大户"), the phrase starts past the 的.
  // After a quantity of the same clause and its noun, the phrase starts past the 、 that ends that item
  // ("入库1000个项目、引进资金1000亿元" → 引进资金).
  f.from = prev && prev.suffixEnd > start ? afterItem(text, prev.suffixEnd + (text[prev.suffixEnd] === '的' ? 1 : 0), c.prefixStart) : start;
  f.to = Math.min(end, next ? next.prefixStart : text.length);
  f.laterInClause = next !== undefined && next.prefixStart < end;
  f.countFollows = f.laterInClause && r.quantities[k + 1]!.kind === 'count';
}

/** The year and the modality that govern the quantity, and whether they make it past, an aim or a status. */
function governQuantity(r: NodeReading): void {
  const f = r.facts;
  const { text, q } = f;
  const { planYear, inherited } = r;
  const mention = clauseYear(f, r.due, inherited?.mention ?? r.headingYear);
  const year = mention?.year ?? null;
  // a year before the plan's reports the past; so does a sentence opening with 去年/目前 that no deadline or 力争/确保 makes an aim
  const yearPast = planYear !== null && year !== null && year < planYear;
  const factOpener = year === null && (FACT_OPENER_AT(text, f.sentenceStart) || ((NOW_OPENER_AT(text, f.sentenceStart) || looksBackAt(text, f.sentenceStart)) && !setsAhead(text, f.sentenceStart, q.start)));
  // In a report of the past, 累计争取 is a deed, not an aim.
  const modality = r.modalityAt(q.start, yearPast || factOpener || r.context === 'baseline', f.sentenceStart) ?? (r.context === 'baseline' ? null : trailingModality(text, q.end, f.comparator === 'approx'));
  f.pastYear = yearPast || (factOpener && modality === null);
  f.governed = year !== null || modality !== null;
  f.aims = modality !== null || (year !== null && (planYear === null || year > planYear))
    // a glossary's plan defined over a span ahead ("“1523”领军企业培育计划：指五年时间培育…企业1家")
    || (r.context === 'glossary' && SPAN_AHEAD.test(text.slice(f.sentenceStart, q.start)));
  f.ownYear = planYear !== null && (year ?? r.dated?.year) === planYear; // in the clause or by a heading above
  f.status = mention !== null && (r.due.status.has(mention) || (mention === inherited?.mention && inherited.status));
  // A year only a heading above gives dates the quantity; what the headings say of its role is read apart (headingContext).
  r.year = year ?? r.dated?.year ?? null;
  r.modality = modality;
}

/** The phrases before and after the number, and whether it sums up a list before it. */
function readPhrases(r: NodeReading): void {
  const f = r.facts;
  const { text } = f;
  f.before = phraseBefore(text, f.from, f.prefixStart, f.years);
  f.nounBefore = f.before.stripped[0] < f.before.stripped[1];
  f.after = phraseAfter(f);
  f.appositive = f.after[0] < f.after[1] && isAppositive(text, f.from, f.prefixStart, f.q.value);
}

/** The quantity's role, from its clause and what the quantity before left. */
function decideRole(r: NodeReading, k: number): Role {
  const f = r.facts;
  const { text, q } = f;
  let continuesRule = false;
  if (k > 0 && r.lastRole === 'parameter' && continues(text, f.clauseStart)) {
    continuesRule = true;
    for (let i = r.quantities[k - 1]!.end; i < q.start; i++) if (RULE_BREAK_CODES[text.charCodeAt(i)] === 1) continuesRule = false;
  }
  // "每25—30公里乡道配备不少于一名专管员": a floor for what each stretch takes, in the rate's clause, is its rule too (not
  // each so many people's, "每1万人口拥有社会体育指导员不少于23人", a goal; nor under a goals heading)
  const rate = k > 0 ? r.quantities[k - 1]! : null;
  if (rate && r.lastRole === 'parameter' && r.clauseStarts[k - 1] === f.clauseStart && text[rate.start - 1] === PER && rate.kind !== 'count'
    && f.comparator === 'gte' && !f.aims && r.context !== 'goal') continuesRule = true;
  f.continuesRule = continuesRule;
  f.context = q.start >= r.ruleFrom ? 'rule' : r.context;
  f.afterFrom = r.fromBaseline === f.clauseStart;
  f.goalCue = r.goalCue >= 0 && r.goalCue < q.start;
  const role = roleOf(f);
  if (role === 'baseline' && afterFromWord(text, f.prefixStart)) r.fromBaseline = f.clauseStart;
  return role;
}

/** What the quantity measures; a threshold glued before its noun lends the noun its own phrase. */
function nameIndicator(r: NodeReading, k: number): string {
  const f = r.facts;
  const { text, q } = f;
  const prev = k > 0 ? r.compared[k - 1]! : null;
  // "新增年进出口额超1亿元的企业30家": a threshold before the noun belongs to the noun.
  // A count threshold ("年出栏100头以上的养殖大户15户") leaves the noun alone.
  const glued = prev !== null && r.lastRole === 'parameter' && r.quantities[k - 1]!.kind !== 'count' && prev.suffixEnd > f.clauseStart
    && r.lastPhraseStart >= f.clauseStart && gluedNoun(text, prev.suffixEnd, f.prefixStart);
  const phraseStart = f.nounBefore ? f.before!.stripped[0] : f.prefixStart;
  if (glued) {
    // the phrase read above is dropped: it begins where the one before began
    f.from = r.lastPhraseStart;
    f.before = undefined;
  }
  f.previous = r.previous;
  f.duration = q.info?.duration === true || q.unit === '年';
  const indicator = indicatorOf(f);
  r.previous = indicator || r.previous;
  r.lastPhraseStart = phraseStart;
  return indicator;
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
/** By char code: a Chinese character read as a string is a new string each time. */
const RULE_BREAK_CODES = charTable(RULE_BREAK);
const PER = '每';
const DE_CODE = '的'.charCodeAt(0);

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

/** Between a threshold and the next number stands only the noun it limits: "的企业", "产业项目". */
function gluedNoun(text: string, a: number, b: number): boolean {
  if (b - a < 1) return false;
  let nouns = 0;
  for (let i = a; i < b; i++) {
    if (!isIdeograph(text.charCodeAt(i))) return false;
    if (text.charCodeAt(i) !== DE_CODE) nouns++;
  }
  return nouns > 0;
}

/**
 * A cell holding a count alone ("100个") measures what its row's task counts in that unit ("公交站台适老化改造300个"),
 * else what the task names. The task's targets were placed just before its cells: looked for from the end.
 */
function taskIndicator(out: Target[], task: Section, q: Quantity): string {
  for (let k = out.length - 1; k >= 0; k--) {
    const t = out[k]!;
    if (t.nodeId === task.id && t.unit === q.unit) return t.indicator;
  }
  return task.title;
}

/** An indicator naming something: a CJK character in it (not "" or the "/" between two values of a cell). */
const namesSomething = (indicator: string) => [...indicator].some((c) => isIdeograph(c.charCodeAt(0)));

/** Past the first 、 in [a, b) outside brackets, which ends the item before ("…50家、独角兽、瞪羚企业20家"), else `a`. */
function afterItem(text: string, a: number, b: number): number {
  const comma = itemStart(text, a, b);
  return comma < b ? comma + 1 : a;
}

/** The node's targets from `from` on in the order of their text, numbered again. */
function inSourceOrder(node: Section | Paragraph, out: Target[], from: number): void {
  const mine = out.splice(from).sort((a, b) => a.position.start.offset - b.position.start.offset);
  const ids = new Set(mine.map((t) => t.id));
  node.targets = node.targets.filter((id) => !ids.has(id));
  mine.forEach((t, k) => {
    t.id = `t${from + k + 1}`;
    out.push(t);
    node.targets.push(t.id);
  });
}

/** What a table row's cell says of its value: its column's year and role, its row's indicator; a year before the plan's reports, unless its column or table sets it as work. */
function fromRow(c: RowCell, planYear: number | null): Pick<Target, 'year' | 'role' | 'indicator'> {
  return { year: c.year, role: pastCell(c.year, c.aims === true, planYear) ? 'baseline' : c.role, indicator: c.indicator };
}
/** A table's value dated before the plan's year reports it, unless its column or table sets it as work. */
function pastCell(year: number | null, aims: boolean, planYear: number | null): boolean {
  return planYear !== null && year !== null && year < planYear && !aims;
}
