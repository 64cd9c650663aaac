// Tables flattened one cell per line, as a crawl leaves an annex: "序号 / 名称 / 位置 / 面积(公顷) / 备注",
// then "1 / G1503南侧绿地建设 / 位于… / 3.75 / 需动迁". A number alone in a cell takes the unit its column's
// header names. Rows lose their empty cells, so they are found by their 序号 (1, 2, 3 …) and a row's numbers
// fill the header's unit columns in order when there are exactly as many of each; else a row with a cell for
// every column is read by position. A cell may hold a range (35-36).
import type { Node, Paragraph, Root } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';
import { UNIT_MULTIPLIERS, UNITS } from '../data/units.js';
import { TABLE_AIM_WORDS, TABLE_BASE_COLUMNS, TABLE_CODE_LABELS, TABLE_FIELD_LABELS, TABLE_SERIAL_HEADERS, TABLE_TITLE_ENDINGS, TABLE_TOTAL_CELLS, TABLE_UNIT_LINE_LABEL_MAX, TABLE_UNITLESS_HEADER_ENDINGS } from '../data/boilerplate.js';
import type { Quantity, ScanResult } from '../quantities/quantity.js';
import { latinUnitAt } from '../quantities/numeral-units.js';
import { scan } from '../quantities/scan.js';
import { FIVE_YEAR_PLAN, fiveYearPlan } from './meta.js';
import { KEPT_EMPTY_CELL } from '../data/source-formats.js';

/**
 * What a cell holding a number alone measures: its column's unit, the row's name with the column's label, and
 * the year its column or the table's title dates it by ("十四五装机计划（MW）" → 2025).
 */
export type Cell = { unit: string; indicator: string; year: number | null; aims: boolean };

/** "面积(公顷)", "长度（米）", "总投资(亿元)": a column label and the unit in brackets after it. */
const UNIT_BRACKET = /[(（]([^()（）]{1,10})[)）]$/;
const HEADER_UNIT = new RegExp(`^(.{1,12}?)${UNIT_BRACKET.source}`);
const NUMBER = /^[0-9]+(?:\.[0-9]+)?(?:[-－—～~][0-9]+(?:\.[0-9]+)?)?$/;
const RANGE_DASH = /[-－—～~]/;
/** The longest line read as a table's title. */
export const TITLE_MAX = 40;
/** A five-year plan a column or title names dates the cells by its last year: "十四五" → 2025. */
export function periodEnd(label: string): number | null {
  const m = FIVE_YEAR_PLAN.exec(label);
  return m ? fiveYearPlan(m[0])!.end : null;
}
const LABEL_YEAR = /(\d{4})年/;
/** A column's own year ("2023年目标（个）") before its five-year plan, and before the title's. */
function labelYear(label: string): number | null {
  const m = LABEL_YEAR.exec(label);
  return m ? Number(m[1]) : periodEnd(label);
}
/** A row's cell naming its year alone: "2021年". */
export const YEAR_CELL = /^((?:19|20)\d{2})年(?:底|末)?$/;
/** A table's title dating it, after a comparison's word ("与2022年相比") no date. */
const TITLE_YEARS = /(?<![与比较])((?:19|20)\d{2})年/g;
/**
 * What a table's title says of its cells: the year it dates them by (a five-year plan's last, else the last year of a
 * title ending in 表: "2021年…明细表", "2023年至2025年…一览表" → 2025), and whether it sets work (a plan's period, 任务,
 * 计划…), so that even a year past aims. A longer line above the table is no title.
 */
export function tableTitle(title: string): { year: number | null; aims: boolean } {
  if (title.length > TITLE_MAX) return { year: null, aims: false };
  const plan = periodEnd(title);
  const years = TABLE_TITLE_ENDINGS.some((w) => title.endsWith(w)) ? [...title.matchAll(TITLE_YEARS)].map((m) => Number(m[1])) : [];
  return { year: plan ?? years.at(-1) ?? null, aims: plan !== null || TABLE_AIM_WORDS.some((w) => title.includes(w)) };
}
/** "2023-2025" under 建设年限（年）: a period, never a quantity (TARGETS.md §1). */
const YEAR_RANGE = /^(?:19|20)\d{2}[-－—～~](?:19|20)\d{2}$/;

