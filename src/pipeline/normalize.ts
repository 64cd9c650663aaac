// Full-width → half-width and whitespace folding, on a copy of the text.
// Every mapping is one UTF-16 unit to one, so offsets in the normalized text
// are offsets in the source: the offset map is the identity, by construction.

import { BRACKET_CHARS } from './brackets.js';
import { WHITE_CHARS } from '../quantities/text-view.js';

export type Normalized = {
  /** Same length as the source; only single code units were replaced. */
  text: string;
  /** Maps an offset in `text` back to the decoded source. */
  toSource: (offset: number) => number;
  /** Where `text` holds white space and brackets, when asked for. */
  landmarks?: Landmarks;
};

/**
 * Where the normalized text holds white space (WHITE_CHARS) and brackets (BRACKET_CHARS), ascending: the pass
 * that folds every unit finds them, so the bracket check and the node texts need not search the text again.
 */
export type Landmarks = { whites: number[]; brackets: number[] };
const WHITE = 1;
const BRACKET = 2;
/** Every landmark's code is below this (〕): a Chinese character is told apart by one comparison. */
const LANDMARK_LIMIT = Math.max(...[...WHITE_CHARS, ...BRACKET_CHARS].map((c) => c.charCodeAt(0))) + 1;
const LANDMARK = new Uint8Array(LANDMARK_LIMIT);
for (const c of WHITE_CHARS) LANDMARK[c.charCodeAt(0)] = WHITE;
for (const c of BRACKET_CHARS) LANDMARK[c.charCodeAt(0)] = BRACKET;

const FULLWIDTH_FIRST = 0xff01; // ！
const FULLWIDTH_LAST = 0xff5e; // ～
const FULLWIDTH_SHIFT = 0xff01 - 0x21;

/** Single characters folded to an ASCII look-alike (all in the BMP, one unit each). */
const FOLD: Record<string, string> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u200b': ' ', // zero-width space: treated as white space
  '\ufeff': ' ', // a stray BOM inside the text
  '\t': ' ',
  // every other character JavaScript counts as white space, so that spaces are
  // one token kind downstream and a trimmed piece never starts with one
  '\u000b': ' ',
  '\u000c': ' ',
  '\u1680': ' ',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u200a': ' ',
  '\u2028': ' ',
  '\u2029': ' ',
  '\u202f': ' ',
  '\u205f': ' ',
  '\u0085': ' ',
  '\u2022': ' ', // bullet furniture in web copies: "• 浏览量"
  // bullets before an item's number ("◈1. 中小企业宽带…", "◆（一）…"): furniture, as white space (not ○, a zero)
  '\u25c8': ' ', '\u25c6': ' ', '\u25c7': ' ', '\u25a0': ' ', '\u25aa': ' ', '\u25b6': ' ', '\u25ba': ' ', '\u25cf': ' ', '\u25c9': ' ', // (not ★, a rating: ★★★级以上绿色饭店)
  '\u25cb': '\u3007', // ○ for the zero of a year written in Chinese numerals: "二○三五年", "一九八○年"
  '\u2013': '-',
  '\u2212': '-',
  '\ufe59': '(',
  '\ufe5a': ')',
  '\ufe52': '.', // small full stop: "1﹒推进工业互联网外网建设" in some exports
};

/**
 * What to add to each unit (mod 2^16) to fold it: zero for all but the FOLD keys and the full-width
 * ASCII block. A table of replacements would need its 65,536 entries filled at every start; a table
 * of differences starts as the zeros a new array already holds.
 */
const SHIFT_BY = (() => {
  const table = new Uint16Array(0x10000);
  const fold = (from: number, to: number) => (table[from] = (to - from) & 0xffff);
  for (const [ch, folded] of Object.entries(FOLD)) fold(ch.charCodeAt(0), folded.charCodeAt(0));
  for (let c = FULLWIDTH_FIRST; c <= FULLWIDTH_LAST; c++) fold(c, c - FULLWIDTH_SHIFT);
  return table;
})();
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

/** A line with all white space removed: how line patterns and titles are compared. */
export const compact = (s: string): string => s.replace(/\s+/g, '');

/** Text as its years are read: an older copy writes them full-width or spaced out ("１９９５年", "1 9 9 8 年" → 1998年). */
export const yearsReadable = (text: string): string => normalize(text).text.replace(SPACED_YEAR, (y) => y.replace(/[ \t]+/g, ''));
/** Four digits spaced out and 年, no digit or point before: "1 9 9 8 年" (not "3.2 2030年"). */
const SPACED_YEAR = /(?<![\d.])\d(?:[ \t]*\d){3}[ \t]*年/g;

