// Project tables whose rows stay one line each, cells apart with a tab (a Markdown pipe table, an HTML table):
// "序号 / 项目名称 / 主要建设内容 / 开工时间 / 计划竣工时间 / 总投资（万元）", then "1 / 新宅110kV输变电工程 /
// 新增变电容量100MVA，新建线路长度11.64km / 2024年5月 / 2027年3月 / 18812". Read as the flattened table reader
// reads one (table-cells.ts): a number alone under a column naming its unit is the row's name with the column's
// label; the amounts a text cell names are read in that cell alone; both dated by when the row's work is done.
import type { Paragraph, Root } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';
import { TABLE_NAME_COLUMNS, TABLE_SERIAL_HEADERS, TABLE_UNIT_COLUMNS } from '../data/boilerplate.js';
import { normalize } from './normalize.js';
import { CELL_SEPARATOR, cellsOf, columnOf, GROUP_ROW, VALUE, type RowCell } from './row-tables.js';
import { labelledUnit, readAs } from './table-cells.js';

/** A cell giving a date: "2027年3月", "2026年", "2026年底", or a period "2024-2027" (its end). */
const DATE_CELL = /^((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?$|^(?:19|20)\d{2}[-－—～~]((?:19|20)\d{2})$/;

/** The year a row's work is done by: the last its date cells give (a start's date comes before its end's). */
function rowYear(cells: string[]): number | null {
  let year: number | null = null;
  for (const cell of cells) {
    const m = DATE_CELL.exec(cell);
    if (m) year = Math.max(year ?? 0, Number(m[1] ?? m[2]));
  }
  return year;
}

/**
 * The cells of every project table kept a row to a line: a header with a name's column and a column naming its
 * unit in brackets ("总投资（万元）"), and no 单位 column (an indicator table's: row-tables.ts reads those).
 */
export function projectRows(root: Root, source: string, into: Map<Paragraph, RowCell[]>): Map<Paragraph, RowCell[]> {
  if (!source.includes(CELL_SEPARATOR)) return into; // no row of cells at all: most texts
  const ps = paragraphsOf(root.children);
  const textOf = (p: Paragraph) => source.slice(p.position.start.offset, p.position.end.offset);
  for (let i = 0; i < ps.length; i++) {
    const header = textOf(ps[i]!);
    if (!header.includes(CELL_SEPARATOR) || into.has(ps[i]!)) continue;
    // (a label the copy broke inside, "总投资 （万元）", read whole)
    const labels = cellsOf(header).map((c) => c[2].replace(/\s+/g, ''));
    const nameAt = labels.findIndex((l) => TABLE_NAME_COLUMNS.some((w) => l.includes(w)));
    const measures = labels.map((l) => labelledUnit(l));
    if (nameAt < 0 || labels.some((l) => TABLE_UNIT_COLUMNS.includes(l)) || !measures.some((m) => m !== null)) continue;
    const serialAt = TABLE_SERIAL_HEADERS.includes(labels[0]!) ? 0 : -1;
    let j = i + 1;
    for (; j < ps.length; j++) {
      const text = textOf(ps[j]!);
      if (GROUP_ROW.test(text.trim())) continue; // a group's label in a row of its own ("电力方面")
      const cells = cellsOf(text);
      // (a row may lose its last empty cells)
      if (!text.includes(CELL_SEPARATOR) || cells.length > labels.length || cells.length <= nameAt) break;
      const name = cells[nameAt]![2];
      const year = rowYear(cells.map((c) => c[2]));
      const found: RowCell[] = [];
      cells.forEach(([start, end, cell], c) => {
        const measure = measures[c];
        const read = normalize(cell).text;
        if (measure && VALUE.test(read) && readAs(read, measure.unit) !== null) {
          const column = columnOf(labels[c]!);
          found.push({ start, end, unit: measure.unit, indicator: name + measure.label, year: column.year ?? year, role: column.role, aims: column.aims });
        } else if (c !== serialAt && cell !== '' && !DATE_CELL.test(cell)) {
          found.push({ start, end, unit: '', indicator: name, year, role: 'target', text: true });
        }
      });
      into.set(ps[j]!, found);
    }
    i = j - 1;
  }
  return into;
}
