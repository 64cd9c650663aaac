// How a target's value reads to a person: 1-3个, 130亿元, 前100, ≥20%.
import type { Comparator, Target } from '../tree/schema.js';

const SIGN: Record<Comparator, string> = { eq: '=', gt: '>', gte: '≥', lt: '<', lte: '≤', approx: '≈', between: '∈' };

export function showValue(t: Target): string {
  const n = t.upper !== null ? `${t.value}-${t.upper}` : String(t.value);
  return t.kind === 'rank' ? t.raw.replace(/\s+/g, '') : `${n}${t.unit ?? ''}`; // 前100, 前移1位: as written
}

export const showComparator = (c: Comparator) => SIGN[c];
