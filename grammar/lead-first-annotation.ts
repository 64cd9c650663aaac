// Unit annotations that name their units first, without a label: "（省能源局牵头，省发展改革委、省科技厅按职责分工负责）",
// "（市卫生健康委、市财政局负责）" — the lead before 牵头, the units of the clause after sharing the work.
import { DUE_LABELS, ETC_UNIT_TAILS, LEAD_OPENERS, LEAD_TAILS, LEAD_WORD, PLACE_NAME_ENDINGS, SCOPE_OPENERS, SHARE_MANNERS, SHARE_WORDS, TOWN_LIST_OPENERS, TOWN_NAME_ENDINGS, UNIT_NAME_ENDINGS, UNIT_NAME_MAX } from '../src/data/unit-labels.js';
import { charTable } from '../src/char-table.js';
import { isCloseBracket, isNote, isOpenBracket, joinerAt, LIST_ETC, splitUnits, type ParsedAnnotation } from './annotation.js';

const CLAUSE_SEPARATORS = charTable(',，;；');
/** Where the clause opening at `from` ends: at its separator, or at `b`. */
function clauseEndWithin(text: string, from: number, b: number): number {
  let end = from;
  while (end < b && !CLAUSE_SEPARATORS[text.charCodeAt(end)]) end++;
  return end;
}
/** A document number and its separator opening a note: 皖发〔2021〕9号， 依据《…办法》（皖政〔2021〕9号）， (an issuer's abbreviation before it). */
const CITED_DOCUMENT = /^(?:(?:依据|根据)?《[^》]{1,40}》)?[(（]?[^,，;；()（）]{0,16}[〔[【]\d{4}[〕\]】]第?[\dXx×■ ]*号(?:文件?)?[)）]?[,，]/;
/** SHARE_WORDS, longest first: "按职责分工负责" before "负责". */
const SHARE_BY_LENGTH = [...SHARE_WORDS].sort((a, b) => b.length - a.length);
const MANNERS_BY_LENGTH = [...SHARE_MANNERS].sort((a, b) => b.length - a.length);

/**
 * The units of a units-first annotation text[start, end) in brackets, "(省能源局牵头,省发展改革委、省科技厅按职责分工
 * 负责)", or null when the text is not one: the units lead up to LEAD_WORD, which ends the first clause or the
 * whole; a second clause, if any, is all units and ends in a SHARE_WORDS word.
 */
export function parseLeadFirstAnnotation(text: string, start: number, end: number, closesLine = false, needsOffice = false): ParsedAnnotation | null {
  if (end - start < 4 || !isOpenBracket[text.charCodeAt(start)] || !isCloseBracket[text.charCodeAt(end - 1)]) return null;
  let from = start + 1;
  const to = beforeDue(text, from, end - 1);
  for (const w of LEAD_OPENERS) if (text.startsWith(w, from)) from += w.length;
  // "（皖政办秘〔2021〕82号，省经济和信息化厅、省财政厅负责）": the document a measure comes from, cited before its units
  from += CITED_DOCUMENT.exec(text.slice(from, to))?.[0].length ?? 0;
  const out: ParsedAnnotation = { lead: [], responsible: [] };
  const lead = text.slice(from, to).indexOf(LEAD_WORD);
  // no lead: "（省财政厅、省能源局按职责分工负责）" names the units that share the work. Most brackets ("（市、区）",
  // "（试行）") have no clause ending as a share word does, and then only names on a line of their own can be units.
  // A bracket that holds the document's note on its lists ("（A、B，C。列逗号之前的为牵头单位，…，下同）") is one of them.
  const noted = to < end - 1 && text[to] === SENTENCE_END && isNote(text.slice(to + 1, end - 1));
  if (lead < 0 && !closesLine && !noted && !mayShare(text, from, to)) return null;
  if (lead < 0) return sharingClauses(text, from, to, out.responsible) || ((closesLine || noted) && nameGroups(text, from, to, out.responsible, needsOffice && !noted)) ? out : null;
  return leadAndSharing(text, from, from + lead, to, out);
}

/**
 * Where the units of text[from, to) end: at a clause naming when the task is due ("，完成时限：…") or at a sentence end
 * before the document's note ("市卫生健康委负责。排在第一位的部门为牵头部门，下同"); else at `to`.
 */
