// A flattened plan whose 目录 lists its chapters and sections ("目 录前 言第一章 “十三五”规划总结第一节 …发展成就第二节
// 面临的形势第二章 …") runs each heading in the body into the text after it ("。第三章 全面推动城乡教育高质量均衡发展全面贯彻
// 党的教育方针，…"): where its title ends is only known from the 目录. Each heading the 目录 lists is cut from the body
// into a piece of its own, so that it heads its part as a heading on a line of its own does.
import type { Piece } from './lines.js';
import { PART_HEADING } from '../data/marker-styles.js';

const PART_AT = new RegExp(PART_HEADING.source.slice(1), 'g');
/** The longest title of a 目录 entry; entries follow each other without a sentence end. */
const ENTRY_TITLE_MAX = 30;
/** A 目录 lists at least this many parts. */
const ENTRIES_MIN = 4;
const ENTRY_BREAK = /[。;；!！?？\n]/;
/** What may stand right before a heading in the body: a sentence end, or the heading before it. */
const SENTENCE_ENDS = '。;；!！?？';

/** The headings a run of 目录 entries lists ("第一章 “十三五”规划总结", "第一节 …发展成就"), and where the run ends. */
function tocEntries(norm: string): { headings: string[]; end: number } | null {
  const at: number[] = [];
  for (const m of norm.matchAll(PART_AT)) {
    const last = at[at.length - 1];
    if (last !== undefined && (m.index - last > ENTRY_TITLE_MAX + 4 || ENTRY_BREAK.test(norm.slice(last, m.index)))) {
      if (at.length >= ENTRIES_MIN) break;
      at.length = 0;
    }
    at.push(m.index);
  }
  if (at.length < ENTRIES_MIN) return null;
  const headings = at.slice(0, -1).map((a, k) => norm.slice(a, at[k + 1]).trim());
  // the last entry's title runs up to whatever follows the 目录: it is left out
  return { headings: headings.filter((h) => h.length > 4), end: at[at.length - 1]! };
}

/** The pieces with each heading the 目录 lists cut from the body text it runs into; `pieces` itself when there is none. */
export function splitTocHeadings(pieces: Piece[], norm: string): Piece[] {
  if (!norm.includes('目')) return pieces; // no 目录: most texts
  const toc = tocEntries(norm);
  if (toc === null || toc.headings.length === 0) return pieces;
  const cuts: number[] = [];
  for (const h of toc.headings) {
    for (let p = norm.indexOf(h, toc.end); p >= 0; p = norm.indexOf(h, p + h.length)) {
      const before = norm[p - 1] ?? '\n';
      // after a sentence end, or right after the heading before it ("…规划总结第一节 …"; the 目录 lists that one first)
      if (SENTENCE_ENDS.includes(before) || before === '\n' || cuts.includes(p) || (before === ' ' && cuts.includes(p - 1))) cuts.push(p, p + h.length);
    }
  }
  if (cuts.length === 0) return pieces;
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (const piece of pieces) {
    const inside = sorted.filter((c) => c > piece.start && c < piece.end);
    if (inside.length === 0) {
      out.push(piece);
      continue;
    }
    const bounds = [piece.start, ...inside, piece.end];
    for (let k = 0; k < bounds.length - 1; k++) {
      const a = bounds[k]!;
      let b = bounds[k + 1]!;
      while (b > a && /\s/.test(norm[b - 1]!)) b--;
      if (b <= a) continue;
      const first = k === 0;
      out.push({
        ...piece, start: a, end: b, marker: first ? piece.marker : null, annotations: piece.annotations.filter((x) => x.start >= a && x.start < b),
        startsLine: first ? piece.startsLine : true, endsLine: k === bounds.length - 2 ? piece.endsLine : true, wholeLine: !first && k < bounds.length - 2, afterBlank: first ? piece.afterBlank : false,
      });
    }
  }
  return out;
}
