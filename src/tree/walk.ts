import type { Node, Section } from './schema.js';

/** Every section below `nodes`, in document order (pre-order). */
export function walkSections(nodes: Node[], fn: (s: Section) => void): void {
  for (const n of nodes) {
    if (n.type !== 'section') continue;
    fn(n);
    walkSections(n.children, fn);
  }
}