/** A unit of the table (万元, 公顷) or a Latin-letter one (MW, GWh), scaled by 万/亿 as well ("万m2"). */
const isUnit = (u: string): boolean => UNITS[u] !== undefined || latinUnitAt(u, 0) === u || (u.length > 1 && UNIT_MULTIPLIERS.includes(u[0]!) && isUnit(u.slice(1)));
/** "面积(公顷)": a label and the unit its bracket names, or null. */
export function labelledUnit(label: string): { label: string; unit: string } | null {
  const m = HEADER_UNIT.exec(label);
  return m !== null && isUnit(m[2]!) ? { label: m[1]!, unit: m[2]! } : null;
}
/**
 * "城市人口密度(万人/平方公里)", "装机容量(千瓦)": a name whose bracket names what it is measured in, a rate's
 * numerator or a unit scaled by 万/亿 as well.
 */
export function namesItsUnit(label: string): boolean {
  const m = UNIT_BRACKET.exec(label);
  if (m === null) return false;
  return isUnit(m[1]!.split('/')[0]!);
}
/** A header cell naming a measure: a unit in brackets ("总投资(亿元)"), a year or a five-year plan ("2025年目标"). */
export const namesMeasure = (label: string): boolean => labelledUnit(label) !== null || labelYear(label) !== null;
/** "单位：万元", "面积单位：亩", "（金额单位：万元）": a line giving one unit for the numbers of the table below it. */
const UNIT_LINE = new RegExp(`^[（(]?[\\u4e00-\\u9fff]{0,${TABLE_UNIT_LINE_LABEL_MAX}}单位[：:]\\s*([^\\s，,；;、（）()]{1,8})[）)]?$`);
/** The unit a line above a table gives all its numbers, or null (a 责任单位 names no unit). */
export function tableUnitLine(line: string): string | null {
  const m = UNIT_LINE.exec(line.trim());
  return m !== null && isUnit(m[1]!) ? m[1]! : null;
}
/** Under a code row's label, the cells of the columns it does not number: "——", or lettered ("甲", "A"). */
const CODE_BLANK = /^(?:[—–\-]*|[甲乙丙丁戊己庚辛]|[A-Za-z])$/;
/** A field of the table under its title, no unit: "填表单位：无极县农业农村局", "填报日期：…". */
export const FIELD_LINE = new RegExp(`^(?:${TABLE_FIELD_LABELS.join('|')})(?:[（(][^）)]{1,6}[）)])?[：:]`);
/** A column header a table's unit line measures: not a count, a period or a rank ("项目个数", "建设周期"). */
export const takesUnitLine = (label: string) => !TABLE_UNITLESS_HEADER_ENDINGS.some((w) => label.endsWith(w));
/** A cell holding a year alone ("2025") under a column of dates: no number its table's unit measures. */
const YEAR_NUMBER = /^(?:19|20)\d{2}$/;
/**
 * The columns a table's unit line measures: those its first row holding a cell for every column has a number in
 * (a name, a place or a date measures nothing); none where no such row opens the table.
 */
function unitLineColumns(row: string[], columns: number): Set<number> {
  if (row.length !== columns) return new Set();
  return new Set(row.flatMap((t, c) => (NUMBER.test(t) && !YEAR_RANGE.test(t) && !YEAR_NUMBER.test(t) ? [c] : [])));
}
/** Header cells are short; a table has at most this many columns. */
export const HEADER_CELL_MAX = 16;
/** A header holds at most this many cells: a two-level one lists its measures and then their years. */
export const COLUMNS_MAX = 24;

/**
 * The cells of every flattened table whose header names units: a number alone in a cell, with what it measures; with
 * `periodCells`, each text cell of a row its period dates, with its year and the row's name.
 */
