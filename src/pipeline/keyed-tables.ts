// Tables flattened one cell per line whose rows open with names instead of serial numbers, as an annex leaves
// them: "“十四五”期间全区应急避难场所建设推进计划表 / 街  镇 / 类 型 / 十三五已建成 / (万m2) / 2021年任务 / (万m2) …",
// then "南桥镇 / 等级 / 0.55 / 3.35 / … / 社区 / 0.00 / 9.76 …". A row is its name cells and the numbers after
// them; a cell merged over several rows stands in the first only, so a short row takes the names it lacks from
// the row above and fills the header's value columns from the left.
import type { Paragraph, Root } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';
import { TABLE_SERIAL_HEADERS, TABLE_TITLE_ENDINGS } from '../data/boilerplate.js';
import { columnOf, type RowCell } from './row-tables.js';
import { valueCell } from './flat-row-tables.js';
import { columnAims, COLUMNS_MAX, FIELD_LINE, HEADER_CELL_MAX, headerCells, labelledUnit, readAs, tableTitle, tableUnitLine, takesUnitLine, TITLE_MAX, YEAR_CELL } from './table-cells.js';

/** A line ending as a table's title does (TABLE_TITLE_ENDINGS), looked for once in the whole text. */
const TITLE_LINE = new RegExp(`(?:${TABLE_TITLE_ENDINGS.join('|')})[ \t]*$`, 'm');

type KeyedColumn = { label: string; unit: string | null; year: number | null; role: RowCell['role']; aims: boolean };

/** The value cells of every table titled "…表" whose header is followed by rows opening with names. */
export function keyedTables(root: Root, source: string, into: Map<Paragraph, RowCell[]>): Map<Paragraph, RowCell[]> {
  if (!TITLE_LINE.test(source)) return into; // no line ends as a table's title: most texts
  const ps = paragraphsOf(root.children);
  const text = (i: number) => ps[i]?.text.trim() ?? '';
  const cellText = (i: number) => source.slice(ps[i]!.position.start.offset, ps[i]!.position.end.offset);
  const holds = (i: number) => (i < ps.length ? valueCell(cellText(i)).holds : null);
  for (let i = 0; i < ps.length; i++) {
    const title = text(i);
    if (title.length > TITLE_MAX || !TABLE_TITLE_ENDINGS.some((w) => title.endsWith(w))) continue;
    // a unit line under the title ("单位：万元", "面积单位：亩") gives the value columns its unit
    // (fields under the title, "填表单位：…", "填表日期：…", before or after the unit line)
    let start = i + 1;
    let lineUnit: string | null = null;
    for (;; start++) {
      const unit = tableUnitLine(text(start));
      if (unit === null && !FIELD_LINE.test(text(start))) break;
      lineUnit ??= unit;
    }
    if (TABLE_SERIAL_HEADERS.includes(text(start))) continue; // a serial's table: table-cells.ts reads it
    // the cells up to the first number: the header, then the first row's names
    let first = start;
    while (first < ps.length && first - start < COLUMNS_MAX && holds(first) === null && text(first).length <= HEADER_CELL_MAX) first++;
    if (holds(first) === null) continue;
    const { cells, ends } = headerCells(ps.slice(start, first).map((p) => p.text.trim()));
    const { year: tableYear, aims: titleAims } = tableTitle(title);
    const columns: KeyedColumn[] = cells.map((c) => {
      const unit = labelledUnit(c);
      const { year, role } = columnOf(c);
      return { label: unit?.label ?? c, unit: unit?.unit ?? (takesUnitLine(c) ? lineUnit : null), year: year ?? tableYear, role, aims: columnAims(c, titleAims) };
    });
    // the name columns lead the header; as many cells again before the first number open the first row. Under a
    // unit line every column has a unit: the first row's numbers count the value columns, the rest is names twice.
    const names = lineUnit === null ? columns.findIndex((c) => c.unit !== null) : (cells.length - valueRunLength(first, holds)) / 2;
    // (the header: its name columns and at least one value column)
    if (!Number.isInteger(names) || names <= 0 || cells.length < 2 * names + 1) continue;
    const header = columns.slice(0, cells.length - names);
    const values = header.slice(names);
    let at = start + ends[header.length - 1]! + 1;
    let above: string[] = [];
    for (;;) {
      const labels: number[] = [];
      while (at < ps.length && holds(at) === null && text(at).length <= HEADER_CELL_MAX && labels.length < names) labels.push(at++);
      const numbers: number[] = [];
      while (at < ps.length && holds(at) !== null && numbers.length < values.length) numbers.push(at++);
      if (labels.length === 0 || numbers.length === 0) break;
      // a short row lacks its leading names: they were merged with the row above
      const rowNames = [...above.slice(0, names - labels.length), ...labels.map(text)];
      above = rowNames;
      // a row's name cell naming a year ("2024年") dates its values where their column names none
      const yearCell = rowNames.map((n) => YEAR_CELL.exec(n)).find((m) => m !== null);
      const rowYear = yearCell ? Number(yearCell[1]) : null;
      const name = rowNames.filter((n) => !YEAR_CELL.test(n)).join('');
      numbers.forEach((p, k) => {
        const column = values[k]!;
        const read = valueCell(cellText(p));
        if (column.unit === null || read.holds !== 'value' || readAs('1', column.unit) === null) return;
        into.set(ps[p]!, [{ start: read.start, end: read.end, unit: column.unit, indicator: name + column.label, year: column.year ?? rowYear, role: column.role, aims: column.aims }]);
      });
    }
    i = at - 1;
  }
  return into;
}

/** How many cells from `at` on hold numbers, one after another: a full first row's value cells. */
function valueRunLength(at: number, holds: (i: number) => unknown): number {
  let n = 0;
  while (holds(at + n) !== null) n++;
  return n;
}
