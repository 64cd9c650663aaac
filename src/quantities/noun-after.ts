// The noun phrase after a count ("引进10名高层次人才"): where it starts, where it ends, and which part of a
// long phrase the count names — the head after a listed modifier, the subject before what it does, and
// those served with the kind of service ("为61万名孕妇免费提供…产前筛查").
import { ATTRIBUTIVE, ENUM_AND, ENUM_COMMA as ENUM_COMMA_CHAR, ENUM_ETC, SIZE_BOUNDS } from '../data/target-cues.js';
import {
  CLAUSE_CONJUNCTIONS, ITEM_JOINERS, MODIFIER_FRAMES, PREDICATES_OF_COUNTED, SERVED_MARK, SERVICE_VERBS, VERBS_AFTER_COUNT,
} from '../data/noun-cues.js';
import { charTable, isDigitCode } from '../char-table.js';
import { TABLE_ROW_ATTRIBUTES } from '../data/boilerplate.js';
import type { Clause, PhraseAfter } from './clause.js';
import { indexIn, stripEnds, unclosedBracketIn } from './indicator.js';
import { namesRuleAt } from './clause-wording.js';
import { anyIn, byLength, firstStartingAt, someStartingAt } from './words.js';

export type PhraseAfterInput = Pick<Clause, 'text' | 'q' | 'prefixStart' | 'suffixEnd' | 'to' | 'clauseEnd' | 'nounBefore'>;

/**
 * What may follow a quantity without being its noun: a conjunction, the next item's joiner, a verb, an indicator
 * table's 属性 cell (and, after a rate or amount, the rule it sets).
 */
const NOT_NOUN_AT = someStartingAt(byLength([...CLAUSE_CONJUNCTIONS, ...ITEM_JOINERS, ...VERBS_AFTER_COUNT, ...TABLE_ROW_ATTRIBUTES]));
/** Right after the quantity (its suffix included), these end a noun-first phrase. */
const AFTER_NOUN_END_CODES = charTable('、,;。:!?\n)”」』》"的和及与或');
const PREDICATE_AT = firstStartingAt(byLength(PREDICATES_OF_COUNTED));
const SERVICE_AT = firstStartingAt(byLength(SERVICE_VERBS));
const MODIFIER_FRAME_AT = someStartingAt(MODIFIER_FRAMES);
const holdsJoiner = anyIn(ITEM_JOINERS);
const REMARK_OPEN = '('.charCodeAt(0);
const REMARK_CLOSE = ')'.charCodeAt(0);
const ENUM_COMMA = ENUM_COMMA_CHAR.charCodeAt(0);
/** Glue that closes a list before the next item: 和, 及, 与, 或. */
const LIST_GLUE_END = charTable(ENUM_AND + '或');
const HEAD_MARKS = charTable(ATTRIBUTIVE + ENUM_ETC);
/** The shortest head a listed modifier leaves. */
const HEAD_MIN = 2;
/** The shortest subject kept before its verb: "推动50家企业完成股份制改造" keeps its verb (企业 alone names nothing). */
const SUBJECT_MIN = 4;
/** The shortest kind of service: "…等服务" keeps the list (服务 alone names nothing). */
const KIND_MIN = 3;

/**
 * The noun phrase right after the number, as view positions; empty when
 * the number ends its phrase: nothing, a delimiter or only a verb follows
 * ("…1750家,", "从5758名增至…"), so the noun came first.
 */
