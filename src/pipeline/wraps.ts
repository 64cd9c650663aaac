// Hard-wrapped text: a copy from a PDF or a fixed-width page breaks every line
// at the page width, inside sentences. Such a break is joined back, so the
// sentence stays one paragraph (or one item's own text) and the quantity rules
// read it whole. A break is a wrap only where the line before is full (as long
// as the document's other wrapped lines) and nothing ends or starts there.
import type { Kind, Piece } from './lines.js';
import { CELL_SEPARATOR } from '../data/source-formats.js';

/**
 * Lines ending on these may go on: a character of text, a comma or semicolon, a colon, a quote or bracket
 * (but not a unit annotation, which ends its task), a percent sign or a decimal point (5.2% cut anywhere).
 */
const GOES_ON = /[\u3400-\u9fffA-Za-z0-9,、;:“”(《)》」%.]$/;
/** A full line ending a sentence goes on only where paragraphs are marked by indentation and the next line has none. */
const ENDS_SENTENCE = /[。!?]$/;
/** Fewer indented lines than this: the document does not mark its paragraphs by indentation. */
const MIN_INDENTED = 3;
/** ",", "、": a line never ends a sentence on these, whatever its length. */
const MID_SENTENCE = /[,、]$/;
/**
 * Lines starting with these may continue one: text, a digit, an opening quote or bracket (no list mark, no dash),
 * or punctuation no line can start with (a comma, a sentence end, a closing bracket), which only a page width puts there.
 */
const CONTINUES = /^[\u3400-\u9fffA-Za-z0-9“(《,、;:。!?)”》」%]/;
const INDENT = /[ \t\u3000]/;
/** Fewer lines than this that break inside a word say nothing about a page width. */
const MIN_WRAPPED = 3;
/** A full line is within this many columns of the page width (a typesetter's slack), or this share of it. */
const FULL_SLACK = 6;
const FULL_SLACK_SHARE = 0.08;
/** A line that breaks inside a word and fills this share of the page is no heading. */
const HALF_PAGE = 0.5;
/** A hard-wrapped copy has at least this share of its body lines full: all but the last of each paragraph. */
const FULL_LINES_SHARE = 0.3;
/** Narrower than this (in half-width columns) is no page width: headings and short lines. */
const MIN_WIDTH = 40;
/** A line ending on these broke inside a word: only a page width does that. */
const IN_WORD = /[\u3400-\u9fffA-Za-z0-9]$/;
/** What a line breaks early before: a stretch a typesetter cannot break (a number or Latin word and the character before it, a bracket). */
const UNBREAKABLE_FIRST = /^[^\n]{0,2}[0-9A-Za-z]|^[(“《〔【]/;
/** Punctuation inside a line: body text has some, a heading none. */
const CLAUSE_MARK = /[,、;:。!?]/;
/** A line ending on these ends its clause: after a sentence end, only such a line (or a full one) continues the paragraph. */
const ENDS_CLAUSE = /[。!?;:,、)”》」]$/;

/** The middle of the values (the upper one of two), or 0 for fewer than MIN_WRAPPED: they say nothing of a page. */
function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values.length >= MIN_WRAPPED ? values[values.length >> 1]! : 0;
}

/** Display width of text[a, b): full-width characters take two columns. */
function widthOf(text: string, a: number, b: number): number {
  let w = 0;
  for (let i = a; i < b; i++) w += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return w;
}

/** The piece ends with a unit annotation: its task ends there. */
function endsInAnnotation(p: Piece): boolean {
  const a = p.annotations[p.annotations.length - 1];
  return a !== undefined && a.end === p.end;
}

/** A bare 、 opening a line reads as a heading that lost its numeral; after a line that goes on, a page width put it there. */
const lostNumeral = (p: Piece) => p.marker !== null && p.marker.payload.ordinal === null;

/** A numbered item's marker alone on its line ("二、", "(一)"): its title is the next line, even after a blank line. */
const markerAlone = (p: Piece) => p.marker !== null && p.end === p.marker.end && p.endsLine;

export type Wraps = { pieces: Piece[]; kinds: Kind[]; joined: Piece[] };

/**
 * Joins each line that continues the line before it into the piece before it. `norm` is the normalized
 * text the pieces index (full-width punctuation folded); `source` gives the widths as printed.
 * `joined` lists the pieces that were joined onto the one before them.
 */
/** The longest line read as a line of a hard-wrapped page. */
const LINE_MAX = 400;
const tabs = (line: string) => line.split(CELL_SEPARATOR).length - 1;
const isRow = (line: string) => tabs(line) > 1;
/** Two cells, the first short as a name or a label is: one of a two-column table's rows. */
const pairCells = (line: string) => tabs(line) === 1 && line.indexOf(CELL_SEPARATOR) <= PAIR_NAME_MAX;
const PAIR_NAME_MAX = 12;

