// RFC 4180 CSV, one row per target (or per section with what: 'sections').
// Cells that a spreadsheet would run as a formula are defused with a leading '.
import type { Document } from '../tree/schema.js';
import { indexNodes } from './node-index.js';
import { ownTargetCount, walkSections } from '../tree/walk.js';

export const TARGET_COLUMNS = [
  'file', 'path', 'section', 'indicator', 'raw', 'value', 'upper', 'unit', 'kind', 'normalized_value',
  'normalized_unit', 'comparator', 'year', 'modality', 'role', 'lead', 'responsible', 'line',
] as const;

export const SECTION_COLUMNS = [
  'file', 'path', 'depth', 'style', 'ordinal', 'inferred', 'title', 'lead', 'responsible', 'targets', 'line',
] as const;

export type CsvOptions = { what?: 'targets' | 'sections'; bom?: boolean; header?: boolean };

type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // a lone + or - (a diff's change, stdin's name) is no formula
  if (typeof value !== 'number' && FORMULA_START.test(s) && !NUMBER.test(s) && s !== '-' && s !== '+') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: Cell[]) => cells.map(csvCell).join(',') + '\r\n';

export function csvHeader(options: CsvOptions = {}): string {
  return (options.bom ? '\ufeff' : '') + row([...(options.what === 'sections' ? SECTION_COLUMNS : TARGET_COLUMNS)]);
}

/** The rows of one document, without the header: documents can be streamed one by one. */
export function csvRows(doc: Document, options: CsvOptions = {}): string {
  const file = doc.source.path ?? '-';
  const ctx = indexNodes(doc);
  let out = '';
  if (options.what === 'sections') {
    walkSections(doc.root.children, (s) => {
      const c = ctx.get(s.id)!;
      out += row([
        file, c.path, s.depth, s.marker?.style ?? '', s.marker?.ordinal ?? '', s.marker?.inferred ?? false, s.title,
        s.lead.join('、'), s.responsible.join('、'), ownTargetCount(s), s.position.start.line,
      ]);
    });
    return out;
  }
  for (const t of doc.targets) {
    const c = ctx.get(t.nodeId);
    out += row([
      file, c?.path ?? '', c?.section ?? '', t.indicator, t.raw, t.value, t.upper, t.unit, t.kind, t.normalized.value,
      t.normalized.unit, t.comparator, t.year, t.modality, t.role, (c?.lead ?? []).join('、'), (c?.responsible ?? []).join('、'),
      t.position.start.line,
    ]);
  }
  return out;
}

/** A whole CSV for one or several documents; the `file` column tells them apart. */
export function toCsv(docs: Document | Document[], options: CsvOptions = {}): string {
  const list = Array.isArray(docs) ? docs : [docs];
  return (options.header === false ? '' : csvHeader(options)) + list.map((d) => csvRows(d, options)).join('');
}
