// An input that could not be read, as a validation result of its own: JSON and
// SARIF reports list it beside the documents (rule input-error).
import { diagnostic } from '../diagnostics/report.js';
import type { ValidationResult } from '../validate.js';

export function inputError(path: string, reason: string): ValidationResult {
  const at = { line: 1, column: 1, offset: 0 };
  return { path, diagnostics: [diagnostic('input-error', { start: at, end: at }, { reason })], errors: 1, warnings: 0, ok: false };
}
