// A configuration's rule levels applied to a document's diagnostics: a new
// severity, or "off" to drop them. Every output shows the same diagnostics.
import type { Diagnostic, Document } from '../tree/schema.js';

export type Levels = Partial<Record<string, 'off' | Diagnostic['severity']>>;

export function applyLevels(diagnostics: Diagnostic[], levels: Levels): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = levels[d.code];
    if (level === 'off') continue;
    out.push(level && level !== d.severity ? { ...d, severity: level } : d);
  }
  return out;
}

/** The document with its diagnostics under `levels`; the same object when nothing changes. */
export function withLevels(doc: Document, levels: Levels | undefined): Document {
  if (!levels || Object.keys(levels).length === 0) return doc;
  return { ...doc, diagnostics: applyLevels(doc.diagnostics, levels) };
}
