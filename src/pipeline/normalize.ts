// Full-width → half-width and whitespace folding, on a copy of the text.
// Every mapping is one UTF-16 unit to one, so offsets in the normalized text
// are offsets in the source: the offset map is the identity, by construction.

export type Normalized = {
  /** Same length as the source; only single code units were replaced. */
  text: string;
  /** Maps an offset in `text` back to the decoded source. */
  toSource: (offset: number) => number;
};

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
  '\u2013': '-',
  '\u2212': '-',
  '\ufe59': '(',
  '\ufe5a': ')',
};

/** Everything that changes: the full-width ASCII block and the FOLD keys. One native scan finds them. */
const CHANGES = new RegExp(
  `[\\uff01-\\uff5e${Object.keys(FOLD).map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

const fold = (ch: string): string => {
  const c = ch.charCodeAt(0);
  return c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST ? String.fromCharCode(c - FULLWIDTH_SHIFT) : FOLD[ch]!;
};

/** A line with all white space removed: how line patterns and titles are compared. */
export const compact = (s: string): string => s.replace(/\s+/g, '');

export function normalize(source: string): Normalized {
  return { text: source.replace(CHANGES, fold), toSource: (offset) => offset };
}
