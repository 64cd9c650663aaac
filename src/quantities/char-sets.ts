// Character tests of the scan, by char code: one-character word lists as sets, and the
// neighbours that make digits a code (5G, P3).
import { CODE_NEIGHBOUR } from '../data/non-quantities.js';
import { charTable, codeTable } from '../char-table.js';

export const firstCodes = (words: Iterable<string>) => [...words].filter((w) => w.length > 0).map((w) => w.charCodeAt(0));

/** One-character words looked up by char code: `inSet(set, text, p)` is `words.includes(text[p] ?? '')`. */
export type CharSet = { codes: Uint8Array; edge: boolean };
/** A string holds its characters and, as String#includes has it, ''; an array its one-character words and '' if listed. */
export function charSet(words: string | readonly string[]): CharSet {
  if (typeof words === 'string') return { codes: charTable(words), edge: true };
  return { codes: codeTable(words.filter((w) => w.length === 1).map((w) => w.charCodeAt(0))), edge: words.includes('') };
}
/** Past either end of the text the character reads as ''. */
export const inSet = (set: CharSet, text: string, p: number) => (p >= 0 && p < text.length ? set.codes[text.charCodeAt(p)] === 1 : set.edge);

/** CODE_NEIGHBOUR (a one-character class, no flags) per char code, filled as codes are met: 0 not yet asked, 1 yes, 2 no. */
const CODE_NEIGHBOUR_MEMO = new Uint8Array(65536);
const CODE_NEIGHBOUR_EDGE = CODE_NEIGHBOUR.test('');
/** `CODE_NEIGHBOUR.test(text[p] ?? '')`. */
export function codeNeighbourAt(text: string, p: number): boolean {
  if (p < 0 || p >= text.length) return CODE_NEIGHBOUR_EDGE;
  const c = text.charCodeAt(p);
  const known = CODE_NEIGHBOUR_MEMO[c]!;
  return known === 0 ? learnCodeNeighbour(c) : known === 1;
}
function learnCodeNeighbour(c: number): boolean {
  const yes = CODE_NEIGHBOUR.test(String.fromCharCode(c));
  CODE_NEIGHBOUR_MEMO[c] = yes ? 1 : 2;
  return yes;
}

export const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
