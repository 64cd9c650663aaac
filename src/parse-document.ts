// The library's entry point: decoded text in, the document of OUTPUT.md out.
// decode → normalize → lex → parse → build tree → extract quantities → (serialize elsewhere)
import { createHash } from 'node:crypto';
import { lex, parseTokens } from '../grammar/index.js';
import type { Diagnostic, Document, Furniture, Node, Paragraph, Position, SourceFormat, Target } from './tree/schema.js';
import { diagnostic } from './diagnostics/report.js';
import { normalize } from './pipeline/normalize.js';
import { lineIndex } from './pipeline/positions.js';
import { piecesOf } from './pipeline/lines.js';
import { buildTree } from './pipeline/build-tree.js';
import { checkBrackets } from './pipeline/brackets.js';
import { tableCells } from './pipeline/table-cells.js';
import { columnYears } from './pipeline/column-years.js';
import { rowTables } from './pipeline/row-tables.js';
import { flatRowTables } from './pipeline/flat-row-tables.js';
import { projectRows } from './pipeline/project-rows.js';
import { keyedTables } from './pipeline/keyed-tables.js';
import { yearCells, type YearCell } from './pipeline/year-cells.js';
import { extractTargets } from './pipeline/extract-targets.js';
import { rejoinFragments } from './pipeline/rejoin-fragments.js';
import { extractMeta, isRuleDocument } from './pipeline/meta.js';
import { documentYearOf, planYearOf } from './pipeline/plan-year.js';
import { withAttachment } from './pipeline/attachment-meta.js';

export type ParseOptions = {
  /** Shown as source.path; null for text that came from no file. */
  path?: string | null;
  /** What the bytes were decoded from; defaults to UTF-8 for text handed in directly. */
  encoding?: string;
  bytes?: number;
  sha256?: string;
  /** What the text was read from (see src/source/); text when it came as text. */
  format?: SourceFormat;
  /**
   * For a document not read as text: `offsets[i]` is where text offset i stands in `text`, the decoded original
   * (HTML, Markdown). Positions then point there, and sections and targets keep their textRange; without
   * `text` (DOCX, PDF) positions stay in the document text.
   */
  original?: { text?: string; offsets?: Int32Array };
  /** Diagnostics from earlier stages (decoding) to carry into the document. */
  diagnostics?: Diagnostic[];
  /** Metadata rows the source stage left out of the text (a Markdown front matter): meta reads them too. */
  metaRows?: string[];
};

export type StageTimes = Record<'normalize' | 'lex' | 'parse' | 'tree' | 'quantities', number>;

export function parseDocument(input: string, options: ParseOptions = {}, times?: StageTimes): Document {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // a copy of a web page's DOM, every inline element on its own line: parsed rejoined, positions in the copy
  if (!options.original && (options.format ?? 'text') === 'text') {
    const rejoined = rejoinFragments(source);
    if (rejoined) {
      const bytes = options.bytes ?? Buffer.byteLength(source, 'utf8');
      const sha256 = options.sha256 ?? createHash('sha256').update(source, 'utf8').digest('hex');
      return parseDocument(rejoined.text, { ...options, bytes, sha256, original: { text: source, offsets: rejoined.offsets } }, times);
    }
  }
  let t = performance.now();
  const lap = (stage: keyof StageTimes) => {
    if (!times) return;
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };

  const { text: norm, landmarks } = normalize(source, true);
  const index = lineIndex(source);
  lap('normalize');
  const { tokens, lexErrors } = lex(norm);
  lap('lex');
  const { segments, parseErrors } = parseTokens(tokens);
  lap('parse');
  const tree = buildTree(norm, source, index, piecesOf(segments));
  const furnitureLines = new Set(tree.furniture.map((f) => f.position.start.line));
  const diagnostics: Diagnostic[] = [
    ...(options.diagnostics ?? []),
    ...tree.diagnostics,
    ...checkBrackets(norm, index, (offset) => furnitureLines.has(index.point(offset).line), (line) => tree.wrappedLines.has(line), landmarks.brackets),
    ...lexErrors.map((e) => diagnostic('parse-error', index.position(e.offset, e.offset + e.length), { detail: e.message })),
    ...parseErrors.map((e) => diagnostic('parse-error', index.position(e.offset, e.offset + e.length), { detail: e.message })),
  ];
  lap('tree');
  const meta = withAttachment(extractMeta(tree.root, tree.furniture, options.metaRows), tree.root, tree.furniture);
  const periodCells = new Map<Paragraph, YearCell>();
  const cells = tableCells(tree.root, periodCells);
  const targets = extractTargets({ source, norm, index, root: tree.root, title: meta.title, planYear: planYearOf(meta), documentYear: documentYearOf(meta), ruleDocument: isRuleDocument(meta), whites: landmarks.whites, cells, columnCells: columnYears(tree.root), yearCells: new Map([...periodCells, ...yearCells(tree.root, source)]), rowCells: keyedTables(tree.root, source, flatRowTables(tree.root, source, projectRows(tree.root, source, rowTables(tree.root, source)))) });
  lap('quantities');
  diagnostics.sort((a, b) => a.position.start.offset - b.position.start.offset);
  if (options.original) toOriginal(tree.root.children, targets, diagnostics, tree.furniture, options.original);

  const info = sourceInfo(source, options);
  return {
    schemaVersion: 1,
    source: info,
    meta,
    root: tree.root,
    targets,
    diagnostics,
    furniture: tree.furniture,
  };
}

