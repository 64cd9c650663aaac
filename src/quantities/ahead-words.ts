// Words a sentence sets something ahead with (要, 将, 目标, 到2025…), read as words: not inside 主要, 将近, 目标考核.
import { AHEAD_WORDS, NOT_AHEAD_WORDS } from '../data/target-cues.js';

/** Some word of AHEAD_WORDS stands in text[a, b), not as part of a word of NOT_AHEAD_WORDS. */
export function setsAhead(text: string, a: number, b: number): boolean {
  const span = text.slice(a, b); // (searched alone: the text past b may be a whole flattened document)
  for (const w of AHEAD_WORDS) {
    for (let at = span.indexOf(w); at >= 0; at = span.indexOf(w, at + 1)) {
      if (!NOT_AHEAD_WORDS.some((n) => covers(text, n, w, a + at))) return true;
    }
  }
  return false;
}

/** `word` at `at` is part of `whole` standing around it. */
function covers(text: string, whole: string, word: string, at: number): boolean {
  for (let k = whole.indexOf(word); k >= 0; k = whole.indexOf(word, k + 1)) if (text.startsWith(whole, at - k)) return true;
  return false;
}
