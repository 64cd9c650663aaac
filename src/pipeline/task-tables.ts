// Task tables flattened one cell per line: "序号 / 重点任务 / 具体工作 / 时间进度 / 责任部门", then "一 / 推进碳达峰
// 碳中和综合管理" (a category) and "1 / 全面实施… / 全年推进 / 发展改革委、生态环境局" (a task). Each row is a
// section of its own, titled by its first cell, with the units of the cells under the header's unit columns:
// counted from the row's end, since a cell merged over several rows leaves the rows after it short at the start.
import type { AnnotationSpan } from '../../grammar/index.js';
import { parseUnitAnnotation } from '../../grammar/annotation.js';
import { TABLE_SERIAL_HEADERS } from '../data/boilerplate.js';
import { KEPT_EMPTY_CELL } from '../data/source-formats.js';
import { ATTACHMENT_TITLE } from '../data/doc-types.js';
import { CELL_NAME_TAIL_STARTS, CELL_ORGAN_TYPES, TABLE_CATEGORY_COLUMNS, TABLE_TIME_CELL, TABLE_UNIT_COLUMNS_MORE, TABLE_UNIT_NAME_ENDINGS, UNIT_LABELS, UNIT_NAME_MAX } from '../data/unit-labels.js';
import { parseChineseNumeral } from '../numerals.js';
import type { Kind, Piece } from './lines.js';
import { compactNormalized } from './normalize.js';
import { HEADER_CELL_MAX, namesMeasure } from './table-cells.js';

/** A row of a task table: a category (一, 二 …) above the tasks (1, 2 …), the piece titling it, the units of its cells. */
export type TaskRow = { category: boolean; title: Piece; annotations: AnnotationSpan[] };
/**
 * The rows of the task tables by the index of the piece holding each row's number, and where each table ends
 * (every table's end is recorded, so a row read while no table is open is its table's first).
 */
export type TaskTables = { rows: Map<number, TaskRow>; ends: Set<number> };

/** A header has at most this many cells after its 序号; a row at most this many pieces before the next row. */
const HEADER_CELLS_MAX = 10;
/** The most numbered items standing as category rows one after another ("一、… / （一）… / 1"). */
const CATEGORY_ITEMS_MAX = 3;
const ROW_PIECES_MAX = 80;

type Field = 'lead' | 'responsible';
type UnitColumn = { field: Field; fromEnd: number };
const COLUMN_WORDS: { word: string; field: Field }[] = [
  ...UNIT_LABELS.filter((l) => l.field !== null).map((l) => ({ word: l.word, field: l.field! })),
  ...TABLE_UNIT_COLUMNS_MORE.map((word) => ({ word, field: 'responsible' as const })),
];
/** The label a cell's names are read under, as if the cell were a bracketed note: the first of each field. */
const LABEL_OF: Record<Field, string> = {
  lead: UNIT_LABELS.find((l) => l.field === 'lead')!.word,
  responsible: UNIT_LABELS.find((l) => l.field === 'responsible')!.word,
};

/**
 * The rows of every flattened task table among `pieces` (`text` is the normalized text they index).
 * The cells of a table are body text: a short cell ("全年推进") read as a heading is turned back in `kinds`, and a
 * unit cell's own annotations are dropped from its piece (the row holds the cell as its annotation).
 */
