// A document that says once how its lists of units name the lead ("逗号前为牵头单位", "排在第一位的为牵头单位")
// has each list that names no lead read so: the units before the list's first comma lead, or the first unit does.
import type { Node, Root, UnitAnnotation } from '../tree/schema.js';
import { LEAD_BEFORE_COMMA_NOTE, LEAD_FIRST_NOTE, LEAD_WORD, SHARE_WORDS } from '../data/unit-labels.js';
import { normalize } from './normalize.js';

type Note = 'before-comma' | 'first';

/** The note `text` makes on its lists of units, if any. */
function noteOf(text: string): Note | null {
  if (!text.includes(LEAD_WORD)) return null; // every note names 牵头: one search rules most texts out
  if (LEAD_BEFORE_COMMA_NOTE.test(text)) return 'before-comma';
  if (LEAD_FIRST_NOTE.test(text)) return 'first';
  return null;
}

const COLON = ':';
const COMMA = ',';
const BRACKET_DEPTH: Record<string, number> = { '(': 1, ')': -1 };

/** Where the label's colon stands in the annotation as normalized, or 0. */
function firstColon(raw: string): number {
  const at = raw.indexOf(COLON);
  return at < 0 ? 0 : at;
}

/** Where the first comma of the list after the label stands in `raw` (normalized), outside brackets, or -1. */
function firstComma(raw: string): number {
  let depth = 0;
  for (let i = Math.max(firstColon(raw) + 1, 1); i < raw.length; i++) {
    depth = Math.max(0, depth + (BRACKET_DEPTH[raw[i]!] ?? 0));
    if (depth === 0 && raw[i] === COMMA) return i;
  }
  return -1;
}

/** The list (`raw` normalized) is labelled as those responsible (责任单位), or not labelled: 配合单位 and 协办单位 lead nothing. */
function namesWhoIsResponsible(raw: string): boolean {
  const label = raw.slice(0, firstColon(raw));
  return label.length <= 1 || label.includes(RESPONSIBLE_MARK);
}
const RESPONSIBLE_MARK = '责任';

/**
 * How many of the annotation's units lead, by the note: 0 where the note says nothing of this list. `raw` is the
 * annotation normalized, as the names were read.
 */
function leadCount(a: UnitAnnotation, raw: string, note: Note): number {
  if (note === 'first') return 1;
  const comma = firstComma(raw);
  // no comma: every unit listed stands before it ("（市交通运输局）" under "列逗号之前的为牵头单位"), unless the list says
  // they share the work ("（市交通运输局、市发展改革委按职责分工负责）")
  if (comma < 0) return SHARE_WORDS.some((w) => raw.includes(w)) ? 0 : a.responsible.length;
  let count = 0;
  let at = 0;
  for (const name of a.responsible) {
    const found = raw.indexOf(name, at);
    if (found < 0 || found > comma) break;
    count++;
    at = found + name.length;
  }
  return count;
}

/** Moves the lead units of every list without a lead out of `responsible`, as the document's note says. */
export function applyLeadNote(root: Root, text: string): void {
  const note = noteOf(text);
  if (note === null) return;
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      for (const a of n.annotations) {
        if (a.lead.length > 0 || a.responsible.length === 0) continue;
        const raw = normalize(a.raw).text;
        if (!namesWhoIsResponsible(raw)) continue;
        const k = leadCount(a, raw, note);
        if (k > 0) a.lead.push(...a.responsible.splice(0, k));
      }
      if (n.type === 'section') visit(n.children);
    }
  };
  visit(root.children);
}
