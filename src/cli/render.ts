// What the CLI writes for one document, made where the document was parsed: on
// a worker thread that is a list of strings (or a slim validation result), so
// only small values cross threads and the main thread only writes. In-process,
// JSON comes as a lazy sequence of pieces, so a huge document is never one string.
import type { Diagnostic, Document } from '../tree/schema.js';
import type { ValidationResult } from '../validate.js';
import { withLevels, type Levels } from '../diagnostics/levels.js';
import { paintFor, type ColorLevel } from './color.js';

/** How validate lists diagnostics per file as it goes; json and sarif write everything at the end instead. */
export type ListStyle = 'text' | 'github' | 'compact' | 'none';

export type RenderSpec = (
  | { kind: 'json'; pretty: boolean }
  | { kind: 'ndjson' }
  | { kind: 'csv'; what: 'targets' | 'sections' }
  | { kind: 'table'; color: ColorLevel; width?: number }
  | { kind: 'tree'; color: ColorLevel }
  | { kind: 'validate'; strict: boolean; list: ListStyle; color: ColorLevel }
) & { levels?: Levels };

export type Rendered = { pieces: Iterable<string>; validation?: ValidationResult };

/** The renderer of a spec, with the configuration's rule levels applied to every document first. */
export async function renderer(spec: RenderSpec): Promise<(doc: Document) => Rendered> {
  const render = await formatFor(spec);
  return spec.levels ? (doc) => render(withLevels(doc, spec.levels)) : render;
}

async function formatFor(spec: RenderSpec): Promise<(doc: Document) => Rendered> {
  switch (spec.kind) {
    case 'json': {
      const { jsonPieces } = await import('../format/json.js');
      return (doc) => ({ pieces: jsonPieces(doc, { pretty: spec.pretty }) });
    }
    case 'ndjson': {
      const { ndjsonPieces } = await import('../format/ndjson.js');
      return (doc) => ({ pieces: ndjsonPieces(doc) });
    }
    case 'csv': {
      const { csvRows } = await import('../format/csv.js');
      return (doc) => ({ pieces: [csvRows(doc, { what: spec.what })] });
    }
    case 'table': {
      const [{ toTable }, paint] = await Promise.all([import('../format/table.js'), paintFor(spec.color)]);
      return (doc) => ({ pieces: [toTable(doc, { paint, width: spec.width })] });
    }
    case 'tree': {
      const [{ toTree }, paint] = await Promise.all([import('../format/tree.js'), paintFor(spec.color)]);
      return (doc) => ({ pieces: [toTree(doc, { paint })] });
    }
    case 'validate': {
      const [{ validate }, list] = await Promise.all([import('../validate.js'), lister(spec.list, spec.color)]);
      return (doc) => {
        const validation = validate(doc, { strict: spec.strict });
        return { pieces: [list(validation.path ?? '-', validation.diagnostics)], validation };
      };
    }
  }
}

export async function lister(style: ListStyle, color: ColorLevel): Promise<(file: string, diags: Diagnostic[]) => string> {
  switch (style) {
    case 'text': {
      const [{ diagnosticLines }, paint] = await Promise.all([import('../format/diagnostics.js'), paintFor(color)]);
      return (file, diags) => diagnosticLines(file, diags, paint);
    }
    case 'github':
      return (await import('../format/github.js')).githubLines;
    case 'compact':
      return (await import('../format/compact.js')).compactLines;
    case 'none':
      return () => '';
  }
}

/** A rendering that can cross to another thread: its pieces made now, as an array. */
export const settled = (r: Rendered): Rendered => ({ ...r, pieces: [...r.pieces] });
