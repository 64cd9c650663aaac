// The section hierarchy for people: markers, titles, lead units, target counts.
import { ownTargetCount } from '../tree/walk.js';
import type { Document, Node } from '../tree/schema.js';
import { plain, type Paint } from './paint.js';

export function toTree(doc: Document, options: { paint?: Paint } = {}): string {
  const paint = options.paint ?? plain;
  const lines: string[] = [`${paint.bold(doc.source.path ?? '-')}  ${doc.meta.title ?? '(untitled)'}`];
  const visit = (nodes: Node[], prefix: string) => {
    const sections = nodes.filter((n) => n.type === 'section');
    sections.forEach((s, i) => {
      if (s.type !== 'section') return;
      const last = i === sections.length - 1;
      const count = ownTargetCount(s);
      const marker = s.marker ? paint.cyan(s.marker.raw.trim()) + (s.marker.inferred ? paint.red('?') : '') : paint.magenta('▪');
      const units = s.lead.length ? `  ${paint.green(s.lead.join('、'))}` : s.responsible.length ? `  ${paint.dim(s.responsible.join('、'))}` : '';
      const targets = count ? `  ${paint.yellow(`[${count}]`)}` : '';
      lines.push(`${prefix}${last ? '└─ ' : '├─ '}${marker} ${s.title}${units}${targets}`);
      visit(s.children, prefix + (last ? '   ' : '│  '));
    });
  };
  visit(doc.root.children, '');
  return lines.join('\n') + '\n';
}
