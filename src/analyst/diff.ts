// Two documents' targets compared: pairs matched by indicator (then section and
// unit), each pair compared on value, comparator, year and role. Against
// baselines, a plan's targets are matched with a later document's achieved
// figures and each is reached, not reached, or has no figure.
import type { Document, Target } from '../tree/schema.js';
import { indexNodes } from '../format/node-index.js';
import { indicatorKey, indicatorSimilarity } from './indicator-match.js';

/** A target with where it stands in its document. */
export type PlacedTarget = Target & { file: string | null; path: string; section: string };

export type ChangedField = 'value' | 'unit' | 'comparator' | 'year' | 'role';
export type TargetPair = { old: PlacedTarget; new: PlacedTarget; fields: ChangedField[] };

export type TargetDiff = {
  old: string | null;
  new: string | null;
  added: PlacedTarget[];
  removed: PlacedTarget[];
  changed: TargetPair[];
  /** Pairs that agree on every field: listed only when asked for. */
  unchanged?: TargetPair[];
};

export type Attainment = 'reached' | 'not-reached' | 'no-figure';
export type BaselineCheck = { target: PlacedTarget; baseline: PlacedTarget | null; status: Attainment };
export type BaselineReport = { old: string | null; new: string | null; results: BaselineCheck[] };

/** Below this similarity two indicators are not the same one. */
const MATCH_MIN = 0.6;
/** Tie-breaks after the indicator: the same section title, then the same unit. */
const SAME_SECTION = 0.05;
const SAME_UNIT = 0.02;
/** An approximate target (左右) counts as reached this close below it. */
const APPROX_SLACK = 0.02;

function placed(doc: Document): PlacedTarget[] {
  const ctx = indexNodes(doc);
  return doc.targets.map((t) => {
    const c = ctx.get(t.nodeId);
    return { ...t, file: doc.source.path, path: c?.path ?? '', section: c?.section ?? '' };
  });
}

const sameUnit = (a: Target, b: Target) => a.kind === b.kind && a.normalized.unit === b.normalized.unit;

/** Greedy one-to-one matching by score: the best pair first, each target used once, document order kept among equals. */
function match(olds: PlacedTarget[], news: PlacedTarget[]): Array<[PlacedTarget, PlacedTarget]> {
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  const oldKeys = olds.map((t) => indicatorKey(t.indicator));
  const newKeys = news.map((t) => indicatorKey(t.indicator));
  olds.forEach((o, i) =>
    news.forEach((n, j) => {
      if (!sameUnit(o, n)) return;
      const sim = oldKeys[i] === newKeys[j] ? 1 : indicatorSimilarity(o.indicator, n.indicator);
      if (sim < MATCH_MIN) return;
      const score = sim + (o.section && o.section === n.section ? SAME_SECTION : 0) + (o.unit === n.unit ? SAME_UNIT : 0);
      candidates.push({ i, j, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
    usedOld.add(c.i);
    usedNew.add(c.j);
    pairs.push([c.i, c.j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]).map(([i, j]) => [olds[i]!, news[j]!]);
}

const sameNumber = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

function changedFields(a: Target, b: Target): ChangedField[] {
  const out: ChangedField[] = [];
  const scale = (t: Target) => (t.value === 0 ? 1 : t.normalized.value / t.value);
  if (!sameNumber(a.normalized.value, b.normalized.value) || !sameNumber(a.upper === null ? null : a.upper * scale(a), b.upper === null ? null : b.upper * scale(b))) out.push('value');
  if (a.normalized.unit !== b.normalized.unit) out.push('unit');
  if (a.comparator !== b.comparator) out.push('comparator');
  if (a.year !== b.year) out.push('year');
  if (a.role !== b.role) out.push('role');
  return out;
}

export function diffTargets(oldDoc: Document, newDoc: Document, options: { all?: boolean } = {}): TargetDiff {
  const olds = placed(oldDoc);
  const news = placed(newDoc);
  const pairs = match(olds, news);
  const matchedOld = new Set(pairs.map(([o]) => o.id));
  const matchedNew = new Set(pairs.map(([, n]) => n.id));
  const changed: TargetPair[] = [];
  const unchanged: TargetPair[] = [];
  for (const [o, n] of pairs) {
    const fields = changedFields(o, n);
    (fields.length ? changed : unchanged).push({ old: o, new: n, fields });
  }
  return {
    old: oldDoc.source.path,
    new: newDoc.source.path,
    added: news.filter((t) => !matchedNew.has(t.id)),
    removed: olds.filter((t) => !matchedOld.has(t.id)),
    changed,
    ...(options.all ? { unchanged } : {}),
  };
}

export const hasDifferences = (d: TargetDiff) => d.added.length + d.removed.length + d.changed.length > 0;

/** Whether an achieved figure meets a target, read by the target's comparator. */
export function attains(target: Target, achieved: number): boolean {
  const goal = target.normalized.value;
  switch (target.comparator) {
    case 'gt':
      return achieved > goal;
    case 'lt':
      return achieved < goal;
    case 'lte':
      return achieved <= goal;
    case 'approx':
      return achieved >= goal * (1 - APPROX_SLACK);
    default: // eq, gte, and between: reaching the lower end reaches the range

      return achieved >= goal;
  }
}

/** The plan's targets (role target) against the later document's baselines. */
export function checkAgainstBaselines(planDoc: Document, laterDoc: Document): BaselineReport {
  const targets = placed(planDoc).filter((t) => t.role === 'target');
  const baselines = placed(laterDoc).filter((t) => t.role === 'baseline');
  const found = new Map(match(targets, baselines).map(([t, b]) => [t.id, b]));
  return {
    old: planDoc.source.path,
    new: laterDoc.source.path,
    results: targets.map((target) => {
      const baseline = found.get(target.id) ?? null;
      const status: Attainment = baseline === null ? 'no-figure' : attains(target, baseline.normalized.value) ? 'reached' : 'not-reached';
      return { target, baseline, status };
    }),
  };
}
