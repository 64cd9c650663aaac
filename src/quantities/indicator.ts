// What a quantity measures (TARGETS.md §7): the noun phrase before the number
// ("技术合同成交额超过130亿元") or, when the number leads, the one after it
// ("引进10名高层次人才"); without comparator words, time words or leading verbs.
import { AMOUNT_VERB_BEFORE, shareOfWholeBefore } from './clause-wording.js';
import {
  CHANGE_WORDS, INVESTMENT, DATE_PREPOSITIONS, ITEM_PREDICATES, LEADING_WORDS, LIST_GLUE_WORDS, LOCATION_OPEN, MODALITY_WORDS,
  AMOUNT_VERBS, MODAL_WORD_TAILS, PLACE_VERBS, RATIO_HEAD, SUBJECT_ENDINGS, SUBJECT_MODALS, SUBJECTLESS_MEASURES, TIME_OF_YEAR_WORDS, TRAILING_WORDS,
  YEAR_TAILS, ENUM_ETC, YEAR_CUES,
} from '../data/target-cues.js';
import { CHANGE_BASES, ITEM_JOINERS } from '../data/noun-cues.js';
import type { YearMention } from './quantity.js';
import { sumsUpList } from './appositive.js';
import { actedSubject, itemBeforeBracket, labelBefore, sameDeedAgain, topicBefore } from './names-around.js';
import { actsOnProject, investedProject, investmentWord, namesProject } from './invested-project.js';
import type { Clause, PhraseBefore } from './clause.js';
import { firstYearFrom } from './context.js';
import { charTable, isIdeograph } from '../char-table.js';
import { ISSUER_ENDINGS } from '../data/doc-types.js';
import { anyOf, byLength, endingAt, firstStartingAt, someEndingAt, startingAt, wordIndex } from './words.js';
import { afterAttributeCells, afterEtcList, afterLocation, beforeAbility, beforeAdverb } from './phrase-scope.js';
import { allocationIndicator, allocatorOf, fillersOnly } from './allocation-purpose.js';

const LEADING = byLength(LEADING_WORDS);
const PLACE_ENDS = byLength(PLACE_VERBS);
const PLACE_MIN = 2; // the shortest place name kept before its verb
const TRAILING = byLength(TRAILING_WORDS);
const LEADING_BY_FIRST = wordIndex(LEADING);
const TRAILING_BY_LAST = wordIndex(TRAILING, true);
const CHANGES = byLength(CHANGE_WORDS);
const CHANGES_AND_BASES = byLength([...CHANGE_WORDS, ...CHANGE_BASES]);
const LINKS = byLength([...Object.keys(MODALITY_WORDS), ...TRAILING_WORDS, ...LIST_GLUE_WORDS, ...TIME_OF_YEAR_WORDS]);
const TAILS = byLength(YEAR_TAILS.map((t) => t.slice(1)).filter(Boolean));
const PREDICATES = byLength(ITEM_PREDICATES);
const LIST_GLUE = '、,和及与或';
const YEAR_CUE_BEFORE = someEndingAt(YEAR_CUES);
const JOINER_AT = firstStartingAt(ITEM_JOINERS); // glue between whole items: "…人才以及100名专业技术人才"
/** A phrase never starts with a closing mark: "(2025年)新增平台5个". */
const CLOSERS = ')”」』》';
// The character sets above and the word lists tried per position, by char code.
const LIST_GLUE_CODES = charTable(LIST_GLUE);
const OPENING_SKIP_CODES = charTable(LIST_GLUE + CLOSERS);
const TAIL_AT = firstStartingAt(TAILS);
const PLACE_ENDS_BY_FIRST = wordIndex(PLACE_ENDS);
const LINKS_BY_FIRST = wordIndex(LINKS);
const CHANGES_BY_FIRST = wordIndex(CHANGES_AND_BASES);
const PREDICATES_BY_LAST = wordIndex(PREDICATES, true);
const ENUM_COMMA_CODE = '、'.charCodeAt(0);

/** The clause of the quantity, and the indicator named before it. */
export type IndicatorInput = Pick<Clause, 'text' | 'q' | 'from' | 'prefixStart' | 'suffixEnd' | 'to' | 'years' | 'appositive' | 'show' | 'before' | 'after' | 'clauseStart'> & {
  /** The indicator of the previous quantity of the same node, for "2030年达到8家". */
  previous: string | null;
  /** A time span: what lasts is named before it ("连续稳定运行满一年并经…"), never after. */
  duration: boolean;
};

