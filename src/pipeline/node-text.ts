// Where a node's own text starts and what is cut out of it before its quantities are read: the
// section marker, annotations, and the break after a heading its body runs on into.
import type { Paragraph, Section } from '../tree/schema.js';
import { LIST_ITEM_MARKS } from '../data/target-cues.js';
import { runInYear } from './build-tree.js';
import { codeTable, isIdeograph } from '../char-table.js';
import { ALLOTTED_TIME_UNITS } from '../data/wording-cues.js';

/** White space at a paragraph's start, read in place. */
const LEADING_SPACE = /\s*/y;
/** No \s matches an ideograph or an ASCII character other than the ASCII white space: most texts open on one. */
export const opensOnText = (c: number) => isIdeograph(c) || (c < 0x80 && c !== 0x20 && (c < 0x09 || c > 0x0d));

/** Where the text from `start` goes on past its white space (at most `end`). */
function pastSpace(source: string, start: number, end: number): number {
  if (opensOnText(source.charCodeAt(start))) return Math.min(start, end);
  LEADING_SPACE.lastIndex = start;
  LEADING_SPACE.test(source);
  return Math.min(LEADING_SPACE.lastIndex, end);
}

/** The first characters of LIST_ITEM_MARKS: most paragraphs open on none, and no mark is tried there. */
const LIST_MARK_FIRSTS = codeTable(LIST_ITEM_MARKS.filter((m) => m.length > 0).map((m) => m.charCodeAt(0)));
const EMPTY_LIST_MARK = LIST_ITEM_MARKS.some((m) => m.length === 0);
/** A paragraph opening with a list mark: "——规模效益。…", "· …". */
export function isListItem(source: string, start: number, end: number): boolean {
  const at = pastSpace(source, start, end);
  if (!EMPTY_LIST_MARK && LIST_MARK_FIRSTS[source.charCodeAt(at)] !== 1) return false;
  return LIST_ITEM_MARKS.some((m) => source.startsWith(m, at));
}

/** The marker ("1.", "（一）") opens a section's own text and is never a quantity. */
export function markerLength(source: string, section: Section, start: number): number {
  const raw = section.marker?.raw;
  if (!raw) return 0;
  for (let at = start; at <= start + 8; at++) if (source.startsWith(raw, at)) return at - start + raw.length;
  return 0;
}

const NO_HOLES: Array<[number, number]> = [];

/**
 * The node's annotation spans by start, less the days of work each unit is given ("责任单位：危化处（60日），安基处（10日）"):
 * the plan's quantities, read with the unit's name. They mostly come in order already, and a sort would only cost.
 */
export function holesOf(norm: string, node: Section | Paragraph, runIn: number): Array<[number, number]> {
  if (node.annotations.length === 0) return runIn < 0 ? NO_HOLES : [[runIn, runIn]];
  const holes: Array<[number, number]> = [];
  for (const a of node.annotations) outsideShares(norm, a.position.start.offset, a.position.end.offset, holes);
  if (runIn >= 0) holes.push([runIn, runIn]);
  for (let k = 1; k < holes.length; k++) if (holes[k]![0] < holes[k - 1]![0]) return holes.sort((x, y) => x[0] - y[0]);
  return holes;
}

/** A unit's name and the days of work in the bracket after it, as normalized ("危化处(60日)"), in the units the roles read as allotted. */
const DAY_UNITS = `(?:${ALLOTTED_TIME_UNITS.join('|')})`;
const UNIT_DAYS = new RegExp(`([^\\s:;,、()。]{1,20})\\( *[0-9]+(?:\\.[0-9]+)? *${DAY_UNITS} *\\)`, 'g');
/** A name that is a time ("每月", "次月", "月底"), not a unit's. */
const TIME_NAME_END = /[月周年日底初末旬天前后]$/;
/** What after the bracket makes its days a deadline: "（15日）前", "内", "后", "起". */
const DEADLINE_AFTER = /^[前后内起]/;
/** Most annotations hold no day: only one that has a digit before 日 or 天 is searched. */
const DAYS_HINT = new RegExp(`[0-9] *${DAY_UNITS} *\\)`);
/** Adds to `holes` the stretches of the annotation norm[a, b) outside its units' days of work. */
function outsideShares(norm: string, a: number, b: number, holes: Array<[number, number]>): void {
  const text = norm.slice(a, b);
  if (!DAYS_HINT.test(text)) {
    holes.push([a, b]);
    return;
  }
  let at = a;
  for (const m of text.matchAll(UNIT_DAYS)) {
    // a date or a deadline is no share: "完成时限：每月（15日）前报送", "次月（5日）"
    if (TIME_NAME_END.test(m[1]!) || DEADLINE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    holes.push([at, a + m.index]);
    at = a + m.index + m[0].length;
  }
  holes.push([at, b]);
}

/**
 * Where a section's heading ends when its body runs on into it with a year ("总体目标2026年,全县…"), or -1:
 * the rules read a break there, so the year opens the body's first clause (see runInYear).
 */
export function runInEnd(source: string, start: number, end: number): number {
  const at = pastSpace(source, start, end);
  const k = runInYear(source.slice(at, Math.min(end, at + RUN_IN_READ)));
  return k > 0 ? at + k : -1;
}
/** How far into a section's text runInYear reads. */
const RUN_IN_READ = 64;
