// Pieces: the grammar's segments cut at line breaks. A piece is the text of one
// line, or the part of a line from a marker to the next marker. Each piece is
// later classified (furniture, title, heading, paragraph) and placed in the tree.
import type { AnnotationSpan, InlineSpan, MarkerSpan, Segment } from '../../grammar/index.js';

export type Piece = {
  /** Offsets of the trimmed piece in the text; end exclusive. */
  start: number;
  end: number;
  marker: MarkerSpan | null;
  annotations: AnnotationSpan[];
  /** The piece begins a line (after indentation). */
  startsLine: boolean;
  /** The piece runs to the end of its line. */
  endsLine: boolean;
  /** The piece begins a line (after indentation) and runs to its end. */
  wholeLine: boolean;
  /** A blank line (or the start of the text) lies between this piece and the previous one. */
  afterBlank: boolean;
};

/** What a piece is: a numbered item, page furniture, a title line, an unnumbered heading or body text. */
export type Kind = 'marker' | 'furniture' | 'title' | 'heading' | 'paragraph';

/** Shared by every piece without annotations (most of them); nothing adds to a piece's list later. */
const NO_ANNOTATIONS: AnnotationSpan[] = [];

export function piecesOf(segments: Segment[]): Piece[] {
  const pieces: Piece[] = [];
  let breaks = 2; // line breaks seen since the last piece: the text start counts as a blank line
  for (let si = 0; si < segments.length; si++) {
    const seg = segments[si]!;
    const nextMarker = segments[si + 1]?.marker;
    const endsAtLineEnd = !nextMarker || !nextMarker.payload.midLine;
    // the piece being gathered: only its first and last tokens that are not spaces, and its annotations
    // (plain locals, no closure: this loop runs for every token of the document)
    let first: InlineSpan | null = null;
    let last: InlineSpan | null = null;
    let annotations = NO_ANNOTATIONS;
    let marker = seg.marker;
    let startsLine = marker ? !marker.payload.midLine : breaks > 0;
    const content = seg.content;
    for (let ti = 0; ti <= content.length; ti++) {
      const tok = ti < content.length ? content[ti]! : null; // null: the segment's end
      if (tok !== null && tok.type !== 'line-break') {
        if (tok.type !== 'space') {
          first ??= tok;
          last = tok;
          if (tok.type === 'annotation') {
            if (annotations === NO_ANNOTATIONS) annotations = [];
            annotations.push(tok);
          }
        }
        continue;
      }
      // a line break or the segment's end closes the piece
      const endsLine = tok !== null || endsAtLineEnd;
      if (marker || first) {
        pieces.push({
          start: (marker ?? first)!.start,
          end: (last ?? marker)!.end,
          marker,
          annotations,
          startsLine,
          endsLine,
          wholeLine: startsLine && endsLine,
          afterBlank: breaks >= 2,
        });
        breaks = 0;
        annotations = NO_ANNOTATIONS;
      }
      first = last = null;
      marker = null;
      if (tok !== null) {
        breaks++;
        startsLine = true;
      }
    }
  }
  return pieces;
}