export function phraseAfter(f: PhraseAfterInput): PhraseAfter {
  const { text, clauseEnd } = f;
  let from = f.suffixEnd;
  let to = f.to;
  // "全市新增2400户(累计约3600户)大中型餐饮单位…": the bracket restates the count; its noun follows the bracket
  // (unless it came before: "开工改造城中村12个(其中续建5个)涉及房屋面积…").
  if (f.nounBefore && text.charCodeAt(from) === REMARK_OPEN) return [0, 0];
  const past = pastRemark(text, from, clauseEnd);
  // "举办1所300张床位以上的示范性养老机构": a bound on a size before 的 qualifies the noun the count counts
  const qualified = from === to ? pastSizeBound(text, from, clauseEnd) : -1;
  if (qualified > from) [from, to] = [qualified, nextNumber(text, qualified, clauseEnd)];
  else if (past > from) [from, to] = [past, to > past ? to : nextNumber(text, past, clauseEnd)];
  // "入库1000个项目、引进资金1000亿元": the item after the last 、 before the next number is that number's
  else if (to < clauseEnd) to = nounEndBefore(text, from, to);
  if (from >= to || AFTER_NOUN_END_CODES[text.charCodeAt(from)] === 1) return [0, 0];
  // "超过500万元且研发费用占比…": a conjunction starts another condition; "120名深入生产一线": a verb what they do;
  // "降低工商业电价5%政策": the rule the number sets.
  if (NOT_NOUN_AT(text, from) || namesRuleAt(f.q, text, from)) return [0, 0];
  // "2030年80.0岁(预期性)": a remark in brackets that closes the phrase names nothing.
  if (remarkOnly(text, from, to)) return [0, 0];
  // "248座农村危旧桥梁(含渡改桥3座)": a bracket the phrase opens and the next number falls inside ends it.
  const [a, b] = stripEnds(text, from, unclosedBracket(text, from, to));
  if (holdsJoiner(text, a, b)) return [a, b];
  // 为 stands before the comparator (为超61万名) or is read as its word (为8000名)
  const served = text[f.prefixStart - 1] === SERVED_MARK || text[f.prefixStart] === SERVED_MARK ? serviceAt(text, a, b) : -1;
  if (served > a) {
    const verb = SERVICE_AT(text, served)!;
    const [sa, sb] = headOf(text, a, served);
    const [va, vb] = stripEnds(text, served + verb.length, b);
    const kind = va < vb ? afterMark(text, va, vb) : vb;
    return kind < vb ? [sa, sb, kind, vb] : [sa, sb];
  }
  const [ha, hb] = headOf(text, a, b);
  // A share's noun keeps what it does ("70%居住区实现垃圾分类"): the share is of those that do it.
  return [ha, f.q.kind === 'count' ? subjectEnd(text, ha, hb) : hb];
}

/** text[a, b) past a listed modifier, stripped again. */
function headOf(text: string, a: number, b: number): [number, number] {
  const head = afterListedModifier(text, a, b);
  return head > a ? stripEnds(text, head, b) : [a, b];
}

/** [from, to) is a bracketed remark and what ends the phrase after it. */
function remarkOnly(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) !== REMARK_OPEN) return false;
  const close = indexIn(text, REMARK_CLOSE, from + 1, to);
  return close >= 0 && (close + 1 >= to || AFTER_NOUN_END_CODES[text.charCodeAt(close + 1)] === 1);
}

/** Past a bracket opening at `from` and closing inside the clause with words after it, else `from`. */
function pastRemark(text: string, from: number, clauseEnd: number): number {
  if (text.charCodeAt(from) !== REMARK_OPEN) return from;
  const close = indexIn(text, REMARK_CLOSE, from + 1, clauseEnd);
  if (close < 0 || close + 1 >= clauseEnd || AFTER_NOUN_END_CODES[text.charCodeAt(close + 1)] === 1) return from;
  return close + 1;
}

/** Where the last 、 in [a, b) outside brackets stands, else `b` ("中央公园（一期、二期）" holds none). */
function itemEnd(text: string, a: number, b: number): number {
  let depth = 0;
  for (let i = b - 1; i >= a; i--) {
    const c = text.charCodeAt(i);
    if (c === REMARK_CLOSE) depth++;
    else if (c === REMARK_OPEN) depth = Math.max(0, depth - 1);
    else if (c === ENUM_COMMA && depth === 0) return i;
  }
  return b;
}

/** Where the first 、 in [a, b) outside brackets stands, else `b`. */
export function itemStart(text: string, a: number, b: number): number {
  let depth = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === REMARK_OPEN) depth++;
    else if (c === REMARK_CLOSE) depth = Math.max(0, depth - 1);
    else if (c === ENUM_COMMA && depth === 0) return i;
  }
  return b;
}

/**
 * The end of a count's noun before the next number of its clause at `to`: the last 、 when the words after it are
 * the next item's ("入库1000个项目、引进资金1000亿元"), not when they close a list with 和 ("专精特新、单项冠军企业和50家…").
 */
