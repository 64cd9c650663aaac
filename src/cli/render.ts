// What the CLI writes for one document, made where the document was parsed: on
// a worker thread that is a string (or a slim validation result), so only small
// values cross threads and the main thread only writes.
import type { Document } from '../tree/schema.js';
import type { ValidationResult } from '../validate.js';
import { paintFor, type ColorLevel } from './color.js';

export type RenderSpec =
  | { kind: 'json'; pretty: boolean }
  | { kind: 'ndjson' }
  | { kind: 'csv'; what: 'targets' | 'sections' }
  | { kind: 'table'; color: ColorLevel; width?: number }
  | { kind: 'tree'; color: ColorLevel }
  | { kind: 'validate'; strict: boolean; text: boolean; color: ColorLevel };

export type Rendered = { text: string; validation?: ValidationResult };

export async function renderer(spec: RenderSpec): Promise<(doc: Document) => Rendered> {
  switch (spec.kind) {
    case 'json':
      return (doc) => ({ text: spec.pretty ? JSON.stringify(doc, null, 2) + '\n' : JSON.stringify(doc) });
    case 'ndjson':
      return (doc) => ({ text: JSON.stringify(doc) + '\n' });
    case 'csv': {
      const { csvRows } = await import('../format/csv.js');
      return (doc) => ({ text: csvRows(doc, { what: spec.what }) });
    }
    case 'table': {
      const [{ toTable }, paint] = await Promise.all([import('../format/table.js'), paintFor(spec.color)]);
      return (doc) => ({ text: toTable(doc, { paint, width: spec.width }) });
    }
    case 'tree': {
      const [{ toTree }, paint] = await Promise.all([import('../format/tree.js'), paintFor(spec.color)]);
      return (doc) => ({ text: toTree(doc, { paint }) });
    }
    case 'validate': {
      const [{ validate }, { diagnosticLines }, paint] = await Promise.all([
        import('../validate.js'),
        import('../format/diagnostics.js'),
        paintFor(spec.color),
      ]);
      return (doc) => {
        const validation = validate(doc, { strict: spec.strict });
        return { text: spec.text ? diagnosticLines(validation.path ?? '-', validation.diagnostics, paint) : '', validation };
      };
    }
  }
}
