// GitHub Actions workflow commands: one "::warning file=…,line=…::message" per
// diagnostic, which the runner turns into annotations on the lines.
import type { Diagnostic } from '../tree/schema.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** A message: % and line breaks escaped, as the runner reads them. */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also , and :, which separate properties. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubLines(file: string, diags: Diagnostic[]): string {
  return diags
    .map((d) => {
      const { start, end } = d.position;
      const props: [string, string | number][] = [['file', file], ['line', start.line], ['col', start.column], ['endLine', end.line], ['title', d.code]];
      const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      return `::${COMMAND[d.severity]} ${list}::${escapeData(d.message)}\n`;
    })
    .join('');
}
