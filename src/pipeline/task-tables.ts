// Task tables flattened one cell per line: "序号 / 重点任务 / 具体工作 / 时间进度 / 责任部门", then "一 / 推进碳达峰
// 碳中和综合管理" (a category) and "1 / 全面实施… / 全年推进 / 发展改革委、生态环境局" (a task). Each row is a
// section of its own, titled by its first cell, with the units of the cells under the header's unit columns:
// counted from the row's end, since a cell merged over several rows leaves the rows after it short at the start.
import type { AnnotationSpan } from '../../grammar/index.js';
import { parseUnitAnnotation } from '../../grammar/annotation.js';
import { TABLE_SERIAL_HEADERS } from '../data/boilerplate.js';
import { TABLE_UNIT_COLUMNS_MORE, TABLE_UNIT_NAME_ENDINGS, UNIT_LABELS, UNIT_NAME_MAX } from '../data/unit-labels.js';
import { parseChineseNumeral } from '../numerals.js';
import type { Kind, Piece } from './lines.js';
import { compactNormalized } from './normalize.js';
import { HEADER_CELL_MAX, namesMeasure } from './table-cells.js';

/** A row of a task table: a category (一, 二 …) above the tasks (1, 2 …), its title, the units of its cells. */
export type TaskRow = { first: boolean; category: boolean; title: string; annotations: AnnotationSpan[] };

/** A header has at most this many cells after its 序号; a row at most this many pieces before the next row. */
const HEADER_CELLS_MAX = 10;
const ROW_PIECES_MAX = 24;

type UnitColumn = { field: 'lead' | 'responsible'; fromEnd: number };
const COLUMN_WORDS: { word: string; field: 'lead' | 'responsible' }[] = [
  ...UNIT_LABELS.filter((l) => l.field !== null).map((l) => ({ word: l.word, field: l.field! })),
  ...TABLE_UNIT_COLUMNS_MORE.map((word) => ({ word, field: 'responsible' as const })),
];

/**
 * The rows of every flattened task table among `pieces`, by the index of the piece holding the row's number.
 * The cells of a table are body text: a short cell ("全年推进") read as a heading is turned back in `kinds`, and a
 * unit cell's own annotations are dropped from its piece (the row holds the cell as its annotation).
 */
export function taskTables(pieces: Piece[], kinds: Kind[], source: string): Map<number, TaskRow> {
  const rows = new Map<number, TaskRow>();
  if (!TABLE_SERIAL_HEADERS.some((w) => source.includes(w))) return rows; // no table header at all: most texts
  const text = (i: number) => (i < pieces.length ? compactNormalized(source.slice(pieces[i]!.start, pieces[i]!.end)) : '');
  for (let i = 0; i < pieces.length; i++) {
    if (!TABLE_SERIAL_HEADERS.includes(text(i))) continue;
    const labels: string[] = [];
    let j = i + 1;
    for (; j < pieces.length && labels.length < HEADER_CELLS_MAX && !opensRows(text(j)) && text(j).length <= HEADER_CELL_MAX; j++) labels.push(text(j));
    const columns = unitColumns(labels);
    // a table of values ("十四五装机计划（MW） / 责任单位") is read for its numbers, row by row (table-cells.ts)
    if (columns.length === 0 || !opensRows(text(j)) || labels.some(namesMeasure)) continue;
    let serial = 1;
    let category = 1;
    for (let first = true; j < pieces.length; first = false) {
      const isCategory = text(j) !== String(serial) && parseChineseNumeral(text(j)) === category;
      if (!isCategory && text(j) !== String(serial)) break;
      if (isCategory) category++;
      else serial++;
      // the row's cells run to the next row's number; the last row's, as far as the header has cells
      const next = (k: number) => text(k) === String(serial) || parseChineseNumeral(text(k)) === category;
      let k = j + 1;
      while (k < pieces.length && k - j <= ROW_PIECES_MAX && !next(k)) k++;
      const last = k >= pieces.length || !next(k);
      const end = last ? Math.min(j + 1 + labels.length, pieces.length) : k;
      const cells = pieces.slice(j + 1, end);
      if (cells.length === 0) break;
      for (let c = j; c < end; c++) if (kinds[c] === 'heading' || kinds[c] === 'title') kinds[c] = 'paragraph';
      rows.set(j, { first, category: isCategory, title: source.slice(cells[0]!.start, cells[0]!.end).trim(), annotations: isCategory ? [] : unitsOf(cells, columns, source) });
      if (last) break;
      j = k;
    }
    i = j;
  }
  return rows;
}

/** The first row opens with 1, or with a category 一. */
const opensRows = (t: string) => t === '1' || t === '一';

/** The header's unit columns ("牵头部门 / 配合部门"), each by its place from the row's end. */
function unitColumns(labels: string[]): UnitColumn[] {
  const out: UnitColumn[] = [];
  labels.forEach((label, k) => {
    const word = COLUMN_WORDS.find((w) => label.includes(w.word));
    if (word) out.push({ field: word.field, fromEnd: labels.length - 1 - k });
  });
  return out;
}

/** The units of a task row's cells under its unit columns, each cell that lists units as one annotation. */
function unitsOf(cells: Piece[], columns: UnitColumn[], source: string): AnnotationSpan[] {
  const out: AnnotationSpan[] = [];
  for (const { field, fromEnd } of columns) {
    const at = cells.length - 1 - fromEnd;
    if (at < 1) continue; // the first cell is the task itself
    const cell = cells[at]!;
    const raw = source.slice(cell.start, cell.end);
    const names = parseUnitAnnotation(`${field === 'lead' ? '牵头单位' : '责任单位'}：${raw}`)[field];
    if (!listsUnits(names)) continue;
    const payload = { lead: field === 'lead' ? names : [], responsible: field === 'responsible' ? names : [], closed: true };
    out.push({ type: 'annotation', start: cell.start, end: cell.end, payload });
    // the cell is the row's annotation now: a bracket inside it ("建设管理委（交通委）") names no units of its own
    cell.annotations = [];
  }
  return out;
}

/** A cell lists units when every name is short and one at least ends as a unit's name ("全年推进", "2019年3月" do not). */
/** "各街镇（园区）": a name's ending stands before a bracket closing it. */
const TRAILING_BRACKET = /[(（][^()（）]*[)）]$/;
const TIME_CELL = /\d{4}年|[0-9一二三四五六七八九十]月|季度|年底|年内|全年|长期|持续/;
function listsUnits(names: string[]): boolean {
  if (names.length === 0 || names.some((n) => n.length > UNIT_NAME_MAX || TIME_CELL.test(n))) return false;
  return names.some((n) => TABLE_UNIT_NAME_ENDINGS.some((e) => n.replace(TRAILING_BRACKET, '').endsWith(e)));
}
