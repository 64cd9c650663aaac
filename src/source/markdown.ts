// A crawler's Markdown copy → the document's plain text. The crawler's header
// (title, **发布日期**: … fields, ---), its download list and all link and
// emphasis syntax go; every kept character maps to its offset in the source.
import { MappedTextBuilder, type Furniture, type OffsetMap } from './mapped-text.js';
import { FIELD, HEADING, RULE, TABLE_RULE } from './markdown-shape.js';
import { CELL_SEPARATOR, KEPT_EMPTY_CELL } from '../data/source-formats.js';
import { TABLE_SERIAL_HEADERS } from '../data/boilerplate.js';
import { TABLE_UNIT_COLUMNS_MORE, UNIT_LABELS } from '../data/unit-labels.js';

export type MarkdownText = { text: string; map: OffsetMap; furniture: Furniture[] };

/** Field labels crawlers write as `**label**: value`; anywhere in the file they are metadata, not text. */
const FIELD_LABELS = new Set(
  ('发布日期 发布时间 发布机构 发文机关 发文字号 文号 索引号 原文链接 链接 来源 分类 主题分类 检索时间 检索关键词 ' +
    '关键词 更新时间 成文日期 生效日期 有效性 时效性 标题 作者 浏览次数').split(' '),
);
/** Headings a crawler adds above the body ("## 政策全文"). */
const CRAWLER_HEADING = /^(政策)?(全文|正文|原文|内容)$/;
const DOWNLOAD = /^\s*[【\[]?(原文下载|附件下载|相关附件|附件链接)[】\]]?\s*[:：]?\s*$/;
const BULLET = /^([ \t]*)[-+*][ \t]+(?=\S)/;
/** `> ` — a quotation mark, not part of the text (a crawler quotes a notice's text with it). */
const QUOTE = /^\s{0,3}>[ \t]?/;
const FENCE = /^\s{0,3}(```|~~~)/;

/**
 * Inline syntax, earliest first: an image (dropped), a link (its text kept), an
 * autolink, a run of ASCII holding a URL or an e-mail address (dropped whole, so
 * no part of a percent-encoded URL reaches the text), a run of two or more
 * asterisks (dropped), a backslash escape (the character kept), a <br> (a line break: a crawl puts a
 * whole document in one table cell with them; a heading mark after it is dropped too).
 */
const INLINE =
  /(!\[[^\]\n]*\]\([^)\n]*\))|\[([^\]\n]*)\]\([^)\n]*\)|(<(?:https?|ftp|mailto):[^>\s]*>)|([\w.+%~-]*(?:(?:https?|ftp):\/\/|@[\w-]+\.[\w-]|www\.[\w-]+\.)[!-~]*)|(\*{2,}|`+)|\\([!-/:-@[-`{-~])|(<[bB][rR]\s*\/?>)(?:#{1,6}[ \t]+)?/g;

export function markdownToText(source: string): MarkdownText {
  const out = new MappedTextBuilder();
  const furniture: Furniture[] = [];
  const lines = splitLines(source);
  const texts = lines.map((l) => source.slice(l.start, l.end));
  const frontEnd = frontMatterEnd(texts);
  const headerEnd = frontEnd > 0 ? frontEnd : crawlerHeaderEnd(texts);
  let title: string | null = null;
  // a table a crawler flattened one cell per line, each ending in " |", rows apart with lines of pipes alone
  const flatCells = texts.filter((t) => PIPES_ONLY.test(t)).length >= FLAT_TABLE_MIN && texts.filter((t) => cellLineEnd(t) >= 0).length >= FLAT_TABLE_MIN;
  // a task table's rows (序号 … 牵头部门): a cell to a line, as a flattened copy gives them, for the task-table reader
  const cellLines = taskTableLines(texts);
  let inFence = false;
  let inDownload = false;

  const drop = (start: number, end: number, kind: string) => {
    const last = furniture[furniture.length - 1];
    if (last && last.kind === kind && source.slice(last.end, start).trim() === '') last.end = end;
    else furniture.push({ start, end, kind });
  };

  lines.forEach(({ start, end, next }, index) => {
    const line = source.slice(start, end);
    if (FENCE.test(line)) {
      inFence = !inFence;
      return drop(start, end, 'fence');
    }
    if (inFence) {
      out.add(line, start, true);
      return out.endLine(end);
    }
    if (line.trim() === '') return out.endLine(end);
    if (inDownload || DOWNLOAD.test(line)) {
      // the crawler's list of attachment links runs to the end of the file
      inDownload = true;
      return drop(start, next, 'download');
    }
    // YAML front matter ("---⏎标题: …⏎文号: …⏎---"): metadata, read from the furniture as a portal's rows are
    if (index < frontEnd) return drop(start, next, 'header-field');
    const field = FIELD.exec(line);
    if (field && (index < headerEnd || FIELD_LABELS.has(field[1].trim()))) return drop(start, next, 'header-field');
    if (RULE.test(line)) return drop(start, next, 'rule');

    let from = start;
    const quote = QUOTE.exec(line);
    if (quote) from += quote[0].length;
    const rest = source.slice(from, end);
    const heading = HEADING.exec(rest);
    if (heading) {
      from += heading[0].length;
      const content = plain(source, from, end).trim();
      if (title === null && index < Math.max(headerEnd, 1)) title = content;
      else if (content === title) return drop(start, next, 'title-repeat');
      else if (CRAWLER_HEADING.test(content)) return drop(start, next, 'crawler-heading');
    } else if (title !== null && plain(source, from, end).trim() === title) {
      return drop(start, next, 'title-repeat');
    } else {
      const bullet = BULLET.exec(rest);
      if (bullet) {
        out.add(bullet[1], from, true);
        from += bullet[0].length;
      }
    }
    if (flatCells && PIPES_ONLY.test(line)) return drop(start, next, 'table-rule');
    // "||": an empty cell, kept as one "|" so that its row keeps its place
    if (flatCells && line.trim() === EMPTY_CELL) {
      const at = start + line.indexOf('|');
      out.add(KEPT_EMPTY_CELL, at, false);
      return out.endLine(end);
    }
    const cellEnd = flatCells ? cellLineEnd(line) : -1;
    if (cellEnd >= 0) inline(source, from, start + cellEnd, out);
    else if (line.trimStart().startsWith('|')) tableRow(source, from, end, out, cellLines.has(index) ? '\n' : CELL_SEPARATOR, cellLines.get(index) ?? -1);
    else inline(source, from, end, out);
    out.trimEnd(/^[ \t]$/);
    out.endLine(end);
  });
  out.endLine(source.length);
  const { text, map } = out.build('char', source.length);
  return { text, map, furniture };
}

/** "|": a flattened table's row rule; "200 |": a cell of it (the text before the pipe). */
const PIPES_ONLY = /^\s*\|\s*$/;
const EMPTY_CELL = '||';
/** Where a cell line's text ends (before the spaces and the one pipe closing it), or -1: no regex, as a long run of spaces would make one backtrack. */
function cellLineEnd(line: string): number {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith('|') || trimmed.indexOf('|') !== trimmed.length - 1) return -1;
  const text = trimmed.slice(0, -1).trimEnd();
  return text.trim() === '' ? -1 : text.length;
}
/** So many lines of each make a flattened table of the file. */
const FLAT_TABLE_MIN = 3;

type Line = { start: number; end: number; next: number };

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /\r?\n|\r/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < source.length) lines.push({ start, end: source.length, next: source.length });
  return lines;
}

/** A line of YAML: a field (`key: value`), then nested fields or list items under one (`  level: 省`, `- P_2025…`). */
const YAML_KEY = /^[^\s:：]{1,40}[:：](?:\s|$)/;
const YAML_NESTED = /^(?:\s+\S|- \S)/;
/** A YAML front matter at the top: `---`, `key: value` lines, `---`. Returns the index of the first line after it (0: none). */
function frontMatterEnd(lines: string[]): number {
  if (lines.length === 0 || lines[0]!.trim() !== '---') return 0;
  let keyed = false;
  for (let i = 1; i < Math.min(lines.length, 60); i++) {
    const line = lines[i]!;
    if (line.trim() === '---') return keyed ? i + 1 : 0;
    if (line.trim() === '') continue;
    // a nested field or a list item only under a key (a bullet list between two rules is text)
    if (YAML_KEY.test(line)) keyed = true;
    else if (!keyed || !YAML_NESTED.test(line)) return 0;
  }
  return 0;
}

/**
 * The crawler's header: from the top, a `#` title and field lines, up to and
 * including the first `---`. Returns the index of the first line after it (0: none).
 */
function crawlerHeaderEnd(lines: string[]): number {
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const line = lines[i];
    if (RULE.test(line)) return i + 1;
    if (line.trim() !== '' && !HEADING.test(line) && !FIELD.test(line)) return 0;
  }
  return 0;
}

/** Adds source[from, end) with inline syntax removed. */
function inline(source: string, from: number, end: number, out: MappedTextBuilder, lineBreak = '\n'): void {
  const re = new RegExp(INLINE.source, 'g');
  const segment = source.slice(from, end);
  let kept = 0;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    let cut = m[0].length;
    if (m[4]) cut = urlLength(m[4]);
    out.add(segment.slice(kept, m.index), from + kept, true);
    kept = m.index + cut;
    re.lastIndex = kept;
    if (m[2] !== undefined) inline(source, from + m.index + 1, from + m.index + 1 + m[2].length, out, lineBreak);
    else if (m[6] !== undefined) out.add(m[6], from + m.index + 1);
    else if (m[7] !== undefined) out.add(lineBreak, from + m.index);
  }
  out.add(segment.slice(kept), from + kept, true);
}

/** A bare URL ends before trailing sentence punctuation, and before a ')' it did not open. */
function urlLength(url: string): number {
  let n = url.length;
  while (n > 0 && /[.,;:!?'"\]]/.test(url[n - 1])) n--;
  if (url[n - 1] === ')' && !url.slice(0, n).includes('(')) n--;
  return n;
}

/** A pipe-table row: cells apart with a tab (or a line break, in a task table); the |---| separator row is dropped. */
function tableRow(source: string, from: number, end: number, out: MappedTextBuilder, separator: string, labelled: number): void {
  const row = source.slice(from, end);
  if (TABLE_RULE.test(row)) return;
  const pipes = pipesIn(row).map((p) => from + p);
  // a <br> inside a cell of a row of cells breaks the cell's text, not the row ("属性<br>（预期性/约束性）"); in a row of one
  // cell (a whole document put in one) it breaks lines
  const lineBreak = pipes.length > 3 ? ' ' : '\n';
  const cells: [number, number][] = [];
  for (let k = 0; k + 1 < pipes.length || (k === 0 && pipes.length === 1); k++) {
    let a = pipes[k] + 1;
    let b = k + 1 < pipes.length ? pipes[k + 1] : end;
    while (a < b && /\s/.test(source[a])) a++;
    while (b > a && /\s/.test(source[b - 1])) b--;
    cells.push([a, b]);
  }
  // a row written a cell to a line keeps the place of each empty cell under a column the header labels, as a flattened
  // table's "||" does (a 备注 left blank); a category, one filled first cell, none
  const filled = cells.flatMap(([a, b], k) => (a < b && k + 1 < pipes.length ? [k] : []));
  const keptUpTo = filled.length === 1 && filled[0] === 0 ? -1 : labelled;
  cells.forEach(([a, b], k) => {
    if (k > 0) out.add(separator, pipes[k]);
    if (a === b && separator !== CELL_SEPARATOR && k <= keptUpTo) out.add(KEPT_EMPTY_CELL, pipes[k], false);
    inline(source, a, b, out, lineBreak);
  });
}

/** Where a row's pipes stand (an escaped "\\|" is a cell's text). */
const pipesIn = (row: string) => [...row.matchAll(/(?<!\\)\|/g)].map((m) => m.index);

/** The text of source[from, end) without inline syntax, for comparing a line with the title. */
function plain(source: string, from: number, end: number): string {
  const b = new MappedTextBuilder();
  inline(source, from, end, b);
  return b.build('char', end).text;
}

/** How far into a table its header row is looked for (an empty header row and its rule may come first). */
const TASK_HEADER_ROWS = 4;
/**
 * The lines of every pipe table whose header names a 序号 column and a column of units (牵头部门, 责任单位…), each with
 * the index of the header's last labelled cell.
 */
function taskTableLines(texts: string[]): Map<number, number> {
  const lines = new Map<number, number>();
  for (let i = 0; i < texts.length; ) {
    if (!texts[i]!.trimStart().startsWith('|')) {
      i++;
      continue;
    }
    let j = i;
    while (j < texts.length && texts[j]!.trimStart().startsWith('|')) j++;
    const header = texts.slice(i, Math.min(j, i + TASK_HEADER_ROWS)).find((t) => cellsOf(t).some((c) => TABLE_SERIAL_HEADERS.includes(c)) && TASK_UNIT_COLUMNS.some((w) => t.includes(w)));
    if (header !== undefined) {
      const cells = cellsOf(header);
      let last = cells.length - 1;
      while (last > 0 && cells[last] === '') last--;
      for (let k = i; k < j; k++) lines.set(k, last);
    }
    i = j;
  }
  return lines;
}
const TASK_UNIT_COLUMNS = [...UNIT_LABELS.map((l) => l.word), ...TABLE_UNIT_COLUMNS_MORE];
/** A row's cells, trimmed: what stands between its pipes, as tableRow reads them. */
function cellsOf(row: string): string[] {
  const pipes = pipesIn(row);
  return pipes.slice(1).map((p, k) => row.slice(pipes[k]! + 1, p).trim());
}