export function tableCells(root: Root, periodCells?: Map<Paragraph, { year: number; task: string }>): Map<Paragraph, Cell> {
  const cells = new Map<Paragraph, Cell>();
  const ps = paragraphsOf(root.children);
  const text = (i: number) => ps[i]?.text.trim() ?? '';
  const above = textsAbove(root.children);
  for (let i = 0; i < ps.length; i++) {
    if (!TABLE_SERIAL_HEADERS.includes(text(i))) continue;
    // the header: short cells up to the first row's 1
    let j = i + 1;
    for (; j < ps.length && text(j) !== '1' && j - i <= COLUMNS_MAX; j++) {
      const t = text(j);
      // (a total's row opens with its cell and a number; "合计（万元）" is a column)
      if (t.length > HEADER_CELL_MAX || NUMBER.test(t) || (isTotalCell(t) && labelledUnit(t) === null && NUMBER.test(text(j + 1)))) break;
    }
    // a row numbering the columns under the header ("代号 / —— / —— / 1 / 2 / 3"): the header ends before it, its
    // numbers are no row
    // numbers (a column of codes among the labels, "序号 / 代号 / 地块名称 / …", is a column)
    let headerEnd = j;
    const codeRow = ps.slice(i + 1, j).findIndex((p) => TABLE_CODE_LABELS.includes(p.text.trim()));
    if (codeRow >= 0 && ps.slice(i + 2 + codeRow, j).every((p) => CODE_BLANK.test(p.text.trim()))) {
      let codes = 0;
      while (text(j + codes) === String(codes + 1)) codes++;
      if (codes > 1) {
        headerEnd = i + 1 + codeRow;
        j += codes;
      }
    }
    // a total's row (项目合计（36项） / 4438.3, and a group's) between the header and the first row
    if (isTotalCell(text(j))) while (j < ps.length && j - headerEnd < TOTALS_MAX && text(j) !== '1' && (isTotalCell(text(j)) || NUMBER.test(text(j)) || text(j) === KEPT_EMPTY_CELL)) j++;
    if (text(j) !== '1') continue;
    let columns = headerCells(ps.slice(i + 1, headerEnd).map((p) => p.text.trim())).cells.map((t): { label: string; unit: string | null } => labelledUnit(t) ?? { label: t, unit: null });
    // the title right above the header: "交通子行业“十四五”光伏建设分配表", a paragraph or the title of the section it opens;
    // a unit line between them ("单位：万元") gives the columns that hold numbers their unit
    let title = above.get(ps[i]!) ?? '';
    // (fields under the title, "填表单位：无极县农业农村局", "填表日期：…", stand between it and the header, before or
    // after the unit line)
    let tableUnit: string | null = null;
    for (let at = i; at > 0 && text(at - 1) === title; at--) {
      const unit = tableUnitLine(title);
      if (unit === null && !FIELD_LINE.test(title)) break;
      tableUnit ??= unit;
      title = above.get(ps[at - 1]!) ?? '';
    }
    if (tableUnit !== null) {
      const firstRow: string[] = [];
      for (let k = j + 1; k < ps.length && text(k) !== '2' && firstRow.length <= columns.length; k++) firstRow.push(text(k));
      const measured = unitLineColumns(firstRow, columns.length);
      columns = columns.map((c, k) => (c.unit === null && measured.has(k) && takesUnitLine(c.label) ? { label: c.label, unit: tableUnit } : c));
    }
    const { year: tableYear, aims: titleAims } = tableTitle(title);
    let rowYear: number | null = null;
    const units = unitColumns(columns);
    if (units.length === 0) continue;
    // the columns a row holding every cell has numbers in: a short row's numbers fill them from the left
    let numeric: number[] | null = null;
    // the rows: from each serial number to the next; a total's row (合计) ends the table. Where rows open with a
    // name, the next serial is a number followed by a name: "1 / 宝山路街道 / 62 / … / 2 / 3 …" holds a value 2.
    const named = !NUMBER.test(text(j + 1));
    for (let serial = 1; j < ps.length; serial++) {
      const total = TABLE_TOTAL_CELLS.includes(text(j));
      if (text(j) !== String(serial) && !total) break;
      const row: number[] = [];
      const all: number[] = [];
      let name = total ? text(j) : '';
      let ownYear: number | null = null;
      let periodEnd: number | null = null;
      let k = j + 1;
      for (; k < ps.length; k++) {
        const t = text(k);
        if ((t === String(serial + 1) && !(named && NUMBER.test(text(k + 1)))) || TABLE_TOTAL_CELLS.includes(t) || TABLE_SERIAL_HEADERS.includes(t)) break;
        all.push(k);
        if (NUMBER.test(t) && !YEAR_RANGE.test(t)) row.push(k);
        else if (total) break; // a total's row holds its numbers only
        else if (YEAR_CELL.test(t)) ownYear ??= Number(t.slice(0, 4));
        else if (YEAR_RANGE.test(t)) ownYear ??= periodEnd ??= Number(t.slice(-4)); // "2019-2022" under 起止年限: the work ends then
        else if (name === '') name = t;
      }
      // numbers after a row's every cell, right before the next row, are a group's total ("二、…行动 / 2485"), not its cells
      if (!total && all.length > columns.length && text(k) === String(serial + 1) && all.slice(columns.length).every((p) => NUMBER.test(text(p)) || text(p) === KEPT_EMPTY_CELL)) {
        const extra = all.splice(columns.length);
        row.splice(row.length - extra.filter((p) => NUMBER.test(text(p))).length);
      }
      const full = !total && all.length === columns.length;
      // a year in a cell of the row ("2021年") dates it; a short row shares its merged year cell with the row above
      rowYear = ownYear ?? (full ? null : rowYear);
      // a row's period dates the amounts its text cells name too ("新增线路长度2502公里" in a row of 2020-2025)
      // (a period's end only: a single year cell may be when the work starts, 开工时间)
      if (periodCells !== undefined && periodEnd !== null && !total) {
        for (const p of all) if (!row.includes(p) && text(p) !== name && !YEAR_RANGE.test(text(p))) periodCells.set(ps[p]!, { year: periodEnd, task: name });
      }
      // a column's own year first, then the row's, then the table's
      const set = (p: number, c: UnitColumn) =>
        cells.set(ps[p]!, { unit: c.unit, indicator: name + c.label, year: c.year ?? rowYear ?? tableYear, aims: columnAims(c.label, titleAims) });
      if (full) numeric ??= all.flatMap((p, c) => (row.includes(p) ? [c] : []));
      // a row short at its start: cells merged with the row above ("2021年 / 直接设置") stand in that row only
      const shortAtStart = numeric !== null && all.length - row.length < columns.length - numeric.length;
      if (!full && shortAtStart && numeric!.length > units.length && row.length < numeric!.length) {
        // a numbers column without a unit ("数量"): the short row's numbers stand under the full row's, from the left
        row.forEach((p, c) => {
          const column = columns[numeric![c]!]!;
          if (column.unit !== null) set(p, { label: column.label, unit: column.unit, year: labelYear(column.label) });
        });
      } else if (row.length === units.length) row.forEach((p, c) => set(p, units[c]!));
      else if (full) {
        // "1 / 黄浦区 / 0.3-0.4 / 1 / 1": more numbers than unit columns, but every cell kept, each under its own
        // column (a number under no unit is none)
        all.forEach((p, c) => {
          const unit = columns[c]!.unit;
          if (unit !== null && NUMBER.test(text(p)) && !YEAR_RANGE.test(text(p))) set(p, { label: columns[c]!.label, unit, year: labelYear(columns[c]!.label) });
        });
      }
      j = k;
      if (total) break;
    }
    i = j - 1;
  }
  return cells;
}

