// Indicator tables whose rows stay one line each, cells apart with a tab (a Markdown pipe table, an HTML table):
// "序号 / 指标名称 / 单位 / 2025年基期值 / 2030年目标值 / 指标类型", then "1 / 农业劳动生产率 / 万元/人 / 5.4 / 7.3左右 / 预期性".
// A value cell takes the unit of its row's 单位 cell, the row's name, the year its column names, and the role its
// column gives: a 基期值 or 现状值 reports, a 目标值 aims.
import type { Paragraph, Role, Root } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';
import { TABLE_AIM_WORDS, TABLE_BASE_COLUMNS, TABLE_NAME_COLUMNS, TABLE_PLANNED_COLUMNS, TABLE_UNIT_COLUMNS } from '../data/boilerplate.js';
import type { Quantity, ScanResult } from '../quantities/quantity.js';
import { scan } from '../quantities/scan.js';
import { PREFIX_COMPARATORS } from '../data/comparators.js';
import { normalize } from './normalize.js';
import type { TextRuns } from '../quantities/text-view.js';
import { periodEnd, readAs } from './table-cells.js';
import { CELL_SEPARATOR } from '../data/source-formats.js';

/** A value cell of a row: where it stands in the paragraph's text, and what its row and column say of it; a `text` cell is read as text of its own (project-rows.ts). */
export type RowCell = { start: number; end: number; unit: string; indicator: string; year: number | null; role: Role; own?: boolean; aims?: boolean; text?: boolean };


const PROGRESS = '进展';
/** The signs of PREFIX_COMPARATORS (≥, >, ≤ …): a cell may open with one. */
const SIGNS = Object.keys(PREFIX_COMPARATORS).filter((w) => w.length === 1 && w.charCodeAt(0) < 0x3000).join('');
const escaped = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
/** A change a cell states instead of a level: "增加20" (座) under a plan's target column. */
const CHANGE_PREFIXES = ['增加', '新增'];
/** "5.4", "7.3左右", ">90", "≥0.3", "增加20": a value alone in its cell (as normalized), with a sign, a change word or a 左右 at most. */
export const VALUE = new RegExp(`^([${escaped(SIGNS)}]?|${CHANGE_PREFIXES.join('|')})([0-9]+(?:\\.[0-9]+)?)(左右|以上|以下)?$`);
const LABEL_YEAR = /(20\d{2})年/;
/** A short label alone on its row, no number in it: a group of the rows after it. */
export const GROUP_ROW = /^[^\t0-9]{2,12}$/;

export type Column = { label: string; year: number | null; role: Role; aims: boolean };

/** The cells of `text` with their offsets: [start, end, trimmed cell]. */
export function cellsOf(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  let from = 0;
  for (;;) {
    const tab = text.indexOf(CELL_SEPARATOR, from);
    const to = tab < 0 ? text.length : tab;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim();
    out.push([from + lead, from + lead + cell.length, cell]);
    if (tab < 0) return out;
    from = tab + 1;
  }
}

/** A value column's year (its label's, else its five-year plan's last) and role. */
export function columnOf(label: string): Column {
  const y = LABEL_YEAR.exec(label);
  return {
    label,
    year: y ? Number(y[1]) : periodEnd(label),
    // (a column of an aim, "截至2027年目标值", or of progress planned, "2025年计划进展", aims; "目标任务进展情况" reports)
    role: TABLE_BASE_COLUMNS.some((w) => label.includes(w)) && !TABLE_PLANNED_COLUMNS.some((w) => label.includes(w))
      && (!TABLE_AIM_WORDS.some((w) => label.includes(w)) || label.includes(PROGRESS)) ? 'baseline' : 'target',
    aims: TABLE_AIM_WORDS.some((w) => label.includes(w)),
  };
}

