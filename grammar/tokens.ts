// Tokens of a policy document, declared once and listed in order in `allTokens`.
// The lexer runs on the normalized text (full-width ASCII folded to half-width,
// same length as the source), so `（一）` arrives here as `(一)`.
import type { IToken, TokenType, CustomPatternMatcherReturn } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';
import { REFERENCE_END, STYLE_RANK } from '../src/data/marker-styles.js';
import { circledOrdinal, CN_NUMERAL_CHARS, parseOrdinal } from '../src/numerals.js';
import { isLabelFirst, LABEL_GAP, LEAD_FIRST_MAX, parseLeadFirstAnnotation, parseUnitAnnotation, UNIT_LABEL_SOURCE, UNIT_LABEL_WITH_COLON_SOURCE, type ParsedAnnotation } from './annotation.js';
import { UNIT_LABELS } from '../src/data/unit-labels.js';
import { charTable, isIdeograph } from '../src/char-table.js';

/** First characters of the unit labels: a bare annotation can start only there, and a text run cannot. */
const LABEL_FIRST = [...new Set(UNIT_LABELS.map((l) => l.word[0]!))].join('');

// Character sets shared by the token patterns and the Text run's tables.
const CN = '一二三四五六七八九十';
const DIGITS = '0123456789';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const SENTENCE_ENDS = '。;!?';
const BREAKS = `${SENTENCE_ENDS}:`;
const OPENERS = '([【〔《';
const CLOSERS = ')]】〕》';
/** The brackets an annotation (or a bracketed marker) can open with. */
const ANNOTATION_OPENERS = '([【〔';
const LINE_SPACE = '\r\n ';

/** A regex character class of the characters of `set`. */
const charClass = (set: string) => `[${set.replace(/[\\\]\[^-]/g, '\\$&')}]`;

/** The schema's MarkerStyle, named from the data table: the grammar does not load the schema. */
type MarkerStyle = keyof typeof STYLE_RANK;

export type MarkerPayload = {
  style: MarkerStyle;
  rank: number;
  /** null for a marker whose numeral is missing, such as a bare 、 at a line start. */
  ordinal: number | null;
  /** True when the marker does not stand at the start of a line. */
  midLine: boolean;
};

export type AnnotationPayload = ParsedAnnotation & { closed: boolean };

/** The category of every marker token; the parser consumes markers through it. */
export const NumberingMarker = createToken({ name: 'NumberingMarker', pattern: Lexer.NA });
/** The category of everything else: text, punctuation, line breaks, annotations. */
export const Inline = createToken({ name: 'Inline', pattern: Lexer.NA });

export const LineBreak = createToken({ name: 'LineBreak', pattern: /\r\n|\r|\n/, line_breaks: true, categories: [Inline] });
export const Space = createToken({ name: 'Space', pattern: / +/, categories: [Inline] });

/**
 * Where a numbering marker may begin: a line start, after a sentence end or colon,
 * after a unit annotation, or after a gap (spaces) that follows CJK text, which is
 * how a web copy that lost its line breaks shows a heading boundary ("总体要求 (一)指导思想").
 */
type Context = { atLineStart: boolean; afterBreak: boolean; afterGap: boolean; prev: IToken | undefined; tokens: IToken[] };

const GAP_BEFORE = /[\u4e00-\u9fff”」』)]$/;

/** A Text run may end on a sentence end or colon (see textRunEnd): for context it counts as that break. */
const isBreak = charTable(BREAKS);
const isSentenceEnd = charTable(SENTENCE_ENDS);
const lastCode = (image: string) => image.charCodeAt(image.length - 1);

function contextOf(tokens: IToken[]): Context {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.tokenType === Space) i--;
  const prev = tokens[i];
  const atLineStart = prev === undefined || prev.tokenType === LineBreak;
  const afterBreak =
    atLineStart ||
    prev!.tokenType === SentenceEnd ||
    prev!.tokenType === Colon ||
    (prev!.tokenType === Text && isBreak[lastCode(prev!.image)] === 1) ||
    (prev!.tokenType === Annotation && (prev!.payload as AnnotationPayload).closed);
  const afterGap =
    !atLineStart && i < tokens.length - 1 && (prev!.tokenType === Text || prev!.tokenType === CloseBracket) && GAP_BEFORE.test(prev!.image);
  return { atLineStart, afterBreak, afterGap, prev, tokens };
}

