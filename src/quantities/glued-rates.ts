// A plan's indicator table flattened with its cells run together: "旅游总收入亿元5015024.6%预期性" holds the row's
// base (50), its goal (150) and the yearly growth between them (24.6%). The growth is the one cut of the digits that
// agrees with the base and the goal over the plan's years: the three are read there, the base and the goal dated by the
// header's years (where the row's unit is one of a known unit, 亿元, 户, %: a scaled one, 万人次, is left).
import { TABLE_ROW_ATTRIBUTES } from '../data/boilerplate.js';
import { UNITS, UNIT_LIST } from '../data/units.js';
import type { Quantity } from './quantity.js';

/** The longest run read: every cut of it is tried (base, goal and rate of eight characters each). */
const RUN_MAX = 24;

/** A run of digits and points before a % and a row's attribute (预期性, 约束性), as long as three numbers of a row. */
const GLUED_RATE = new RegExp(`(?<![0-9.])[0-9.]{5,${RUN_MAX}}%(?=${TABLE_ROW_ATTRIBUTES.join('|')})`, 'g');
/** The header's two years ("2020年2025年"): the base's and the goal's. */
const HEADER_YEARS = /(20[0-9]{2})年(20[0-9]{2})年/;
/** A five-year plan's, where the header names no years. */
const PLAN_YEARS = 5;
const NUMBER = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
/** The highest yearly growth a row is read as (and no growth at all is no rate: 7·6.51231·0 agrees by rounding). */
const RATE_MAX = 200;

/**
 * The quantities of `text` with each glued rate read at its own cut (in place of what the scan made of the run), its
 * row's base and goal before it. Only under a header naming a yearly rate (年均增速): a 累计 column's growth is no
 * yearly one, and its cut would agree by chance.
 */
export function gluedRates(text: string, qs: Quantity[]): Quantity[] {
  if (!text.includes('%')) return qs;
  const column = RATE_COLUMN.exec(text);
  if (column === null) return qs;
  const header = HEADER_YEARS.exec(text);
  const byEnd = new Map<number, Quantity>();
  for (const q of qs) if (q.unit === '%') byEnd.set(q.end, q);
  /** The runs read, by start: what the scan made of their digits goes; the row's base and goal come in. */
  const runs: Array<{ start: number; end: number; rate: Quantity; cells: Quantity[] }> = [];
  for (const m of text.matchAll(GLUED_RATE)) {
    if (m.index < column.index) continue; // a row stands under its header
    const dated = header !== null && header.index < m.index ? header : null;
    const digits = m[0].slice(0, -1);
    const cuts = rowCuts(digits, dated ? Number(dated[2]) - Number(dated[1]) : PLAN_YEARS);
    const end = m.index + m[0].length;
    const rate = byEnd.get(end);
    if (cuts === null || rate === undefined) continue;
    const [goalAt, cut] = cuts;
    const { name, unit } = rowName(text, m.index);
    Object.assign(rate, { start: m.index + cut, value: Number(digits.slice(cut)), upper: null, range: false, infix: null, named: name + column[0] });
    // the growth runs to the goal's year
    if (dated) rate.cell = { role: 'target', year: Number(dated[2]) };
    const info = unit === null ? undefined : UNITS[unit];
    const cell = (a: number, b: number, role: 'baseline' | 'target', year: number | null): Quantity => ({
      start: m.index + a, end: m.index + b, value: Number(digits.slice(a, b)), upper: null, unit, kind: info!.kind, info: info!, infix: null, range: false, named: name, cell: { role, year },
    });
    const cells = info === undefined ? [] : [cell(0, goalAt, 'baseline', dated ? Number(dated[1]) : null), cell(goalAt, cut, 'target', dated ? Number(dated[2]) : null)];
    runs.push({ start: m.index, end, rate, cells });
  }
  if (runs.length === 0) return qs;
  // one pass over the quantities and the runs, both in text order
  const out: Quantity[] = [];
  let r = 0;
  for (const q of qs) {
    while (r < runs.length && runs[r]!.end <= q.start) r++;
    const run = runs[r];
    if (run !== undefined && q === run.rate) out.push(...run.cells, q);
    else if (run === undefined || q.end <= run.start || q.start >= run.end) out.push(q);
  }
  return out;
}

/** Where the rate starts in base·goal·rate digits, when exactly one cut of them agrees; else null. */
export const rateCut = (digits: string, years: number): number | null => rowCuts(digits, years)?.[1] ?? null;

/** Where the goal and the rate start in base·goal·rate digits, when exactly one cut of them agrees; else null. */
export function rowCuts(digits: string, years: number): [number, number] | null {
  let found: [number, number] | null = null;
  for (let i = 1; i < digits.length - 1; i++) {
    for (let j = i + 1; j < digits.length; j++) {
      const [base, goal, rate] = [digits.slice(0, i), digits.slice(i, j), digits.slice(j)];
      if (!NUMBER.test(base) || !NUMBER.test(goal) || !NUMBER.test(rate) || !(Number(rate) > 0 && Number(rate) <= RATE_MAX)) continue;
      if (!agrees(base, goal, rate, years)) continue;
      if (found !== null) return null;
      found = [i, j];
    }
  }
  return found;
}

/** Half the last written digit: how far a rounded number may be from its value. */
const halfStep = (s: string) => (s.includes('.') ? 0.5 * 10 ** -(s.length - s.indexOf('.') - 1) : 0.5);

/** The yearly growth from base to goal, each as rounded, takes in the rate as rounded. */
function agrees(base: string, goal: string, rate: string, years: number): boolean {
  const [b, g, r] = [Number(base), Number(goal), Number(rate)];
  if (b <= 0 || g <= 0) return false;
  const growth = (from: number, to: number) => (Math.pow(to / from, 1 / years) - 1) * 100;
  const low = growth(b + halfStep(base), Math.max(g - halfStep(goal), 0));
  const high = growth(Math.max(b - halfStep(base), Number.MIN_VALUE), g + halfStep(goal));
  return r + halfStep(rate) >= low && r - halfStep(rate) <= high;
}

/** The header's name for a yearly rate's column ("年均增速[累计]", "年均增长"). */
const RATE_COLUMN = /年均增[速长]率?/;
/** How far back a row's name is read. */
const NAME_MAX = 30;
const ROW_UNITS = [...UNIT_LIST, '%'];
const SCALES = '百千万亿';
/**
 * The row's name before its unit and the run at `at`, back to the serial or the cell before it ("…预期性2旅游总收入亿元"),
 * and its unit (null where a scale opens the unit's cell: 万人次, 亿美元).
 */
function rowName(text: string, at: number): { name: string; unit: string | null } {
  const found = ROW_UNITS.find((u) => text.startsWith(u, at - u.length)) ?? '';
  let end = at - found.length;
  // a scale opens the unit's cell: 万人次, 亿美元
  while (end > 0 && SCALES.includes(text[end - 1]!)) end--;
  const unit = found !== '' && end === at - found.length ? found : null;
  let start = end;
  while (start > Math.max(0, end - NAME_MAX) && !/[0-9\]\n]/.test(text[start - 1]!)) start--;
  return { name: text.slice(start, end), unit };
}
