// Unnumbered headings among the body lines, once hard-wrapped lines are joined: a short line between a line
// that ends and body text, a part heading (第N章), a glossary's heading, an appendix's title.
import { ATTACHMENT_TITLE, ATTACHMENTS_LEAD, GLOSSARY_HEADING } from '../data/doc-types.js';
import { BOX_HEADING, PART_HEADING, PART_RANK } from '../data/marker-styles.js';
import { BOX_NAME_MAX, BOX_PROSE_NEXT } from './box-headings.js';
import type { Kind, Piece } from './lines.js';
import { HEADING_MAX } from './heading-title.js';
import { charTable, isIdeograph } from '../char-table.js';
import { ENDS_CLAUSE, isBody, looksLikeHeading, SENTENCE_END } from './classify-lines.js';

/** The nearest piece after each that is not furniture, or -1: precomputed so that long runs of furniture stay linear. */
export function nextContentOf(kinds: Kind[]): number[] {
  const nextContent: number[] = new Array(kinds.length);
  for (let i = kinds.length - 1, last = -1; i >= 0; i--) {
    nextContent[i] = last;
    if (kinds[i] !== 'furniture') last = i;
  }
  return nextContent;
}

/** "专栏1 …主要目标" heads its box whatever follows it (a flattened table's header); its name may run long. */
const isBoxHeading = (compact: string) => {
  const m = BOX_HEADING.exec(compact);
  return m !== null && compact.length <= BOX_NAME_MAX + BOX_NUMBER_MAX && !BOX_PROSE_NEXT.includes(compact[m[0].length] ?? '、')
    && !SENTENCE_END.test(compact) && !compact.includes(',') && !compact.includes('、');
};
/** 专栏 and its number: "专栏12". */
const BOX_NUMBER_MAX = 5;

/** What a line opens with when it runs on from the line before: a list's comma, a clause's or a sentence's end. */
const RUNS_ON = charTable('、,，;；。');
/** Characters a copy leaves on a line of their own where it broke at a link: zero-width spaces and joiners. */
const ZERO_WIDTH = /^[\u200b-\u200d\u2060\ufeff]+$/;
/**
 * The piece at `next` (or the first after lines of zero-width characters only) runs on from the line before it: it opens
 * with a comma or an end, or with one character ending a word and a comma ("革，").
 */
function runsOnFrom(pieces: Piece[], norm: string, source: string, i: number, next: number): boolean {
  let k = next;
  while (k >= 0 && k < pieces.length && ZERO_WIDTH.test(norm.slice(pieces[k]!.start, pieces[k]!.end))) k++;
  if (k < 0 || k >= pieces.length || pieces[k]!.marker !== null) return false;
  const at = pieces[k]!.start;
  // a list of one-character nouns (水、电、路) or a word and its comma (即，) may open a body: only the copy's
  // zero-width line between says the word was broken there ("革，")
  if (RUNS_ON[norm.charCodeAt(at)] === 1) return !pieces[k]!.afterBlank;
  // (normalize folds the zero-width space into a space: it is read in the source, at the same offsets)
  return isIdeograph(norm.charCodeAt(at)) && WORD_END[norm.charCodeAt(at + 1)] === 1 && ZERO_WIDTH_IN.test(source.slice(pieces[i]!.end, at));
}
const WORD_END = charTable(',，;；。');
const ZERO_WIDTH_IN = /[\u200b-\u200d\u2060\ufeff]/;

