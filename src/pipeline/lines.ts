// Pieces: the grammar's segments cut at line breaks. A piece is the text of one
// line, or the part of a line from a marker to the next marker. Each piece is
// later classified (furniture, title, heading, paragraph) and placed in the tree.
import type { IToken } from 'chevrotain';
import { tokens as T, type MarkerPayload, type Segment } from '../../grammar/index.js';

export type Piece = {
  /** Offsets of the trimmed piece in the text; end exclusive. */
  start: number;
  end: number;
  marker: (IToken & { payload: MarkerPayload }) | null;
  annotations: IToken[];
  /** The piece begins a line (after indentation). */
  startsLine: boolean;
  /** The piece runs to the end of its line. */
  endsLine: boolean;
  /** The piece begins a line (after indentation) and runs to its end. */
  wholeLine: boolean;
  /** A blank line (or the start of the text) lies between this piece and the previous one. */
  afterBlank: boolean;
};

// read once: a load from the module namespace on every token costs more than the comparison
const { Annotation, BareAnnotation, LineBreak, Space } = T;
const isAnnotation = (t: IToken) => t.tokenType === Annotation || t.tokenType === BareAnnotation;
/** Shared by every piece without annotations (most of them); nothing adds to a piece's list later. */
const NO_ANNOTATIONS: IToken[] = [];

export function piecesOf(segments: Segment[]): Piece[] {
  const pieces: Piece[] = [];
  let breaks = 2; // line breaks seen since the last piece: the text start counts as a blank line
  for (let si = 0; si < segments.length; si++) {
    const seg = segments[si]!;
    const nextMarker = segments[si + 1]?.marker as Piece['marker'] | undefined;
    const endsAtLineEnd = !nextMarker || !nextMarker.payload.midLine;
    // the piece being gathered: only its first and last tokens that are not spaces, and its annotations
    let first: IToken | null = null;
    let last: IToken | null = null;
    let annotations = NO_ANNOTATIONS;
    let marker = seg.marker as Piece['marker'];
    let startsLine = marker ? !marker.payload.midLine : breaks > 0;
    const flush = (endsLine: boolean) => {
      if (marker || first) {
        pieces.push({
          start: (marker ?? first)!.startOffset,
          end: last ? last.startOffset + last.image.length : marker!.startOffset + marker!.image.length,
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
    };
    for (const tok of seg.content) {
      if (tok.tokenType === LineBreak) {
        flush(true);
        breaks++;
        startsLine = true;
      } else if (tok.tokenType !== Space) {
        first ??= tok;
        last = tok;
        if (isAnnotation(tok)) {
          if (annotations === NO_ANNOTATIONS) annotations = [];
          annotations.push(tok);
        }
      }
    }
    flush(endsAtLineEnd);
  }
  return pieces;
}
