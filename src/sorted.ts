// Binary search over a sorted list of offsets.

/** Index of the first element of `sorted` (ascending) above `value`; `sorted.length` when none is. */
export function firstAbove(sorted: readonly number[], value: number): number {
  if (sorted.length === 0) return 0;
  const k = lastAtMost(sorted, value);
  return sorted[k]! <= value ? k + 1 : k;
}

/** Index of the last element of `sorted` (ascending) that is at most `value`; 0 when none is. */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
