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
  /** The piece begins a line (after indentation) and runs to its end. */
  wholeLine: boolean;
  /** A blank line (or the start of the text) lies between this piece and the previous one. */
  afterBlank: boolean;
};

const isSpace = (t: IToken) => t.tokenType === T.Space;

export function piecesOf(segments: Segment[]): Piece[] {
  const pieces: Piece[] = [];
  let breaks = 2; // line breaks seen since the last piece: the text start counts as a blank line
  segments.forEach((seg, si) => {
    const nextMarker = segments[si + 1]?.marker as Piece['marker'] | undefined;
    const endsAtLineEnd = !nextMarker || !nextMarker.payload.midLine;
    let current: IToken[] = [];
    let marker = seg.marker as Piece['marker'];
    let startsLine = marker ? !marker.payload.midLine : breaks > 0;
    const flush = (endsLine: boolean) => {
      const body = current.filter((t) => !isSpace(t));
      if (marker || body.length > 0) {
        const first = marker ?? body[0]!;
        const last = body.length > 0 ? body[body.length - 1]! : marker!;
        pieces.push({
          start: first.startOffset,
          end: last.startOffset + last.image.length,
          marker,
          annotations: body.filter((t) => t.tokenType === T.Annotation || t.tokenType === T.BareAnnotation),
          startsLine,
          wholeLine: startsLine && endsLine,
          afterBlank: breaks >= 2,
        });
        breaks = 0;
      }
      current = [];
      marker = null;
    };
    for (const tok of seg.content) {
      if (tok.tokenType === T.LineBreak) {
        flush(true);
        breaks++;
        startsLine = true;
      } else current.push(tok);
    }
    flush(endsAtLineEnd);
  });
  return pieces;
}
