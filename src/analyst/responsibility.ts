// The responsibility matrix: every department (canonical name) with the tasks
// it leads and the tasks it shares, each task with the targets under it.
import type { Document, Node, Section, Target } from '../tree/schema.js';
import { canonicalUnit, type Canonicalizer } from './departments.js';
import { sectionLabel } from '../format/node-index.js';

export type TaskTarget = Pick<Target, 'id' | 'indicator' | 'raw' | 'value' | 'upper' | 'unit' | 'comparator' | 'year' | 'role'>;

export type Task = {
  file: string | null;
  /** Marker raws from the outermost section down (二、/（一）/2.). */
  path: string;
  title: string;
  line: number;
  targets: TaskTarget[];
};

export type DepartmentRow = {
  /** The canonical name. */
  name: string;
  /** Every form the documents wrote it in, in order of first appearance. */
  aliases: string[];
  lead: Task[];
  responsible: Task[];
};

const hasUnits = (s: Section) => s.lead.length > 0 || s.responsible.length > 0;

/** Each section that names units, with its path and the targets of its subtree down to the next section that names its own. */
function tasksOf(doc: Document): Array<{ section: Section; task: Task }> {
  const out: Array<{ section: Section; task: Task }> = [];
  const byId = new Map(doc.targets.map((t) => [t.id, t]));
  const visit = (nodes: Node[], path: string[], owner: Task | null) => {
    for (const n of nodes) {
      let task = owner;
      if (n.type === 'section') {
        const here = [...path, sectionLabel(n)];
        if (hasUnits(n)) {
          task = { file: doc.source.path, path: here.join('/'), title: n.title, line: n.position.start.line, targets: [] };
          out.push({ section: n, task });
        }
        for (const id of n.targets) task?.targets.push(brief(byId.get(id)!));
        visit(n.children, here, task);
      } else {
        for (const id of n.targets) task?.targets.push(brief(byId.get(id)!));
      }
    }
  };
  visit(doc.root.children, [], null);
  return out;
}

const brief = (t: Target): TaskTarget => ({
  id: t.id,
  indicator: t.indicator,
  raw: t.raw,
  value: t.value,
  upper: t.upper,
  unit: t.unit,
  comparator: t.comparator,
  year: t.year,
  role: t.role,
});

/** Rows built a document at a time, so a folder of documents is never held whole; rows in order of each department's first appearance. */
export function matrixBuilder(canonical: Canonicalizer = canonicalUnit): { add: (doc: Document) => void; rows: () => DepartmentRow[] } {
  const rows = new Map<string, DepartmentRow>();
  const row = (written: string) => {
    const name = canonical(written);
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { name, aliases: [], lead: [], responsible: [] }));
    if (!r.aliases.includes(written)) r.aliases.push(written);
    return r;
  };
  const add = (doc: Document) => {
    for (const { section, task } of tasksOf(doc)) {
      // a unit named twice in one annotation (as lead and among the others) counts as lead
      const leads = new Set(section.lead.map((u) => row(u.trim()).name));
      for (const name of leads) rows.get(name)!.lead.push(task);
      const shared = new Set(section.responsible.map((u) => row(u.trim()).name).filter((n) => !leads.has(n)));
      for (const name of shared) rows.get(name)!.responsible.push(task);
    }
  };
  return { add, rows: () => [...rows.values()] };
}

/** Rows in order of each department's first appearance. */
export function responsibilityMatrix(docs: Document[], canonical: Canonicalizer = canonicalUnit): DepartmentRow[] {
  const matrix = matrixBuilder(canonical);
  for (const doc of docs) matrix.add(doc);
  return matrix.rows();
}