function nounEndBefore(text: string, from: number, to: number): number {
  const comma = itemEnd(text, from, to);
  if (comma >= to) return to;
  let last = to - 1;
  while (last > comma && text.charCodeAt(last) === 0x20) last--;
  return LIST_GLUE_END[text.charCodeAt(last)] === 1 ? to : comma;
}

/** The first ASCII digit in [a, b) (where the next number begins), or `b`. */
/** How far after a number a size's bound (以上/以下) and the 的 closing its modifier are looked for. */
const SIZE_BOUND_REACH = 12;
const MODIFIER_REACH = 24;
const MODIFIER_BREAKS = /[,;。:!?]/;
/** Past "300张床位以上的" (or "100张床位以上、以介护…为主的") at `at`, before the noun it qualifies; else -1. */
function pastSizeBound(text: string, at: number, end: number): number {
  const head = text.slice(at, Math.min(end, at + SIZE_BOUND_REACH));
  const bound = SIZE_BOUNDS.map((w) => head.indexOf(w)).filter((i) => i > 0).sort((x, y) => x - y)[0];
  if (bound === undefined) return -1;
  const rest = text.slice(at + bound, Math.min(end, at + bound + MODIFIER_REACH));
  const de = rest.indexOf(ATTRIBUTIVE);
  return de > 0 && !MODIFIER_BREAKS.test(rest.slice(0, de)) && de + 1 < rest.length ? at + bound + de + 1 : -1;
}

function nextNumber(text: string, a: number, b: number): number {
  for (let i = a; i < b; i++) if (isDigitCode(text.charCodeAt(i))) return i;
  return b;
}

/** Where a bracket opens in (a, b) that does not close before `b`, else `b`. */
function unclosedBracket(text: string, a: number, b: number): number {
  const open = unclosedBracketIn(text, a + 1, b);
  return open < 0 ? b : open;
}

/** Where the verb of a service starts after those served (at least HEAD_MIN characters), else -1. */
function serviceAt(text: string, a: number, b: number): number {
  for (let i = a + HEAD_MIN; i < b; i++) if (SERVICE_AT(text, i) !== undefined) return i;
  return -1;
}

/** The last 的 or 等 in (a, b) with a head of HEAD_MIN characters after it, else -1. */
function lastMark(text: string, a: number, b: number): number {
  for (let i = b - HEAD_MIN - 1; i > a; i--) if (HEAD_MARKS[text.charCodeAt(i)] === 1) return i;
  return -1;
}

/** The kind of a service: the head after its 的 or 等 ("…严重致死致残结构畸形的产前筛查" → 产前筛查), else `a`. */
function afterMark(text: string, a: number, b: number): number {
  const mark = lastMark(text, a, b);
  return mark < 0 || b - (mark + 1) < KIND_MIN ? a : mark + 1;
}

/**
 * Where a phrase whose modifier lists things (items between 、, ending in 的 or 等) is cut: at the item
 * boundary nearest the head that keeps a third of it, so the head keeps its nearest modifiers —
 * "能够突破关键技术、发展高新技术产业、带动新兴学科的创新创业领军人才" → 带动新兴学科的创新创业领军人才;
 * `a` when there is no such list.
 */
function afterListedModifier(text: string, a: number, b: number): number {
  const mark = lastMark(text, a, b);
  // "集研发、生产…于一体的", "具有博士学位、高级职称…的": the list is a frame's object, cut nowhere inside it
  if (mark < 0 || indexIn(text, ENUM_COMMA, a, mark) < 0 || MODIFIER_FRAME_AT(text, a)) return a;
  const keeps = (c: number) => 3 * (b - c) >= b - a;
  if (keeps(mark + 1)) return mark + 1;
  for (let c = mark; c > a; c--) if (text.charCodeAt(c - 1) === ENUM_COMMA && keeps(c)) return c;
  return a;
}

/**
 * Where the subject ends when a verb inside the phrase starts what the counted do and that part is the
 * longer: "40家学生集体用餐配送单位实现全流程检查评价及…全覆盖" → 学生集体用餐配送单位; else `b`.
 */
function subjectEnd(text: string, a: number, b: number): number {
  for (let i = a + SUBJECT_MIN; i < b && b - i > i - a; i++) if (PREDICATE_AT(text, i) !== undefined) return i;
  return b;
}
