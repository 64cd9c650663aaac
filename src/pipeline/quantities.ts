// Quantities and their meaning (../shared/spec/TARGETS.md). Placeholder until issue 3.
import type { Root, Target } from '../tree/schema.js';
import type { LineIndex } from './positions.js';

export type QuantityInput = { source: string; norm: string; index: LineIndex; root: Root };

export function extractTargets(_input: QuantityInput): Target[] {
  return [];
}