/** A total's cell ("合计", "项目合计（36项）"), and how many cells a total's rows take before a table's first row at most. */
const isTotalCell = (t: string) => TABLE_TOTAL_CELLS.some((w) => t.includes(w)) && t.length <= HEADER_CELL_MAX;
const TOTALS_MAX = 8;


/** A header cell that is only a unit in brackets: the copy broke its column's label before it ("避难面积⏎（万m2）"). */
const UNIT_ONLY = new RegExp(`^${UNIT_BRACKET.source}`);
/**
 * A header's cells with each unit put back on its label's line ("避难面积（万m2）"), and for each the index of the
 * last line it takes.
 */
export function headerCells(lines: string[]): { cells: string[]; ends: number[] } {
  const cells: string[] = [];
  const ends: number[] = [];
  lines.forEach((line, k) => {
    const m = UNIT_ONLY.exec(line);
    if (m !== null && cells.length > 0 && isUnit(m[1]!) && !UNIT_BRACKET.test(cells[cells.length - 1]!)) {
      cells[cells.length - 1] += line;
      ends[ends.length - 1] = k;
    } else {
      cells.push(line);
      ends.push(k);
    }
  });
  return { cells, ends };
}

/** The text right above each paragraph: the paragraph before it, or the title of the section it opens. */
function textsAbove(nodes: Node[], out = new Map<Paragraph, string>(), before = { text: '' }): Map<Paragraph, string> {
  for (const n of nodes) {
    if (n.type === 'paragraph') {
      out.set(n, before.text);
      before.text = n.text.trim();
    } else if (n.type === 'section') {
      before.text = n.title;
      textsAbove(n.children, out, before);
    }
  }
  return out;
}

