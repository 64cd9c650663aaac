// Project tables whose rows stay one line each, cells apart with a tab (a Markdown pipe table, an HTML table):
// "序号 / 项目名称 / 主要建设内容 / 开工时间 / 计划竣工时间 / 总投资（万元）", then "1 / 新宅110kV输变电工程 /
// 新增变电容量100MVA，新建线路长度11.64km / 2024年5月 / 2027年3月 / 18812". Read as the flattened table reader
// reads one (table-cells.ts): a number alone under a column naming its unit is the row's name with the column's
// label; the amounts a text cell names are read in that cell alone; both dated by when the row's work is done.
import type { Paragraph, Root } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';
import { TABLE_END_COLUMNS, TABLE_NAME_COLUMNS, TABLE_SERIAL_HEADERS, TABLE_START_COLUMNS, TABLE_UNIT_COLUMNS } from '../data/boilerplate.js';
import { normalize } from './normalize.js';
import { cellsOf, columnOf, GROUP_ROW, VALUE, type RowCell } from './row-tables.js';
import { CELL_SEPARATOR } from '../data/source-formats.js';
import { labelledUnit, readAs } from './table-cells.js';

/**
 * A cell giving a date: "2027年3月", "2026年", "2026年底", a period "2024-2027", "2022-2025年" or "2023年3月-2026年12月"
 * (its end, the last year it names); a year alone ("2026") only under a column of dates.
 */
const DATE_CELL = /^(?:(?:19|20)\d{2}年?(?:\d{1,2}月)?(?:底|末)?[-－—～~至])((?:19|20)\d{2})年?(?:\d{1,2}月)?(?:底|末)?$|^((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?$/;
const BARE_YEAR = /^((?:19|20)\d{2})$/;
/** A column of dates or deadlines: a bare year under it is a date (2000 under 总投资（万元） or 2025年投资 is money). */
const DATE_LABEL = /时间|时限|年限|日期|期限|年份|竣工|完成|建成|投产|截止/;
const dateOf = (cell: string, label: string): number | null => {
  const m = DATE_CELL.exec(cell) ?? (DATE_LABEL.test(label) && labelledUnit(label) === null ? BARE_YEAR.exec(cell) : null);
  return m ? Number(m[1] ?? m[2]) : null;
};
const startsOnly = (label: string) => TABLE_START_COLUMNS.some((w) => label.includes(w)) && !TABLE_END_COLUMNS.some((w) => label.includes(w));

/** The year a row's work is done by: the last its date cells give, none under a column of starts alone. */
function rowYear(cells: string[], labels: string[]): number | null {
  let year: number | null = null;
  cells.forEach((cell, c) => {
    const date = dateOf(cell, labels[c] ?? '');
    if (date !== null && !startsOnly(labels[c] ?? '')) year = Math.max(year ?? 0, date);
  });
  return year;
}

/** A header's cell: one of `labels` (the table's own), a serial's, a unit's or a measure's label, as no row's cell is. */
const isLabel = (cell: string, labels: string[]) =>
  labels.includes(cell) || TABLE_SERIAL_HEADERS.includes(cell) || TABLE_UNIT_COLUMNS.includes(cell) || labelledUnit(cell) !== null || cell.endsWith(NAME_LABEL_END);
const NAME_LABEL_END = '名称';
/** A label that is only a year or a span of years ("2020年（%）" once its unit is read): the row's name alone names its cells. */
const YEAR_LABEL = /^(?:19|20)\d{2}(?:[-－—～~至](?:19|20)\d{2})?年?$/;

/**
 * The cells of every project table kept a row to a line: a header with a name's column and a column naming its
 * unit in brackets ("总投资（万元）"), and no 单位 column (an indicator table's: row-tables.ts reads those). The table
 * ends at a line without cells, a blank line in the source, or another header.
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
    const columns = labels.map(columnOf);
    // (a copy that puts a blank line between every row keeps them: only a table without one ends at one)
    const spaced = i + 1 < ps.length && BLANK_LINE.test(source.slice(ps[i]!.position.end.offset, ps[i + 1]!.position.start.offset));
    let j = i + 1;
    for (; j < ps.length; j++) {
      const text = textOf(ps[j]!);
      if (!spaced && BLANK_LINE.test(source.slice(ps[j - 1]!.position.end.offset, ps[j]!.position.start.offset))) break;
      if (GROUP_ROW.test(text.trim())) continue; // a group's label in a row of its own ("电力方面")
      const cells = cellsOf(text);
      // (a row may lose its last empty cells)
      if (!text.includes(CELL_SEPARATOR) || cells.length > labels.length || cells.length <= nameAt || into.has(ps[j]!)) break;
      // the next table's header: 序号 opening it, or its labels ("单位名称 / 联系人 / 联系电话")
      if (TABLE_SERIAL_HEADERS.includes(cells[0]![2]) || cells.filter(([, , cell]) => isLabel(cell.replace(/\s+/g, ''), labels)).length > 1) break;
      const name = cells[nameAt]![2];
      const year = rowYear(cells.map((c) => c[2]), labels);
      const found: RowCell[] = [];
      cells.forEach(([start, end, cell], c) => {
        const measure = measures[c];
        const column = columns[c]!;
        const read = normalize(cell).text;
        if (measure && VALUE.test(read) && readAs(read, measure.unit) !== null) {
          const label = YEAR_LABEL.test(measure.label) ? '' : measure.label;
          found.push({ start, end, unit: measure.unit, indicator: name + label, year: column.year ?? year, role: column.role, aims: column.aims });
        } else if (c !== serialAt && cell !== '' && dateOf(cell, labels[c]!) === null) {
          // (a cell under a column of how things stand, "现状规模", "截至2023年底进展情况", reports, by its column's year; one
          // under a dated column, "2025年计划进展", is dated by it)
          found.push({ start, end, unit: '', indicator: name, year: column.role === 'baseline' ? column.year : (column.year ?? year), role: column.role, text: true });
        }
      });
      into.set(ps[j]!, found);
    }
    i = j - 1;
  }
  return into;
}
/** Two line breaks with nothing but spaces between: where a Markdown table ends. */
const BLANK_LINE = /\n[ \t]*\n/;
