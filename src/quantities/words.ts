// Word lists indexed by one character, for the per-position word tests of the
// quantity rules: the same words in the same order, only those that can match.

/** `words` bucketed by the char code of their first (or last) character, list order kept. */
export function wordIndex(words: readonly string[], last = false): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const w of words) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(last ? w.length - 1 : 0);
    const list = index.get(c);
    if (list === undefined) index.set(c, [w]);
    else list.push(w);
  }
  return index;
}

const NONE: string[] = [];
/** The words of `index` that could start at `at` (first-character index). */
export const startingAt = (index: Map<number, string[]>, text: string, at: number): string[] =>
  index.get(text.charCodeAt(at)) ?? NONE;
/** The words of `index` that could end right before `at` (last-character index). */
export const endingAt = (index: Map<number, string[]>, text: string, at: number): string[] =>
  index.get(text.charCodeAt(at - 1)) ?? NONE;

/**
 * `words.some((w) => s.includes(w))` as one pass over `s`: at each character, only the words
 * starting with it (a 1024-bit filter on the char code skips most characters at once).
 */
export function anyOf(words: readonly string[]): (s: string) => boolean {
  if (words.some((w) => w.length === 0)) return () => true;
  const index = wordIndex(words);
  const bits = new Uint32Array(32);
  for (const c of index.keys()) bits[(c >> 5) & 31]! |= 1 << (c & 31);
  return (s: string) => {
    for (let p = 0; p < s.length; p++) {
      const c = s.charCodeAt(p);
      if ((bits[(c >> 5) & 31]! & (1 << (c & 31))) === 0) continue;
      const list = index.get(c);
      if (list !== undefined) for (const w of list) if (s.startsWith(w, p)) return true;
    }
    return false;
  };
}
