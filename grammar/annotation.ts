// The inside of a unit annotation: "牵头单位：A；责任单位：B、C" → lead [A], responsible [B, C].
import {
  DUE_LABELS, LEAD_BEFORE_COMMA_NOTE, LEAD_FIRST_NOTE, LEAD_OPENERS, LEAD_TAILS, LEAD_WORD, LIST_NOTE_WORDS, SHARE_MANNERS, SHARE_WORDS, UNIT_JOINERS, UNIT_LABELS, UNIT_NAME_ENDINGS, UNIT_NAME_MAX, TOWN_NAME_ENDINGS, TOWN_LIST_OPENERS,
} from '../src/data/unit-labels.js';
import { charTable, isIdeograph } from '../src/char-table.js';
import { LABEL_FIRST } from './chars.js';

export type ParsedAnnotation = { lead: string[]; responsible: string[] };

/**
 * What may stand between the characters of a label: spaces ("责  任单位", seen in web copies), and one line
 * break where a hard-wrapped copy broke the label ("〔牵头单\n位：…〕").
 */
export const LABEL_GAP = ' *(?:\\r?\\n *)?';
/** A label word with a gap allowed between its characters. */
const spaced = (word: string) => [...word].join(LABEL_GAP);

/**
 * Any label word, the one definition of what a label is: one group per label, in UNIT_LABELS order (the
 * regex tries them in that order), so the group that matched tells which label it is.
 */
const LABEL_WORDS = `(?:${UNIT_LABELS.map((l) => `(${spaced(l.word)})`).join('|')})`;
/** Regex source of any label and its colon; used by the lexer to recognize an annotation. */
export const UNIT_LABEL_SOURCE = `${LABEL_WORDS}${LABEL_GAP}[:：]?`;
/** The same with its colon required: without brackets, only "牵头单位：…" marks an annotation, not prose that starts with the word. */
export const UNIT_LABEL_WITH_COLON_SOURCE = `${LABEL_WORDS}${LABEL_GAP}[:：]`;

/** First characters of the unit labels: no label starts anywhere else, so the regex is tried only there. */
export const isLabelFirst = charTable(LABEL_FIRST);
const LABEL_AT = new RegExp(UNIT_LABEL_SOURCE, 'y');
/** The brackets around an annotation and inside unit names. */
const isOpenBracket = charTable('([（【〔');
const isCloseBracket = charTable(')]）】〕');
const isColon = charTable(':：');

type Label = { at: number; end: number; field: (typeof UNIT_LABELS)[number]['field'] };

/**
 * The first label in s[from, to), as the regex UNIT_LABEL_SOURCE finds it in s.slice(from, to): `s` ends
 * at `to` (the caller slices once). The regex is tried only where a label word can start: this runs for
 * every annotation token.
 */
export function nextLabel(s: string, from: number, to: number): Label | null {
  for (let at = from; at < to; at++) {
    if (!isLabelFirst[s.charCodeAt(at)]) continue;
    const label = labelAt(s, at);
    if (label !== null) return label;
  }
  return null;
}

/** The labels by the code of their first character, each list in UNIT_LABELS order (the regex's). */
const LABELS_BY_FIRST = new Map<number, (typeof UNIT_LABELS)[number][]>();
for (const l of UNIT_LABELS) {
  const code = l.word.charCodeAt(0);
  LABELS_BY_FIRST.set(code, [...(LABELS_BY_FIRST.get(code) ?? []), l]);
}
const LONGEST_LABEL = Math.max(...UNIT_LABELS.map((l) => l.word.length));
const isGap = charTable(' \r\n');
const SPACE = 0x20;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The match of LABEL_AT (UNIT_LABEL_SOURCE) at `at` in `s`, or null. Where no space or line break stands
 * inside the longest label's reach, no label can be broken by a gap, and the regex's first alternative that
 * matches is the first label of the list that `s` spells there: a string comparison, not a regex with a
 * group per label. A label broken by a gap goes to the regex.
 */
export function labelAt(s: string, at: number): Label | null {
  const labels = LABELS_BY_FIRST.get(s.charCodeAt(at));
  if (labels === undefined) return null;
  for (let i = at + 1; i < at + LONGEST_LABEL && i < s.length; i++) if (isGap[s.charCodeAt(i)]) return labelByRegex(s, at);
  let label: (typeof labels)[number] | undefined;
  for (let k = 0; k < labels.length && label === undefined; k++) if (s.startsWith(labels[k]!.word, at)) label = labels[k]; // no closure per call
  if (label === undefined) return null;
  // then LABEL_GAP and an optional colon
  const end = afterGap(s, at + label.word.length);
  return { at, end: isColon[s.charCodeAt(end)] ? end + 1 : end, field: label.field };
}

