// Text copied out of a web page's DOM puts every inline element on a line of its own: a number, its unit
// and a "/" each alone ("0.35⏎元⏎/⏎千瓦时"), a marker's brackets apart from its numeral ("（⏎二⏎）"), a
// metadata label apart from its value ("发布机构：⏎…"). Those breaks are taken out again before parsing,
// each character mapped back to the copy, so positions still point into the file as it is (ANNOTATING.md:
// a split quantity's raw spans the break).
import { META_FIELD_LABELS } from '../data/boilerplate.js';
import { PER_UNITS, UNIT_LIST } from '../data/units.js';

type Fragment = 'number' | 'unit' | 'slash' | 'open' | 'close' | 'quote-open' | 'quote-close' | 'label' | null;

const NUMBER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％‰]?$/;
const UNITS = new Set([...UNIT_LIST, ...PER_UNITS, '万', '亿', '%', '％']);
const OPEN = /^[（(【〔]$/;
const CLOSE = /^[）)】〕]$/;
const SLASH = /^[/／]$/;
const QUOTE_OPEN = /^[“《「]$/;
const QUOTE_CLOSE = /^[”》」]$/;
/** What may follow a unit on its line and still leave it a fragment: the punctuation of the sentence it ends. */
const TRAILING_MARK = /[，,、；;。]$/;
const LABEL = new RegExp(`^(?:${META_FIELD_LABELS.map((l) => [...l].join('[ \\u3000]*')).join('|')})[ \\u3000]*[:：]$`);
/** A line ending a sentence: nothing after it joins it. */
const ENDS_SENTENCE = /[。！？!?；;]$/;
/** A line that opens a numbered item or a bracket: it starts a line of its own. */
const OPENS_ITEM = /^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]|第[一二三四五六七八九十百0-9]+[条章节]|[（(【〔])/;
/** Fewer fragments than this (units, brackets and labels alone on a line) is no DOM copy: a PDF's page numbers are bare digits too. */
const MIN_FRAGMENTS = 3;

function fragmentOf(line: string): Fragment {
  if (NUMBER.test(line)) return 'number';
  if (SLASH.test(line)) return 'slash';
  if (OPEN.test(line)) return 'open';
  if (CLOSE.test(line)) return 'close';
  if (QUOTE_OPEN.test(line)) return 'quote-open';
  if (QUOTE_CLOSE.test(line)) return 'quote-close';
  if (LABEL.test(line)) return 'label';
  const bare = TRAILING_MARK.test(line) ? line.slice(0, -1) : line;
  return UNITS.has(bare) ? 'unit' : null;
}

/** Longer than this, a line is no fragment: the first pass reads no other line. */
const FRAGMENT_MAX = 16;

/** At least MIN_FRAGMENTS lines hold only a unit, a bracket, a quote, a '/' or a label (numbers alone are no evidence). */
function hasEvidence(source: string): boolean {
  let found = 0;
  for (let start = 0; start <= source.length; ) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    if (end - start <= FRAGMENT_MAX) {
      const text = source.slice(start, end).trim();
      const kind = text === '' ? null : fragmentOf(text);
      if (kind !== null && kind !== 'number' && ++found >= MIN_FRAGMENTS) return true;
    }
    start = end + 1;
  }
  return false;
}

/** The text with the DOM copy's breaks taken out, and where each character stands in `source`; null when `source` is no such copy. */
export function rejoinFragments(source: string): { text: string; offsets: Int32Array } | null {
  if (!hasEvidence(source)) return null;
  const lines: { start: number; end: number; text: string; kind: Fragment }[] = [];
  for (let start = 0; start <= source.length; ) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const raw = source.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const kind = text === '' ? null : fragmentOf(text);
    lines.push({ start: start + lead, end: start + lead + text.length, text, kind });
    start = end + 1;
  }

  // the break after line k goes when the two lines belong together
  const joins = (k: number): boolean => {
    const a = lines[k]!;
    const b = lines[k + 1];
    if (!b || a.text === '' || b.text === '') return false;
    if (a.kind === 'label') return b.kind !== 'label';
    if (a.kind === 'open' || a.kind === 'quote-open') return true;
    // a quotation goes on its sentence; a bracket may open a numbered item, which keeps its line
    const inside = b.kind === 'number' || b.kind === 'unit' || b.kind === 'slash' || b.kind === 'close' || b.kind === 'quote-open' || b.kind === 'quote-close';
    if (inside && !ENDS_SENTENCE.test(a.text)) return true;
    const goesOn = a.kind === 'number' || a.kind === 'slash' || a.kind === 'quote-close' || (a.kind === 'unit' && !ENDS_SENTENCE.test(a.text));
    return goesOn && !OPENS_ITEM.test(b.text) && b.kind !== 'label';
  };
  const chars: string[] = [];
  const at: number[] = [];
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const joined = k > 0 && joins(k - 1);
    // a line kept apart keeps its indentation and the break before it
    const from = joined ? line.start : k === 0 ? 0 : sourceLineStart(source, line.start);
    for (let i = from; i < line.end; i++) {
      chars.push(source[i]!);
      at.push(i);
    }
    if (k + 1 < lines.length && !joins(k)) {
      // what the line has after its text (a CR, trailing spaces) and its break
      const next = lines[k + 1]!;
      const lineEnd = source.indexOf('\n', line.end);
      for (let i = line.end; i <= lineEnd && i < next.start; i++) {
        chars.push(source[i]!);
        at.push(i);
      }
    } else if (k + 1 < lines.length) changed = true;
  }
  if (!changed) return null;
  const offsets = new Int32Array(at.length + 1);
  offsets.set(at);
  offsets[at.length] = source.length;
  return { text: chars.join(''), offsets };
}

/** Where the line holding `offset` starts. */
function sourceLineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}
