// The tree's checks: numbering gaps and duplicates, numbered items run together on one line,
// hard-wrapped lines, tasks without units, and the page furniture set aside.
import type { Diagnostic, Furniture, Node, Section } from '../tree/schema.js';
import { diagnostic } from '../diagnostics/report.js';
import { walkSections } from '../tree/walk.js';
import type { LineIndex } from './positions.js';
import type { Kind, Piece } from './lines.js';
import { compact } from './normalize.js';

/** numbering-gap, numbering-duplicate and marker-missing-ordinal, sibling by sibling. */
export function checkNumbering(top: Node[], diagnostics: Diagnostic[]): void {
  const lastOfStyle = new Map<string, number>(); // across the document: numbering may run on across parents
  const visit = (nodes: Node[]) => {
    if (nodes.length === 0) return; // most sections have no children: no map for them
    const prevInParent = new Map<string, number>();
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      const m = n.marker;
      if (m) {
        const prev = prevInParent.get(m.style);
        if (m.ordinal === null) {
          m.ordinal = (prev ?? 0) + 1;
          m.inferred = true;
          diagnostics.push(diagnostic('marker-missing-ordinal', n.ownPosition, { marker: m.raw.trim(), inferred: render(m.style, m.ordinal) }));
        } else if (prev === undefined) {
          const runOn = lastOfStyle.get(m.style);
          if (m.ordinal !== 1 && m.ordinal !== (runOn ?? 0) + 1) {
            diagnostics.push(diagnostic('numbering-gap', n.ownPosition, { expected: render(m.style, 1), actual: m.raw.trim() }));
          }
        } else if (m.style === 'cn-shi' && m.ordinal === 1) {
          // 一是…二是… starts again in each paragraph: a new enumeration, not a gap
        } else if (m.ordinal === prev) {
          diagnostics.push(diagnostic('numbering-duplicate', n.ownPosition, { actual: m.raw.trim() }));
        } else if (m.ordinal !== prev + 1) {
          diagnostics.push(diagnostic('numbering-gap', n.ownPosition, { expected: render(m.style, prev + 1), actual: m.raw.trim() }));
        }
        prevInParent.set(m.style, m.ordinal);
        lastOfStyle.set(m.style, m.ordinal);
      }
      visit(n.children);
    }
  };
  visit(top);
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cnOrdinal(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${CN_DIGITS[n % 10]}`;
}

function render(style: string, n: number): string {
  switch (style) {
    case 'article': return `第${cnOrdinal(n)}条`;
    case 'cn-comma': return `${cnOrdinal(n)}、`;
    case 'paren-cn': return `（${cnOrdinal(n)}）`;
    case 'arabic-dot': return `${n}.`;
    case 'arabic-comma': return `${n}、`;
    case 'paren-arabic': return `（${n}）`;
    case 'circled': return String.fromCharCode(0x2460 + n - 1);
    default: return `${cnOrdinal(n)}是`;
  }
}

/** One `flattened-text` for each line on which numbered items run together, at its first marker inside the line. */
export function reportFlattened(pieces: Piece[], kinds: Kind[], index: LineIndex, diagnostics: Diagnostic[]): void {
  let first: Piece['marker'] = null;
  let line = -1;
  let count = 0;
  const flush = () => {
    if (first !== null) diagnostics.push(diagnostic('flattened-text', index.position(first.start, first.end), { count: String(count) }));
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (kinds[i] !== 'marker' || !p.marker || !p.marker.payload.midLine || p.marker.payload.style === 'cn-shi') continue;
    const at = index.point(p.marker.start).line;
    if (at !== line) {
      flush();
      first = p.marker;
      line = at;
      count = 0;
    }
    count++;
  }
  flush();
}

/** One `wrapped-lines` for a document whose sentences were broken across lines, at the first break joined. */
export function reportWraps(joined: Piece[], index: LineIndex, diagnostics: Diagnostic[]): void {
  const first = joined[0];
  if (first === undefined) return;
  diagnostics.push(diagnostic('wrapped-lines', index.position(first.start, first.start), { count: String(joined.length) }));
}

/** Task items without units where most items of the same style carry them. */
export function reportUnitless(top: Node[], diagnostics: Diagnostic[]): void {
  const byStyle = new Map<string, Section[]>();
  walkSections(top, (n) => {
    if (!n.marker) return;
    const list = byStyle.get(n.marker.style);
    if (list) list.push(n);
    else byStyle.set(n.marker.style, [n]);
  });
  for (const sections of byStyle.values()) {
    const withUnits = sections.filter((s) => s.lead.length || s.responsible.length);
    if (withUnits.length < 3 || withUnits.length * 2 < sections.length) continue;
    for (const s of sections) {
      if (s.lead.length || s.responsible.length) continue;
      if (s.children.some((c) => c.type === 'section')) continue; // a heading over tasks, not a task
      diagnostics.push(diagnostic('task-without-units', s.ownPosition, { marker: s.marker!.raw.trim() }));
    }
  }
}

/** One `boilerplate-removed` per block of furniture: a run of furniture pieces with no content between. */
export function reportFurniture(pieces: Piece[], kinds: Kind[], furniture: Furniture[], diagnostics: Diagnostic[]): void {
  let f = 0;
  for (let i = 0; i < pieces.length; ) {
    if (kinds[i] !== 'furniture') {
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && kinds[j] === 'furniture') j++;
    const block = furniture.slice(f, f + (j - i));
    f += j - i;
    const first = block[0]!.position;
    const last = block[block.length - 1]!.position;
    diagnostics.push(
      diagnostic('boilerplate-removed', { start: first.start, end: last.end }, {
        count: String(block.length),
        sample: block.slice(0, 3).map((b) => compact(b.text).slice(0, 12)).join(' | '),
      }),
    );
    i = j;
  }
}
