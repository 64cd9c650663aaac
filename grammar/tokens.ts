// Tokens of a policy document, declared once and listed in order in `allTokens`.
// The lexer runs on the normalized text (full-width ASCII folded to half-width,
// same length as the source), so `（一）` arrives here as `(一)`.
import type { IToken, TokenType, CustomPatternMatcherReturn } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';
import type { MarkerStyle } from '../src/tree/schema.js';
import { STYLE_RANK } from '../src/data/marker-styles.js';
import { circledOrdinal, parseOrdinal } from '../src/numerals.js';
import { parseUnitAnnotation, UNIT_LABEL_SOURCE, UNIT_LABEL_WITH_COLON_SOURCE, type ParsedAnnotation } from './annotation.js';
import { UNIT_LABELS } from '../src/data/unit-labels.js';

/** First characters of the unit labels: a bare annotation can start only there, and a text run cannot. */
const LABEL_FIRST = [...new Set(UNIT_LABELS.map((l) => l.word[0]!))].join('');

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
type Context = { atLineStart: boolean; afterBreak: boolean; afterGap: boolean; prev: IToken | undefined };

const GAP_BEFORE = /[\u4e00-\u9fff”」』)]$/;

/** A Text run may end on a sentence end or colon (see TEXT_RUN): for context it counts as that break. */
const BREAK_END = /[。;!?:]$/;
const SENTENCE_END_AT_END = /[。;!?]$/;

function contextOf(tokens: IToken[]): Context {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.tokenType === Space) i--;
  const prev = tokens[i];
  const atLineStart = prev === undefined || prev.tokenType === LineBreak;
  const afterBreak =
    atLineStart ||
    prev!.tokenType === SentenceEnd ||
    prev!.tokenType === Colon ||
    (prev!.tokenType === Text && BREAK_END.test(prev!.image)) ||
    (prev!.tokenType === Annotation && (prev!.payload as AnnotationPayload).closed);
  const afterGap =
    !atLineStart && i < tokens.length - 1 && (prev!.tokenType === Text || prev!.tokenType === CloseBracket) && GAP_BEFORE.test(prev!.image);
  return { atLineStart, afterBreak, afterGap, prev };
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
  const first = new Set(startChars.map((c) => c.charCodeAt(0)));
  return createToken({
    name,
    categories: [NumberingMarker],
    line_breaks: false,
    start_chars_hint: startChars,
    pattern: {
      exec: (text: string, offset: number, tokens: IToken[]) => {
        if (!first.has(text.charCodeAt(offset))) return null; // the lexer runs unoptimized: reject cheaply
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

const CN = '一二三四五六七八九十';
const cnChars = [...CN];
const digitChars = [...'0123456789'];



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
      if (text[offset] !== '、' || !/[\u4e00-\u9fff]/.test(text[offset + 1] ?? '')) return null;
      // mid-line only after a sentence end: "。、紧紧围绕" cannot be prose, so a flattened copy lost a line break there
      const ctx = contextOf(tokens);
      const afterSentence = ctx.prev?.tokenType === SentenceEnd || (ctx.prev?.tokenType === Text && SENTENCE_END_AT_END.test(ctx.prev.image));
      if (!ctx.atLineStart && !(ctx.afterBreak && afterSentence)) return null;
      return markerMatch('、', 'cn-comma', null, ctx);
    },
  },
});

