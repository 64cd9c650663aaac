// Validation for CI: the document's diagnostics, with warnings raised to errors under `strict`.
import type { Diagnostic, Document } from './tree/schema.js';

export type ValidateOptions = { strict?: boolean };
export type ValidationResult = { path: string | null; diagnostics: Diagnostic[]; errors: number; warnings: number; ok: boolean };

export function validate(doc: Document, options: ValidateOptions = {}): ValidationResult {
  const diagnostics = doc.diagnostics.map((d) =>
    options.strict && d.severity === 'warning' ? { ...d, severity: 'error' as const } : d,
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return { path: doc.source.path, diagnostics, errors, warnings, ok: errors === 0 };
}