/** Modality words never belong to what is measured: "零售总额确保增长5%" → 零售总额增长. */
const MODALITY_RE = new RegExp(byLength(Object.keys(MODALITY_WORDS)).join('|'), 'g');

export function stripEnds(text: string, a: number, b: number): [number, number] {
  for (let moved = true; moved && a < b; ) {
    moved = false;
    const located = Math.max(afterLocation(text, a, b), afterEtcList(text, a, b));
    if (located > a) {
      a = located;
      moved = true;
      continue;
    }
    const joiner = OPENING_SKIP_CODES[text.charCodeAt(a)] === 1 ? undefined : JOINER_AT(text, a);
    if (OPENING_SKIP_CODES[text.charCodeAt(a)] === 1 || (joiner !== undefined && a + joiner.length < b)) {
      a += joiner?.length ?? 1;
      moved = true;
      continue;
    }
    for (const w of startingAt(LEADING_BY_FIRST, text, a)) { // (never leaving one character: 建成区 is a noun, not 建成 and 区)
      if (a + w.length <= b && text.startsWith(w, a)) {
        if (b - a - w.length !== 1) [a, moved] = [a + w.length, true];
        break;
      }
    }
  }
  for (let moved = true; moved && a < b; ) {
    moved = false;
    // …and the 以 of a 以及 whose 及 the next item's phrase took
    if (LIST_GLUE_CODES[text.charCodeAt(b - 1)] === 1 || (b - 1 > a && JOINER_AT(text, b - 1) !== undefined)) {
      b--;
      moved = true;
      continue;
    }
    for (const w of endingAt(TRAILING_BY_LAST, text, b)) {
      if (b - w.length >= a && text.startsWith(w, b - w.length)) {
        b -= w.length;
        moved = true;
        break;
      }
    }
    const adverb = moved ? b : beforeAdverb(text, a, b); // "参保率均", "中央财政将"
    if (adverb < b) [b, moved] = [adverb, true];
  }
  return [a, b];
}

/** `s` without the change words that end it: "单位GDP能耗下降" → "单位GDP能耗". */
function withoutChangeTail(s: string): string {
  for (let moved = true; moved; ) {
    moved = false;
    for (const w of CHANGES) {
      if (s.length > w.length && s.endsWith(w)) {
        s = s.slice(0, -w.length);
        moved = true;
      }
    }
    // what the change is counted from, after the words of comparing: "…比上年预计数" (not a subject's 中央预算)
    const base = CHANGE_BASES.find((w) => s.endsWith(w) && CHANGES.some((c) => s.slice(0, -w.length).endsWith(c)));
    if (base !== undefined) {
      s = s.slice(0, -base.length);
      moved = true;
    }
  }
  return s;
}

const onlyChangeWords = (s: string) => {
  // The unread rest is s.slice(at); only the words starting with its first character can match.
  let at = 0;
  for (let moved = true; moved && at < s.length; ) {
    moved = false;
    for (const w of startingAt(CHANGES_BY_FIRST, s, at)) {
      if (s.startsWith(w, at)) {
        at += w.length;
        moved = true;
        break;
      }
    }
  }
  return at >= s.length;
};

/** The phrase before a number, as view positions [a, b) (empty when a >= b): its span, and that span stripped. */
export function phraseBefore(text: string, from: number, to: number, years: YearMention[]): PhraseBefore {
  const span = phraseSpan(text, from, to, years);
  return { span, stripped: stripEnds(text, span[0], span[1]) };
}

/** Only modality and link words ("力争达到"): the clause repeats the subject before it. */
function linkOnly(text: string, a: number, b: number): boolean {
  for (let moved = true; moved && a < b; ) {
    moved = false;
    for (const w of startingAt(LINKS_BY_FIRST, text, a)) {
      if (a + w.length <= b && text.startsWith(w, a)) {
        a += w.length;
        moved = true;
        break;
      }
    }
  }
  return a >= b;
}

