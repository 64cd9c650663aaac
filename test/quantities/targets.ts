// Helpers of the quantity tests: the targets of a text, read through the whole library.
import { expect } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { Target } from '../../src/tree/schema.js';

export const targets = (text: string): Target[] => parseDocument(text).targets;
/** The one target of `text` (it fails unless there is exactly one). */
export const only = (text: string): Target => {
  const ts = targets(text);
  expect(ts.map((t) => t.raw), text).toHaveLength(1);
  return ts[0]!;
};
export const pick = (t: Target) => ({ raw: t.raw, value: t.value, upper: t.upper, unit: t.unit, kind: t.kind, normalized: t.normalized.value });
export const byRaw = (text: string) => new Map(targets(text).map((t) => [t.raw, t]));
export const roles = (text: string) => targets(text).map((t) => `${t.raw}:${t.role}`);
export const years = (text: string) => targets(text).map((t) => `${t.raw}:${t.year}`);
export const comparators = (text: string) => targets(text).map((t) => `${t.raw}:${t.comparator}`);