/** Past LABEL_GAP at `at`, as greedy as the regex: spaces, then a line break and spaces. */
function afterGap(s: string, at: number): number {
  let end = at;
  while (s.charCodeAt(end) === SPACE) end++;
  const afterBreak = s.charCodeAt(end) === LF ? end + 1 : s.charCodeAt(end) === CR && s.charCodeAt(end + 1) === LF ? end + 2 : -1;
  if (afterBreak >= 0) for (end = afterBreak; s.charCodeAt(end) === SPACE; end++);
  return end;
}

/**
 * A label opens the bracket at `offset`: the regex `${LABEL_GAP}${UNIT_LABEL_SOURCE}` matches right after it
 * (the gap gives nothing back: a label starts with a character). The lexer asks at every opening bracket.
 */
export const opensWithLabel = (text: string, offset: number): boolean => labelAt(text, afterGap(text, offset + 1)) !== null;

function labelByRegex(s: string, at: number): Label | null {
  LABEL_AT.lastIndex = at;
  const m = LABEL_AT.exec(s);
  if (m === null) return null;
  let k = 1;
  while (m[k] === undefined) k++;
  return { at, end: at + m[0].length, field: UNIT_LABELS[k - 1]!.field };
}

/**
 * The units of the annotation text[start, end) (the whole string by default). The lexer
 * passes its flat input and offsets: reading a token's image, a slice of it, is slower.
 */
export function parseUnitAnnotation(text: string, start = 0, end = text.length): ParsedAnnotation {
  // without the outer brackets, if it has them
  const from = start < end && isOpenBracket[text.charCodeAt(start)] ? start + 1 : start;
  const to = from > start && end > from && isCloseBracket[text.charCodeAt(end - 1)] ? end - 1 : end;
  const out: ParsedAnnotation = { lead: [], responsible: [] };
  // nextLabel reads no further than `to`: a slice shares the text's characters, it copies none
  const upTo = to === text.length ? text : text.slice(0, to);
  // each label's units run to the next label
  for (let label = labelAfter(upTo, from, to); label !== null; ) {
    const next = labelAfter(upTo, label.end, to);
    const field = label.field;
    if (field) splitUnits(text, label.end, next ? next.at : to, out[field]);
    label = next;
  }
  return out;
}

/** The next label in s[from, to) that opens a list: "各项目牵头单位" is a name, not a label inside it. */
function labelAfter(s: string, from: number, to: number): Label | null {
  for (let label = nextLabel(s, from, to); label !== null; label = nextLabel(s, label.at + 1, to)) {
    if (label.at === from || !isIdeograph(s.charCodeAt(label.at - 1))) return label;
  }
  return null;
}

const isUnitSeparator = charTable('、,，;；/');
/** A sentence's end closes the list: "…、团市委。逗号前为牵头单位，下同" goes on with a note. */
const SENTENCE_END = '。'.charCodeAt(0);
const isJoinerFirst = charTable(UNIT_JOINERS.map((w) => w[0]!).join(''));
const joinerAt = (s: string, i: number) => (isJoinerFirst[s.charCodeAt(i)] ? UNIT_JOINERS.find((w) => s.startsWith(w, i)) : undefined);

/**
 * Split a list of unit names on 、，, and ；, but never inside brackets: "赣县区(赣州高新区)管委会" is one name.
 * The names of list[from, to) are appended to `names`.
 */
function splitUnits(list: string, from: number, to: number, names: string[]): string[] {
  let depth = 0;
  let start = from;
  let maybeJunk = false;
  for (let i = from; i < to; i++) {
    const c = list.charCodeAt(i);
    if (isOpenBracket[c]) depth++;
    else if (isCloseBracket[c]) depth = Math.max(0, depth - 1);
    // "负责部门：民航局，适用范围：河南自贸试验区": another label, not a unit's, ends the list
    else if (depth === 0 && isColon[c] && i > start) return names;
    else if (depth === 0 && isUnitSeparator[c]) {
      addUnit(names, list.slice(start, i), maybeJunk);
      start = i + 1;
      maybeJunk = false;
      continue;
    } else if (depth === 0 && c === SENTENCE_END && i > start && !isUnitSeparator[list.charCodeAt(i - 1)]) {
      addUnit(names, list.slice(start, i), maybeJunk);
      // a note follows ("。逗号前为牵头单位，下同"): the list ends; else "。市直各部门配合" goes on
      if (isNote(list.slice(i + 1, to))) return names;
      start = i + 1;
      maybeJunk = false;
      continue;
    } else if (depth === 0 && i > start) {
      const joiner = joinerAt(list, i);
      if (joiner !== undefined) {
        addUnit(names, list.slice(start, i), maybeJunk);
        start = i + joiner.length;
        i = start - 1;
        maybeJunk = false;
        continue;
      }
    }
    // every character JUNK matches is at most 。 (U+3002) or a BOM; CJK names have none
    if (c <= 0x3002 || c === 0xfeff) maybeJunk = true;
  }
  addUnit(names, list.slice(start, to), maybeJunk);
  return names;
}

