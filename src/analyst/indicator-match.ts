// How alike two indicators are, for matching the targets of two documents:
// the indicators are reduced to a key (canonical name, or the phrase without
// lead verbs and counting words), then compared by shared character pairs.
import { CANONICAL_INDICATORS, INDICATOR_LEAD_WORDS, INDICATOR_TAIL_WORDS } from '../data/indicators.js';

const SPACE_AND_QUOTES = /[\s“”"'‘’《》「」()（）【】]/g;
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const LEADS = byLength(INDICATOR_LEAD_WORDS);
const TAILS = byLength(INDICATOR_TAIL_WORDS);

function strip(phrase: string): string {
  let s = phrase.normalize('NFKC').replace(SPACE_AND_QUOTES, '');
  for (let again = true; again; ) {
    again = false;
    const lead = LEADS.find((w) => s.startsWith(w) && s.length > w.length + 1);
    if (lead) (s = s.slice(lead.length)), (again = true);
  }
  const tail = TAILS.find((w) => s.endsWith(w) && s.length > w.length + 1);
  return tail ? s.slice(0, s.length - tail.length) : s;
}

const CANONICAL = new Map<string, string>();
for (const [name, forms] of Object.entries(CANONICAL_INDICATORS)) for (const f of [name, ...forms]) CANONICAL.set(strip(f), name);

/** The key an indicator is matched by: its canonical name where one exists. */
export function indicatorKey(indicator: string): string {
  const s = strip(indicator);
  return CANONICAL.get(s) ?? s;
}

function pairs(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const p = chars[i]! + chars[i + 1]!;
    out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/** 1 for the same key, 0.9 where one key contains the other, else the Dice coefficient of character pairs. */
export function indicatorSimilarity(a: string, b: string): number {
  const ka = indicatorKey(a);
  const kb = indicatorKey(b);
  if (ka === kb) return ka.length ? 1 : 0;
  if (Math.min(ka.length, kb.length) >= 2 && (ka.includes(kb) || kb.includes(ka))) return 0.9;
  const pa = pairs(ka);
  const pb = pairs(kb);
  let common = 0;
  let total = 0;
  for (const n of pa.values()) total += n;
  for (const [p, n] of pb) {
    total += n;
    common += Math.min(n, pa.get(p) ?? 0);
  }
  return total ? (2 * common) / total : 0;
}
