// Where a marker stands in the numbering lexed so far: the last ordinal of a style, and the tests that read it
// (the next item run into the units closing the one before, a ⑪ lost to "?").
import type { IToken } from 'chevrotain';
import type { STYLE_RANK } from '../src/data/marker-styles.js';
import { UNIT_LABEL_WITH_COLON_SOURCE } from './annotation.js';
import { charTable, isDigitCode, isIdeograph } from '../src/char-table.js';

/** The schema's MarkerStyle, named from the data table: the grammar does not load the schema. */
export type MarkerStyle = keyof typeof STYLE_RANK;

export type MarkerPayload = {
  style: MarkerStyle;
  rank: number;
  /** null for a marker whose numeral is missing, such as a bare 、 at a line start. */
  ordinal: number | null;
  /** True when the marker does not stand at the start of a line. */
  midLine: boolean;
};

/** How far back the last marker of a style is looked for: a part's items stand within this many tokens. */
const LAST_MARKER_REACH = 1000;
/** The payload of the last marker of `style` among the tokens so far, or undefined. */
function lastMarker(tokens: IToken[], style: MarkerStyle): MarkerPayload | undefined {
  for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - LAST_MARKER_REACH); i--) {
    const payload = tokens[i]!.payload as MarkerPayload | undefined;
    if (payload !== undefined && 'style' in payload && payload.style === style) return payload;
  }
  return undefined;
}
/** The ordinal of the last marker of `style` among the tokens so far, or null. */
export const lastOrdinal = (tokens: IToken[], style: MarkerStyle): number | null => lastMarker(tokens, style)?.ordinal ?? null;

/**
 * "…责任单位：区财政金融局（二）推动…": a flattened copy ran the next item into the units that close the one before
 * (a name may hold a bracket: "农业农村局（乡村振兴局）").
 */
const UNIT_LIST_BEFORE = new RegExp(`(?:${UNIT_LABEL_WITH_COLON_SOURCE})(?:[^。;!?:()]|\\([^()]{1,12}\\)){1,60}$`);
/** How far back UNIT_LIST_BEFORE is looked for. */
const UNIT_LIST_REACH = 80;
/** The marker `m` of `style` follows a units label's list and is the next of its numbering. */
export const nextAfterUnitList = (tokens: IToken[], ordinal: number | null, m: RegExpExecArray, style: MarkerStyle) =>
  ordinal !== null && ordinal > 1 && UNIT_LIST_BEFORE.test(m.input.slice(Math.max(0, m.index - UNIT_LIST_REACH), m.index)) && lastOrdinal(tokens, style) === ordinal - 1;

/** The last circled marker GB2312 has: a page saved in it shows ⑪ and after as "?". */
const LAST_GB2312_CIRCLED = 10;
/** The last circled marker so far is ⑩ or after, or one whose numeral was lost. */
export function afterLastGb2312Circled(tokens: IToken[]): boolean {
  const last = lastMarker(tokens, 'circled');
  return last !== undefined && (last.ordinal === null || last.ordinal >= LAST_GB2312_CIRCLED);
}

/** How far after a marker opening a list right after a closing bracket its second item is looked for. */
const BRACKET_LIST_REACH = 400;
/** `second` ("(2)", "2.") stands within BRACKET_LIST_REACH after `from`, before text. */
function secondItemNear(text: string, from: number, second: string): boolean {
  // searched within the reach only: an indexOf over the text would read on to its end for every bracket
  const near = text.slice(from, from + BRACKET_LIST_REACH + second.length);
  for (let k = near.indexOf(second); k >= 0; k = near.indexOf(second, k + 1)) {
    if (isIdeograph(text.charCodeAt(from + k + second.length)) && !isDigitCode(text.charCodeAt(from + k - 1))) return true;
  }
  return false;
}
/** How many tokens back a heading's bracket is looked for: the marker, its few words and the bracket's. */
const HEADING_TOKENS_MAX = 12;
const OPENING = charTable('(（');
const CLOSING = charTable(')）');
const CLAUSE_MARKS = /[,，;；。!?！？:：\n]/;
/** A bracket of a definition or a scope ("（以下简称责任制）", "（含开发区）"): no heading's. */
const PROSE_BRACKET = /^\(?(?:以下简称|简称|含|包括|下同|不含)/;
/**
 * The tokens end in a heading's closing bracket: "1.重点检查对象（120 个工作日）", "12.…评定工作（80个工作日）" — back over the
 * bracket (which holds words), then its heading's words, to the numbering marker opening them, with no clause mark
 * between (a sentence's bracket, "到2025年，全市（含开发区）", is none).
 */
export function afterHeadingBracket(tokens: IToken[]): boolean {
  const stop = Math.max(0, tokens.length - HEADING_TOKENS_MAX);
  let i = tokens.length - 1;
  while (i >= stop && tokens[i]!.image.trim() === '') i--; // the spaces after the bracket
  if (i < stop || CLOSING[tokens[i]!.image.charCodeAt(0)] !== 1) return false;
  let words = false;
  for (i--; i >= stop && OPENING[tokens[i]!.image.charCodeAt(0)] !== 1; i--) words ||= [...tokens[i]!.image].some((c) => isIdeograph(c.charCodeAt(0)));
  if (i < stop || !words || PROSE_BRACKET.test(tokens[i + 1]?.image ?? '')) return false;
  for (i--; i >= stop; i--) {
    const t = tokens[i]!;
    if ((t.payload as MarkerPayload | undefined)?.style !== undefined) return true;
    if (CLAUSE_MARKS.test(t.image)) return false;
  }
  return false;
}

/**
 * "1.重点检查对象（120 个工作日）（1）危险化学品…", "…安劳支队（100日）11.完成…": a flattened copy ran an item into a heading
 * or a line that ends in a bracket (the marker `m` follows one). Before text, it is the first of a list whose second follows,
 * or the next of its numbering.
 */
export function nextAfterBracket(tokens: IToken[], ordinal: number | null, m: RegExpExecArray, style: MarkerStyle, second: string): boolean {
  if (ordinal === null) return false;
  const end = m.index + m[0].length;
  if (!isIdeograph(m.input.charCodeAt(end)) || !afterHeadingBracket(tokens)) return false;
  return ordinal === 1 ? secondItemNear(m.input, end, second) : lastOrdinal(tokens, style) === ordinal - 1;
}

/**
 * "第一，…⏎第二，…", "…。第一，…。第二，…": a report's paragraphs or sentences numbered by ordinal words, items of the
 * 一是 kind (cn-shi). The first stands where the second follows, opening a line or a sentence; each later one follows the
 * one before it.
 */
export const ORDINAL_WORD_ITEM = /第([一二三四五六七八九十]{1,2}),/y;
const ORDINAL_WORD_REACH = 3000;
const SECOND_ORDINAL_WORD = /(?:\n *|[。;!?:])第二,/;
export const secondOrdinalWordAhead = (text: string, from: number) => SECOND_ORDINAL_WORD.test(text.slice(from, from + ORDINAL_WORD_REACH));
/** The ordinal of the last ordinal-word item (第N，) among the tokens so far, or null. */
export function lastOrdinalWord(tokens: IToken[]): number | null {
  for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - LAST_MARKER_REACH); i--) {
    const t = tokens[i]!;
    const payload = t.payload as MarkerPayload | undefined;
    if (payload !== undefined && 'style' in payload && payload.style === 'cn-shi' && t.image.startsWith(ORDINAL_WORD_PREFIX)) return payload.ordinal;
  }
  return null;
}
const ORDINAL_WORD_PREFIX = '第';
