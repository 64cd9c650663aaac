// The comparator of a quantity from the words touching it (TARGETS.md §4):
// a suffix after the unit wins over an infix (100余家), which wins over a prefix.
import {
  CLAUSE_COMPARATORS, CLAUSE_WORDS, NOT_PREFIX_WORDS, CROSS_VERB_COMPARATORS, CROSS_VERB_GAP, CROSS_VERB_WORDS, PREFIX_COMPARATORS, PREFIX_WORDS,
  SUFFIX_COMPARATORS, SUFFIX_WORDS,
} from '../data/comparators.js';
import { CN_NUMERAL_CHARS } from '../numerals.js';
import { PERFECTIVE } from '../data/target-cues.js';
import type { Comparator } from '../tree/schema.js';
import type { Quantity } from './scan.js';

export type Compared = {
  comparator: Comparator;
  /** Start of the prefix word (or of the quantity): where the indicator before it ends. */
  prefixStart: number;
  /** End of the suffix word (or of the quantity): where the text after it begins. */
  suffixEnd: number;
  /** 了 right before the number: a completed change, a fact. */
  perfective: boolean;
};

const MAX_PREFIX = Math.max(...PREFIX_WORDS.map((w) => w.length));

export function compare(text: string, q: Quantity, clauseStart: number): Compared {
  let suffixEnd = q.end;
  let suffix: Comparator | null = null;
  for (const w of SUFFIX_WORDS) {
    if (text.startsWith(w, q.end)) {
      suffix = SUFFIX_COMPARATORS[w]!;
      suffixEnd += w.length;
      break;
    }
  }
  // "达到了500家": the aspect particle sits between the word and the number.
  const perfective = text[q.start - 1] === PERFECTIVE;
  const at = perfective ? q.start - 1 : q.start;
  let prefixStart = at;
  let prefix: Comparator | null = null;
  for (let len = Math.min(MAX_PREFIX, at - clauseStart); len >= 1; len--) {
    const c = PREFIX_COMPARATORS[text.slice(at - len, at)];
    // "通过120家": the 过 ends another word.
    if (c && !NOT_PREFIX_WORDS.some((w) => w.length > len && at - w.length >= clauseStart && text.startsWith(w, at - w.length))) {
      prefix = c;
      prefixStart = at - len;
      break;
    }
  }
  // "至少选择1家", "至少达到5家": a bound reaching across a short verb (or a plain link word).
  if (prefix === null || prefix === 'eq') {
    const cross = crossVerb(text, prefixStart, clauseStart);
    if (cross) {
      prefix = cross.comparator;
      prefixStart = cross.start;
    }
  }
  let clause: Comparator | null = null;
  if (prefix === null) {
    const before = text.slice(clauseStart, q.start);
    const w = CLAUSE_WORDS.find((word) => before.includes(word));
    if (w) clause = CLAUSE_COMPARATORS[w]!;
  }
  const comparator = q.range ? 'between' : (suffix ?? q.infix ?? prefix ?? clause ?? 'eq');
  return { comparator, prefixStart, suffixEnd, perfective };
}

const IDEOGRAPH = /[\u3400-\u9fff]/;
/** A verb between a bound and its number: Chinese only, no numeral, no 的 (which starts a new noun). */
const gapChar = (ch: string) => IDEOGRAPH.test(ch) && ch !== '的' && !CN_NUMERAL_CHARS.includes(ch);

function crossVerb(text: string, at: number, clauseStart: number): { comparator: Comparator; start: number } | null {
  for (let gap = 0; gap <= CROSS_VERB_GAP && at - gap > clauseStart; gap++) {
    if (gap > 0 && !gapChar(text[at - gap]!)) return null;
    const end = at - gap;
    for (const w of CROSS_VERB_WORDS) {
      if (end - w.length >= clauseStart && text.startsWith(w, end - w.length)) return { comparator: CROSS_VERB_COMPARATORS[w]!, start: end - w.length };
    }
  }
  return null;
}
