// Quantities and their meaning (../shared/spec/TARGETS.md): walks the tree,
// reads each node's own text and turns every quantity into a Target.
import type { Node, Paragraph, Root, Section, Target } from '../tree/schema.js';
import type { LineIndex } from './positions.js';
import { UNITS } from '../data/units.js';
import { SENTENCE_ENDS } from '../data/target-cues.js';
import { roundSignificant } from '../numerals.js';
import { textView } from '../quantities/text-view.js';
import { scan, type Quantity } from '../quantities/scan.js';
import { clauseEnd, clauseStart, deadlines, modalityAt, sentenceEnd, sentenceStart, yearAt } from '../quantities/context.js';
import { compare, type Compared } from '../quantities/comparator.js';
import { isAppositive, roleOf } from '../quantities/role.js';
import { indicatorOf, phraseAfter, phraseBefore } from '../quantities/indicator.js';

export type QuantityInput = { source: string; norm: string; index: LineIndex; root: Root };

export function extractTargets(input: QuantityInput): Target[] {
  const targets: Target[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        if (node.role !== 'title') extractNode(input, node, node.position.start.offset, node.position.end.offset, targets);
      } else {
        const start = node.ownPosition.start.offset;
        extractNode(input, node, start + markerLength(input.source, node, start), node.ownPosition.end.offset, targets);
        walk(node.children);
      }
    }
  };
  walk(input.root.children);
  return targets;
}

/** The marker ("1.", "（一）") opens a section's own text and is never a quantity. */
function markerLength(source: string, section: Section, start: number): number {
  const raw = section.marker?.raw;
  if (!raw) return 0;
  for (let at = start; at <= start + 8; at++) if (source.startsWith(raw, at)) return at - start + raw.length;
  return 0;
}

function extractNode(input: QuantityInput, node: Section | Paragraph, start: number, end: number, out: Target[]): void {
  const { source, norm, index } = input;
  const holes = node.annotations
    .map((a): [number, number] => [a.position.start.offset, a.position.end.offset])
    .sort((x, y) => x[0] - y[0]);
  const { text, offs } = textView(norm, start, end, holes);
  const { quantities, years } = scan(text);
  if (quantities.length === 0) return;
  const due = deadlines(text, years);
  const show = (a: number, b: number) => {
    let s = '';
    for (let k = a; k < b; k++) if (text[k] !== '\n') s += text[k] === ' ' ? ' ' : source[offs[k]!];
    return s;
  };

  const clauses = quantities.map((q): [number, number] => [clauseStart(text, q.start), clauseEnd(text, q.start)]);
  const compared: Compared[] = quantities.map((q, k) => compare(text, q, clauses[k]![0]));
  let previous: string | null = null;
  let fromBaseline = -1; // clause start of the last 从/由 baseline
  quantities.forEach((q, k) => {
    const c = compared[k]!;
    const [start, end] = clauses[k]!;
    const prev = k > 0 ? compared[k - 1]! : null;
    const from = prev && prev.suffixEnd > start ? prev.suffixEnd : start;
    const next = compared[k + 1];
    const to = Math.min(end, next ? next.prefixStart : text.length);
    const yearMention = yearAt(due.years, q.start);
    const year = yearMention?.year ?? null;
    const modality = modalityAt(text, q.start);
    const [na, nb] = phraseAfter(text, c.suffixEnd, to);
    const appositive = na < nb && isAppositive(text, from, c.prefixStart, q.value);
    const [pa, pb] = phraseBefore(text, from, c.prefixStart, due.years);
    const role = roleOf({
      text, q, clauseStart: start, clauseEnd: end, prefixStart: c.prefixStart, suffixEnd: c.suffixEnd,
      comparator: c.comparator, perfective: c.perfective, appositive, nounBefore: pa < pb,
      afterFrom: fromBaseline === start, governed: year !== null || modality !== null,
      status: yearMention !== null && due.status.has(yearMention),
      countFollows: next !== undefined && quantities[k + 1]!.kind === 'count' && next.prefixStart < end,
    });
    if (role === 'baseline' && '从由'.includes(text[c.prefixStart - 1] ?? '')) fromBaseline = start;
    const indicator = indicatorOf({
      text, from, prefixStart: c.prefixStart, suffixEnd: c.suffixEnd, to, years: due.years, appositive, previous, show,
    });
    previous = indicator || previous;

    const a = offs[q.start]!;
    const b = offs[q.end - 1]! + 1;
    const id = `t${out.length + 1}`;
    node.targets.push(id);
    out.push({
      id,
      nodeId: node.id,
      raw: source.slice(a, b),
      value: q.value,
      upper: q.upper,
      unit: q.unit,
      kind: q.kind,
      normalized: normalized(q),
      comparator: c.comparator,
      year,
      modality,
      role,
      indicator,
      sentence: sentenceOf(source, text, offs, sentenceStart(text, q.start), sentenceEnd(text, q.start)),
      position: index.position(a, b),
    });
  });
}

function normalized(q: Quantity): Target['normalized'] {
  const info = q.unit === null ? undefined : UNITS[q.unit];
  if (!info?.scale) return { value: q.value, unit: q.unit };
  return { value: roundSignificant(q.value * info.scale), unit: info.normalizedUnit ?? q.unit };
}

/** The sentence as it stands in the source (a sentence never spans an annotation: those end sentences). */
function sentenceOf(source: string, text: string, offs: Int32Array, a: number, b: number): string {
  const end = b < text.length && text[b] !== '\n' && SENTENCE_ENDS.includes(text[b]!) ? b + 1 : b;
  return end > a ? source.slice(offs[a]!, offs[end - 1]! + 1).trim() : '';
}
