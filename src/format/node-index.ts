// For every node: the chain of sections above it, so a target can be shown
// with its path (二/（一）/2.), its section title and the units that lead it.
import type { Document, Node, Section } from '../tree/schema.js';

export type NodeContext = {
  /** Sections from the outermost down to the node itself (or its parent, for a paragraph). */
  chain: Section[];
  /** Marker raws (or titles of unnumbered headings) joined with "/". */
  path: string;
  /** Title of the innermost section, '' outside any section. */
  section: string;
  /** Units of the innermost section that names any: a sub-item inherits its task's units. */
  lead: string[];
  responsible: string[];
};

/** How a section is named in a path: its marker, or the title of an unnumbered heading. */
export const sectionLabel = (s: Section) => (s.marker ? s.marker.raw.trim() : s.title);

export function indexNodes(doc: Document): Map<string, NodeContext> {
  const out = new Map<string, NodeContext>();
  const visit = (nodes: Node[], chain: Section[]) => {
    for (const n of nodes) {
      const here = n.type === 'section' ? [...chain, n] : chain;
      const withUnits = [...here].reverse().find((s) => s.lead.length || s.responsible.length);
      out.set(n.id, {
        chain: here,
        path: here.map(sectionLabel).join('/'),
        section: here.length ? here[here.length - 1]!.title : '',
        lead: withUnits?.lead ?? [],
        responsible: withUnits?.responsible ?? [],
      });
      if (n.type === 'section') visit(n.children, here);
    }
  };
  visit(doc.root.children, []);
  return out;
}