/** The default rule for a marker: where a break is, or where a flattened copy left a gap. */
const atBoundary = (ctx: Context) => ctx.afterBreak || ctx.afterGap;

function markerMatch(image: string, style: MarkerStyle, ordinal: number | null, ctx: Context): CustomPatternMatcherReturn {
  const m = [image] as CustomPatternMatcherReturn;
  const payload: MarkerPayload = { style, rank: STYLE_RANK[style], ordinal, midLine: !ctx.atLineStart };
  m.payload = payload;
  return m;
}

/** A numbering marker token: a sticky regex, then the context check, then the ordinal. */
function marker(
  name: string,
  style: MarkerStyle,
  re: RegExp,
  startChars: string[],
  ordinalOf: (m: RegExpExecArray) => number | null,
  allowed: (ctx: Context, ordinal: number | null, m: RegExpExecArray) => boolean = atBoundary,
): TokenType {
  const sticky = new RegExp(re.source, 'y');
  const first = charTable(startChars.join(''));
  return createToken({
    name,
    categories: [NumberingMarker],
    line_breaks: false,
    start_chars_hint: startChars,
    pattern: {
      exec: (text: string, offset: number, tokens: IToken[]) => {
        if (!first[text.charCodeAt(offset)]) return null; // the first-character dispatch is per block of 255 codes: reject cheaply
        sticky.lastIndex = offset;
        const m = sticky.exec(text);
        if (!m) return null;
        const ordinal = ordinalOf(m);
        if (ordinal === null) return null;
        const ctx = contextOf(tokens);
        return allowed(ctx, ordinal, m) ? markerMatch(m[0], style, ordinal, ctx) : null;
      },
    },
  });
}

const cnChars = [...CN];
const digitChars = [...DIGITS];

export const ArticleMarker = marker('ArticleMarker', 'article', /第([一二三四五六七八九十百零〇]{1,5}|[0-9]{1,3})条(?=[ \u4e00-\u9fff])/, ['第'], (m) =>
  parseOrdinal(m[1]!) ?? null,
  // mid-line only where a flattened copy kept the space after 条: "…。第二条 本办法…"
  (ctx, _ordinal, m) => ctx.atLineStart || (ctx.afterBreak && m.input[m.index + m[0].length] === ' '),
);

// not the head of a list of numerals ("一、二、三"); a year may follow ("一、2024年工作回顾")
export const CnCommaMarker = marker('CnCommaMarker', 'cn-comma', /([一二三四五六七八九十]{1,3}) ?、(?![一二三四五六七八九十]{1,3}、|[0-9]{1,3}(?![0-9]))/, cnChars, (m) => parseOrdinal(m[1]!));

/** "、紧紧围绕…": a heading whose numeral was lost; at a line start (or after a sentence end), before CJK text. */
export const MissingOrdinalMarker = createToken({
  name: 'MissingOrdinalMarker',
  categories: [NumberingMarker],
  line_breaks: false,
  start_chars_hint: ['、'],
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      if (text.charCodeAt(offset) !== 0x3001 /* 、 */ || !/[\u4e00-\u9fff]/.test(text[offset + 1] ?? '')) return null;
      // mid-line only after a sentence end: "。、紧紧围绕" cannot be prose, so a flattened copy lost a line break there
      const ctx = contextOf(tokens);
      const afterSentence = ctx.prev?.tokenType === SentenceEnd || (ctx.prev?.tokenType === Text && isSentenceEnd[lastCode(ctx.prev.image)] === 1);
      if (!ctx.atLineStart && !(ctx.afterBreak && afterSentence)) return null;
      return markerMatch('、', 'cn-comma', null, ctx);
    },
  },
});

