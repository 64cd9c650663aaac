// Task tables flattened one cell per line with a time column: "序号 / 主要任务 / 节点 / 指标数 / 责任单位", then
// "1 / 创建达标分类小区（累计数） / 2018年 / 345个 / 各街道办事处 / 2019年 / 440个 / 2020年 / 618个". A cell naming a
// year alone dates the value cells right after it, as a year opening a paragraph dates its text (TARGETS.md §5),
// and a value cell naming nothing measures what its row's task names.
import type { Node, Paragraph, Root, Section } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';
import { TABLE_SERIAL_HEADERS } from '../data/boilerplate.js';
import { STYLE_RANK } from '../data/marker-styles.js';
import { YEAR_CELL } from './table-cells.js';

/** A value cell dated by the year cell before it, and its row's task. */
export type YearCell = { year: number; task: string };

/** A row's serial: "1", "12". */
const SERIAL = /^\d{1,3}$/;
/** A value alone in its cell: a number first ("345个", "24.3万户/682个", "≥90%"), short, no sentence. */
const VALUE_CELL = /^[约≥>≤<]?[0-9][^。；;，,]{0,23}$/;
/** A task cell is text, longer than a unit's name and shorter than a paragraph of prose. */
const TASK_MIN = 4;
const TASK_MAX = 80;

/** The value cells of every flattened table with year cells in its rows, each with its year and its row's task. */
export function yearCells(root: Root, source: string): Map<Paragraph, YearCell> {
  const cells = new Map<Paragraph, YearCell>();
  if (!TABLE_SERIAL_HEADERS.some((w) => source.includes(w))) return cells; // no table header at all: most texts
  const ps = paragraphsOf(root.children);
  const text = (i: number) => ps[i]?.text.trim() ?? '';
  const opens = sectionsOpened(root.children);
  let inTable = false;
  let task = '';
  for (let i = 0; i < ps.length; i++) {
    const t = text(i);
    const section = opens.get(ps[i]!);
    // a part's text (二、…, ranked PART_RANK or above) is past any table before it
    if (section?.marker && STYLE_RANK[section.marker.style] <= PART_RANK) inTable = false;
    // a row read as a section of its own (task-tables.ts) is titled by its task
    if (section?.marker === null && inTable) task = section.title.trim();
    if (TABLE_SERIAL_HEADERS.includes(t)) {
      inTable = true;
      task = '';
      continue;
    }
    if (!inTable) continue;
    if (t.length > TASK_MAX) {
      inTable = false; // prose: the table has ended
      continue;
    }
    // a row opens with its serial, then its task
    if (SERIAL.test(t) && !SERIAL.test(text(i + 1)) && !YEAR_CELL.test(text(i + 1)) && text(i + 1).length >= TASK_MIN) {
      task = text(i + 1);
      i++;
      continue;
    }
    const year = YEAR_CELL.exec(t);
    if (year === null || task === '') continue;
    for (let j = i + 1; j < ps.length && VALUE_CELL.test(text(j)) && !SERIAL.test(text(j)) && !YEAR_CELL.test(text(j)); j++) {
      cells.set(ps[j]!, { year: Number(year[1]), task });
    }
  }
  return cells;
}

/** A part of the text ranks above a table's categories (1.分类投放): 第N条, 一、, （一）. */
const PART_RANK = STYLE_RANK['paren-cn'];

/** The section each paragraph opens, where it is its section's first child. */
function sectionsOpened(nodes: Node[], out = new Map<Paragraph, Section>()): Map<Paragraph, Section> {
  for (const n of nodes) {
    if (n.type !== 'section') continue;
    const first = n.children[0];
    if (first?.type === 'paragraph') out.set(first, n);
    sectionsOpened(n.children, out);
  }
  return out;
}
