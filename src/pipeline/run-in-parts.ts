// A flattened copy runs a chapter heading into the text before it: "…综合评定。第二章 运动员(队)的奖励第五条 对获得…",
// "…制定本办法。第二章政府投资决策第九条市、县…".
// The grammar starts the article after it (RUN_IN_PART); here the heading is cut from the piece it ends, so that
// it heads its articles as a chapter on a line of its own does.
import type { Piece } from './lines.js';
import { RUN_IN_PART, RUN_IN_PART_UNSPACED } from '../../grammar/text-run.js';

/** The pieces with each chapter heading run in before an article cut into a piece of its own; `pieces` itself when there is none. */
export function splitRunInParts(pieces: Piece[], norm: string): Piece[] {
  let out: Piece[] | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1];
    const cut = next?.marker?.payload.style === 'article' && next.marker.payload.midLine ? runInPartAt(p, norm) : -1;
    if (cut <= p.start) {
      out?.push(p);
      continue;
    }
    out ??= pieces.slice(0, i);
    const before = norm.slice(p.start, cut).trimEnd();
    out.push(
      { ...p, end: p.start + before.length, endsLine: false, wholeLine: false, annotations: p.annotations.filter((a) => a.end <= cut) },
      { start: cut, end: p.end, marker: null, annotations: p.annotations.filter((a) => a.start >= cut), startsLine: true, endsLine: false, wholeLine: false, afterBlank: false },
    );
  }
  return out ?? pieces;
}

/** Where the chapter heading ending piece `p` starts, or -1. */
function runInPartAt(p: Piece, norm: string): number {
  const text = norm.slice(p.start, p.end);
  // "第二章 运动员(队)的奖励", or without the space in a copy flattened of them all ("第二章政府投资决策")
  const m = RUN_IN_PART.exec(text) ?? RUN_IN_PART_UNSPACED.exec(text);
  return m ? p.start + m.index : -1;
}