export function taskTables(pieces: Piece[], kinds: Kind[], norm: string): TaskTables {
  const tables: TaskTables = { rows: new Map(), ends: new Set() };
  if (!TABLE_SERIAL_HEADERS.some((w) => norm.includes(w))) return tables; // no table header at all: most texts
  const text = (i: number) => pieceText(pieces, norm, i);
  /** The next attachment's title or the next table's header closes a table. */
  const closesTable = (k: number) => TABLE_SERIAL_HEADERS.includes(text(k)) || ATTACHMENT_TITLE.test(text(k));
  /** A numbered item standing as a category row, a task's row right after it (or another such item). */
  const categoryItemAt = (i: number): boolean => {
    let k = i;
    while (k < pieces.length && kinds[k] === 'marker' && k - i < CATEGORY_ITEMS_MAX) k++;
    return k > i && /^[0-9]+$/.test(text(k)) && kinds[i] === 'marker';
  };
  for (let i = 0; i < pieces.length; i++) {
    if (!TABLE_SERIAL_HEADERS.includes(text(i))) continue;
    const labels: string[] = [];
    let j = i + 1;
    for (; j < pieces.length && labels.length < HEADER_CELLS_MAX && !opensRows(text(j)) && text(j).length <= labelMax(labels); j++) labels.push(text(j));
    const columns = unitColumns(labels);
    // category columns before 序号 ("任务类型 / 序号 / 工作任务 / 推进单位"): their cells stand before a row's number
    const before = categoryColumnsBefore(i, text);
    const unitsLast = columns.some((c) => c.fromEnd === 0);
    const opening = before > 0 && unitsLast ? leadingCategories(j, before, text) : 0;
    // a table of values ("十四五装机计划（MW） / 责任单位") is read for its numbers, row by row (table-cells.ts)
    // (a table whose categories are numbered items of rows of their own opens with one: not the text's next part, 二、)
    const itemCategories = categoryItemAt(j + opening);
    if (columns.length === 0 || !(opensRows(text(j + opening)) || itemCategories) || labels.some(namesMeasure)) continue;
    for (let c = j; c < j + opening; c++) tables.rows.set(c, { category: true, title: pieces[c]!, annotations: [] });
    j += opening;
    let serial = 1;
    let category = 1;
    let lastTitle = '';
    /**
     * The units of the row [j, end): where it is whole rows of the header's width (a Markdown row keeps every cell), each
     * sub-row's under its unit columns ("| | | 措施 | … | 区城市管理委 |", a task merged over several rows); else counted from
     * the end of all its cells, as a merged cell leaves a flattened row short at its start.
     */
    const rowUnits = (j: number, end: number, width: number): AnnotationSpan[] => {
      const subRows = (end - j) % (width + 1) === 0 && end - j > width + 1;
      let opens = subRows;
      for (let c = j + width + 1; opens && c < end; c += width + 1) opens = text(c) === KEPT_EMPTY_CELL || text(c) === text(j);
      if (!opens) return unitsOf(pieces.slice(j + 1, end), columns, norm);
      const out: AnnotationSpan[] = [];
      for (let c = j; c < end; c += width + 1) out.push(...unitsOf(pieces.slice(c + 1, c + 1 + width), columns, norm));
      return out;
    };
    /** The last task's number again, with its title: its row split where a merged cell was. */
    const repeatsRow = (k: number) => serial > 1 && text(k) === String(serial - 1) && text(k + 1) === lastTitle;
    let afterCategory = false;
    for (;;) {
      // a category written as a numbered item of its own row ("| 一、共筑美丽蓝天 |" in a crawler's Markdown): the item
      // opens its section as any does, and the tasks go on under it
      if (itemCategories && categoryItemAt(j)) {
        j++;
        afterCategory = true;
        continue;
      }
      const t = text(j);
      // the tasks' numbers go on across the categories, or start again under each ("一 / 1 / 2 / 二 / 1"); a number
      // repeated is its task's row split where a merged cell was ("3 / … / 3 / …")
      const isTask: boolean = t === String(serial) || (afterCategory && t === '1') || repeatsRow(j);
      const isCategory: boolean = !isTask && parseChineseNumeral(t) === category;
      if (!isTask && !isCategory) {
        tables.ends.add(j);
        break;
      }
      if (isTask) [serial, lastTitle] = [Number(t) + 1, text(j + 1)];
      else category++;
      afterCategory = isCategory;
      // the row's cells run to the next row's number; the last row's, as far as its cells can reach (lastRowEnd)
      const next = (k: number) => text(k) === String(serial) || repeatsRow(k) || parseChineseNumeral(text(k)) === category || (isCategory && text(k) === '1') || (itemCategories && k > j + labels.length && categoryItemAt(k)) || closesTable(k);
      let k = j + 1;
      while (k < pieces.length && k - j <= ROW_PIECES_MAX && !next(k)) k++;
      const last = k >= pieces.length || !next(k) || closesTable(k);
      const end = last ? lastRowEnd(pieces, kinds, j, labels.length, unitsLast, norm) : k;
      const cells = pieces.slice(j + 1, end);
      if (cells.length === 0) {
        tables.ends.add(j);
        break;
      }
      for (let c = j; c < end; c++) if (kinds[c] === 'heading' || kinds[c] === 'title') kinds[c] = 'paragraph';
      // the next rows' category cells after this row's units ("…/ 区规划资源局 / 行动二：… / 旧区改造 / 4"): at most
      // one per category column and a line spanning the table, after the row's first cell
      const nextCategories = before > 0 && unitsLast && !last;
      const ownEnd = nextCategories ? (afterLastUnits(pieces, Math.max(j + 1, end - before - 3), end, norm) ?? end) : end;
      for (let c = ownEnd; c < end; c++) tables.rows.set(c, { category: true, title: pieces[c]!, annotations: [] });
      tables.rows.set(j, { category: isCategory, title: cells[0]!, annotations: isCategory ? [] : rowUnits(j, ownEnd, labels.length) });
      if (last) {
        tables.ends.add(end);
        j = end;
        break;
      }
      j = k;
    }
    i = j - 1;
  }
  return tables;
}

