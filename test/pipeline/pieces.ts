// Pieces of a short text, as the tree stage gets them (normalize → lex → parse → piecesOf), and the tree nested from them.
import { parseGrammar } from '../../grammar/index.js';
import { normalize } from '../../src/pipeline/normalize.js';
import { lineIndex } from '../../src/pipeline/positions.js';
import { piecesOf } from '../../src/pipeline/lines.js';
import { classifyLines, compactReader } from '../../src/pipeline/classify-lines.js';
import { markHeadings, nextContentOf } from '../../src/pipeline/heading-lines.js';
import { nest } from '../../src/pipeline/nest.js';
import type { Node } from '../../src/tree/schema.js';

export function piecesFor(source: string) {
  const norm = normalize(source).text;
  return { norm, source, index: lineIndex(source), pieces: piecesOf(parseGrammar(norm).segments) };
}

/** Kinds of the pieces of `source`, headings marked as buildTree does (no hard-wrapped lines here). */
export function kindsOf(source: string) {
  const { norm, pieces } = piecesFor(source);
  const compactOf = compactReader(norm, pieces);
  const kinds = classifyLines(pieces, norm, compactOf);
  markHeadings(pieces, kinds, norm, compactOf, nextContentOf(kinds));
  return kinds;
}

/** The nested tree of `source` before units are given (no hard-wrapped lines): classify, mark headings, nest. */
export function nestedFor(source: string) {
  const { norm, pieces, index } = piecesFor(source);
  const compactOf = compactReader(norm, pieces);
  const kinds = classifyLines(pieces, norm, compactOf);
  const nextContent = nextContentOf(kinds);
  markHeadings(pieces, kinds, norm, compactOf, nextContent);
  return { pieces, kinds, index, ...nest(pieces, kinds, nextContent, source, index) };
}

/** Sections as "depth title", in document order. */
export function outline(nodes: Node[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.type !== 'section') continue;
    out.push(`${n.depth} ${n.marker?.raw ?? ''}${n.title}`);
    outline(n.children, out);
  }
  return out;
}