/** A first item run into its heading ("二、发展壮大乡村特色产业(一)做强茶产业"): see runInHeading. */
const atBoundaryOrRunIn = (rank: number) => (ctx: Context, ordinal: number | null) => atBoundary(ctx) || (ordinal === 1 && runInHeading(ctx.tokens, rank));

export const ParenCnMarker = marker('ParenCnMarker', 'paren-cn', /\( ?([一二三四五六七八九十]{1,3}) ?\)/, ['('], (m) => parseOrdinal(m[1]!),
  atBoundaryOrRunIn(STYLE_RANK['paren-cn']));
export const ParenArabicMarker = marker('ParenArabicMarker', 'paren-arabic', /\( ?([0-9]{1,2}) ?\)/, ['('], (m) => parseOrdinal(m[1]!),
  atBoundaryOrRunIn(STYLE_RANK['paren-arabic']));

const EMPTY_PAREN = /\( *\)/y;
/** "( )加强农村人居环境整治": a bracketed heading number that was stripped, at a line start before CJK text. */
export const MissingParenOrdinalMarker = createToken({
  name: 'MissingParenOrdinalMarker',
  categories: [NumberingMarker],
  line_breaks: false,
  start_chars_hint: ['('],
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      if (text.charCodeAt(offset) !== 0x28 /* ( */) return null;
      EMPTY_PAREN.lastIndex = offset;
      const m = EMPTY_PAREN.exec(text);
      if (!m || !isIdeograph(text.charCodeAt(offset + m[0].length))) return null;
      const ctx = contextOf(tokens);
      return ctx.atLineStart ? markerMatch(m[0], 'paren-cn', null, ctx) : null;
    },
  },
});
// "（一）推动能源结构绿色转型1.加快…": the first item run into its heading (see runInItemAt)
export const ArabicDotMarker = marker('ArabicDotMarker', 'arabic-dot', /([0-9]{1,2})\.(?![0-9%])/, digitChars, (m) => parseOrdinal(m[1]!),
  atBoundaryOrRunIn(STYLE_RANK['arabic-dot']));
export const ArabicCommaMarker = marker('ArabicCommaMarker', 'arabic-comma', /([0-9]{1,2})、(?![0-9])/, digitChars, (m) => parseOrdinal(m[1]!));
export const CircledMarker = marker('CircledMarker', 'circled', /[\u2460-\u2473]/, [...CIRCLED], (m) => circledOrdinal(m[0]));

/** 一是 二是…: inline enumerations; 二是 may also follow a comma when 一是 came earlier on the line. */
export const CnShiMarker = marker(
  'CnShiMarker',
  'cn-shi',
  /([一二三四五六七八九十]{1,2})是(?![否非])/,
  cnChars,
  (m) => parseOrdinal(m[1]!),
  (ctx, ordinal) => atBoundary(ctx) || (ordinal !== null && ordinal > 1 && ctx.prev?.tokenType === Text && ctx.prev.image.endsWith(',')),
);

/** 〔牵头单位：…；责任单位：…〕 （责任单位：…） 【…】 — a bracketed unit annotation, matched as one token. */
const ANNOTATION_OPEN = new RegExp(`${charClass(ANNOTATION_OPENERS)}${LABEL_GAP}${UNIT_LABEL_SOURCE}`, 'y');
const isAnnotationOpener = charTable(ANNOTATION_OPENERS);
const isOpener = charTable(OPENERS);
const isCloser = charTable(CLOSERS);
const CR = 0x0d;
const LF = 0x0a;

/** How many spaces (half- or full-width) stand at `i`. */
function leadingSpaces(text: string, i: number): number {
  let n = 0;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x3000 || c === 0x09; c = text.charCodeAt(i + ++n));
  return n;
}

/** An annotation wrapped onto the next lines (a hard-wrapped copy) closes within this many characters of its opener. */
const WRAPPED_ANNOTATION_MAX = 160;

/**
 * End of the bracketed annotation opening at `offset`: its matching closer, else the end of its line. The
 * closer may stand on a later line, as in a hard-wrapped copy, if it comes within WRAPPED_ANNOTATION_MAX
 * characters, no blank line comes first and no line between opens with a marker. Nothing is read past `limit`.
 */
