// The inside of a unit annotation: "牵头单位：A；责任单位：B、C" → lead [A], responsible [B, C].
import {
  ETC_UNIT_TAILS, LEAD_BEFORE_COMMA_NOTE, LEAD_FIRST_NOTE, LEAD_WORD, LIST_NOTE_WORDS, SHARE_WORDS, UNIT_JOINERS, UNIT_LABELS,
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
export const isOpenBracket = charTable('([（【〔');
export const isCloseBracket = charTable(')]）】〕');
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
export const joinerAt = (s: string, i: number) => (isJoinerFirst[s.charCodeAt(i)] ? UNIT_JOINERS.find((w) => s.startsWith(w, i)) : undefined);

/**
 * Split a list of unit names on 、，, and ；, but never inside brackets: "赣县区(赣州高新区)管委会" is one name.
 * The names of list[from, to) are appended to `names`.
 */
export function splitUnits(list: string, from: number, to: number, names: string[]): string[] {
  let depth = 0;
  let start = from;
  let maybeJunk = false;
  for (let i = from; i < to; i++) {
    const c = list.charCodeAt(i);
    if (isOpenBracket[c]) depth++;
    else if (isCloseBracket[c]) {
      depth = Math.max(0, depth - 1);
      // "危化处（20日）安基处（10日）": a unit's share of the work ends its name with no separator after it, where the
      // next name has its share too (not "市应急局（2人）负责组织")
      if (depth === 0 && i + 1 < to && isIdeograph(list.charCodeAt(i + 1)) && SHARE_OF_WORK.test(list.slice(start, i + 1)) && SHARE_OF_WORK.test(list.slice(i + 1, nextSeparator(list, i + 1, to)))) {
        addUnit(names, list.slice(start, i + 1), maybeJunk);
        start = i + 1;
        maybeJunk = false;
      }
    }
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

/** Where the name from `from` ends: the next separator at its depth, or `to`. */
function nextSeparator(list: string, from: number, to: number): number {
  for (let k = from, depth = 0; k < to; k++) {
    const c = list.charCodeAt(k);
    if (isOpenBracket[c]) depth++;
    else if (isCloseBracket[c]) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (isUnitSeparator[c] || c === SENTENCE_END)) return k;
  }
  return to;
}

const JUNK = /[\s。.]+/g;
const LEADING_COLONS = /^[:：]+/;

/** "（责任单位：市公安局、市商务委等）": the 等 that closes a list is no part of its last name. */
export const LIST_ETC = '等';

/** "广安经开区管委会（逗号前为牵头单位，其余按职责分工负责，下同）": a closing bracket holding a clause or 下同 is a note. */
const CLOSING_NOTE = /[(（][^()（）]*(?:[,，]|下同)[^()（）]*[)）]$/;

/** "危化处（60日）": how much of the work a unit is given, in brackets after its name (not a line or a team: "（3号线）"). */
const SHARE_OF_WORK = /[(（] *[0-9]+(?:\.[0-9]+)? *(?:个工作日|工作日|日|天|个月|小时|人|万元|元|%)[)）]$/;

/** The document's note on which listed unit leads ("排在第一位的为牵头部门", "逗号前为牵头单位"). */
const isLeadNote = (t: string) => t.includes(LEAD_WORD) && (LEAD_FIRST_NOTE.test(t) || LEAD_BEFORE_COMMA_NOTE.test(t));
/** Words a note on a list holds: the document's lead note, or 下同. */
export const isNote = (t: string) => LIST_NOTE_WORDS.some((w) => t.includes(w)) || isLeadNote(t);
/** The share word that may close a name left in a list ("市直各部门配合", "国网福建省电力有限公司按职责分工负责"), longest first. */
const TRAILING_SHARES = [...SHARE_WORDS].sort((a, b) => b.length - a.length);

/** No shorter name has a share word to drop (most names, "市科技局", are this short): the search is skipped. */
const TRAILING_SHARE_MIN = Math.min(...TRAILING_SHARES.map((w) => w.length)) + 2;

/** A unit name without spaces and dots, nor colons at its start, nor a closing 等 or note. */
function addUnit(names: string[], raw: string, maybeJunk: boolean): void {
  let name = maybeJunk ? raw.replace(JUNK, '') : raw;
  // the note's closing bracket ends the name; so does the share of work a unit is given ("危化处（60日）")
  if (isCloseBracket[name.charCodeAt(name.length - 1)]) name = name.replace(CLOSING_NOTE, '').replace(SHARE_OF_WORK, '');
  if (isColon[name.charCodeAt(0)]) name = name.replace(LEADING_COLONS, '');
  // "…、市委组织部，排在第一位的为牵头部门，下同": the document's note, in the list's own brackets
  if (LIST_NOTE_WORDS.includes(name) || isLeadNote(name)) return;
  const share = name.length > TRAILING_SHARE_MIN ? TRAILING_SHARES.find((w) => name.length > w.length + 2 && name.endsWith(w)) : undefined;
  if (share !== undefined) name = name.slice(0, -share.length);
  const etc = share === undefined ? undefined : ETC_UNIT_TAILS.find((w) => name.length > w.length + 2 && name.endsWith(w));
  if (etc !== undefined) name = name.slice(0, -etc.length);
  if (name.length > 2 && name.endsWith(LIST_ETC)) name = name.slice(0, -LIST_ETC.length);
  if (name.length > 0) names.push(name);
}
