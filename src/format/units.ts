// The responsibility matrix as table, CSV or JSON.
import { basename } from 'node:path';
import Table from 'cli-table3';
import type { DepartmentRow, Task } from '../analyst/responsibility.js';
import { csvCell } from './csv.js';
import { plain, type Paint } from './paint.js';

export type UnitsFormat = 'table' | 'json' | 'csv';

const csvRow = (cells: Array<string | number | null>) => cells.map(csvCell).join(',') + '\r\n';
const UNITS_COLUMNS = ['department', 'aliases', 'role', 'file', 'path', 'task', 'targets', 'line'];
/** A task as the table shows it: named with its file when the rows come from more than one. */
const taskLabel = (t: Task, withFile: boolean) => `${withFile && t.file !== null ? `${basename(t.file)}: ` : ''}${t.path} ${t.title}`.trim();

export function formatUnits(rows: DepartmentRow[], format: UnitsFormat, paint: Paint = plain): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'csv') {
    let out = csvRow(UNITS_COLUMNS);
    for (const r of rows)
      for (const [role, tasks] of [['lead', r.lead], ['responsible', r.responsible]] as const)
        for (const t of tasks) out += csvRow([r.name, r.aliases.join('、'), role, t.file, t.path, t.title, t.targets.map((x) => `${x.indicator} ${x.raw}`).join('; '), t.line]);
    return out;
  }
  const table = new Table({
    head: ['department', 'leads', 'shares', 'targets'].map((h) => paint.bold(h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    colWidths: [22, 40, 40, 9],
  });
  const files = new Set(rows.flatMap((r) => [...r.lead, ...r.responsible].map((t) => t.file)));
  const label = (t: Task) => taskLabel(t, files.size > 1);
  for (const r of rows) {
    const targets = [...r.lead, ...r.responsible].reduce((n, t) => n + t.targets.length, 0);
    const name = r.aliases.length > 1 || r.aliases[0] !== r.name ? `${r.name}\n${paint.dim(r.aliases.join('、'))}` : r.name;
    table.push([paint.green(name), r.lead.map(label).join('\n'), r.responsible.map(label).join('\n'), String(targets)]);
  }
  return `${rows.length} departments\n${rows.length ? table.toString() + '\n' : ''}`;
}