function beforeDue(text: string, from: number, to: number): number {
  for (let sep = from + 1; sep < to; sep++) {
    if (CLAUSE_SEPARATORS[text.charCodeAt(sep)] && DUE_LABELS.some((w) => text.startsWith(w, sep + 1))) return sep;
    if (text[sep] === '。' && isNote(text.slice(sep + 1, to))) return sep;
  }
  return to;
}

/** Last characters of the share words: a clause of sharing units ends in one. */
const isShareLast = charTable(SHARE_WORDS.map((w) => w[w.length - 1]!).join(''));
/**
 * Some clause of text[a, b) (as sharingClauses splits it) ends in a share word's last character: without one,
 * sharingClauses finds nothing.
 */
export function mayShare(text: string, a: number, b: number): boolean {
  if (isShareLast[text.charCodeAt(b - 1)]) return true;
  for (let i = a + 1; i < b; i++) if (CLAUSE_SEPARATORS[text.charCodeAt(i)] && isShareLast[text.charCodeAt(i - 1)]) return true;
  return false;
}

/** "X牵头" or "X牵头,Y按职责分工负责" in text[from, to), LEAD_WORD at `lead`. */
function leadAndSharing(text: string, from: number, lead: number, to: number, out: ParsedAnnotation): ParsedAnnotation | null {
  // "牵头落实", "牵头负责": the lead word with the share it takes on
  const tail = LEAD_TAILS.find((w) => text.startsWith(w, lead + LEAD_WORD.length));
  const afterLead = lead + LEAD_WORD.length + (tail?.length ?? 0);
  if (from >= lead || hasBreak(text, from, lead)) return null;
  // "市发展改革委、市规划自然资源委分别牵头": the manner is no part of the last name
  splitUnits(text, from, beforeManners(text, from, lead), out.lead);
  if (afterLead === to) return out;
  // (a list's 、 may part the lead from the sharing units: "市级相关部门（单位）牵头、各区市县政府、园区管委会负责")
  if (!CLAUSE_SEPARATORS[text.charCodeAt(afterLead)] && text[afterLead] !== '、') return null;
  return sharingClauses(text, afterLead + 1, to, out.responsible) ? out : null;
}

/**
 * One or more clauses of sharing units in text[a, b), each ending in a SHARE_WORDS word: "商务部指导,供销合作总社参与".
 * Nothing is added unless every clause is one.
 */
export function sharingClauses(text: string, a: number, b: number, names: string[]): boolean {
  const found: string[] = [];
  // "省发展改革委、省商务厅，海关总署广东分署，广铁集团按职责分工负责": groups of names apart with commas share
  // with the clause whose share word ends them
  const waiting: string[] = [];
  for (let from = a; from < b; ) {
    const end = clauseEndWithin(text, from, b);
    // "…，以下均需各片区配合落实，不再列出": the document's note, no clause of units
    if (isNote(text.slice(from, end))) {
      from = end + 1;
      continue;
    }
    if (sharingUnits(text, from, end, waiting)) found.push(...waiting.splice(0));
    else if (!namesOnly(text, from, end, waiting, true)) return false;
    from = end + 1;
  }
  if (waiting.length > 0) return false;
  names.push(...found);
  return found.length > 0;
}

const mannerEndingAt = (text: string, a: number, end: number) => MANNERS_BY_LENGTH.find((w) => end - w.length > a && text.startsWith(w, end - w.length));
/** Where the names in text[a, end) end, before the manners closing them ("…依职责分别", "…分别"). */
function beforeManners(text: string, a: number, end: number): number {
  for (let manner = mannerEndingAt(text, a, end); manner !== undefined; manner = mannerEndingAt(text, a, end)) end -= manner.length;
  return end;
}

