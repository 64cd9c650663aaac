// Character sets shared by the token patterns, the Text run and the annotation scanner.
import { UNIT_LABELS } from '../src/data/unit-labels.js';
import { charTable } from '../src/char-table.js';

/** First characters of the unit labels: a bare annotation can start only there, and a text run cannot. */
export const LABEL_FIRST = [...new Set(UNIT_LABELS.map((l) => l.word[0]!))].join('');

export const CN = '一二三四五六七八九十';
export const DIGITS = '0123456789';
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const SENTENCE_ENDS = '。;!?';
export const BREAKS = `${SENTENCE_ENDS}:`;
export const OPENERS = '([【〔《';
export const CLOSERS = ')]】〕》';
/** The brackets an annotation (or a bracketed marker) can open with. */
export const ANNOTATION_OPENERS = '([【〔';
export const LINE_SPACE = '\r\n ';

/** A regex character class of the characters of `set`. */
export const charClass = (set: string) => `[${set.replace(/[\\\]\[^-]/g, '\\$&')}]`;

/** What a marker can start with: a break before one of these must end the run so the marker sees it. */
export const MARKER_FIRST = `${DIGITS}${CN}${ANNOTATION_OPENERS}第、${CIRCLED}`;
export const startsMarker = charTable(MARKER_FIRST);
/** A heading phrase run into its first 一是 may end with a quoted word ("把牢对党忠诚“方向盘”"). */
export const CLOSING_QUOTE_MARK = '”';
/** Characters that make a word with the 一 after them ("统一", "之一", "唯一"): no 一是 item starts there. */
export const ONE_WORD_FIRSTS = '统之唯同第万单专划归';
