// One line per diagnostic, for grep and editors: "file:line:col: severity message [rule]".
import type { Diagnostic } from '../tree/schema.js';

export function compactLines(file: string, diags: Diagnostic[]): string {
  return diags.map((d) => `${file}:${d.position.start.line}:${d.position.start.column}: ${d.severity} ${d.message.replace(/\r?\n/g, ' ')} [${d.code}]\n`).join('');
}
