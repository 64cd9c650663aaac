// The library's entry point: decoded text in, the document of OUTPUT.md out.
// decode → normalize → lex → parse → build tree → extract quantities → (serialize elsewhere)
import { createHash } from 'node:crypto';
import { lex, parseTokens } from '../grammar/index.js';
import type { Diagnostic, Document } from './tree/schema.js';
import { diagnostic } from './diagnostics/report.js';
import { normalize } from './pipeline/normalize.js';
import { lineIndex } from './pipeline/positions.js';
import { piecesOf } from './pipeline/lines.js';
import { buildTree } from './pipeline/build-tree.js';
import { checkBrackets } from './pipeline/brackets.js';
import { extractTargets } from './pipeline/extract-targets.js';
import { extractMeta, isRuleDocument, planYearOf } from './pipeline/meta.js';

export type ParseOptions = {
  /** Shown as source.path; null for text that came from no file. */
  path?: string | null;
  /** What the bytes were decoded from; defaults to UTF-8 for text handed in directly. */
  encoding?: string;
  bytes?: number;
  sha256?: string;
  /** Diagnostics from earlier stages (decoding) to carry into the document. */
  diagnostics?: Diagnostic[];
};

export type StageTimes = Record<'normalize' | 'lex' | 'parse' | 'tree' | 'quantities', number>;

export function parseDocument(input: string, options: ParseOptions = {}, times?: StageTimes): Document {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let t = performance.now();
  const lap = (stage: keyof StageTimes) => {
    if (!times) return;
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };

  const norm = normalize(source).text;
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
    ...checkBrackets(norm, index, (offset) => furnitureLines.has(index.point(offset).line), (line) => tree.wrappedLines.has(line)),
    ...lexErrors.map((e) => diagnostic('parse-error', index.position(e.offset, e.offset + e.length), { detail: e.message })),
    ...parseErrors.map((e) => diagnostic('parse-error', index.position(e.offset, e.offset + e.length), { detail: e.message })),
  ];
  lap('tree');
  const meta = extractMeta(tree.root, tree.furniture);
  const targets = extractTargets({ source, norm, index, root: tree.root, planYear: planYearOf(meta), ruleDocument: isRuleDocument(meta) });
  lap('quantities');
  diagnostics.sort((a, b) => a.position.start.offset - b.position.start.offset);

  return {
    schemaVersion: 1,
    source: {
      path: options.path ?? null,
      encoding: options.encoding ?? 'utf-8',
      // text handed in directly is described as its UTF-8 encoding; parseBytes passes what it read
      bytes: options.bytes ?? Buffer.byteLength(source, 'utf8'),
      sha256: options.sha256 ?? createHash('sha256').update(source, 'utf8').digest('hex'),
    },
    meta,
    root: tree.root,
    targets,
    diagnostics,
    furniture: tree.furniture,
  };
}
