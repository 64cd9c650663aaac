// HTML (whole pages and Word-exported fragments) → the text a reader sees,
// one block per line, each character mapped to its offset in the source string.
import { Parser } from 'htmlparser2';
import { MappedTextBuilder, type Furniture, type OffsetMap } from './mapped-text.js';
import { CELL_SEPARATOR } from '../data/source-formats.js';

export type HtmlText = { text: string; map: OffsetMap; furniture: Furniture[] };

/** Elements that end a line before and after them; every other element is inline (span, strong, a, font, o:p…). */
const BLOCK = new Set(
  ('address article blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure form ' +
    'h1 h2 h3 h4 h5 h6 hgroup hr html legend li main menu ol p pre section summary ul table thead tbody tfoot').split(' '),
);

/** Elements whose content is never document text. */
const DROPPED = new Set(
  'script style noscript template head title nav header footer aside iframe object embed svg canvas button select textarea'.split(' '),
);

/** Share and social widgets that portals put inside the article. */
const WIDGET = /(^|[\s_-])(bdshare\w*|share\w*|jiathis\w*|social\w*)($|[\s_-])/i;

/** HTML's collapsible white space; U+3000 and &nbsp; are not in it. */
const COLLAPSIBLE = /^[ \t\n\r\f]$/;
/** Any white space, trimmed from a block's end (U+3000 and &nbsp; included: only indentation is kept). */
const TRAILING = /^\s$/;
/** A line break between two of these is dropped rather than made a space (CSS Text 3, East Asian wide). */
const WIDE = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]$/;

/** A cell holding this many blocks or more, nested ones included, lays out a page (the whole article in one <td>), not data. */
const LAYOUT_CELL_BLOCKS = 3;

/** Where each layout cell opens: old portal pages put the article in a table cell, paragraphs and all. */
function layoutCells(source: string): Set<number> {
  const open: { start: number; blocks: number }[] = [];
  const layout = new Set<number>();
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'td' || name === 'th') open.push({ start: parser.startIndex, blocks: 0 });
        else if ((name === 'br' || BLOCK.has(name)) && open.length > 0) open[open.length - 1]!.blocks++;
      },
      onclosetag(name) {
        if (name !== 'td' && name !== 'th') return;
        const cell = open.pop();
        if (!cell) return;
        if (cell.blocks >= LAYOUT_CELL_BLOCKS) layout.add(cell.start);
        // the blocks of a nested cell are the enclosing cell's too: handed up once, not counted per level
        if (open.length > 0) open[open.length - 1]!.blocks += cell.blocks;
      },
    },
    { lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  return layout;
}

export function htmlToText(source: string): HtmlText {
  const layout = source.includes('<td') || source.includes('<TD') ? layoutCells(source) : new Set<number>();
  /** Per open cell: a data cell (its blocks stay on the row's line) or a layout cell (its blocks are lines). */
  const cells: boolean[] = [];
  const out = new MappedTextBuilder();
  const furniture: Furniture[] = [];
  const stack: string[] = [];
  let dropAt = -1; // stack depth of the dropped element we are inside, or -1
  let dropStart = 0;
  let dropKind = '';
  let cellDepth = 0;
  let cellsInRow = 0;
  let preDepth = 0;
  let pending: { offset: number; hasBreak: boolean } | null = null;

  const endBlock = (offset: number) => {
    pending = null;
    if (cellDepth > 0) {
      // inside a table cell a block only separates words: the row stays one line
      if (out.lastUnit !== '' && out.lastUnit !== CELL_SEPARATOR) pending = { offset, hasBreak: false };
      return;
    }
    out.trimEnd(TRAILING);
    out.endLine(offset);
  };

  const addText = (data: string, start: number, direct: boolean) => {
    for (let k = 0; k < data.length; k++) {
      const ch = data[k];
      const at = direct ? start + k : start;
      if (preDepth > 0) {
        if (ch === '\n') out.endLine(at);
        else if (ch !== '\r') out.add(ch, at);
        continue;
      }
      if (COLLAPSIBLE.test(ch)) {
        if (pending) pending.hasBreak ||= ch === '\n' || ch === '\r';
        else pending = { offset: at, hasBreak: ch === '\n' || ch === '\r' };
        continue;
      }
      if (pending) {
        const last = out.lastUnit;
        const joinWide = pending.hasBreak && WIDE.test(last) && WIDE.test(ch);
        if (last !== '' && last !== CELL_SEPARATOR && !joinWide) out.add(' ', pending.offset);
        pending = null;
      }
      out.add(ch, at);
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (dropAt >= 0) return;
        const widget = WIDGET.test(attrs.class ?? '') || WIDGET.test(attrs.id ?? '');
        if (DROPPED.has(name) || widget) {
          dropAt = stack.length;
          dropStart = parser.startIndex;
          dropKind = widget ? 'share' : name;
          return;
        }
        const at = parser.startIndex;
        if (name === 'tr') {
          endBlock(at);
          cellsInRow = 0;
        } else if ((name === 'td' || name === 'th') && layout.has(at)) {
          cells.push(false);
          endBlock(at);
        } else if (name === 'td' || name === 'th') {
          cells.push(true);
          if (cellDepth === 0 && cellsInRow > 0) {
            pending = null;
            out.trimEnd(TRAILING);
            out.add(CELL_SEPARATOR, at);
          }
          if (cellDepth === 0) cellsInRow++;
          cellDepth++;
        } else if (name === 'br') {
          if (cellDepth > 0) endBlock(at);
          else {
            pending = null;
            out.trimEnd(TRAILING);
            out.endLine(at);
          }
        } else if (BLOCK.has(name)) {
          endBlock(at);
          if (name === 'pre') preDepth++;
        }
      },
      onclosetag(name) {
        const depth = stack.length;
        stack.pop();
        if (dropAt >= 0) {
          if (depth === dropAt) {
            furniture.push({ start: dropStart, end: parser.endIndex + 1, kind: dropKind });
            dropAt = -1;
          }
          return;
        }
        const at = parser.startIndex;
        if ((name === 'td' || name === 'th') && cells.pop() === false) endBlock(at);
        else if (name === 'td' || name === 'th') {
          cellDepth = Math.max(0, cellDepth - 1);
          if (cellDepth === 0) pending = null;
        } else if (name === 'tr') endBlock(at);
        else if (BLOCK.has(name)) {
          endBlock(at);
          if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        }
      },
      ontext(data) {
        if (dropAt >= 0) return;
        const start = parser.startIndex;
        // htmlparser2 reports each entity as its own chunk: its characters all map to the '&'
        addText(data, start, data.length === parser.endIndex - start + 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  if (dropAt >= 0) furniture.push({ start: dropStart, end: source.length, kind: dropKind });
  out.trimEnd(TRAILING);
  out.endLine(source.length);
  const { text, map } = out.build('char', source.length);
  return { text, map, furniture };
}

/**
 * The charset a page declares in its first 1024 bytes (<meta charset> or an
 * http-equiv Content-Type), with GB2312 and GBK read as their superset GB18030.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1].toLowerCase();
  return label === 'gb2312' || label === 'gbk' || label === 'x-gbk' || label === 'gb_2312-80' ? 'gb18030' : label;
}
