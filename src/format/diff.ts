// A target diff (or a check against baselines) as table, CSV, Markdown or JSON.
import Table from 'cli-table3';
import type { BaselineReport, PlacedTarget, TargetDiff } from '../analyst/diff.js';
import { csvCell } from './csv.js';
import { plain, type Paint } from './paint.js';
import { showComparator, showValue } from './value.js';

export type DiffFormat = 'table' | 'json' | 'csv' | 'markdown';

/** One line of a diff: + added, - removed, ~ changed, = unchanged. */
type Line = { change: '+' | '-' | '~' | '='; indicator: string; old: PlacedTarget | null; new: PlacedTarget | null; fields: string[] };

const show = (t: PlacedTarget | null) => (t ? `${showComparator(t.comparator)}${showValue(t)}${t.year === null ? '' : ` (${t.year})`}${t.role === 'target' ? '' : ` [${t.role}]`}` : '');

function linesOf(d: TargetDiff): Line[] {
  const lines: Line[] = [
    ...d.removed.map((t): Line => ({ change: '-', indicator: t.indicator, old: t, new: null, fields: [] })),
    ...d.changed.map((p): Line => ({ change: '~', indicator: p.new.indicator, old: p.old, new: p.new, fields: p.fields })),
    ...(d.unchanged ?? []).map((p): Line => ({ change: '=', indicator: p.new.indicator, old: p.old, new: p.new, fields: [] })),
    ...d.added.map((t): Line => ({ change: '+', indicator: t.indicator, old: null, new: t, fields: [] })),
  ];
  // lines of the old document in its order, then the added ones in the new document's order
  const key = (l: Line): [number, number] => (l.old ? [0, l.old.position.start.offset] : [1, l.new!.position.start.offset]);
  return lines.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}

/** A Markdown table cell: a | would end it. */
const esc = (s: string) => s.replace(/\|/g, '\\|');

const CSV_COLUMNS = ['change', 'indicator', 'old_path', 'old_raw', 'old_value', 'old_comparator', 'old_year', 'old_role', 'new_path', 'new_raw', 'new_value', 'new_comparator', 'new_year', 'new_role', 'fields'];
const csvRow = (cells: Array<string | number | null | undefined>) => cells.map(csvCell).join(',') + '\r\n';
const sideCells = (t: PlacedTarget | null) => (t ? [t.path, t.raw, t.normalized.value, t.comparator, t.year, t.role] : ['', '', '', '', '', '']);

export function formatDiff(d: TargetDiff, format: DiffFormat, paint: Paint = plain): string {
  if (format === 'json') return JSON.stringify(d, null, 2) + '\n';
  const lines = linesOf(d);
  if (format === 'csv') return csvRow(CSV_COLUMNS) + lines.map((l) => csvRow([l.change, l.indicator, ...sideCells(l.old), ...sideCells(l.new), l.fields.join(' ')])).join('');
  if (format === 'markdown') {
    const head = `### ${esc(d.old ?? '-')} → ${esc(d.new ?? '-')}\n\n${summary(d)}\n\n`;
    if (!lines.length) return head;
    return head + '| | indicator | old | new | changed |\n|---|---|---|---|---|\n' + lines.map((l) => `| ${l.change} | ${esc(l.indicator)} | ${esc(show(l.old))} | ${esc(show(l.new))} | ${l.fields.join(', ')} |`).join('\n') + '\n';
  }
  const tone = { '+': paint.green, '-': paint.red, '~': paint.yellow, '=': paint.dim };
  const table = new Table({
    head: ['', 'indicator', 'old', 'new', 'changed'].map((h) => paint.bold(h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    colWidths: [3, 32, 22, 22, 18],
  });
  for (const l of lines) table.push([tone[l.change](l.change), l.indicator, show(l.old), show(l.new), l.fields.join(', ')]);
  return `${paint.bold(d.old ?? '-')} → ${paint.bold(d.new ?? '-')}  ${summary(d)}\n${lines.length ? table.toString() + '\n' : ''}`;
}

function summary(d: TargetDiff): string {
  return `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed${d.unchanged ? `, ${d.unchanged.length} unchanged` : ''}`;
}

const BASELINE_COLUMNS = ['status', 'indicator', 'path', 'target_raw', 'target_value', 'comparator', 'year', 'baseline_raw', 'baseline_value', 'baseline_path'];

export function formatBaselineReport(r: BaselineReport, format: DiffFormat, paint: Paint = plain): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  if (format === 'csv')
    return (
      csvRow(BASELINE_COLUMNS) +
      r.results.map((c) => csvRow([c.status, c.target.indicator, c.target.path, c.target.raw, c.target.normalized.value, c.target.comparator, c.target.year, c.baseline?.raw, c.baseline?.normalized.value, c.baseline?.path])).join('')
    );
  const count = (s: string) => r.results.filter((c) => c.status === s).length;
  const head = `${r.old ?? '-'} against ${r.new ?? '-'}: ${count('reached')} reached, ${count('not-reached')} not reached, ${count('no-figure')} no figure`;
  if (format === 'markdown') {
    return `### ${esc(head)}\n\n| status | indicator | target | achieved |\n|---|---|---|---|\n` + r.results.map((c) => `| ${c.status} | ${esc(c.target.indicator)} | ${esc(show(c.target))} | ${esc(show(c.baseline))} |`).join('\n') + '\n';
  }
  const tone = { reached: paint.green, 'not-reached': paint.red, 'no-figure': paint.dim };
  const table = new Table({
    head: ['status', 'indicator', 'target', 'achieved'].map((h) => paint.bold(h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    colWidths: [13, 34, 22, 22],
  });
  for (const c of r.results) table.push([tone[c.status](c.status), c.target.indicator, show(c.target), show(c.baseline)]);
  return `${head}\n${r.results.length ? table.toString() + '\n' : ''}`;
}
