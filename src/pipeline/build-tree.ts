// Pieces → a unist-style tree, in steps: classify each line, join hard-wrapped lines, tell
// headings from body text, nest by rank, give sections their units, check the tree.
import type { Diagnostic, Furniture, Root } from '../tree/schema.js';
import type { LineIndex } from './positions.js';
import type { Piece } from './lines.js';
import { classifyLines, compactReader } from './classify-lines.js';
import { markHeadings, nextContentOf } from './heading-lines.js';
import { joinWraps } from './wraps.js';
import { splitRunInParts } from './run-in-parts.js';
import { splitRunInBoxes } from './box-headings.js';
import { splitTocHeadings } from './toc-headings.js';
import { nest } from './nest.js';
import { taskTables } from './task-tables.js';
import { assignUnits } from './assign-units.js';
import { applyLeadNote } from './lead-notes.js';
import { checkNumbering, reportFlattened, reportFurniture, reportUnitless, reportWraps } from './tree-checks.js';

// the quantity stage reads run-in years through this module
export { headingTitle, runInYear } from './heading-title.js';

export type TreeResult = {
  root: Root;
  diagnostics: Diagnostic[];
  furniture: Furniture[];
  /** The 1-based lines that continue the sentence of the line before (a hard-wrapped copy). */
  wrappedLines: Set<number>;
};

export function buildTree(norm: string, source: string, index: LineIndex, lines: Piece[]): TreeResult {
  let pieces = splitRunInBoxes(splitTocHeadings(splitRunInParts(lines, norm), norm), norm);
  let compactOf = compactReader(norm, pieces);
  let kinds = classifyLines(pieces, norm, compactOf);
  // lines broken inside their sentences (a hard-wrapped copy) are joined to the line they continue,
  // before headings are told from body text by what follows them
  const wraps = joinWraps(pieces, kinds, norm, source, (offset) => offset - index.point(offset).column + 1);
  if (wraps.joined.length > 0) {
    ({ pieces, kinds } = wraps);
    compactOf = compactReader(norm, pieces);
  }
  const nextContent = nextContentOf(kinds);
  markHeadings(pieces, kinds, norm, compactOf, nextContent, source);
  const { root, furniture } = nest(pieces, kinds, nextContent, source, index, taskTables(pieces, kinds, norm));
  // the document's note on which listed units lead, then, once, over the whole tree: a pass per level was
  // overwritten by the pass over the top level
  applyLeadNote(root, norm);
  assignUnits(root.children);
  const diagnostics: Diagnostic[] = [];
  checkNumbering(root.children, diagnostics);
  reportFlattened(pieces, kinds, index, diagnostics);
  reportWraps(wraps.joined, index, diagnostics);
  reportUnitless(root.children, diagnostics);
  reportFurniture(pieces, kinds, furniture, diagnostics);
  return { root, diagnostics, furniture, wrappedLines: new Set(wraps.joined.map((p) => index.point(p.start).line)) };
}