/**
 * After a unit column the header has short columns only (完成时限, 备注): a longer line there is the first category's
 * row spanning the table ("推进实施“光伏+”示范工程").
 */
const AFTER_UNITS_LABEL_MAX = 6;
const labelMax = (labels: string[]) => (unitColumns(labels).length > 0 ? AFTER_UNITS_LABEL_MAX : HEADER_CELL_MAX);

/** How many of the pieces right before a 序号 header name category columns (TABLE_CATEGORY_COLUMNS). */
function categoryColumnsBefore(i: number, text: (i: number) => string): number {
  let n = 0;
  while (n < CATEGORY_COLUMNS_MAX && i - n - 1 >= 0 && TABLE_CATEGORY_COLUMNS.some((w) => text(i - n - 1).includes(w)) && text(i - n - 1).length <= AFTER_UNITS_LABEL_MAX) n++;
  return n;
}
const CATEGORY_COLUMNS_MAX = 2;
/** The category cells before the first row's number: at most one per category column and a line spanning the table. */
function leadingCategories(j: number, before: number, text: (i: number) => string): number {
  for (let n = 0; n <= before + 1; n++) if (opensRows(text(j + n))) return n;
  return 0;
}
/** Just after the last piece in [from + 1, to) that lists units, or null: a row's own cells end there. */
function afterLastUnits(pieces: Piece[], from: number, to: number, norm: string): number | null {
  for (let k = to - 1; k > from; k--) if (listsUnits(namesIn(pieces[k]!, 'responsible', norm))) return k + 1;
  return null;
}

/** Piece `i`'s text, compacted ('' past the last piece). */
const pieceText = (pieces: Piece[], norm: string, i: number) => (i < pieces.length ? compactNormalized(norm.slice(pieces[i]!.start, pieces[i]!.end)) : '');

/** The first row opens with 1, or with a category 一. */
const opensRows = (t: string) => t === '1' || t === '一';

/**
 * Where the last row ends: within as many cells as the header has, before a numbered item after its first cell,
 * and, where the units stand in the last column, right after the last cell listing them ("…/生态环境局" and not
 * the "各部门要抓好落实。" after the table).
 */