/** The value cells of every indicator table with a 单位 column whose rows are one line each. */
export function rowTables(root: Root, source: string): Map<Paragraph, RowCell[]> {
  const rows = new Map<Paragraph, RowCell[]>();
  if (!source.includes(CELL_SEPARATOR)) return rows; // no row of cells at all: most texts
  const ps = paragraphsOf(root.children);
  const textOf = (p: Paragraph) => source.slice(p.position.start.offset, p.position.end.offset);
  for (let i = 0; i < ps.length; i++) {
    const header = textOf(ps[i]!);
    if (!header.includes(CELL_SEPARATOR)) continue;
    const labels = cellsOf(header).map((c) => c[2]);
    const unitAt = labels.findIndex((l) => TABLE_UNIT_COLUMNS.includes(l));
    const nameAt = labels.findIndex((l) => TABLE_NAME_COLUMNS.some((w) => l.includes(w)));
    if (unitAt < 0 || nameAt < 0) continue;
    const columns = labels.map(columnOf);
    const lastYear = columns.reduce<number | null>((y, c) => (c.year !== null && (y === null || c.year > y) ? c.year : y), null);
    let j = i + 1;
    for (; j < ps.length; j++) {
      const text = textOf(ps[j]!);
      // a group's label in a row of its own ("电力方面") stands among the rows
      if (GROUP_ROW.test(text.trim())) continue;
      const cells = cellsOf(text);
      if (!text.includes(CELL_SEPARATOR) || cells.length !== labels.length) break;
      const unit = cells[unitAt]![2];
      if (readAs('1', unit) === null) continue; // a row with no unit ("/") measures nothing
      const found: RowCell[] = [];
      const name = cells[nameAt]![2];
      cells.forEach(([start, end, cell], c) => {
        if (c === unitAt || c === nameAt) return;
        const read = normalize(cell).text;
        if (columns[c]!.year !== null && VALUE.test(read)) found.push({ start, end, unit, indicator: name, year: columns[c]!.year, role: columns[c]!.role, aims: columns[c]!.aims });
        // a cell with a unit of its own under a column of no year ("年均增长 / 7%左右") aims at the table's last year
        else if (columns[c]!.year === null && ownQuantity(read) !== null) {
          found.push({ start, end, unit: '', indicator: name + labels[c], year: lastYear, role: 'target', own: true });
        }
      });
      if (found.length > 0) rows.set(ps[j]!, found);
    }
    i = j - 1;
  }
  return rows;
}

/** The one quantity a cell holds with its own unit, opening the cell ("7%左右"), else null. */
export function ownQuantity(cell: string): Quantity | null {
  const { quantities } = scan(cell);
  // after a sign or in brackets at most: "≥73%", "(86.4%)"
  return quantities.length === 1 && quantities[0]!.start === (CELL_OPENER.exec(cell)?.[0].length ?? 0) ? quantities[0]! : null;
}
/** What may stand before a cell's own quantity: a comparator's sign or a bracket. */
const CELL_OPENER = new RegExp(`^[${escaped(SIGNS)}(]`);


/** The view index of source offset `at` in `view`, or -1 where the view leaves it out. */
function viewIndex({ runs }: TextRuns, at: number): number {
  for (let r = 0, t = 0; r < runs.length; r += 2) {
    if (at >= runs[r]! && at < runs[r + 1]!) return t + at - runs[r]!;
    t += runs[r + 1]! - runs[r]!;
  }
  return -1;
}

/**
 * The quantities of a row's value cells in `view` (the row's text as read; `from` is the row's source offset),
 * each with its cell.
 */
export function rowScan(view: TextRuns, cells: RowCell[], from: number): ScanResult & { cells: RowCell[] } {
  const quantities: Quantity[] = [];
  const kept: RowCell[] = [];
  for (const cell of cells) {
    if (cell.text) continue; // read as text of its own (project-rows.ts)
    const at = viewIndex(view, from + cell.start);
    if (cell.own) {
      const own = at < 0 ? null : ownQuantity(view.text.slice(at, at + cell.end - cell.start));
      if (own === null) continue;
      quantities.push({ ...own, start: at + own.start, end: at + own.end });
      kept.push(cell);
      continue;
    }
    const m = at < 0 ? null : VALUE.exec(view.text.slice(at, at + cell.end - cell.start));
    if (!m) continue;
    const read = readAs(m[2]!, cell.unit);
    if (read === null) continue;
    const start = at + m[1]!.length;
    quantities.push({ ...read, start, end: start + m[2]!.length });
    kept.push(cell);
  }
  return { quantities, years: [], cells: kept };
}
