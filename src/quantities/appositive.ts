// A count that sums up the list right before it ("泌尿外科等12个…"): the things are named already.
import { ENUM_AND, ENUM_COMMA, ENUM_ETC, NEW_THINGS } from '../data/target-cues.js';
import { charTable, isIdeograph } from '../char-table.js';
import { anyIn } from './words.js';

const ANY_NEW_THINGS = anyIn(NEW_THINGS);
/** The list may end in a name, a code (A、B两个…) or a closing quote or bracket. */
const ENDS_NAME_CODES = charTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789”)》');
const endsName = (c: number) => isIdeograph(c) || ENDS_NAME_CODES[c] === 1;
const ENUM_COMMA_CODES = charTable(ENUM_COMMA);
const ENUM_AND_CODES = charTable(ENUM_AND);

/**
 * A count that sums up the list right before it names existing things:
 * "稀土、现代家居两个省级产业科技创新联合体" (two items, 两个), "A和B2个…", "泌尿外科等12个…".
 */
export function isAppositive(text: string, from: number, to: number, value: number): boolean {
  // New things listed by name are still a goal: "新建C、D、E三个基地".
  return sumsUpList(text, from, to, value) && !ANY_NEW_THINGS(text, from, Math.min(to, text.length));
}

/** The count sums up the names listed right before it ("留史、百尺、鲍墟3个文化站"): what it counts is named after it. */
export function sumsUpList(text: string, from: number, to: number, value: number): boolean {
  // The chunk text.slice(from, to), read in place.
  const end = Math.min(to, text.length);
  if (from >= end) return false;
  const last = text[end - 1]!;
  const lastCode = last.charCodeAt(0);
  if (!endsName(lastCode) || ENUM_COMMA_CODES[lastCode] === 1 || ENUM_AND_CODES[lastCode] === 1) return false;
  // The item count first (cheap, and mostly no list at all); all the tests only veto.
  let commas = 0;
  let ands = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (ENUM_COMMA_CODES[c] === 1) commas++;
    else if (ENUM_AND_CODES[c] === 1) ands++;
  }
  const items = commas ? commas + 1 : ands ? ands + 1 : 0;
  if (items < 2) return false;
  return last === ENUM_ETC ? value >= items : value === items;
}