function annotationEnd(text: string, offset: number, limit = text.length): { end: number; closed: boolean } {
  let depth = 0;
  let lineEnd = -1; // the first line break inside the annotation
  let content = true; // the current line has more than white space
  const stop = Math.min(text.length, limit);
  for (let end = offset; end < stop; end++) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) {
      if (c === LF && text.charCodeAt(end - 1) === CR) continue; // the CR of CRLF read the break
      if (lineEnd < 0) lineEnd = end;
      else if (!content) return { end: lineEnd, closed: false }; // a blank line
      const next = end + (c === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
      // too long for a wrapped annotation, or a line that may open with a marker ("（二）…", "2.…")
      if (end - offset > WRAPPED_ANNOTATION_MAX || startsMarker[text.charCodeAt(next + leadingSpaces(text, next))]) {
        return { end: lineEnd, closed: false };
      }
      content = false;
      continue;
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) content = true;
    if (lineEnd >= 0 && end - offset > WRAPPED_ANNOTATION_MAX) return { end: lineEnd, closed: false };
    if (isOpener[c]) depth++;
    else if (isCloser[c] && --depth === 0) return { end: end + 1, closed: true };
  }
  return { end: lineEnd >= 0 ? lineEnd : stop, closed: false };
}

/** "（省能源局牵头，省发展改革委按职责分工负责）": an annotation with its units first (parseLeadFirstAnnotation), or null. */
function leadFirstAnnotation(text: string, offset: number): CustomPatternMatcherReturn | null {
  // its units open it with a CJK name ("省能源局…"): a bracket before anything else is no such annotation
  if (!isIdeograph(text.charCodeAt(offset + 1 + leadingSpaces(text, offset + 1)))) return null;
  // read no further than such an annotation can run: most brackets are not one
  const { end, closed } = annotationEnd(text, offset, offset + LEAD_FIRST_MAX);
  if (!closed) return null;
  const units = parseLeadFirstAnnotation(text, offset, end);
  if (units === null) return null;
  const m = [text.slice(offset, end)] as CustomPatternMatcherReturn;
  const payload: AnnotationPayload = { lead: units.lead, responsible: units.responsible, closed };
  m.payload = payload;
  return m;
}

export const Annotation = createToken({
  name: 'Annotation',
  categories: [Inline],
  line_breaks: true,
  start_chars_hint: [...ANNOTATION_OPENERS],
  pattern: {
    exec: (text: string, offset: number) => {
      if (!isAnnotationOpener[text.charCodeAt(offset)]) return null;
      ANNOTATION_OPEN.lastIndex = offset;
      if (!ANNOTATION_OPEN.test(text)) return leadFirstAnnotation(text, offset);
      const { end, closed } = annotationEnd(text, offset);
      const image = text.slice(offset, end);
      const m = [image] as CustomPatternMatcherReturn;
      const { lead, responsible } = parseUnitAnnotation(text, offset, end); // no object spread: it is slow here
      const payload: AnnotationPayload = { lead, responsible, closed };
      m.payload = payload;
      return m;
    },
  },
});

/** 牵头单位：… on a line of its own, without brackets. */
const BARE_ANNOTATION = new RegExp(`${UNIT_LABEL_WITH_COLON_SOURCE}[^\\r\\n]*`, 'y');
export const BareAnnotation = createToken({
  name: 'BareAnnotation',
  categories: [Inline],
  line_breaks: true, // a label broken over two lines (LABEL_GAP)
  start_chars_hint: [...LABEL_FIRST],
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      if (!isLabelFirst[text.charCodeAt(offset)] || !contextOf(tokens).atLineStart) return null;
      BARE_ANNOTATION.lastIndex = offset;
      const m = BARE_ANNOTATION.exec(text);
      if (!m) return null;
      const out = [m[0]] as CustomPatternMatcherReturn;
      const { lead, responsible } = parseUnitAnnotation(text, offset, offset + m[0].length);
      const payload: AnnotationPayload = { lead, responsible, closed: true };
      out.payload = payload;
      return out;
    },
  },
});

