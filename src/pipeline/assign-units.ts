// The units (lead, responsible) of each section, from the unit annotations in it and in its paragraphs.
import type { Node, Paragraph, Section, UnitAnnotation } from '../tree/schema.js';
import { walkSections } from '../tree/walk.js';

/** A paragraph that holds nothing but unit annotations: a unit block standing on its own line. */
const onlyAnnotations = (p: Paragraph) =>
  p.annotations.length > 0 && p.annotations.reduce((rest, a) => rest.replace(a.raw, ''), p.text).replace(/[\s。;；,，.]/g, '') === '';

const CN_SHI = 'cn-shi';

/**
 * lead/responsible of each section: its own annotations and those of its paragraphs.
 * A unit block on a line of its own after sub-items ("（3）…\n【牵头单位：…】") belongs to
 * the level at which the document gives its units, not to the last sub-item.
 */
export function assignUnits(top: Node[]): void {
  const unitStyle = commonestUnitStyle(top);
  const units = new Map<Section, UnitAnnotation[]>();
  const give = (s: Section, a: UnitAnnotation[]) => {
    if (a.length === 0) return;
    const list = units.get(s);
    if (list) list.push(...a);
    else units.set(s, a.slice());
  };
  const chain: Section[] = []; // the sections above the one being visited
  const visit = (nodes: Node[]) => {
    let lastShi: Node | undefined;
    for (const n of nodes) if (n.type === 'section' && n.marker?.style === CN_SHI) lastShi = n;
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      // "…一是…；二是…。（牵头科室：…）": the units closing the last inline item are the whole item's
      const closesItem = n === lastShi && unitStyle !== CN_SHI ? innermost(chain, unitStyle) : undefined;
      give(closesItem ?? n, n.annotations);
      for (const c of n.children) {
        if (c.type !== 'paragraph' || c.annotations.length === 0) continue;
        const home = n.marker?.style !== unitStyle && onlyAnnotations(c) ? innermost(chain, unitStyle) : undefined;
        give(home ?? n, c.annotations);
      }
      chain.push(n);
      visit(n.children);
      chain.pop();
    }
  };
  visit(top);
  // a section that is given nothing keeps the empty lists it was made with
  for (const [s, all] of units) {
    all.sort((a, b) => a.position.start.offset - b.position.start.offset);
    // a unit named again in a later annotation of the same section is listed once; one that leads does not also share
    // (a Set keeps a list of thousands linear; most sections name a few units)
    const lead = new Set<string>();
    const responsible = new Set<string>();
    for (const a of all) for (const u of a.lead) lead.add(u);
    for (const a of all) for (const u of a.responsible) if (!lead.has(u)) responsible.add(u);
    s.lead = [...lead];
    s.responsible = [...responsible];
  }
}

/** The marker style that carries unit annotations most often; the first seen wins a tie. */
function commonestUnitStyle(top: Node[]): string | undefined {
  const perStyle = new Map<string, number>();
  walkSections(top, (s) => {
    if (s.marker && s.annotations.length) perStyle.set(s.marker.style, (perStyle.get(s.marker.style) ?? 0) + 1);
  });
  let best: string | undefined;
  let most = 0;
  for (const [style, count] of perStyle) {
    if (count > most) {
      best = style;
      most = count;
    }
  }
  return best;
}

/** The innermost section of `chain` whose marker has `style`. */
function innermost(chain: Section[], style: string | undefined): Section | undefined {
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.marker?.style === style) return chain[i];
  return undefined;
}