function lastRowEnd(pieces: Piece[], kinds: Kind[], j: number, width: number, unitsLast: boolean, norm: string): number {
  let end = Math.min(j + 1 + width, pieces.length);
  for (let k = j + 2; k < end; k++) {
    // (and at the next attachment's title: "…⏎附件2：加快绿色低碳转型2026年行动计划")
    if (kinds[k] === 'marker' || ATTACHMENT_TITLE.test(pieceText(pieces, norm, k))) {
      end = k;
      break;
    }
  }
  // (a Markdown row kept whole, its blank last cells in their places, ends at its width)
  const whole = end > j + 1 && pieceText(pieces, norm, end - 1) === KEPT_EMPTY_CELL;
  return unitsLast && !whole ? (afterLastUnits(pieces, j + 1, end, norm) ?? end) : end;
}

/** The header's unit columns ("牵头部门 / 配合部门"), each by its place from the row's end. */
function unitColumns(labels: string[]): UnitColumn[] {
  const out: UnitColumn[] = [];
  labels.forEach((label, k) => {
    const word = COLUMN_WORDS.find((w) => label.includes(w.word));
    if (word) out.push({ field: word.field, fromEnd: labels.length - 1 - k });
  });
  return out;
}

const namesIn = (cell: Piece, field: Field, norm: string) => parseUnitAnnotation(`${LABEL_OF[field]}：${namesApart(norm.slice(cell.start, cell.end))}`)[field];
/**
 * A cell's names apart where only a space stands between them (a Markdown cell's <br>: "区生态环境局 各街镇"), a name
 * broken across one joined ("区机关事务 管理服务中心"): a part ends a name where it ends as a unit's name does.
 */
function namesApart(cell: string): string {
  if (!/[ \u3000]/.test(cell.trim())) return cell;
  const names: string[] = [];
  let name = '';
  for (const part of cell.trim().split(/[ \u3000]+/)) {
    // "区发展改革委 等", "区商务委 配合", "区科委 （区知识产权局）", "市人民政府 办公厅": the part goes on the name before
    if (name === '' && names.length > 0 && (CELL_NAME_TAIL_STARTS.some((w) => part.startsWith(w)) || CELL_ORGAN_TYPES.includes(part))) {
      names[names.length - 1] += part;
      continue;
    }
    name += part;
    if (TABLE_UNIT_NAME_ENDINGS.some((e) => name.endsWith(e))) [names[names.length], name] = [name, ''];
  }
  if (name !== '') names.length > 0 ? (names[names.length - 1] += name) : names.push(name);
  return names.join('、');
}

/** The units of a task row's cells under its unit columns, each cell that lists units as one annotation. */
function unitsOf(cells: Piece[], columns: UnitColumn[], norm: string): AnnotationSpan[] {
  const out: AnnotationSpan[] = [];
  for (const { field, fromEnd } of columns) {
    const at = cells.length - 1 - fromEnd;
    if (at < 1) continue; // the first cell is the task itself
    const cell = cells[at]!;
    const names = namesIn(cell, field, norm);
    if (!listsUnits(names)) continue;
    const payload = { lead: field === 'lead' ? names : [], responsible: field === 'responsible' ? names : [], closed: true };
    out.push({ type: 'annotation', start: cell.start, end: cell.end, payload });
    // the cell is the row's annotation now: a bracket inside it ("建设管理委（交通委）") names no units of its own
    cell.annotations = [];
  }
  return out;
}

/** "各街镇（园区）": a name's ending stands before a bracket closing it. */
const TRAILING_BRACKET = /[(（][^()（）]*[)）]$/;
/**
 * A cell lists units when every name is short, no time, and ends as a unit's name ("全年推进" does not, nor a task's
 * words split at its 、: "充分利用轨道交通内既有高架车站、地面车站、停车场…").
 */
function listsUnits(names: string[]): boolean {
  if (names.length === 0 || names.some((n) => n.length > UNIT_NAME_MAX || TABLE_TIME_CELL.test(n))) return false;
  return names.every((n) => TABLE_UNIT_NAME_ENDINGS.some((e) => n.replace(TRAILING_BRACKET, '').endsWith(e)));
}
