// A flattened plan runs each box into the text before it ("…特色体育运动发展。 专栏10 社会事业补短板提升工程 教育事业
// 补短板工程：…"): the box's heading, its number and its name up to the space after it, is cut into a piece of its own,
// so that it heads the box as a heading on a line of its own does, and the text before it ends there.
import type { Piece } from './lines.js';
import { cutPieces } from './cut-pieces.js';
import { pastSpacesBack } from '../quantities/non-quantities.js';
import { BOX_HEADING } from '../data/marker-styles.js';

/** After a box's number and its space, words that cite it in prose ("专栏2 所列重点项目", "专栏3 中的项目"), not a name. */
export const BOX_PROSE_NEXT = '所中的列、及和与';
/** The longest name of a box ("平潭综合实验区“十四五”时期经济社会发展主要目标"). */
export const BOX_NAME_MAX = 30;
/** A box's number and its name, up to the space or the end that closes the name ("专栏1 …主要目标 分类序号…"). */
const RUN_IN_BOX = new RegExp(`${BOX_HEADING.source.slice(1)}[ \u3000]+(?![${BOX_PROSE_NEXT}])[^\\s。;；:：、,，]{2,${BOX_NAME_MAX}}(?=\\s|$)`, 'g');
/** What stands right before a run-in box: a sentence end (white space aside). */
const SENTENCE_ENDS = '。;；!！?？';
const BOX_WORD = '专栏';

/** Where each box heading run in after a sentence end starts and ends in `norm`, in pairs. */
function boxCuts(norm: string): number[] {
  const cuts: number[] = [];
  for (const m of norm.matchAll(RUN_IN_BOX)) {
    const q = pastSpacesBack(norm, m.index);
    // at a line start the box is a heading already
    if (q === 0 || norm[q - 1] === '\n' || !SENTENCE_ENDS.includes(norm[q - 1]!)) continue;
    cuts.push(m.index, m.index + m[0].length);
  }
  return cuts;
}

/** The pieces with each box heading run in after a sentence end cut into a piece of its own; `pieces` itself when there is none. */
export function splitRunInBoxes(pieces: Piece[], norm: string): Piece[] {
  if (!norm.includes(BOX_WORD)) return pieces; // no box: most texts
  return cutPieces(pieces, norm, boxCuts(norm));
}