/** A header cell that is only a year or a span of years ("2025年", "2023-2024年"): a column under a measure's label. */
const YEAR_ONLY = /^(?:19|20)\d{2}(?:[-－—～~至](?:19|20)\d{2})?年$/;
type UnitColumn = { label: string; unit: string; year: number | null };
/**
 * The columns that hold numbers, in order: each label with a unit, dated by its own year; under a
 * two-level header ("投放点微更新（个） / 精品居住区建设（个） / 2023-2024年 / 2025年 / 2023-2024年 / 2025年") each
 * measure spans as many year columns as the years below the measures share out, in order.
 */
function unitColumns(columns: { label: string; unit: string | null }[]): UnitColumn[] {
  const units = columns.filter((c): c is { label: string; unit: string } => c.unit !== null);
  const years = columns.filter((c) => c.unit === null && YEAR_ONLY.test(c.label));
  const spread = years.length / units.length;
  if (years.length > 0 && Number.isInteger(spread) && columns.indexOf(years[0]!) > columns.indexOf(units[units.length - 1]!)) {
    return units.flatMap((u, m) => years.slice(m * spread, (m + 1) * spread).map((y) => ({ label: u.label, unit: u.unit, year: labelYear(y.label) })));
  }
  return units.map((u) => ({ label: u.label, unit: u.unit, year: labelYear(u.label) }));
}

/** `number` in `unit` as the scan reads it written together ("2881.2" in 万人次 → 28812000 人次), or null. */
export function readAs(number: string, unit: string): Quantity | null {
  const written = number + unit;
  const [q] = scan(written).quantities;
  return q !== undefined && q.start === 0 && q.end === written.length ? q : null;
}

/**
 * A column's cells aim, even at a year past, where its label or the table's title sets work (`titleAims`: see
 * tableTitle); a 现状 column reports whatever the title says.
 */
export const columnAims = (label: string, titleAims: boolean): boolean =>
  !TABLE_BASE_COLUMNS.some((w) => label.includes(w)) && (titleAims || TABLE_AIM_WORDS.some((w) => label.includes(w)));

/** What the scan finds in a table cell holding `text` (a number alone): the number with its column's unit. */
export function cellScan(text: string, cell: Cell): ScanResult {
  const t = text.trim();
  if (!NUMBER.test(t)) return { quantities: [], years: [] };
  const start = text.indexOf(t);
  const info = UNITS[cell.unit] ?? null;
  const [low, high] = t.split(RANGE_DASH);
  // a unit the table scales ("万m2"): the number as the scan reads it written with its unit
  const scaled = info === null && high === undefined ? readAs(t, cell.unit) : null;
  if (scaled !== null) return { quantities: [{ ...scaled, start, end: start + t.length }], years: cell.year === null ? [] : [{ start: 0, end: 0, year: cell.year }] };
  const q: Quantity = {
    start, end: start + t.length, value: Number(low), upper: high === undefined ? null : Number(high), unit: cell.unit, kind: info?.kind ?? 'other', info,
    infix: null, range: high !== undefined,
  };
  // the year of its column or table governs the cell, as one opening its text would
  return { quantities: [q], years: cell.year === null ? [] : [{ start: 0, end: 0, year: cell.year }] };
}