/** Units in text[a, b) that end in a SHARE_WORDS word ("省发展改革委、省科技厅按职责分工负责"), added to `names`; false if not so. */
function sharingUnits(text: string, from: number, b: number, names: string[]): boolean {
  // "会同市水利局、市气象局落实": the joiner opens the clause of those who share
  const a = from + (joinerAt(text, from)?.length ?? 0);
  const shareEndingAt = (end: number) => SHARE_BY_LENGTH.find((w) => end - w.length > a + 1 && text.startsWith(w, end - w.length));
  const share = shareEndingAt(b);
  if (share === undefined) return false;
  let end = beforeManners(text, a, b - share.length);
  // share words in a row ("各片区负责配合落实"): none is part of the name
  for (let more = shareEndingAt(end); more !== undefined; more = shareEndingAt(end)) end = beforeManners(text, a, end - more.length);
  // "…、市数据局等部门按职责分工负责": the list's 等部门 names no unit
  const etc = ETC_UNIT_TAILS.find((w) => end - w.length > a + 1 && text.startsWith(w, end - w.length));
  if (etc !== undefined) end -= etc.length;
  if (end - a > UNITS_MAX || hasBreak(text, a, end)) return false;
  splitUnits(text, a, end, names);
  return true;
}

/**
 * Every name in text[a, b), split at 、, is a unit's name (UNIT_NAME_ENDINGS), or a town's (TOWN_NAME_ENDINGS) in a list
 * that names an office or opens with 各/区属 ("（各街镇、区属国企）", not "（城乡）"): then they are added to `names`.
 */
function namesOnly(text: string, a: number, b: number, names: string[], lastOnly = false): boolean {
  if (a >= b || hasBreak(text, a, b)) return false;
  const parts = text.slice(a, b).split('、');
  if (SCOPE_OPENERS.some((w) => parts[0]!.startsWith(w))) return false; // what a figure covers: "（含开发区、高新区）"
  const last = parts.length - 1;
  // (the last name may close the list with 等: "…、各街镇等")
  const bare = (p: string, k: number) => (k === last && p.endsWith(LIST_ETC) ? p.slice(0, -LIST_ETC.length) : p);
  const ends = (n: string, endings: string[]) => n.length >= 2 && n.length <= UNIT_NAME_MAX && endings.some((e) => n.endsWith(e) && n.length > e.length);
  const vouched = parts.some((p, k) => ends(bare(p, k), UNIT_NAME_ENDINGS) || TOWN_LIST_OPENERS.some((w) => p.startsWith(w)));
  const isName = (p: string, k: number) => ends(bare(p, k), UNIT_NAME_ENDINGS) || (vouched && ends(bare(p, k), TOWN_NAME_ENDINGS));
  // in a group before a share word, the names may share an ending ("广州、深圳边检总站"): the last one has it
  const named = lastOnly ? parts.every((p) => p.length >= 2 && p.length <= UNIT_NAME_MAX) && isName(parts[last]!, last) : parts.every(isName);
  if (!named) return false;
  splitUnits(text, a, b, names);
  return true;
}

/**
 * "市交通运输局、各区政府，市规划和自然资源局": groups of names apart with commas, every one names only (the document's
 * note may say the first group leads: see src/pipeline/lead-notes.ts); added to `names` only if all are.
 */
function nameGroups(text: string, a: number, b: number, names: string[], needsOffice: boolean): boolean {
  const found: string[] = [];
  for (let from = a; from < b; ) {
    const end = clauseEndWithin(text, from, b);
    if (!namesOnly(text, from, end, found)) return false;
    from = end + 1;
  }
  // (mid-paragraph, places alone are what a figure covers: "新建学校10所。（福田区、南山区）新增学位…")
  if (needsOffice && !found.some(isOffice)) return false;
  names.push(...found);
  return found.length > 0;
}
const isOffice = (name: string) => UNIT_NAME_ENDINGS.some((e) => name.endsWith(e) && name.length > e.length) && !PLACE_NAME_ENDINGS.some((e) => name.endsWith(e));
const SENTENCE_END = '。';

/** Longer than this, the words before a share word are a sentence, not a list of units. */
const UNITS_MAX = 80;
/** The longest units-first annotation, brackets included: two lists of units and their words. */
export const LEAD_FIRST_MAX = 2 * UNITS_MAX + 16;

/** A sentence mark or another clause inside [a, b): then it is prose, not a list of units. */
const isProseBreak = charTable('。,，;；:：!！?？');
function hasBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isProseBreak[text.charCodeAt(i)]) return true;
  return false;
}
