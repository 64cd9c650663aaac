// Task tables flattened one cell per line whose columns are years, as a 三年行动计划's annex: "重点任务 /
// 2024年工作项目 / 2025年计划 / 2026年计划 / 牵头部门", then per row "（1）建设精品道路300条。 / 建设精品道路100条。 / …".
// A row's task cell carries a list marker, so it heads a section; the cells right after it hold the task's work
// for each year column in turn, and each is dated by its column (TARGETS.md §5: what an analyst reads).
import type { Node, Paragraph, Root, Section } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';

/** A cell dated by its year column, and the row's task it belongs to. */
export type ColumnCell = { year: number; row: Section };

/** "2024年工作项目", "2025年计划", "2026年": a column named by its year, a few words after it at most. */
const YEAR_COLUMN = /^(20\d{2})年(?:度)?[^\d，。；;、：:]{0,8}$/;
/** Header cells are short; the cells either side of the year columns are header cells too. */
const HEADER_CELL_MAX = 16;
const SENTENCE_MARK = /[，。；;]/;
/** An annex or a second table ends the rows. */
const TABLE_END = /^附件/;

type Entry = { section: Section } | { paragraph: Paragraph };

/** Headings and body paragraphs in document order. */
function entriesOf(nodes: Node[], out: Entry[] = []): Entry[] {
  for (const n of nodes) {
    if (n.type === 'paragraph') out.push({ paragraph: n });
    else if (n.type === 'section') {
      out.push({ section: n });
      entriesOf(n.children, out);
    }
  }
  return out;
}

const textOf = (e: Entry | undefined) => (e === undefined ? '' : 'paragraph' in e ? e.paragraph.text.trim() : null);
/** A header cell's text: a paragraph's, or the title of a short line read as an unnumbered heading (牵头部门). */
const headerText = (e: Entry | undefined) => (e !== undefined && 'section' in e && e.section.marker === null ? e.section.title.trim() : textOf(e));
const isHeaderCell = (t: string | null) => t !== null && t.length > 0 && t.length <= HEADER_CELL_MAX && !SENTENCE_MARK.test(t);

/** The years of a run of year columns starting at entry `i`, each the year after the one before (at least two). */
function yearColumns(entries: Entry[], i: number): number[] {
  const years: number[] = [];
  for (let j = i; j < entries.length; j++) {
    const m = YEAR_COLUMN.exec(textOf(entries[j]) ?? '');
    if (!m || (years.length > 0 && Number(m[1]) !== years[years.length - 1]! + 1)) break;
    years.push(Number(m[1]));
  }
  return years.length >= 2 ? years : [];
}

/** The cells of every flattened task table with year columns, each with its column's year and its row. */
export function columnYears(root: Root): Map<Paragraph, ColumnCell> {
  const cells = new Map<Paragraph, ColumnCell>();
  // most documents have no year column at all: the walk over every node is made only for one that does
  if (!paragraphsOf(root.children).some((p) => p.text.length <= HEADER_CELL_MAX && YEAR_COLUMN.test(p.text.trim()))) return cells;
  const entries = entriesOf(root.children);
  for (let i = 1; i < entries.length; i++) {
    // a header: a task column's label, the year columns, then another label (牵头部门)
    if (!isHeaderCell(headerText(entries[i - 1]))) continue;
    const years = yearColumns(entries, i);
    if (years.length === 0 || !isHeaderCell(headerText(entries[i + years.length]))) continue;
    let j = i + years.length;
    for (; j < entries.length; j++) {
      const e = entries[j]!;
      if (!('section' in e)) continue;
      if (TABLE_END.test(e.section.title.trim()) || yearColumns(entries, j + 1).length > 0) break;
      // the row's cells: the paragraphs right after its task, one per year column; a section with fewer
      // paragraphs is no row, and the table has ended (one with none groups the rows: 1、改善城市道路环境)
      let paragraphs = 0;
      while ('paragraph' in (entries[j + 1 + paragraphs] ?? {})) paragraphs++;
      if (paragraphs === 0) continue;
      // fewer cells than years: a row only where a short cell read as a heading follows (区园林局)
      const next = entries[j + 1 + paragraphs];
      if (paragraphs < years.length && !(next !== undefined && 'section' in next && next.section.marker === null)) break;
      for (let c = 0; c < Math.min(paragraphs, years.length); c++) {
        const cell = entries[j + 1 + c] as { paragraph: Paragraph };
        cells.set(cell.paragraph, { year: years[c]!, row: e.section });
      }
    }
    i = j;
  }
  return cells;
}