/** Body lines that look like headings become headings where body text follows them and the line before ends. */
export function markHeadings(pieces: Piece[], kinds: Kind[], norm: string, compactOf: (i: number) => string, nextContent: number[], source = norm): void {
  /** The piece's text ends a clause: only its last character is read. */
  const endsClause = (p: Piece) => p.end > p.start && ENDS_CLAUSE.test(norm.charAt(p.end - 1));
  /** The next numbered item within a few pieces after `i` is the first of its numbering, or there is none. */
  const numberingRestarts = (i: number) => {
    for (let k = i + 1; k < Math.min(pieces.length, i + RESTART_REACH); k++) if (kinds[k] === 'marker') return pieces[k]!.marker!.payload.ordinal === 1;
    return true;
  };
  for (let i = 0, prev = -1; i < pieces.length; i++) {
    const p = pieces[i]!;
    // "第五章 人才奖" heads its articles whatever follows it (第一节 …)
    // (or before an article run onto its line: "第一章 总则  第一条 …")
    const alone = p.wholeLine || (p.startsLine && kinds[i + 1] === 'marker');
    if (kinds[i] === 'paragraph' && alone && (partRankOf(compactOf(i)) !== null || isBoxHeading(compactOf(i)))) {
      kinds[i] = 'heading';
      prev = i;
      continue;
    }
    // "※名词解释※" heads the glossary whatever the line before it (a page's pull quote) left open; "附件1：…行动计划" an
    // attachment whose numbering starts again (not a line naming one inside the body: "…见附件。⏎附件1：…清单⏎二、保障措施")
    if (kinds[i] === 'paragraph' && p.wholeLine && (GLOSSARY_HEADING.test(compactOf(i)) || (ATTACHMENT_TITLE.test(compactOf(i)) && numberingRestarts(i)))) {
      kinds[i] = 'heading';
      prev = i;
      continue;
    }
    if (kinds[i] !== 'paragraph' || !p.wholeLine || !looksLikeHeading(compactOf(i))) {
      if (kinds[i] !== 'furniture') prev = i;
      continue;
    }
    const next = nextContent[i]!;
    // "城市轨道交通⏎、地下综合管廊建设加快。", "要全面深化各领域改⏎(zero-width space)⏎革，加快…": a line the next one runs on
    // from (a copy broke it at a link) heads nothing
    if (runsOnFrom(pieces, norm, source, i, next)) {
      prev = i;
      continue;
    }
    const nextIsBody = next >= 0 && (kinds[next] === 'marker' || (kinds[next] === 'paragraph' && isBody(compactOf(next))));
    const prevEnds = prev < 0 || p.afterBlank || kinds[prev] === 'title' || kinds[prev] === 'heading' || endsClause(pieces[prev]!);
    if (nextIsBody && prevEnds) kinds[i] = 'heading';
    prev = i;
  }
  markAppendices(pieces, kinds, compactOf, nextContent);
}

/**
 * "附件" alone on a line, then a title line: an appendix (a work report's 民生实事, a glossary) begins. Both
 * are headings, and the appendix is no part of the last task (nest.ts gives it APPENDIX_RANK).
 */
function markAppendices(pieces: Piece[], kinds: Kind[], compactOf: (i: number) => string, nextContent: number[]): void {
  for (let i = 0; i < pieces.length; i++) {
    if (kinds[i] !== 'paragraph' || !pieces[i]!.wholeLine || !ATTACHMENTS_LEAD.test(compactOf(i))) continue;
    const t = nextContent[i]!;
    // a numbered name after it ("附件\n1.资金分配表") lists attachments: see markAttachments
    if (t < 0 || !pieces[t]!.wholeLine || pieces[t]!.marker !== null) continue;
    if (kinds[t] === 'paragraph' && looksLikeHeading(compactOf(t))) kinds[t] = 'heading';
    if (kinds[t] === 'heading') kinds[i] = 'heading';
  }
}

/** The rank of a part heading (第N章, 第N节: PART_HEADING), or null for any other line; `compact` without white space. */
export function partRankOf(compact: string): number | null {
  if (compact.length > HEADING_MAX || SENTENCE_END.test(compact) || compact.includes(',')) return null;
  const m = PART_HEADING.exec(compact);
  return m === null || m[0].length === compact.length ? null : PART_RANK[m[1]!]!;
}

/** A heading that opens an appendix ("附件"): `compact` is its text without white space. */
export const opensAppendix = (compact: string) => ATTACHMENTS_LEAD.test(compact);
/** How far after an attachment's title its first item is looked for. */
const RESTART_REACH = 8;