/** What `source` was read from. Text handed in directly is described as its UTF-8 encoding; parseBytes passes what it read. */
function sourceInfo(source: string, options: ParseOptions): Document['source'] {
  const path = options.path ?? null;
  const format = options.format ?? 'text';
  const encoding = options.encoding ?? 'utf-8';
  if (options.bytes !== undefined && options.sha256 !== undefined) return { path, format, encoding, bytes: options.bytes, sha256: options.sha256 };
  // What was not handed in (the size and digest of the text's UTF-8 encoding) is worked out when first read,
  // then kept as a plain property in the same place among the keys: a caller that only reads the tree never
  // pays for measuring and hashing the whole text.
  const { bytes, sha256 } = options; // only these two kept alive with the document, not `original`
  return {
    path, format, encoding,
    get bytes(): number {
      return settle(this, 'bytes', bytes ?? Buffer.byteLength(source, 'utf8'));
    },
    set bytes(value: number) {
      settle(this, 'bytes', value);
    },
    get sha256(): string {
      return settle(this, 'sha256', sha256 ?? createHash('sha256').update(source, 'utf8').digest('hex'));
    },
    set sha256(value: string) {
      settle(this, 'sha256', value);
    },
  };
}
function settle<K extends 'bytes' | 'sha256'>(info: Document['source'], key: K, value: Document['source'][K]): Document['source'][K] {
  Object.defineProperty(info, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/** The longest character reference: "&#x10FFFF;", "&thetasym;". */
const ENTITY_MAX = 10;
/** Where the source character at `at` ends: past its ';' when it is a character reference ("3.5&#37;"), else after it. */
function endOfChar(original: string, at: number): number {
  if (original[at] !== '&') return at + 1;
  const semi = original.indexOf(';', at);
  return semi > at && semi - at <= ENTITY_MAX ? semi + 1 : at + 1;
}

/**
 * Sections and targets keep where they stand in the document text (textRange); every position is moved to
 * the original file where its offsets are known. An end maps past the last character it covers.
 */
function toOriginal(nodes: Node[], targets: Target[], diagnostics: Diagnostic[], furniture: Furniture[], original: { text?: string; offsets?: Int32Array }): void {
  const { text, offsets } = original;
  const index = text !== undefined && offsets !== undefined ? lineIndex(text) : null;
  const move = (p: Position): Position => {
    if (!index) return p;
    const a = offsets![p.start.offset]!;
    const b = p.end.offset > p.start.offset ? endOfChar(text!, offsets![p.end.offset - 1]!) : a;
    return index.position(a, Math.max(a, b));
  };
  const range = (p: Position) => ({ start: p.start.offset, end: p.end.offset });
  const walk = (list: Node[]) => {
    for (const n of list) {
      for (const a of n.annotations) a.position = move(a.position);
      if (n.type === 'section') {
        n.textRange = range(n.position);
        n.ownPosition = move(n.ownPosition);
        walk(n.children);
      }
      n.position = move(n.position);
    }
  };
  walk(nodes);
  for (const t of targets) {
    t.textRange = range(t.position);
    t.position = move(t.position);
  }
  for (const d of diagnostics) d.position = move(d.position);
  for (const f of furniture) f.position = move(f.position);
}