export function joinWraps(pieces: Piece[], kinds: Kind[], norm: string, source: string, lineStart: (offset: number) => number): Wraps {
  // the piece is trimmed: white space right before a line's first piece is its indentation
  const indented = (p: Piece) => p.startsLine && p.start > 0 && INDENT.test(norm[p.start - 1]!);
  let indents = 0;
  for (const p of pieces) if (indented(p)) indents++;
  const byIndent = indents >= MIN_INDENTED;
  const lastOf = (p: Piece) => norm.slice(p.end - 1, p.end);
  const charsTo = (p: Piece) => p.end - lineStart(p.end - 1);
  // a line longer than any page is no hard-wrapped line: its width is not measured (a copy flattened into one line
  // holds many pieces, and measuring each from the line's start would cost the line's length each time)
  const widthTo = (p: Piece) => (charsTo(p) > LINE_MAX ? Infinity : widthOf(source, lineStart(p.end - 1), p.end));
  /** Piece i is body text on the line right after body text or an item, and may continue it by its first character. */
  const nextLine = (i: number) => {
    const c = pieces[i]!;
    return (kinds[i] === 'paragraph' || lostNumeral(c)) && c.startsLine && !c.afterBlank && pieces[i - 1]!.endsLine
      && (kinds[i - 1] === 'paragraph' || kinds[i - 1] === 'marker') && CONTINUES.test(norm.slice(c.start, c.start + 1))
      && !rowOfCells(pieces[i - 1]!, c);
  };
  // (a table's row kept on its line, cells apart with tabs, is no wrapped line, nor the line before a row: three cells
  // or more, or two, the first short, beside a line of two as well; a stray tab in a paragraph's line is no row)
  const lineFrom = (at: number) => {
    const end = source.indexOf('\n', at);
    return source.slice(at, end < 0 ? source.length : end);
  };
  const hasCells = source.includes(CELL_SEPARATOR); // (most texts hold no table kept a row to a line)
  const rowOfCells = (p: Piece, c: Piece) => {
    if (!hasCells) return false;
    const lineStartC = lineStart(c.start);
    const before = source.slice(lineStart(p.end - 1), p.end);
    const line = lineFrom(lineStartC);
    const after = lineStartC + line.length + 1;
    const next = after < source.length ? lineFrom(after) : '';
    return isRow(before) || isRow(line) || (pairCells(before) && pairCells(line)) || (pairCells(line) && pairCells(next));
  };
  // The page width: where lines break inside a word. A hard-wrapped copy breaks there at one width; a document
  // that is not wrapped has few such lines (headings before their body), and few of its lines share their width.
  // A copy cut at a number of characters (not columns) has lines of one length whatever their digits' widths.
  const breaks: number[] = [];
  const cuts: number[] = [];
  for (let i = 1; i < pieces.length; i++) {
    if (!nextLine(i) || !IN_WORD.test(lastOf(pieces[i - 1]!))) continue;
    if (charsTo(pieces[i - 1]!) > LINE_MAX) continue;
    breaks.push(widthTo(pieces[i - 1]!));
    cuts.push(charsTo(pieces[i - 1]!));
  }
  const page = median(breaks);
  const cut = median(cuts);
  const slack = Math.max(FULL_SLACK, page * FULL_SLACK_SHARE);
  const full = (p: Piece) => page >= MIN_WIDTH && (Math.abs(widthTo(p) - page) <= slack || charsTo(p) === cut);
  let lines = 0;
  let fullLines = 0;
  for (let i = 0; i < pieces.length; i++) {
    if (!pieces[i]!.endsLine || (kinds[i] !== 'paragraph' && kinds[i] !== 'marker')) continue;
    lines++;
    if (full(pieces[i]!)) fullLines++;
  }
  const wrapped = page >= MIN_WIDTH && fullLines >= MIN_WRAPPED && fullLines >= lines * FULL_LINES_SHARE;

  // Candidates: a line that may go on, followed on the next line (no blank line) by one that may continue it.
  // After a sentence end, only in a document that indents its paragraphs, to a line without indentation that
  // is full or ends a clause itself (a short line without punctuation is a heading).
  const candidate: boolean[] = new Array(pieces.length).fill(false);
  const titleLine: boolean[] = new Array(pieces.length).fill(false);
  for (let i = 1; i < pieces.length; i++) {
    if (kinds[i] === 'paragraph' && pieces[i]!.startsLine && kinds[i - 1] === 'marker' && markerAlone(pieces[i - 1]!)) {
      candidate[i] = titleLine[i] = true;
      continue;
    }
    if (!nextLine(i)) continue;
    const p = pieces[i - 1]!;
    const c = pieces[i]!;
    const last = lastOf(p);
    candidate[i] = (GOES_ON.test(last) && !endsInAnnotation(p))
      || (byIndent && ENDS_SENTENCE.test(last) && !indented(c) && (ENDS_CLAUSE.test(lastOf(c)) || full(c)));
  }

  /** A line of body text (punctuated past its marker: a heading is not) that fills half the page, before an unbreakable stretch. */
  const earlyBreak = (p: Piece, c: Piece) => IN_WORD.test(lastOf(p)) && widthTo(p) >= page * HALF_PAGE
    && UNBREAKABLE_FIRST.test(norm.slice(c.start, c.start + 3)) && CLAUSE_MARK.test(norm.slice(Math.max(lineStart(p.end - 1), p.marker?.end ?? 0), p.end));
  const out: Piece[] = [];
  const outKinds: Kind[] = [];
  const joined: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const c = pieces[i]!;
    const p = out[out.length - 1];
    // In a wrapped copy a line may also end early, before a stretch it could not break (a long number): one
    // that stops inside a word and fills half the page is no heading.
    const wraps = candidate[i]! && p !== undefined
      && (titleLine[i]! || MID_SENTENCE.test(lastOf(p)) || (wrapped && (full(p) || earlyBreak(p, c))));
    if (!wraps) {
      out.push(c);
      outKinds.push(kinds[i]!);
      continue;
    }
    joined.push(c);
    out[out.length - 1] = {
      ...p,
      end: c.end,
      annotations: c.annotations.length === 0 ? p.annotations : [...p.annotations, ...c.annotations],
      wholeLine: p.startsLine && c.endsLine,
      endsLine: c.endsLine,
    };
  }
  return { pieces: out, kinds: outKinds, joined };
}
