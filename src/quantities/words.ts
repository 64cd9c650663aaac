// Word lists indexed by one character, for the per-position word tests of the
// quantity rules: the same words in the same order, only those that can match. Each test reads a
// 1024-bit filter before its 64 KiB table: the filters stay in the first-level cache, the many tables do not.
import { codeBits, codeTable, maybe } from '../char-table.js';

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

/** `w` as a regex matching itself. */
/** The words once each, longest first (the first that matches is the longest). */
export const byLength = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);

/** `s` without the words of `words` (longest first, as byLength orders them) opening it, one after another. */
export function withoutLeading(s: string, words: readonly string[]): string {
  for (let moved = true; moved && s !== ''; ) {
    moved = false;
    for (const w of words) if (s.startsWith(w)) s = s.slice(w.length), (moved = true);
  }
  return s;
}
/** `s` without the words of `words` closing it, one after another. */
export function withoutTrailing(s: string, words: readonly string[]): string {
  for (let moved = true; moved && s !== ''; ) {
    moved = false;
    for (const w of words) if (s.endsWith(w)) s = s.slice(0, -w.length), (moved = true);
  }
  return s;
}
export const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words as one regex alternation, longest first (so a word never loses to its own prefix). */
export const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const NONE: string[] = [];
/** The words of `index` that could start at `at` (first-character index). */
export const startingAt = (index: Map<number, string[]>, text: string, at: number): string[] =>
  index.get(text.charCodeAt(at)) ?? NONE;
/** The words of `index` that could end right before `at` (last-character index). */
export const endingAt = (index: Map<number, string[]>, text: string, at: number): string[] =>
  index.get(text.charCodeAt(at - 1)) ?? NONE;

/** `words.some((w) => s.includes(w))`: anyIn over the whole of `s`. */
export function anyOf(words: readonly string[]): (s: string) => boolean {
  const within = anyIn(words);
  return (s: string) => within(s, 0, s.length);
}


export { isIdeograph } from '../char-table.js';
import { isIdeograph as ideographCode } from '../char-table.js';
/** The char code of the text at `i` is an ideograph (none past the end). */
export const ideographAt = (text: string, i: number) => ideographCode(text.charCodeAt(i));

/**
 * `words.some((w) => text.slice(a, b).includes(w))` without the slice (a, b >= 0): one pass over
 * [a, b) as in anyOf, a word counting only when it ends by `b`.
 */
export function anyIn(words: readonly string[]): (text: string, a: number, b: number) => boolean {
  if (words.some((w) => w.length === 0)) return () => true;
  const index = wordIndex(words);
  const first = codeTable(index.keys());
  const bits = codeBits(index.keys());
  return (text: string, a: number, b: number) => {
    const stop = Math.min(b, text.length);
    for (let p = a; p < stop; p++) {
      const c = text.charCodeAt(p);
      if (!maybe(bits, c) || first[c] !== 1) continue;
      for (const w of index.get(c)!) if (p + w.length <= b && text.startsWith(w, p)) return true;
    }
    return false;
  };
}

/**
 * Which of `lists` have a word in `s`, as bits (list i → 1 << i): `lists[i].some((w) => s.includes(w))` for every
 * list at once, one pass over `s` and one table, where an anyOf per list reads `s` once per list.
 */
export function listsIn(lists: readonly (readonly string[])[]): (s: string) => number {
  if (lists.length > 31) throw new RangeError('listsIn: at most 31 lists');
  let always = 0; // a list with an empty word is found in any text
  const bitsOf = new Map<string, number>();
  lists.forEach((words, i) => {
    for (const w of words) {
      if (w.length === 0) always |= 1 << i;
      else bitsOf.set(w, (bitsOf.get(w) ?? 0) | (1 << i));
    }
  });
  const index = wordIndex([...bitsOf.keys()]);
  const first = codeTable(index.keys());
  const filter = codeBits(index.keys());
  const words = new Map([...index].map(([c, ws]) => [c, ws] as const));
  const bits = new Map([...index].map(([c, ws]) => [c, ws.map((w) => bitsOf.get(w)!)] as const));
  return (s: string) => {
    let found = always;
    for (let p = 0; p < s.length; p++) {
      const c = s.charCodeAt(p);
      if (!maybe(filter, c) || first[c] !== 1) continue;
      const ws = words.get(c)!;
      const bs = bits.get(c)!;
      for (let j = 0; j < ws.length; j++) if ((found & bs[j]!) !== bs[j]! && s.startsWith(ws[j]!, p)) found |= bs[j]!;
    }
    return found;
  };
}