export const Digits = createToken({ name: 'Digits', pattern: /[0-9]+(?:\.[0-9]+)?/, categories: [Inline] });
export const CnNumeral = createToken({ name: 'CnNumeral', pattern: new RegExp(`${charClass(CN_NUMERAL_CHARS)}+`), categories: [Inline] });
export const SentenceEnd = createToken({ name: 'SentenceEnd', pattern: new RegExp(charClass(SENTENCE_ENDS)), categories: [Inline] });
export const Colon = createToken({ name: 'Colon', pattern: /:/, categories: [Inline] });
export const OpenBracket = createToken({ name: 'OpenBracket', pattern: new RegExp(charClass(OPENERS)), categories: [Inline] });
export const CloseBracket = createToken({ name: 'CloseBracket', pattern: new RegExp(charClass(CLOSERS)), categories: [Inline] });
/**
 * Runs of ordinary text. A run may not START where another token could (a digit,
 * numeral, bracket, 第, 、, a unit-label character …), but inside a run most of
 * those characters are safe: every marker needs a line start, a sentence end, a
 * colon, an annotation or a space before it, and a run has none of these inside.
 * The one exception, 二是 after a comma, is why a numeral after "," ends a run.
 * Far fewer, longer tokens: this is the lexer's hot path, so it is a loop over
 * character tables rather than a regex with lookarounds at every character.
 */
const cannotStartRun = charTable(LINE_SPACE, OPENERS, CLOSERS, BREAKS, DIGITS, CN_NUMERAL_CHARS, CIRCLED, '第、', LABEL_FIRST);
/** What a marker can start with: a break before one of these must end the run so the marker sees it. */
const startsMarker = charTable(DIGITS, CN, ANNOTATION_OPENERS, '第、', CIRCLED);
const COMMA = 0x2c;
const PERCENT = 0x25;

// The class of a character inside a run, one table lookup for the common ORDINARY case.
const ORDINARY = 0;
const ENDS_RUN = 1; // a line break, space or bracket
const BREAK = 2;
const COMMA_CLASS = 3;
const NUMERAL = 4;
const runClass = new Uint8Array(0x10000);
for (const [set, cls] of [[LINE_SPACE + OPENERS + CLOSERS, ENDS_RUN], [BREAKS, BREAK], [',', COMMA_CLASS], [CN, NUMERAL]] as const)
  for (let i = 0; i < set.length; i++) runClass[set.charCodeAt(i)] = cls;

/** The longest heading phrase a flattened copy may run into its first item. */
const RUN_IN_HEADING_MAX = 40;
const RANK_OF_ITEMS = STYLE_RANK['arabic-dot'];
const ONE = 0x31;
const DOT = 0x2e;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** `token` is a marker ranked above `rank`: a heading phrase may follow it. */
const markerAbove = (token: IToken | undefined, rank: number) => {
  const payload = token?.payload as Partial<MarkerPayload> | undefined;
  return payload?.rank !== undefined && payload.rank < rank;
};

/**
 * "（一）推动能源结构绿色转型1.加快水风光…": a flattened copy ran the heading into its first item. Where
 * the run [offset, end) after a higher marker is an unpunctuated phrase followed by "1." and text, the
 * run ends before the 1; else at `end`.
 */
function runInItemAt(text: string, offset: number, end: number): number {
  const stop = Math.min(end, offset + RUN_IN_HEADING_MAX + 1);
  for (let p = offset + 1; p < stop; p++) {
    const c = text.charCodeAt(p);
    if (runClass[c] === BREAK || c === COMMA) return end; // punctuated: no heading phrase
    if (c !== ONE || text.charCodeAt(p + 1) !== DOT || !isIdeograph(text.charCodeAt(p - 1)) || REFERENCE_END.test(text.slice(offset, p))) continue;
    const after = text.charCodeAt(p + 2);
    if (!isDigitCode(after) && after !== PERCENT && isIdeograph(after)) return p;
  }
  return end;
}

/**
 * text[a, b) can be a heading phrase a first item runs into: unpunctuated, ending in CJK, and no
 * reference to a part of a text ("依照本办法第四条(一)规定").
 */
