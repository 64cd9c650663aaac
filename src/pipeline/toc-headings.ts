// A flattened plan whose 目录 lists its chapters and sections ("目 录前 言第一章 “十三五”规划总结第一节 …发展成就第二节
// 面临的形势第二章 …") runs each heading in the body into the text after it ("。第三章 全面推动城乡教育高质量均衡发展全面贯彻
// 党的教育方针，…"): where its title ends is only known from the 目录. Each heading the 目录 lists is cut from the body
// into a piece of its own, so that it heads its part as a heading on a line of its own does.
import type { Piece } from './lines.js';
import { cutPieces } from './cut-pieces.js';
import { pastSpacesBack } from '../quantities/non-quantities.js';
import { PART_HEADING, PART_RANK } from '../data/marker-styles.js';

const PART_AT = new RegExp(PART_HEADING.source.slice(1), 'g');
/** "目 录", "目录": a table of contents (目 alone opens 目标, 项目). */
const TOC_LABEL = /目\s*录/;
/** The longest title of a 目录 entry; entries follow each other without a sentence end. */
const ENTRY_TITLE_MAX = 30;
/** A 目录 lists at least this many parts. */
const ENTRIES_MIN = 4;
const ENTRY_BREAK = /[。;；!！?？\n]/;
/** What may stand right before a heading in the body: a sentence end (or the heading before it, see below). */
const SENTENCE_ENDS = '。;；!！?？';
/** The dot leader and page number a 目录 entry may end with ("第一章 发展基础.............. 6"). */
const LEADER = /[.．·…\s]*[0-9]*\s*$/;
const withoutLeader = (entry: string) => entry.replace(LEADER, '');
/** The space after a part's number: "第一节 构筑…". */
const NUMBER_SPACE = new RegExp(`^(第[^ ]{1,5}?[${Object.keys(PART_RANK).join('')}]) +`);
/** After a 目录 title, these carry the body's longer heading on ("第一节 教育发展和人才培养"): no cut there. */
const TITLE_GOES_ON = /^[和与及、]/;

/**
 * The headings a run of 目录 entries lists ("第一章 “十三五”规划总结", "第一节 …发展成就"), in order, and where the body
 * starts: the run ends at a sentence end, a long gap, or an entry listed again (a body run straight after its 目录).
 */
function tocEntries(norm: string): { headings: string[]; end: number } | null {
  const at: number[] = [];
  const seen = new Set<string>();
  let body = -1;
  for (const m of norm.matchAll(PART_AT)) {
    const last = at[at.length - 1];
    const gap = last === undefined ? '' : withoutLeader(norm.slice(last, m.index));
    if (last !== undefined && (gap.length > ENTRY_TITLE_MAX + 4 || ENTRY_BREAK.test(gap))) {
      if (at.length >= ENTRIES_MIN) break;
      at.length = 0;
      seen.clear();
    }
    if (last !== undefined) {
      const entry = gap.trim();
      // an entry listed again is the body's first heading, run straight after the 目录
      if (seen.has(entry)) {
        body = at.pop()!;
        break;
      }
      seen.add(entry);
    }
    at.push(m.index);
  }
  if (at.length < ENTRIES_MIN) return null;
  // each entry's title runs up to the next; the last's up to the body's first heading, else to whatever follows the
  // 目录 (unknown: left out)
  const ends = [...at.slice(1), body];
  const headings = at.flatMap((a, k) => (ends[k]! > a ? [withoutLeader(norm.slice(a, ends[k])).trim()] : []));
  return { headings: headings.filter((h) => h.length > 4), end: body >= 0 ? body : at[at.length - 1]! + 1 };
}

/** Where each listed heading stands in the body: in the 目录's order, each once, after a sentence end or right after the heading before it. */
function headingCuts(norm: string, toc: { headings: string[]; end: number }): number[] {
  const cuts: number[] = [];
  let from = toc.end;
  for (const listed of toc.headings) {
    // the body may drop the space the 目录 keeps after the number ("第一节构筑两岸要素流动通道"), or keep one it drops
    const spaced = norm.indexOf(listed, from);
    const unspaced = listed.replace(NUMBER_SPACE, '$1');
    const other = unspaced === listed ? -1 : norm.indexOf(unspaced, from);
    const h = other >= 0 && (spaced < 0 || other < spaced) ? unspaced : listed;
    for (let p = norm.indexOf(h, from); p >= 0; p = norm.indexOf(h, p + h.length)) {
      // (white space aside: a flattened copy may keep a space where a line broke, "…新局面。 第二章 …")
      const q = pastSpacesBack(norm, p);
      const before = norm[q - 1] ?? '\n';
      const afterHeading = cuts.length > 0 && cuts[cuts.length - 1] === q;
      const opensBody = p === toc.end; // (the body's first heading, right after the 目录's last entry)
      if (!(SENTENCE_ENDS.includes(before) || before === '\n' || afterHeading || opensBody) || TITLE_GOES_ON.test(norm.slice(p + h.length, p + h.length + 1))) continue;
      cuts.push(p, p + h.length);
      from = p + h.length;
      break;
    }
  }
  return cuts;
}

/** The pieces with each heading the 目录 lists cut from the body text it runs into; `pieces` itself when there is none. */
export function splitTocHeadings(pieces: Piece[], norm: string): Piece[] {
  if (!TOC_LABEL.test(norm)) return pieces; // no 目录: most texts
  const toc = tocEntries(norm);
  if (toc === null || toc.headings.length === 0) return pieces;
  return cutPieces(pieces, norm, headingCuts(norm, toc));
}
