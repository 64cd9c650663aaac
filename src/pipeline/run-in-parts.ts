// A flattened copy runs a chapter heading into the text before it: "…综合评定。第二章 运动员(队)的奖励第五条 对获得…",
// "…制定本办法。第二章政府投资决策第九条市、县…".
// The grammar starts the article after it (RUN_IN_PART); here the heading is cut from the piece it ends, so that
// it heads its articles as a chapter on a line of its own does.
import type { Piece } from './lines.js';
import { RUN_IN_PART, RUN_IN_PART_UNSPACED } from '../../grammar/text-run.js';
import { PART_HEADING } from '../data/marker-styles.js';

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
    out.push({ ...p, end: p.start + before.length, endsLine: false, wholeLine: false, annotations: p.annotations.filter((a) => a.end <= cut) });
    // "第二章 投资管理第一节 投资的范围…": a chapter run into its first section, each a heading of its own
    const inner = innerPartAt(norm, cut, p.end);
    for (const [a, b] of inner < 0 ? [[cut, p.end]] : [[cut, inner], [inner, p.end]]) {
      const ends = b === inner; // (a heading a second one follows ends as a line does, or it would be joined to it as wrapped)
      out.push({ start: a!, end: b!, marker: null, annotations: p.annotations.filter((x) => x.start >= a! && x.start < b!), startsLine: true, endsLine: ends, wholeLine: ends, afterBlank: false });
    }
  }
  return out ?? pieces;
}

const PART_AT = new RegExp(PART_HEADING.source.slice(1), 'g');
/** Where a second part heading starts inside the heading [a, b) ("第二章 投资管理第一节 …"), or -1. */
function innerPartAt(norm: string, a: number, b: number): number {
  PART_AT.lastIndex = a + 1;
  const m = PART_AT.exec(norm);
  return m !== null && m.index < b && m.index > a + 1 ? m.index : -1;
}

/** Where the chapter heading ending piece `p` starts, or -1. */
function runInPartAt(p: Piece, norm: string): number {
  const text = norm.slice(p.start, p.end);
  // "第二章 运动员(队)的奖励", or without the space in a copy flattened of them all ("第二章政府投资决策")
  const m = RUN_IN_PART.exec(text) ?? RUN_IN_PART_UNSPACED.exec(text);
  if (!m) return -1;
  // "…。第三章 融资、对外担保和借款管理第一节 融资…": a section whose chapter, run in right before it, was too long to match
  const outer = OUTER_PART.exec(text.slice(Math.max(0, m.index - OUTER_PART_REACH), m.index));
  return p.start + (outer ? m.index - (Math.min(m.index, OUTER_PART_REACH) - outer.index) : m.index);
}
/** How far before a run-in section its chapter's heading may start. */
const OUTER_PART_REACH = 30;
/** A chapter's heading, with no sentence end after it, ending the text before a section's. */
const OUTER_PART = new RegExp(`${PART_HEADING.source.slice(1)}[^。;:!?]*$`);
