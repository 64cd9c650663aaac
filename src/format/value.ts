// How a target's value reads to a person: 1-3个, 130亿元, 前100, ≥20%.
import type { Comparator, Target } from '../tree/schema.js';

const SIGN: Record<Comparator, string> = { eq: '=', gt: '>', gte: '≥', lt: '<', lte: '≤', approx: '≈', between: '∈' };

export function showValue(t: Target): string {
  const n = t.upper !== null ? `${t.value}-${t.upper}` : String(t.value);
  return t.kind === 'rank' ? `前${n}` : `${n}${t.unit ?? ''}`;
}

export const showComparator = (c: Comparator) => SIGN[c];