export const ParenCnMarker = marker('ParenCnMarker', 'paren-cn', /\( ?([一二三四五六七八九十]{1,3}) ?\)/, ['('], (m) => parseOrdinal(m[1]!));
export const ParenArabicMarker = marker('ParenArabicMarker', 'paren-arabic', /\( ?([0-9]{1,2}) ?\)/, ['('], (m) => parseOrdinal(m[1]!));
export const ArabicDotMarker = marker('ArabicDotMarker', 'arabic-dot', /([0-9]{1,2})\.(?![0-9%])/, digitChars, (m) => parseOrdinal(m[1]!));
export const ArabicCommaMarker = marker('ArabicCommaMarker', 'arabic-comma', /([0-9]{1,2})、(?![0-9])/, digitChars, (m) => parseOrdinal(m[1]!));
export const CircledMarker = marker('CircledMarker', 'circled', /[\u2460-\u2473]/, [...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'], (m) => circledOrdinal(m[0]));

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
const ANNOTATION_OPEN = new RegExp(`[(\\[【〔] *${UNIT_LABEL_SOURCE}`, 'y');
const OPENERS = '([【〔《';
const CLOSERS = ')]】〕》';

export const Annotation = createToken({
  name: 'Annotation',
  categories: [Inline],
  line_breaks: false,
  start_chars_hint: ['(', '[', '【', '〔'],
  pattern: {
    exec: (text: string, offset: number) => {
      if (!'([【〔'.includes(text[offset]!)) return null;
      ANNOTATION_OPEN.lastIndex = offset;
      if (!ANNOTATION_OPEN.test(text)) return null;
      let depth = 0;
      let end = offset;
      let closed = false;
      for (; end < text.length; end++) {
        const ch = text[end]!;
        if (ch === '\n' || ch === '\r') break;
        if (OPENERS.includes(ch)) depth++;
        else if (CLOSERS.includes(ch) && --depth === 0) {
          end++;
          closed = true;
          break;
        }
      }
      const image = text.slice(offset, end);
      const m = [image] as CustomPatternMatcherReturn;
      const payload: AnnotationPayload = { ...parseUnitAnnotation(image), closed };
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
  line_breaks: false,
  start_chars_hint: [...LABEL_FIRST],
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      if (!LABEL_FIRST.includes(text[offset]!) || !contextOf(tokens).atLineStart) return null;
      BARE_ANNOTATION.lastIndex = offset;
      const m = BARE_ANNOTATION.exec(text);
      if (!m) return null;
      const out = [m[0]] as CustomPatternMatcherReturn;
      const payload: AnnotationPayload = { ...parseUnitAnnotation(m[0]), closed: true };
      out.payload = payload;
      return out;
    },
  },
});

export const Digits = createToken({ name: 'Digits', pattern: /[0-9]+(?:\.[0-9]+)?/, categories: [Inline] });
export const CnNumeral = createToken({ name: 'CnNumeral', pattern: /[一二三四五六七八九十百千万亿两零〇]+/, categories: [Inline] });
export const SentenceEnd = createToken({ name: 'SentenceEnd', pattern: /[。;!?]/, categories: [Inline] });
export const Colon = createToken({ name: 'Colon', pattern: /:/, categories: [Inline] });
export const OpenBracket = createToken({ name: 'OpenBracket', pattern: /[(\[【〔《]/, categories: [Inline] });
export const CloseBracket = createToken({ name: 'CloseBracket', pattern: /[)\]】〕》]/, categories: [Inline] });
/**
 * Runs of ordinary text. A run may not START where another token could (a digit,
 * numeral, bracket, 第, 、, a unit-label character …), but inside a run most of
 * those characters are safe: every marker needs a line start, a sentence end, a
 * colon, an annotation or a space before it, and a run has none of these inside.
 * The one exception, 二是 after a comma, is why a numeral after "," ends a run.
 * Far fewer, longer tokens: this is the lexer's hot path.
 */
const TEXT_RUN = new RegExp(
  [
    // a run starts only where no other token can
    `[^\\r\\n ()[\\]【】〔〕《》。;!?:0-9一二三四五六七八九十百千万亿两零〇\\u2460-\\u2473第、${LABEL_FIRST}]`,
    '(?:',
    '[^\\r\\n ()[\\]【】〔〕《》。;!?:,一二三四五六七八九十]',
    '|,(?![一二三四五六七八九十])', // "，二是" must stay splittable
    '|(?<!,)[一二三四五六七八九十]',
    '|[。;!?:](?![0-9一二三四五六七八九十(\\[【〔第、\\u2460-\\u2473])', // a break inside a run: no marker can follow it
    ')*',
    '[。;!?:]?', // a run may end on a break; the marker after it sees the break (see contextOf)
  ].join(''),
  'y',
);
export const Text = createToken({
  name: 'Text',
  categories: [Inline],
  line_breaks: false,
  pattern: {
    exec: (text: string, offset: number) => {
      TEXT_RUN.lastIndex = offset;
      return TEXT_RUN.exec(text) as CustomPatternMatcherReturn | null;
    },
  },
});
export const Char = createToken({ name: 'Char', pattern: /[\s\S]/, line_breaks: true, categories: [Inline] });

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
