// Headings a flattened copy ran into body text (a 目录's chapters, a plan's boxes) are cut into pieces of their own:
// the cuts, found by each reader, are applied here once.
import type { Piece } from './lines.js';

/**
 * The pieces cut at `cuts` (offsets in text order): each stretch between two cuts becomes a piece of its own that
 * starts a line, without the white space around it; `pieces` itself when no cut falls inside a piece.
 */
export function cutPieces(pieces: Piece[], norm: string, cuts: number[]): Piece[] {
  if (cuts.length === 0) return pieces;
  const out: Piece[] = [];
  let c = 0; // the cuts and the pieces are both in text order: one walk over both
  for (const piece of pieces) {
    while (c < cuts.length && cuts[c]! <= piece.start) c++;
    const inside: number[] = [];
    for (let k = c; k < cuts.length && cuts[k]! < piece.end; k++) inside.push(cuts[k]!);
    if (inside.length === 0) {
      out.push(piece);
      continue;
    }
    const bounds = [piece.start, ...inside, piece.end];
    for (let k = 0; k < bounds.length - 1; k++) {
      let a = bounds[k]!;
      while (a < bounds[k + 1]! && norm[a] === ' ') a++;
      let b = bounds[k + 1]!;
      while (b > a && /\s/.test(norm[b - 1]!)) b--;
      if (b <= a) continue;
      const first = k === 0;
      const last = k === bounds.length - 2;
      out.push({
        ...piece, start: a, end: b, marker: first ? piece.marker : null, annotations: piece.annotations.filter((x) => x.start >= a && x.start < b),
        startsLine: first ? piece.startsLine : true, endsLine: last ? piece.endsLine : true, wholeLine: !first && !last, afterBlank: first ? piece.afterBlank : false,
      });
    }
  }
  return out;
}