/**
 * compact() for text of the normalized copy. Folding leaves no white space there but
 * " ", "\n" and "\r", and most lines have none: three native searches say so faster than the regex.
 */
export const compactNormalized = (s: string): string => (s.includes(' ') || s.includes('\n') || s.includes('\r') ? compact(s) : s);

export function normalize(source: string): Normalized;
export function normalize(source: string, withLandmarks: true): Normalized & { landmarks: Landmarks };
export function normalize(source: string, withLandmarks = false): Normalized {
  const landmarks: Landmarks | undefined = withLandmarks ? { whites: [], brackets: [] } : undefined;
  const text = fold(source, landmarks);
  const escaped = escapedBreaks(text);
  if (escaped === null) return { text, toSource: (offset) => offset, landmarks };
  return { text: escaped, toSource: (offset) => offset, landmarks: landmarks && landmarksOf(escaped) };
}

/** The landmarks of a text already folded (one whose escaped breaks were read as breaks). */
function landmarksOf(text: string): Landmarks {
  const out: Landmarks = { whites: [], brackets: [] };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < LANDMARK_LIMIT && LANDMARK[c] !== 0) (LANDMARK[c] === WHITE ? out.whites : out.brackets).push(i);
  }
  return out;
}

/** "…\r\n…" as four characters: a line break stored escaped, as a spreadsheet cell or a dump's string may keep it. */
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g;
/** Fewer escaped breaks than this in a line are what the text says (a path, a regex), not its lines. */
const ESCAPED_BREAKS_MIN = 3;
/**
 * A text of one line whose line breaks are escaped: each escape read as a break, white space before it keeping
 * offsets as they are. Null for any other text.
 */
function escapedBreaks(text: string): string | null {
  const firstBreak = text.indexOf('\n');
  if (firstBreak >= 0 && firstBreak < text.length - 1) return null;
  const escapes = text.match(ESCAPED_BREAK);
  if (escapes === null || escapes.length < ESCAPED_BREAKS_MIN) return null;
  // such a store escapes its quotes too (\"一村一品\"): each read as the quote, white space before it
  return text.replace(ESCAPED_BREAK, (e) => ' '.repeat(e.length - 1) + '\n').replace(ESCAPED_QUOTE, ' "');
}
const ESCAPED_QUOTE = /\\"/g;

/**
 * A native copy into UTF-16 units, a table lookup per unit, one native decode: a regex
 * replace with a callback pays a call and a string for every full-width comma. UTF-16LE
 * keeps lone surrogates as they are; swap16 makes the units readable on a big-endian machine.
 */
function fold(source: string, landmarks: Landmarks | undefined): string {
  const bytes = scratchFor(source.length * 2);
  bytes.write(source, 0, 'utf16le');
  if (BIG_ENDIAN) bytes.swap16();
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, source.length);
  if (landmarks === undefined) foldUnits(units);
  else foldFinding(units, landmarks.whites, landmarks.brackets);
  if (BIG_ENDIAN) bytes.swap16();
  return bytes.toString('utf16le');
}

function foldUnits(units: Uint16Array): void {
  for (let i = 0, n = units.length; i < n; i++) {
    const u = units[i]!;
    const shift = SHIFT_BY[u]!;
    if (shift !== 0) units[i] = u + shift; // a Uint16Array stores mod 2^16; most units are left as they are, unwritten
  }
}

/** foldUnits, noting where the folded units are white space or brackets (a loop of its own: most texts are not asked). */
function foldFinding(units: Uint16Array, whites: number[], brackets: number[]): void {
  for (let i = 0, n = units.length; i < n; i++) {
    const u = units[i]!;
    const shift = SHIFT_BY[u]!;
    const f = shift === 0 ? u : (units[i] = (u + shift) & 0xffff);
    if (f >= LANDMARK_LIMIT) continue;
    const kind = LANDMARK[f]!;
    if (kind === WHITE) whites.push(i);
    else if (kind === BRACKET) brackets.push(i);
  }
}

/**
 * Up to this many bytes, the copy is made in one buffer kept for the next text: a buffer per text is memory
 * outside the heap, allocated and freed each time (and counted toward collections). A longer text has its own.
 */
const SCRATCH_MAX = 1 << 22;
let scratch: Buffer | null = null;
function scratchFor(length: number): Buffer {
  if (length > SCRATCH_MAX) return Buffer.allocUnsafeSlow(length);
  if (scratch === null || scratch.length < length) scratch = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MAX, Math.max(length, 2 * (scratch?.length ?? 0))));
  return scratch.subarray(0, length);
}