function phraseSpan(text: string, from: number, to: number, years: YearMention[]): [number, number] {
  let a = from;
  const b = to;
  // A deadline year inside the phrase ends what comes before it: "2030年达到8家".
  for (let k = firstYearFrom(years, a); k < years.length && years[k]!.start < b; k++) {
    const y = years[k]!;
    if (y.end > b) continue;
    const subject = a;
    a = y.end;
    DATE_TAIL.lastIndex = a;
    if (DATE_TAIL.test(text)) a = DATE_TAIL.lastIndex;
    const tail = TAIL_AT(text, a);
    if (tail) a += tail.length;
    else if (text[a] === '均') a--; // 2026-2035年均增加: keep 年均
    // "支出进度在2026年9月30日前达到70%", "装机规模2025年达到2500万千瓦": a date set inside the clause, the subject before it
    if (y.start - 1 > subject && DATE_PREPOSITIONS.includes(text[y.start - 1]!) && linkOnly(text, a, b)) return [subject, y.start - 1];
    if (y.start > subject && (isIdeograph(text.charCodeAt(y.start - 1)) || /[A-Za-z]/.test(text[y.start - 1]!)) && !YEAR_CUE_BEFORE(text, y.start) && linkOnly(text, a, b)) return [subject, y.start];
  }
  // "248座农村危旧桥梁(含渡改桥3座)": a number inside a bracket is named inside it.
  a = insideBracket(text, a, b);
  // "各乡(镇)要储备编织袋不少于5000条": the unit told to act is no part of what is counted.
  a = afterSubject(text, a, b);
  // A 、 after a predicate separates two items, not two nouns of one item.
  const first = indexIn(text, ENUM_COMMA_CODE, a, b);
  if (first >= 0) {
    const predicateEnd = lastPredicateEnd(text, a, b);
    const comma = predicateEnd < 0 ? -1 : predicateEnd <= first ? first : indexIn(text, ENUM_COMMA_CODE, predicateEnd, b);
    if (comma >= 0) a = comma + 1;
  }
  return [a, b];
}

const SUBJECT_ENDS = [...ISSUER_ENDINGS, ...SUBJECT_ENDINGS];
/** Past a unit and the modal that tells it to act ("县应急管理局要", "各乡(镇)要") inside [a, b), else `a`. */
function afterSubject(text: string, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    for (const m of startingAt(SUBJECT_MODALS_BY_FIRST, text, k)) {
      if (k + m.length >= b || !text.startsWith(m, k) || MODAL_WORD_TAILS.includes(text[k + m.length]!)) continue;
      if (SUBJECT_ENDS.some((e) => k - e.length >= a && text.startsWith(e, k - e.length))) return k + m.length;
    }
  }
  return a;
}
const SUBJECT_MODALS_BY_FIRST = wordIndex(byLength(SUBJECT_MODALS));

/** A list's joins: only a phrase holding one may sum up names (most hold none). */
const LIST_JOIN_IN = /[、和及与]/;
const BRACKET_OPEN = '('.charCodeAt(0);
const BRACKET_CLOSE = ')'.charCodeAt(0);
/** Where a bracket opens in [a, b) that is not closed before `b` (the last such), else -1. */
export function unclosedBracketIn(text: string, a: number, b: number): number {
  for (let i = b - 1; i >= a; i--) {
    const c = text.charCodeAt(i);
    if (c === BRACKET_CLOSE) return -1;
    if (c === BRACKET_OPEN) return i;
  }
  return -1;
}
/** Past the last bracket opened in [a, b) and not closed before `b`, else `a`. */
function insideBracket(text: string, a: number, b: number): number {
  const open = unclosedBracketIn(text, a, b);
  return open < 0 ? a : open + 1;
}

/** The month and day after a year's 年: "2026年9月30日前". */
const DATE_TAIL = /[0-9]{1,2}月(?:[0-9]{1,2}日)?/y;