const JUNK = /[\s。.]+/g;
const LEADING_COLONS = /^[:：]+/;

/** "（责任单位：市公安局、市商务委等）": the 等 that closes a list is no part of its last name. */
const LIST_ETC = '等';

/** "广安经开区管委会（逗号前为牵头单位，其余按职责分工负责，下同）": a closing bracket holding a clause or 下同 is a note. */
const CLOSING_NOTE = /[(（][^()（）]*(?:[,，]|下同)[^()（）]*[)）]$/;

/** The document's note on which listed unit leads ("排在第一位的为牵头部门", "逗号前为牵头单位"). */
const isLeadNote = (t: string) => t.includes(LEAD_WORD) && (LEAD_FIRST_NOTE.test(t) || LEAD_BEFORE_COMMA_NOTE.test(t));
/** Words a note on a list holds: the document's lead note, or 下同. */
const isNote = (t: string) => LIST_NOTE_WORDS.some((w) => t.includes(w)) || isLeadNote(t);
/** The share word that may close a name left in a list ("市直各部门配合"). */
const TRAILING_SHARES = SHARE_WORDS.filter((w) => w.length === 2);
/** No shorter name has a share word to drop (most names, "市科技局", are this short): the search is skipped. */
const TRAILING_SHARE_MIN = Math.min(...TRAILING_SHARES.map((w) => w.length)) + 2;

/** A unit name without spaces and dots, nor colons at its start, nor a closing 等 or note. */
function addUnit(names: string[], raw: string, maybeJunk: boolean): void {
  let name = maybeJunk ? raw.replace(JUNK, '') : raw;
  if (isCloseBracket[name.charCodeAt(name.length - 1)]) name = name.replace(CLOSING_NOTE, ''); // the note's closing bracket ends the name
  if (isColon[name.charCodeAt(0)]) name = name.replace(LEADING_COLONS, '');
  if (name.length > 2 && name.endsWith(LIST_ETC)) name = name.slice(0, -LIST_ETC.length);
  // "…、市委组织部，排在第一位的为牵头部门，下同": the document's note, in the list's own brackets
  if (LIST_NOTE_WORDS.includes(name) || isLeadNote(name)) return;
  const share = name.length > TRAILING_SHARE_MIN ? TRAILING_SHARES.find((w) => name.length > w.length + 2 && name.endsWith(w)) : undefined;
  if (share !== undefined) name = name.slice(0, -share.length);
  if (name.length > 0) names.push(name);
}

const CLAUSE_SEPARATORS = charTable(',，;；');
/** SHARE_WORDS, longest first: "按职责分工负责" before "负责". */
const SHARE_BY_LENGTH = [...SHARE_WORDS].sort((a, b) => b.length - a.length);
const MANNERS_BY_LENGTH = [...SHARE_MANNERS].sort((a, b) => b.length - a.length);

/**
 * The units of a units-first annotation text[start, end) in brackets, "(省能源局牵头,省发展改革委、省科技厅按职责分工
 * 负责)", or null when the text is not one: the units lead up to LEAD_WORD, which ends the first clause or the
 * whole; a second clause, if any, is all units and ends in a SHARE_WORDS word.
 */
export function parseLeadFirstAnnotation(text: string, start: number, end: number, closesLine = false): ParsedAnnotation | null {
  if (end - start < 4 || !isOpenBracket[text.charCodeAt(start)] || !isCloseBracket[text.charCodeAt(end - 1)]) return null;
  let from = start + 1;
  const to = beforeDue(text, from, end - 1);
  for (const w of LEAD_OPENERS) if (text.startsWith(w, from)) from += w.length;
  const out: ParsedAnnotation = { lead: [], responsible: [] };
  const lead = text.slice(from, to).indexOf(LEAD_WORD);
  // no lead: "（省财政厅、省能源局按职责分工负责）" names the units that share the work. Most brackets ("（市、区）",
  // "（试行）") have no clause ending as a share word does, and then only names on a line of their own can be units.
  if (lead < 0 && !closesLine && !mayShare(text, from, to)) return null;
  if (lead < 0) return sharingClauses(text, from, to, out.responsible) || (closesLine && namesOnly(text, from, to, out.responsible)) ? out : null;
  return leadAndSharing(text, from, from + lead, to, out);
}

/** Where the first clause naming when the task is due begins in text[from, to) (its separator), else `to`. */
function beforeDue(text: string, from: number, to: number): number {
  for (let sep = from + 1; sep < to; sep++) {
    if (CLAUSE_SEPARATORS[text.charCodeAt(sep)] && DUE_LABELS.some((w) => text.startsWith(w, sep + 1))) return sep;
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
  if (!CLAUSE_SEPARATORS[text.charCodeAt(afterLead)]) return null;
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
    let end = from;
    while (end < b && !CLAUSE_SEPARATORS[text.charCodeAt(end)]) end++;
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
