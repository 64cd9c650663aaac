// A table of targets for people: path, indicator, value, comparator, year, lead.
import Table from 'cli-table3';
import type { Document } from '../tree/schema.js';
import { indexNodes } from './node-index.js';
import { plain, type Paint } from './paint.js';
import { showComparator, showValue } from './value.js';

export type TableOptions = { paint?: Paint; width?: number };

export function toTable(doc: Document, options: TableOptions = {}): string {
  const paint = options.paint ?? plain;
  const ctx = indexNodes(doc);
  // cli-table3 colours its borders and header unless style is emptied
  const table = new Table({
    head: ['path', 'indicator', 'value', 'cmp', 'year', 'role', 'lead'].map((h) => paint.bold(h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    colWidths: options.width && options.width < 120 ? [12, 24, 12, 5, 6, 11, 14] : [16, 36, 14, 5, 6, 11, 24],
  });
  for (const t of doc.targets) {
    const c = ctx.get(t.nodeId);
    const tone = t.role === 'target' ? (s: string) => s : paint.dim;
    table.push([
      paint.cyan(c?.path ?? ''),
      tone(t.indicator),
      tone(showValue(t)),
      showComparator(t.comparator),
      t.year === null ? '' : String(t.year),
      t.role === 'target' ? t.role : paint.dim(t.role),
      paint.green((c?.lead.length ? c.lead : (c?.responsible ?? [])).join('、')),
    ]);
  }
  const title = doc.meta.title ?? '(untitled)';
  const head = `${paint.bold(doc.source.path ?? '-')}  ${title}  ${paint.yellow(String(doc.targets.length))} targets`;
  return doc.targets.length ? `${head}\n${table.toString()}\n` : `${head}\n`;
}
