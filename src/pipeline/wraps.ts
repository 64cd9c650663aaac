// Hard-wrapped text: a copy from a PDF or a fixed-width page breaks every line
// at the page width, inside sentences. Such a break is joined back, so the
// sentence stays one paragraph (or one item's own text) and the quantity rules
// read it whole. A break is a wrap only where the line before is full (as long
// as the document's other wrapped lines) and nothing ends or starts there.
import type { Piece } from './lines.js';
import type { Kind } from './build-tree.js';

/**
 * Lines ending on these may go on: a character of text, a comma or semicolon, a colon, a quote or bracket
 * (but not a unit annotation, which ends its task).
 */
const GOES_ON = /[\u3400-\u9fffA-Za-z0-9,、;:“”(《)》」]$/;
/** A full line ending a sentence goes on only where paragraphs are marked by indentation and the next line has none. */
const ENDS_SENTENCE = /[。!?]$/;
/** Fewer indented lines than this: the document does not mark its paragraphs by indentation. */
const MIN_INDENTED = 3;
/** ",", "、": a line never ends a sentence on these, whatever its length. */
const MID_SENTENCE = /[,、]$/;
/** Lines starting with these may continue one: text, a digit, an opening quote or bracket (no list mark, no dash). */
const CONTINUES = /^[\u3400-\u9fffA-Za-z0-9“(《]/;
/** Fewer lines than this that look wrapped say nothing about a page width. */
const MIN_WRAPPED = 3;
/** A full line is at least this share of the typical wrapped line's width. */
const FULL_SHARE = 0.85;
/** Narrower than this (in half-width columns) is no page width: headings and short lines. */
const MIN_WIDTH = 40;

/** Display width of text[a, b): full-width characters take two columns. */
function widthOf(text: string, a: number, b: number): number {
  let w = 0;
  for (let i = a; i < b; i++) w += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return w;
}

export type Wraps = { pieces: Piece[]; kinds: Kind[]; joined: Piece[] };

/**
 * Joins each line that continues the line before it into the piece before it. `norm` is the normalized
 * text the pieces index (full-width punctuation folded); `source` gives the widths as printed.
 * `joined` lists the pieces that were joined onto the one before them.
 */
export function joinWraps(pieces: Piece[], kinds: Kind[], norm: string, source: string, lineStart: (offset: number) => number): Wraps {
  const indented = (p: Piece) => p.startsLine && lineStart(p.start) < p.start;
  let indents = 0;
  for (const p of pieces) if (indented(p)) indents++;
  const byIndent = indents >= MIN_INDENTED;
  // Candidates: a line that may go on, followed on the next line (no blank line) by one that may continue it.
  // After a sentence end, only in a document that indents its paragraphs, and to a line without indentation.
  const candidate: boolean[] = new Array(pieces.length).fill(false);
  const widths: number[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i - 1]!;
    const c = pieces[i]!;
    if (kinds[i] !== 'paragraph' || !c.startsLine || c.afterBlank || !p.endsLine) continue;
    if (kinds[i - 1] !== 'paragraph' && kinds[i - 1] !== 'marker') continue;
    const last = norm.slice(p.end - 1, p.end);
    const annotated = p.annotations.length > 0 && p.annotations[p.annotations.length - 1]!.startOffset + p.annotations[p.annotations.length - 1]!.image.length === p.end;
    const goesOn = (GOES_ON.test(last) && !annotated) || (byIndent && ENDS_SENTENCE.test(last) && !indented(c));
    if (!goesOn || !CONTINUES.test(norm.slice(c.start, c.start + 1))) continue;
    candidate[i] = true;
    if (!MID_SENTENCE.test(last)) widths.push(widthOf(source, lineStart(p.end - 1), p.end));
  }
  const sorted = [...widths].sort((a, b) => a - b);
  const typical = sorted.length >= MIN_WRAPPED ? sorted[sorted.length >> 1]! : Infinity;
  const full = typical >= MIN_WIDTH ? typical * FULL_SHARE : Infinity;

  const out: Piece[] = [];
  const outKinds: Kind[] = [];
  const joined: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const c = pieces[i]!;
    const p = out[out.length - 1];
    const wraps = candidate[i]! && p !== undefined
      && (MID_SENTENCE.test(norm.slice(p.end - 1, p.end)) || widthOf(source, lineStart(p.end - 1), p.end) >= full);
    if (!wraps) {
      out.push(c);
      outKinds.push(kinds[i]!);
      continue;
    }
    joined.push(c);
    out[out.length - 1] = {
      ...p,
      end: c.end,
      annotations: c.annotations.length === 0 ? p.annotations : [...p.annotations, ...c.annotations],
      wholeLine: p.startsLine && c.endsLine,
      endsLine: c.endsLine,
    };
  }
  return { pieces: out, kinds: outKinds, joined };
}