/** The first position of char code `c` in [a, b), or -1. */
export function indexIn(text: string, c: number, a: number, b: number): number {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

const EMPTY_PREDICATE = PREDICATES.some((w) => w.length === 0);
/** Where the last predicate inside [a, b) ends (the latest end of any), or -1: read backward by last character. */
function lastPredicateEnd(text: string, a: number, b: number): number {
  if (EMPTY_PREDICATE) return b; // an empty one "ends" at the end of the phrase
  for (let e = b; e > a; e--) {
    for (const w of endingAt(PREDICATES_BY_LAST, text, e)) if (e - w.length >= a && text.startsWith(w, e - w.length)) return e;
  }
  return -1;
}

/** Where text[a, b) starts past the list glue that opens it (、 , 和…). */
function afterGlue(text: string, a: number, b: number): number {
  while (a < b && LIST_GLUE_CODES[text.charCodeAt(a)] === 1) a++;
  return a;
}

/** The phrase before the number opens with 在 (after list glue): "在全县8家…". */
function placeFrame(text: string, from: number, to: number): boolean {
  const a = afterGlue(text, from, to);
  return a < to && text[a] === LOCATION_OPEN;
}

/** Where the first verb after the place name begins; `b` when none does. */
function placeEnd(text: string, a: number, b: number): number {
  for (let i = a + PLACE_MIN; i < b; i++) if (startingAt(PLACE_ENDS_BY_FIRST, text, i).some((w) => i + w.length <= b && text.startsWith(w, i))) return i;
  return b;
}

export function indicatorOf(r: IndicatorInput): string {
  const { text } = r;
  // "嘉定老城特定区（3.92平方公里）、幸福片区（3.66平方公里）": an amount alone in brackets measures the item before them
  if (text.charCodeAt(r.prefixStart - 1) === BRACKET_OPEN && text.charCodeAt(r.suffixEnd) === BRACKET_CLOSE) {
    const item = itemBeforeBracket(text, r.prefixStart - 1, r.clauseStart, r.show, stripEnds);
    if (item !== '') return item;
  }
  const before = r.before ?? phraseBefore(text, r.from, r.prefixStart, r.years);
  const [sa, sb] = before.span;
  const [pa, pb] = before.stripped;
  const pre = pa < pb ? afterAttributeCells(r.show(pa, pb)) : '';

  let ind: string, acted: string | null;
  const [qa, qb0, ka, kb] = r.after; // [ka, kb): the kind of service after those served
  const place = qa < qb0 && placeFrame(text, r.from, r.prefixStart);
  const qb = place ? placeEnd(text, qa, qb0) : qb0;
  const invested = pre.endsWith(INVESTMENT) && (qa >= qb || actsOnProject(text, r.suffixEnd));
  const project = invested ? investedProject(text, { pre, at: pa, suffixEnd: r.suffixEnd, to: r.to, alone: !r.previous }, stripEnds) : null;
  if (project) ind = r.show(project[0], project[1]) + investmentWord(pre);
  else if (qa >= qb || (r.duration && pre)) {
    ind = fillersOnly(pre) ? '' : pre; // "今年要新增8000万吨标准煤的节能能力": 要 names nothing
    // "推动50%的规上企业…": nothing before, so the noun after 的 is what is measured; after a verb that yields the
    // amount ("远程医疗覆盖50%以上的社区卫生服务中心") the verb and the noun
    if ((!ind || AMOUNT_VERB_BEFORE(text, pb) || (r.q.kind === 'percent' && shareOfWholeBefore(text, r.prefixStart))) && text[r.suffixEnd] === '的') {
      const [da, db] = stripEnds(text, r.suffixEnd + 1, beforeAbility(text, r.suffixEnd + 1, r.to));
      if (da < db) ind += r.show(da, db);
    }
  } else {
    const post = r.show(qa, qb) + (ka !== undefined && kb !== undefined ? r.show(ka, kb) : '');
    // "技术合同成交额每年保持20%左右增幅": a short noun after the number completes the one before.
    // After a 在 frame the words before the number are the place's scope (在全县), not part of its name.
    // After list glue the words before are the item before ("6个国家级汽摩运动营地和2个星级营地"), not this one's.
    const itemBefore = LIST_GLUE_CODES[text.charCodeAt(r.prefixStart - 1)] === 1;
    // After names it sums up ("打造留史、百尺、鲍墟3个文化站"), the noun after is the whole name, unless the names
    // end in it themselves ("…高级财务团队和专业法务团队等三支团队").
    const names = pre.endsWith(ENUM_ETC) ? pre.slice(0, -ENUM_ETC.length) : pre;
    const namesSummed = !r.appositive && LIST_JOIN_IN.test(names) && !names.endsWith(post) && sumsUpList(text, r.from, r.prefixStart, r.q.value);
    ind = !place && !itemBefore && pre && post.length <= 4 && !r.appositive && !namesSummed ? pre + post : post;
  }

  const allocated = r.q.kind === 'money' ? allocationIndicator(text, r.show(sa, sb), r.suffixEnd, r.show) : null;
  if (allocated !== null) ind = allocated;
  // "机动车道井盖井框处置，完成400个", "…梗阻问题，不小于16处": a clause of the amount and a verb or a bound alone
  // names nothing; the clause before names what is done
  if (ind === '') {
    const lead = r.show(r.clauseStart, r.prefixStart);
    const alone = r.show(r.suffixEnd, r.to).trim() === '';
    // (an allocation alone too, "…，今年拟安排500万亩", or a modality and a link verb, "…，力争控制在15%左右")
    if (alone && (lead === '' || AMOUNT_VERBS.includes(lead) || allocatorOf(lead) === '' || linkOnly(text, r.clauseStart, r.prefixStart))) ind = topicBefore(text, r.clauseStart, r.show, stripEnds);
  }
  const prev = r.previous;
  // "人均预期寿命:2025年79.1岁": only a year between the number and a label's colon; the label names it.
  if (ind === '' && !prev && sa >= sb) ind = labelBefore(text, r.from, r.show, stripEnds);
  if (ind === '' && !(prev && linkOnly(text, sa, sb))) {
    // "建设4.5万平方米": an action with no object named; keep the verb rather than borrow a subject.
    ind = r.show(sa, sb);
  } else if (prev) {
    if (ind === '') ind = prev;
    // 年均增加 → 国家高新技术企业年均增加; "单位GDP能耗下降3%，比上年下降0.5个百分点": one change, not two
    else if (onlyChangeWords(ind)) ind = prev.endsWith(ind) ? prev : withoutChangeTail(prev) + ind;
    else if ((acted = actedSubject(prev, ind)) !== null) ind = acted; // …基本建成470万套、新开工700万套
    else if (qa >= qb && (acted = sameDeedAgain(prev, ind, text, r.clauseStart)) !== null) ind = acted;
    else if (SUBJECTLESS_MEASURES.includes(ind) && !prev.endsWith(ind)) ind = withoutChangeTail(prev) + ind; // 转移支付增加…、规模近9.8万亿元
    else if (ind === INVESTMENT && namesProject(prev)) ind = prev + r.show(afterGlue(text, sa, sb), sb); // 实施重大项目3600个、完成投资1万亿元: the projects' 完成投资
    else if (ind.startsWith(RATIO_HEAD) && ind[1] !== '比' && !prev.startsWith(RATIO_HEAD)) {
      const k = prev.indexOf(RATIO_HEAD); // 占GDP比重 takes the subject of the clause before
      ind = (k > 0 ? prev.slice(0, k) : prev) + ind;
    }
  }
  const named = withoutExemplars(withoutModality(ind));
  if (named !== '') return named;
  // "新增78家", "确保新增450家以上": the words before the number (a verb the comparator reads across) are all that
  // name it, else those after it ("…经费，60%以上用于一线职工教育"); never an empty name
  const lead = r.show(r.from, r.q.start);
  return withoutModality(lead) || lead || r.show(r.suffixEnd, r.to);
}

const withoutModality = (s: string) => (mayHoldModality(s) ? s.replace(MODALITY_RE, '') : s);
/**
 * "以…创业场、创业沙龙为代表的创业苗圃" names 创业苗圃: the examples a noun is qualified by are not its name (a qualifier
 * that defines it stays: "以公共交通为主体的绿色出行比例").
 */
const EXEMPLARS = /(?:以[^以，,。；;]{1,40}|^[^以，,。；;]{1,40})为代表的(?=[\u4e00-\u9fff]{2})/;
const withoutExemplars = (s: string) => (s.includes('为代表的') ? s.replace(EXEMPLARS, '') : s);

/** The regex matches only its words as they are (none empty, none with a regex operator). */
const MODALITY_LITERAL = Object.keys(MODALITY_WORDS).every((w) => w.length > 0 && !/[.*+?^${}()|[\]\\]/.test(w));
/** Most indicators hold no modality word: the regex replace can only change those that do. */
const mayHoldModality = MODALITY_LITERAL ? anyOf(Object.keys(MODALITY_WORDS)) : () => true;
