// Diagnostics for people, grouped per file: "file:line:column  severity  message  code".
import type { Diagnostic, Document } from '../tree/schema.js';
import { plain, type Paint } from './paint.js';

export type Counts = { errors: number; warnings: number; infos: number };

export function countDiagnostics(diags: Diagnostic[]): Counts {
  return {
    errors: diags.filter((d) => d.severity === 'error').length,
    warnings: diags.filter((d) => d.severity === 'warning').length,
    infos: diags.filter((d) => d.severity === 'info').length,
  };
}

export function diagnosticLines(file: string, diags: Diagnostic[], paint: Paint = plain): string {
  if (diags.length === 0) return '';
  const tone = { error: paint.red, warning: paint.yellow, info: paint.cyan };
  const rows = diags.map((d) => {
    const where = `${file}:${d.position.start.line}:${d.position.start.column}`;
    return `${where}  ${tone[d.severity](d.severity.padEnd(7))}  ${d.message}  ${paint.dim(d.code)}`;
  });
  return `${paint.bold(file)}\n${rows.map((r) => '  ' + r).join('\n')}\n`;
}

export function summaryLine(files: number, c: Counts, paint: Paint = plain): string {
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const text = `${s(files, 'file')} checked: ${s(c.errors, 'error')}, ${s(c.warnings, 'warning')}, ${s(c.infos, 'info')}`;
  return (c.errors ? paint.red(text) : c.warnings ? paint.yellow(text) : paint.green(text)) + '\n';
}

export function toDiagnosticsText(docs: Document[], paint: Paint = plain): string {
  const all = docs.flatMap((d) => d.diagnostics);
  return docs.map((d) => diagnosticLines(d.source.path ?? '-', d.diagnostics, paint)).join('') + summaryLine(docs.length, countDiagnostics(all), paint);
}
