import type { Node, Paragraph, Section } from './schema.js';

/** Every section below `nodes`, in document order (pre-order). */
export function walkSections(nodes: Node[], fn: (s: Section) => void): void {
  for (const n of nodes) {
    if (n.type !== 'section') continue;
    fn(n);
    walkSections(n.children, fn);
  }
}

/** The targets a section states itself: in its own text and in the body paragraphs right under it (not its sub-sections'). */
export function ownTargetCount(s: Section): number {
  return s.targets.length + s.children.reduce((n, c) => n + (c.type === 'paragraph' ? c.targets.length : 0), 0);
}

/** Every paragraph below `nodes`, in document order. */
export function paragraphsOf(nodes: Node[], out: Paragraph[] = []): Paragraph[] {
  for (const n of nodes) {
    if (n.type === 'paragraph') out.push(n);
    else if (n.type === 'section') paragraphsOf(n.children, out);
  }
  return out;
}
