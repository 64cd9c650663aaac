// Indicator tables flattened one cell per line: "序号 / 指标项 / 单位 / 类型 / 现状 / 近期规划 / （2025年） /
// （2030年）", then "1 / 建设用地总规模 / 平方千米 / 约束性 / 53.75 / 53.74". Rows are found by their 序号; after the
// row's name and unit (and its 约束性/预期性) its values fill the header's year columns in order, each read as
// row-tables.ts reads a value cell of a row kept on one line. Without a 单位 column the cells carry their units.
import type { Paragraph, Root } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';
import { TABLE_BASE_COLUMNS, TABLE_NAME_COLUMNS, TABLE_ROW_ATTRIBUTES, TABLE_SERIAL_HEADERS, TABLE_UNIT_COLUMNS } from '../data/boilerplate.js';
import { normalize } from './normalize.js';
import { columnOf, ownQuantity, VALUE, type Column, type RowCell } from './row-tables.js';
import { HEADER_CELL_MAX, readAs } from './table-cells.js';

/** A header has at most this many cells (each at most HEADER_CELL_MAX long, as table-cells.ts reads them). */
const HEADER_CELLS_MAX = 14;
/** A row holds at most this many cells before the next serial number. */
const ROW_CELLS_MAX = 12;

/** The value cells of every flattened indicator table, each paragraph with its one cell. */
export function flatRowTables(root: Root, source: string, into: Map<Paragraph, RowCell[]>): Map<Paragraph, RowCell[]> {
  if (!TABLE_SERIAL_HEADERS.some((w) => source.includes(w))) return into; // no table header at all: most texts
  const ps = paragraphsOf(root.children);
  const text = (i: number) => ps[i]?.text.trim() ?? '';
  for (let i = 0; i < ps.length; i++) {
    if (!TABLE_SERIAL_HEADERS.includes(text(i))) continue;
    const labels: string[] = [];
    let j = i + 1;
    for (; j < ps.length && text(j) !== '1' && labels.length < HEADER_CELLS_MAX && text(j).length <= HEADER_CELL_MAX; j++) labels.push(text(j));
    if (text(j) !== '1' || !labels.some((l) => TABLE_NAME_COLUMNS.some((w) => l.includes(w)))) continue;
    // the 单位 column's place among the row's cells: after the name ("指标 / 单位 / 类型 …") or after the attribute
    // ("指标 / 属性 / 单位 …"); without one (-1) each value cell carries its unit ("46％", "≥73％", "120.14 平方公里")
    const unitAt = labels.findIndex((l) => TABLE_UNIT_COLUMNS.includes(l));
    // the name's column: after a category's ("类别 / 指标名称 / …") the rows are read from the name on
    const nameAt = labels.findIndex((l) => TABLE_NAME_COLUMNS.some((w) => l.includes(w)));
    // the value columns: the header's cells naming a year, in order (a two-level header puts 现状 above its year)
    const columns: Column[] = labels.map(columnOf).filter((c) => c.year !== null);
    if (columns.length === 0) continue;
    // a 现状 column that names no year of its own ("现状 / 近期规划 / （2025年） / 远期规划 / （2035年）")
    const undatedBase = labels.some((l) => TABLE_BASE_COLUMNS.some((w) => l.includes(w)) && columnOf(l).year === null);
    for (let serial = 1; text(j) === String(serial); serial++) {
      let k = j + 1;
      const row: number[] = [];
      for (; k < ps.length && text(k) !== String(serial + 1) && row.length < ROW_CELLS_MAX; k++) row.push(k);
      readRow(fromName(row.map((r) => ps[r]!), nameAt, source), columns, undatedBase, unitAt > nameAt ? unitAt - nameAt : -1, source, into);
      j = k;
    }
    i = j - 1;
  }
  return into;
}

/**
 * A row's cells from its name on: a category's cell ("火灾形势") stands before the name in the first row of its
 * group only, the rows after it open with their names.
 */