function headingPhrase(text: string, a: number, b: number): boolean {
  if (b <= a || !isIdeograph(text.charCodeAt(b - 1)) || REFERENCE_END.test(text.slice(a, b))) return false;
  for (let i = a; i < b; i++) if (runClass[text.charCodeAt(i)] === BREAK || text.charCodeAt(i) === COMMA) return false;
  return true;
}

/** A marker of `rank` may follow a heading phrase without a break: the Text token right before is one, after a marker ranked above. */
const runInHeading = (tokens: IToken[], rank: number) => {
  const phrase = tokens[tokens.length - 1];
  if (phrase?.tokenType !== Text || phrase.image.length > RUN_IN_HEADING_MAX || !headingPhrase(phrase.image, 0, phrase.image.length)) return false;
  return markerAbove(tokens[tokens.length - 2], rank);
};

/** End of the Text run at `offset` (`offset` itself when none starts there). */
function textRunEnd(text: string, offset: number): number {
  if (cannotStartRun[text.charCodeAt(offset)]) return offset;
  const n = text.length;
  let p = offset + 1;
  for (; p < n; p++) {
    const cls = runClass[text.charCodeAt(p)];
    if (cls === ORDINARY) continue;
    if (cls === ENDS_RUN) return p;
    if (cls === BREAK) {
      // a break inside a run only when no marker can follow it; else the run ends on it
      if (p + 1 < n && startsMarker[text.charCodeAt(p + 1)]) return p + 1;
    } else if (cls === COMMA_CLASS) {
      if (p + 1 < n && runClass[text.charCodeAt(p + 1)] === NUMERAL) return p; // "，二是" must stay splittable
    } else if (text.charCodeAt(p - 1) === COMMA) return p; // a numeral right after ",": only when the run is that ","
  }
  return p;
}

/** Chevrotain dispatches the codes from 256 on by blocks of this many (charCodeToOptimizedIndex). */
const DISPATCH_BLOCK = 255;
/**
 * The characters a run can start with, as the lexer's first-character dispatch sees them: every one
 * below 256, then one per block that holds any. Listing all 65,536 builds the same dispatch table,
 * at several milliseconds of every start.
 */
function runStartCodes(): number[] {
  const codes: number[] = [];
  for (let c = 0; c < 256; c++) if (!cannotStartRun[c]) codes.push(c);
  for (let block = 256; block < 0x10000; block += DISPATCH_BLOCK - (block % DISPATCH_BLOCK)) {
    const end = Math.min(0x10000, block + DISPATCH_BLOCK - (block % DISPATCH_BLOCK));
    for (let c = block; c < end; c++) {
      if (!cannotStartRun[c]) {
        codes.push(c);
        break;
      }
    }
  }
  return codes;
}

export const Text = createToken({
  name: 'Text',
  categories: [Inline],
  line_breaks: false,
  start_chars_hint: runStartCodes(),
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      let end = textRunEnd(text, offset);
      if (end > offset && markerAbove(tokens[tokens.length - 1], RANK_OF_ITEMS)) end = runInItemAt(text, offset, end);
      return end === offset ? null : ([text.slice(offset, end)] as CustomPatternMatcherReturn);
    },
  },
});
// [\s\S] would do, but the lexer's first-character analysis gives up on complement classes like \S
export const Char = createToken({ name: 'Char', pattern: /[\u0000-\uffff]/, line_breaks: true, categories: [Inline] });

export const allTokens: TokenType[] = [
  NumberingMarker,
  Inline,
  // first: the commonest token, and it cannot start where any other token would
  Text,
  LineBreak,
  Space,
  Annotation,
  BareAnnotation,
  ArticleMarker,
  CnCommaMarker,
  MissingOrdinalMarker,
  ParenCnMarker,
  ParenArabicMarker,
  MissingParenOrdinalMarker,
  ArabicDotMarker,
  ArabicCommaMarker,
  CircledMarker,
  CnShiMarker,
  Digits,
  CnNumeral,
  SentenceEnd,
  Colon,
  OpenBracket,
  CloseBracket,
  Char,
];
