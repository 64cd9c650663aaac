// How a bracket reads as a unit annotation when no label opens it: units first ("（省能源局牵头，…按职责分工负责）")
// or a remark and then a labelled clause ("（5月底…，牵头考核单位：市审批服务局）"); the match handed to the lexer.
import type { CustomPatternMatcherReturn } from 'chevrotain';
import { nextLabel, parseUnitAnnotation, UNIT_LABEL_WITH_COLON_SOURCE, type ParsedAnnotation } from './annotation.js';
import { LEAD_FIRST_MAX, parseLeadFirstAnnotation } from './lead-first-annotation.js';
import { annotationEnd, leadingSpaces } from './annotation-end.js';
import { charTable, isIdeograph, isDigitCode } from '../src/char-table.js';

export type AnnotationPayload = ParsedAnnotation & { closed: boolean };

const SENTENCE_END = '。';
/** An item's marker opening what follows (as normalized): "3.开展", "12、加强", "(五)". */
const NEXT_ITEM = /^\s*(?:[0-9]{1,2}[.、](?=[\u4e00-\u9fff])|\([一二三四五六七八九十]{1,3}\))/;
const NEXT_ITEM_REACH = 8;

/** Only white space lies between `at` and the end of its line (or of the text). */
function closesLine(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000' || text[i] === '*')) i++;
  return i === text.length || text[i] === '\n' || text[i] === '\r';
}

/** "（省能源局牵头，省发展改革委按职责分工负责）": an annotation with its units first (parseLeadFirstAnnotation), or null. */
export function leadFirstAnnotation(text: string, offset: number): CustomPatternMatcherReturn | null {
  // its units open it with a CJK name ("省能源局…"), or a remark does before a label: a bracket before anything else is neither
  const first = text.charCodeAt(offset + 1 + leadingSpaces(text, offset + 1));
  if (!isIdeograph(first) && !isDigitCode(first)) return null;
  // read no further than such an annotation can run: most brackets are not one
  const { end, closed } = annotationEnd(text, offset, offset + LEAD_FIRST_MAX);
  if (!closed) return null;
  // a flattened copy runs the next item straight on after a sentence's closing bracket: "…问题。（区市场监管局）3.开展…"
  const lineEnds = closesLine(text, end) || (text[offset - 1] === SENTENCE_END && NEXT_ITEM.test(text.slice(end, end + NEXT_ITEM_REACH)));
  // (names only, after a sentence's end, also where the paragraph goes on: "…搬迁。（市卫生健康委，各区政府）结合…")
  const afterSentence = !lineEnds && text[offset - 1] === SENTENCE_END;
  const units = isIdeograph(first) ? parseLeadFirstAnnotation(text, offset, end, lineEnds || afterSentence, afterSentence) : null;
  // "（5月底取得明显成效，牵头考核单位：市审批服务局）": a remark, then a labelled clause, closing the task's line
  const labelled = units === null && lineEnds ? labelAfterClause(text, offset + 1, end - 1) : null;
  if (units === null && labelled === null) return null;
  return annotationMatch(text, offset, end, closed, units ?? labelled!);
}

/** The units of a labelled clause after a remark in text[from, to) ("…，牵头单位：X"), or null when no clause opens with a label. */
function labelAfterClause(text: string, from: number, to: number): ParsedAnnotation | null {
  const label = nextLabel(text, from, to);
  if (label === null || !CLAUSE_MARKS[text.charCodeAt(label.at - 1)]) return null;
  return parseUnitAnnotation(text, label.at, to);
}
const CLAUSE_MARKS = charTable(',，;；');

/** The lexer's match for the annotation text[offset, end), its units as payload. */
export function annotationMatch(text: string, offset: number, end: number, closed: boolean, units: ParsedAnnotation): CustomPatternMatcherReturn {
  const m = [text.slice(offset, end)] as CustomPatternMatcherReturn;
  const payload: AnnotationPayload = { lead: units.lead, responsible: units.responsible, closed };
  m.payload = payload;
  return m;
}

/** 牵头单位：… on a line of its own (or after the marker opening it), without brackets. */
const BARE_ANNOTATION = new RegExp(`${UNIT_LABEL_WITH_COLON_SOURCE}[^\\r\\n]*`, 'y');
/**
 * …or after a sentence's end in a flattened line, up to what ends the list there: a sentence end before another
 * label or an item, or an item run straight in ("…。责任单位:区财政金融局(二)推动…", "…。牵头单位:A、B。责任单位:C。2.标准制定").
 */
const ITEM_AHEAD = String.raw`\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、]`;
const MID_LINE_BARE_ANNOTATION = new RegExp(`${UNIT_LABEL_WITH_COLON_SOURCE}[^。;!?\\r\\n]{1,120}?(?=。?(?:${UNIT_LABEL_WITH_COLON_SOURCE}|${ITEM_AHEAD})|。?[\\r\\n]|。?$)`, 'y');

/** The bare label's annotation at `offset` (to its line's end at a line start, else to what ends its list), or null. */
export function bareAnnotation(text: string, offset: number, lineStart: boolean): CustomPatternMatcherReturn | null {
  const re = lineStart ? BARE_ANNOTATION : MID_LINE_BARE_ANNOTATION;
  re.lastIndex = offset;
  const m = re.exec(text);
  if (!m) return null;
  const out = [m[0]] as CustomPatternMatcherReturn;
  const { lead, responsible } = parseUnitAnnotation(text, offset, offset + m[0].length);
  const payload: AnnotationPayload = { lead, responsible, closed: true };
  out.payload = payload;
  return out;
}