/** `words.find((w) => text.startsWith(w, at))`, trying only the words that start with the character at `at`. */
export function firstStartingAt(words: readonly string[]): (text: string, at: number) => string | undefined {
  // An empty word matches anywhere, and a negative `at` reads from 0: keep the plain search for those.
  const plain = (text: string, at: number) => words.find((w) => text.startsWith(w, at));
  if (words.some((w) => w.length === 0)) return plain;
  const index = wordIndex(words);
  const first = codeTable(index.keys());
  const bits = codeBits(index.keys());
  return (text: string, at: number) => {
    if (at < 0) return plain(text, at);
    const c = text.charCodeAt(at);
    if (!maybe(bits, c) || first[c] !== 1) return undefined;
    const list = index.get(c);
    if (list !== undefined) for (const w of list) if (text.startsWith(w, at)) return w;
    return undefined;
  };
}

/** `words.some((w) => text.startsWith(w, at))`, by first character. */
export function someStartingAt(words: readonly string[]): (text: string, at: number) => boolean {
  const find = firstStartingAt(words);
  return (text: string, at: number) => find(text, at) !== undefined;
}

/**
 * `words.some((w) => text.startsWith(w, at - w.length))`, by last character. Where `at` is shorter
 * than a word, startsWith reads from 0 instead: the plain test keeps that.
 */
export function someEndingAt(words: readonly string[]): (text: string, at: number) => boolean {
  const plain = (text: string, at: number) => words.some((w) => text.startsWith(w, at - w.length));
  if (words.some((w) => w.length === 0)) return plain;
  const longest = Math.max(0, ...words.map((w) => w.length));
  const index = wordIndex(words, true);
  const last = codeTable(index.keys());
  const bits = codeBits(index.keys());
  return (text: string, at: number) => {
    if (at < longest) return plain(text, at);
    const c = text.charCodeAt(at - 1);
    if (!maybe(bits, c) || last[c] !== 1) return false;
    const list = index.get(c);
    if (list !== undefined) for (const w of list) if (text.startsWith(w, at - w.length)) return true;
    return false;
  };
}

/** `words.find((w) => text.slice(a, b).endsWith(w))` (a >= 0), trying only the words ending with the last character. */
export function firstEndingIn(words: readonly string[]): (text: string, a: number, b: number) => string | undefined {
  if (words.some((w) => w.length === 0)) {
    return (text: string, a: number, b: number) => {
      const s = text.slice(a, b);
      return words.find((w) => s.endsWith(w));
    };
  }
  const index = wordIndex(words, true);
  const last = codeTable(index.keys());
  const bits = codeBits(index.keys());
  return (text: string, a: number, b: number) => {
    const end = Math.min(b, text.length);
    const c = text.charCodeAt(end - 1);
    if (!maybe(bits, c) || last[c] !== 1) return undefined;
    const list = index.get(c);
    if (list !== undefined) for (const w of list) if (end - w.length >= a && text.startsWith(w, end - w.length)) return w;
    return undefined;
  };
}

/** `words.some((w) => text.slice(a, b).endsWith(w))` (a >= 0). */
export function someEndingIn(words: readonly string[]): (text: string, a: number, b: number) => boolean {
  const find = firstEndingIn(words);
  return (text: string, a: number, b: number) => find(text, a, b) !== undefined;
}

/** The questions of wordFinder, asked of one text. */
export type WordReader = {
  /** `lists[list].some((w) => text.slice(a, b).includes(w))`, for [a, b) inside the stretch [from, to). */
  has: (list: number, a: number, b: number, from: number, to: number) => boolean;
};

/**
 * Named word lists searched together: `reader(text).has(list[name], a, b, from, to)` is
 * `lists[name].some((w) => text.slice(a, b).includes(w))` (a >= 0), answered from one pass over the
 * enclosing stretch [from, to) that finds the words of all lists at once. A reader keeps the last
 * stretch it read: the quantities of one sentence ask many questions of it.
 */