function fromName(cells: Paragraph[], nameAt: number, source: string): Paragraph[] {
  if (nameAt <= 0 || cells.length <= nameAt) return cells;
  const cell = cells[nameAt]!;
  return valueCell(source.slice(cell.position.start.offset, cell.position.end.offset)).holds === null ? cells.slice(nameAt) : cells;
}

/** Where a row's attribute (约束性/预期性) may stand: after its name, a second line of its name, and its unit. */
const ATTRIBUTE_REACH = 3;

/**
 * A row's cells after its serial number: name, unit (where the table has its column), its attribute if any, then
 * one cell per value column; a value whose unit the copy put on a line of its own ("120.14⏎平方公里") takes it.
 */
function readRow(cells: Paragraph[], dated: Column[], undatedBase: boolean, unitAt: number, source: string, into: Map<Paragraph, RowCell[]>): void {
  const cellText = (p: Paragraph) => source.slice(p.position.start.offset, p.position.end.offset);
  const unitColumn = unitAt >= 0;
  if (cells.length < 3 || unitAt >= cells.length) return;
  const name = cellText(cells[0]!).trim();
  const unit = unitColumn ? cellText(cells[unitAt]!).trim() : '';
  if (unitColumn && readAs('1', unit) === null) return; // a row with no unit ("/") measures nothing
  const afterUnit = unitColumn ? unitAt + 1 : 1;
  // the values start after the attribute wherever it stands ("供水水质综合合格率⏎（国标GB5749-2006）⏎约束性")
  let first = afterUnit;
  // (…before the first value: an attribute column after the values, "95% / 98% / 预期性", is no place to start)
  for (let k = afterUnit; k < Math.min(cells.length, ATTRIBUTE_REACH + 1); k++) {
    const cell = cellText(cells[k]!);
    if (TABLE_ROW_ATTRIBUTES.includes(cell.trim())) first = k + 1;
    else if (valueCell(cell).holds !== null) break;
  }
  // the value slots in order, each cell read once: a bare number followed by a cell of only a unit is one slot
  const slots: { cell: Paragraph; read: ValueCell; unit: string }[] = [];
  for (let k = first; k < cells.length; k++) {
    const read = valueCell(cellText(cells[k]!));
    if (read.holds === null) break;
    const next = !unitColumn && read.holds === 'value' && k + 1 < cells.length ? cellText(cells[k + 1]!).trim() : '';
    const ownUnit = next !== '' && readAs('1', next) !== null;
    slots.push({ cell: cells[k]!, read, unit: ownUnit ? next : unit });
    if (ownUnit) k++;
  }
  // one value more than the dated columns: the first is the undated 现状
  const columns = undatedBase && slots.length === dated.length + 1 ? [BASE_COLUMN, ...dated] : dated;
  columns.forEach((column, k) => {
    const slot = slots[k];
    if (slot === undefined) return;
    const { start, end, holds } = slot.read;
    const value: RowCell = { start, end, unit: slot.unit, indicator: name, year: column.year, role: column.role, aims: column.aims };
    if (holds === 'value' && slot.unit !== '') into.set(slot.cell, [value]);
    // "5分钟覆盖区超80%": a cell with a unit of its own
    else if (holds === 'own') into.set(slot.cell, [{ ...value, unit: '', own: true }]);
  });
}

const BASE_COLUMN: Column = { label: '', year: null, role: 'baseline', aims: false };
/** "/" or "—" hold a value's place in its column. */
const PLACE_HOLDER = /^[/／—–-]$/;
/** A cell's text within its paragraph [start, end), and what it holds: a value, one with its own unit, a placeholder, or none. */
type ValueCell = { start: number; end: number; holds: 'value' | 'own' | 'place' | null };
export function valueCell(raw: string): ValueCell {
  const start = raw.length - raw.trimStart().length;
  const cell = raw.trim();
  const read = normalize(cell).text;
  const holds = VALUE.test(read) ? 'value' : PLACE_HOLDER.test(read) ? 'place' : ownQuantity(read) !== null ? 'own' : null;
  return { start, end: start + cell.length, holds };
}
