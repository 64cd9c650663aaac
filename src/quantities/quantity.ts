// What the scan finds: a quantity of one node's text and a year named there. Types only, so
// every reader of quantities can name them without importing the scanner.
import type { UnitInfo } from '../data/units.js';
import type { Comparator, TargetKind } from '../tree/schema.js';

export type Quantity = {
  /** Extent of `raw` in the view text. */
  start: number;
  end: number;
  value: number;
  upper: number | null;
  unit: string | null;
  kind: TargetKind;
  info: UnitInfo | null;
  /** 余/多 between number and unit. */
  infix: Comparator | null;
  range: boolean;
  /** What the quantity measures where its place says it and its phrase cannot (a glued table row's rate). */
  named?: string;
  /** The role and year its table cell gives it (a glued row's base and goal), over what its clause would say. */
  cell?: { role: 'baseline' | 'target'; year: number | null };
};

export type YearMention = { start: number; end: number; year: number };

export type ScanResult = { quantities: Quantity[]; years: YearMention[] };