export function wordFinder<K extends string>(lists: Record<K, readonly string[]>): {
  list: Record<K, number>;
  reader: (text: string) => WordReader;
} {
  const names = Object.keys(lists) as K[];
  const list = {} as Record<K, number>;
  names.forEach((name, i) => {
    list[name] = i;
  });
  // Each word once, with the lists holding it; by first character: slot[c] - 1 is the bucket of char code c.
  const listsOf = new Map<string, number[]>();
  names.forEach((name, i) => {
    for (const w of lists[name]) listsOf.set(w, [...(listsOf.get(w) ?? []), i]);
  });
  const slot = new Uint16Array(65536);
  const bucketWords: string[][] = [];
  const bucketLists: number[][][] = [];
  /** The second char code of each word (-1 for one character): most candidates fail on it, before any startsWith. */
  const bucketSeconds: number[][] = [];
  // A 1024-bit filter on the char code (it stays in the first-level cache) skips most characters at once.
  const bits = new Uint32Array(32);
  for (const [c, words] of wordIndex([...listsOf.keys()])) {
    slot[c] = bucketWords.push(words);
    bucketLists.push(words.map((w) => listsOf.get(w)!));
    bucketSeconds.push(words.map((w) => (w.length > 1 ? w.charCodeAt(1) : -1)));
    bits[(c >> 5) & 31]! |= 1 << (c & 31);
  }
  // Built on first use: with the sentence in hand they are almost never asked, and each costs a 64 KiB table
  const plain: Array<((t: string, a: number, b: number) => boolean) | undefined> = [];
  // A list with an empty word is found anywhere: the plain search says so.
  const direct = names.map((name) => lists[name].some((w) => w.length === 0));

  // The stretch read last, by whichever reader asked last: per list, where its words start and end
  // ([start, end) pairs, `count` of them). Scratch arrays shared by all readers; a reader other than the
  // last one, or another stretch, reads them afresh.
  let owner: WordReader | null = null;
  let from = -1;
  let to = -1;
  const count = new Int32Array(names.length);
  const spans = names.map(() => new Int32Array(16));
  const add = (i: number, start: number, end: number) => {
    let pairs = spans[i]!;
    if (2 * count[i]! === pairs.length) {
      const grown = new Int32Array(pairs.length * 2);
      grown.set(pairs);
      pairs = spans[i] = grown;
    }
    pairs[2 * count[i]!] = start;
    pairs[2 * count[i]! + 1] = end;
    count[i]!++;
  };
  // The stretch is read whole at its first question: the quantities of a sentence reach back to its start anyway
  // (the seeds' role rules read 4,810 of its 4,875 characters), and then a list with no word in it, nearly every
  // list asked, is answered by its count alone.
  const readAll = (self: WordReader, t: string, f: number, e: number) => {
    owner = self;
    from = f;
    to = e;
    count.fill(0);
    for (let p = Math.min(e, t.length) - 1; p >= f; p--) {
      const c = t.charCodeAt(p);
      if (!maybe(bits, c)) continue;
      const k = slot[c]!;
      if (k === 0) continue;
      const words = bucketWords[k - 1]!;
      const seconds = bucketSeconds[k - 1]!;
      const next = t.charCodeAt(p + 1);
      for (let j = 0; j < words.length; j++) {
        if (seconds[j] !== -1 && seconds[j] !== next) continue;
        const w = words[j]!;
        if (p + w.length <= e && t.startsWith(w, p)) for (const i of bucketLists[k - 1]![j]!) add(i, p, p + w.length);
      }
    }
  };

  const reader = (t: string): WordReader => {
    const self: WordReader = {
      has: (i, a, b, f, e) => {
        if (direct[i] || a < f || Math.min(b, t.length) > Math.min(e, t.length)) return (plain[i] ??= anyIn(lists[names[i]!]))(t, a, b);
        if (owner !== self || f !== from || e !== to) readAll(self, t, f, e);
        const n = 2 * count[i]!;
        if (n === 0) return false;
        const pairs = spans[i]!;
        for (let k = 0; k < n; k += 2) if (pairs[k]! >= a && pairs[k + 1]! <= b) return true;
        return false;
      },
    };
    return self;
  };
  return { list, reader };
}

/**
 * Whether some word of `words` stands in text[a, b) as a word, not inside one of `notInside` around it ("要" not in
 * "主要"). The span is searched alone: the text past b may be a whole flattened document.
 */
export function wordsIn(words: readonly string[], notInside: readonly string[]): (text: string, a: number, b: number) => boolean {
  const covers = (text: string, whole: string, word: string, at: number) => {
    for (let k = whole.indexOf(word); k >= 0; k = whole.indexOf(word, k + 1)) if (text.startsWith(whole, at - k)) return true;
    return false;
  };
  return (text, a, b) => {
    const span = text.slice(a, b);
    for (const w of words) {
      for (let at = span.indexOf(w); at >= 0; at = span.indexOf(w, at + 1)) if (!notInside.some((n) => covers(text, n, w, a + at))) return true;
    }
    return false;
  };
}
