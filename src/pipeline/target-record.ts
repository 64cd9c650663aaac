// The Target record of a quantity once read: its raw text and position in the source, its normalized value,
// and the sentence it stands in, cut from the source once per sentence.
import type { Paragraph, Role, Section, Target } from '../tree/schema.js';
import { SENTENCE_ENDS } from '../data/target-cues.js';
import { roundSignificant } from '../numerals.js';
import type { Quantity } from '../quantities/scan.js';
import type { ViewMap } from '../quantities/text-view.js';
import type { NodeReading, QuantityInput } from './node-reading.js';

/** The Target of the quantity read last, of the node. */
export function targetOf(r: NodeReading, node: Section | Paragraph, role: Role, indicator: string, id: string, input: QuantityInput): Target {
  const f = r.facts;
  const { q } = f;
  const a = r.map.offset(q.start);
  const b = r.map.offset(q.end - 1) + 1;
  if (f.sentenceStart !== r.sentenceFrom || f.sentenceEnd !== r.sentenceTo) {
    r.sentence = sentenceOf(r.source, f.text, r.map, f.sentenceStart, f.sentenceEnd);
    r.sentenceFrom = f.sentenceStart;
    r.sentenceTo = f.sentenceEnd;
  }
  return {
    id,
    nodeId: node.id,
    raw: r.source.slice(a, b),
    value: q.value,
    upper: q.upper,
    unit: q.unit,
    kind: q.kind,
    normalized: normalized(q),
    comparator: f.comparator,
    year: r.year,
    modality: r.modality,
    role,
    indicator,
    sentence: r.sentence,
    position: input.index.position(a, b),
  };
}

function normalized(q: Quantity): Target['normalized'] {
  const { info } = q;
  if (!info?.scale) return { value: q.value, unit: q.unit };
  return { value: roundSignificant(q.value * info.scale), unit: info.normalizedUnit ?? q.unit };
}

/** The sentence as it stands in the source (a sentence never spans an annotation: those end sentences). */
function sentenceOf(source: string, text: string, map: ViewMap, a: number, b: number): string {
  const end = b < text.length && text[b] !== '\n' && SENTENCE_ENDS.includes(text[b]!) ? b + 1 : b;
  return end > a ? source.slice(map.offset(a), map.offset(end - 1) + 1).trim() : '';
}
