// Tokens of a policy document, declared once and listed in order in `allTokens`.
// The lexer runs on the normalized text (full-width ASCII folded to half-width,
// same length as the source), so `（一）` arrives here as `(一)`.
import type { IToken, TokenType, CustomPatternMatcherReturn } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';
import { STYLE_RANK } from '../src/data/marker-styles.js';
import { markerAbove, phraseReaders } from './run-in-phrase.js';
import { TITLE_PERIOD } from '../src/data/doc-types.js';
import { circledOrdinal, CN_NUMERAL_CHARS, parseOrdinal } from '../src/numerals.js';
import { isLabelFirst, opensWithLabel, parseUnitAnnotation } from './annotation.js';
import { charTable, isIdeograph, isDigitCode } from '../src/char-table.js';
import { ANNOTATION_OPENERS, BREAKS, charClass, CIRCLED, CLOSERS, CN, DIGITS, LABEL_FIRST, OPENERS, SENTENCE_ENDS } from './chars.js';
import { annotationEnd } from './annotation-end.js';
import { annotationMatch, bareAnnotation, leadFirstAnnotation } from './annotation-match.js';
import { afterPartHeading, afterRunInPart, afterRunInTitle, ARTICLE, continuesLine, runInArticleAt, runInFirstShiAt, runInItemAt, secondAhead, SHI_HEADING_COMMAS, runStartCodes, textRunEnd } from './text-run.js';
import { afterHeadingBracket, afterLastGb2312Circled, lastOrdinal, lastOrdinalWord, nextAfterBracket, nextAfterUnitList, ORDINAL_WORD_ITEM, secondOrdinalWordAhead, type MarkerPayload, type MarkerStyle } from './marker-sequence.js';
export type { MarkerPayload } from './marker-sequence.js';

export type { AnnotationPayload } from './annotation-match.js';
import type { AnnotationPayload } from './annotation-match.js';

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

/** Right after a sentence's end ("。、紧紧围绕", "。责任单位:…"): a flattened copy lost a line break there. */
const afterSentenceEnd = (ctx: Context) =>
  ctx.prev?.tokenType === SentenceEnd || (ctx.prev?.tokenType === Text && isSentenceEnd[lastCode(ctx.prev.image)] === 1);

/** The default rule for a marker: where a break is, or where a flattened copy left a gap. */
const atBoundary = (ctx: Context) => ctx.afterBreak || ctx.afterGap;

function markerMatch(image: string, style: MarkerStyle, ordinal: number | null, ctx: Context): CustomPatternMatcherReturn {
  const m = [image] as CustomPatternMatcherReturn;
  const payload: MarkerPayload = { style, rank: STYLE_RANK[style], ordinal, midLine: !ctx.atLineStart };
  m.payload = payload;
  return m;
}

/** The longest title period looked for before a first item: "( 2024 —— 2026 年 )". */
const PERIOD_MAX = 24;

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

export const ArticleMarker = marker('ArticleMarker', 'article', ARTICLE, ['第'], (m) =>
  parseOrdinal(m[1]!) ?? null,
  // mid-line only where a flattened copy kept the space after 条: "…。第二条 本办法…", "第一章 总则  第一条 为规范…",
  // "第一章 总则第一条 为激励…"
  (ctx, ordinal, m) => ctx.atLineStart || (m.input[m.index + m[0].length] === ' ' && (ctx.afterBreak || ctx.afterGap || afterRunInPart(m.input, m.index))) ||
    // a copy flattened without spaces: "…制定本办法。第二条本办法所称…", "第二章政府投资决策第九条市、县…", each the next article
    (ordinal !== null && (afterSentenceEnd(ctx) || afterRunInPart(m.input, m.index, true)) &&
      ((ordinal > 1 && lastOrdinal(ctx.tokens, 'article') === ordinal - 1) || (ordinal === 1 && afterRunInPart(m.input, m.index, true)))) ||
    // a rule document's title run into its first article: "…2023年12月13日广安市…管理办法第一条 为…"
    (ordinal === 1 && afterRunInTitle(m.input, m.index)),
);

// not the head of a list of numerals ("一、二、三"); a year may follow ("一、2024年工作回顾")
// a flattened copy runs the first item into the title's period: "…若干措施(2024—2026年)一、研发激励"
export const CnCommaMarker = marker('CnCommaMarker', 'cn-comma', /([一二三四五六七八九十]{1,3}) ?、(?![一二三四五六七八九十]{1,3}、|[0-9]{1,3}(?![0-9]))/, cnChars, (m) => parseOrdinal(m[1]!),
  // (mid-line, a numeral after the 、 lists numerals after ；，： or before 产 ("；二、三产业比例调整为…", "。二、三产比例为46:54"): no
  // heading; after 。 a part may open with one ("。二、十四五时期主要目标")
  (ctx, ordinal, m) => (atBoundary(ctx) && !listsNumerals(m.input, m.index, m.index + m[0].length, ctx.atLineStart)) || (ordinal === 1 && TITLE_PERIOD.test(m.input.slice(Math.max(0, m.index - PERIOD_MAX), m.index))) || nextAfterUnitList(ctx.tokens, ordinal, m, 'cn-comma'));
const listsNumerals = (text: string, start: number, end: number, lineStart: boolean) =>
  !lineStart && /[一二三四五六七八九十]/.test(text[end] ?? '') && (LIST_BREAK.has(text[start - 1] ?? '') || INDUSTRY_AFTER.test(text.slice(end + 1, end + 3)));
const LIST_BREAK = new Set([';', ',', ':']);
/** 三产, 三次产业: the industries a list of numerals names. */
const INDUSTRY_AFTER = /^(?:产|次产)/;

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
      if (!ctx.atLineStart && !afterSentenceEnd(ctx)) return null;
      // a line broken at a link ("城市轨道交通⏎、地下综合管廊建设加快"): the line before runs on into it, no blank line between
      if (ctx.atLineStart && continuesLine(text, offset)) return null;
      return markerMatch('、', 'cn-comma', null, ctx);
    },
  },
});

/** The marker follows a closing bracket: see nextAfterBracket. */
const afterClosingBracket = (ctx: Context, ordinal: number | null, m: RegExpExecArray, style: MarkerStyle, second: string) =>
  ctx.prev?.tokenType === CloseBracket && nextAfterBracket(ctx.tokens, ordinal, m, style, second);

/** A first item run into its heading ("二、发展壮大乡村特色产业(一)做强茶产业"): see runInHeading. */
const atBoundaryOrRunIn = (rank: number) => (ctx: Context, ordinal: number | null) => atBoundary(ctx) || (ordinal === 1 && runInHeading(ctx.tokens, rank));
/**
 * A bracketed item may also run into its heading as the next of a numbering that goes straight through the parts
 * ("二、进一步简化企业生产经营审批和条件（四）进一步降低…" after （三）).
 */
const atBoundaryOrRunOn = (rank: number, style: MarkerStyle, second: string) => (ctx: Context, ordinal: number | null, m: RegExpExecArray) =>
  atBoundary(ctx) || (ordinal !== null && runInHeading(ctx.tokens, rank) && (ordinal === 1 || lastOrdinal(ctx.tokens, style) === ordinal - 1)) ||
  // a heading of three phrases ("以进固稳,勇攀高峰,2022年各项工作成效显著(一)坚持…") before a list whose second item follows,
  // or a chapter's or section's heading run in ("第一节 构建优质均衡的基本教育服务体系(一)提升…")
  (ordinal === 1 && ((runInHeading(ctx.tokens, rank, SHI_HEADING_COMMAS) && secondAhead(m.input, m.index + m[0].length, second)) || afterPartHeading(m.input, m.index, m.index + m[0].length))) ||
  nextAfterUnitList(ctx.tokens, ordinal, m, style) || afterClosingBracket(ctx, ordinal, m, style, second);

// mid-line, "（一）期工程", "（二）类县", "（一）至（三）环", "附件1中(一)项": a phase, a class, a range or a part cited
const PAREN_CN_NAME_AFTER = /^(?:[期类级批档款]|项(?!目)|至\()/;
const parenCnAtBoundaryOrRunOn = atBoundaryOrRunOn(STYLE_RANK['paren-cn'], 'paren-cn', '(二)');
export const ParenCnMarker = marker('ParenCnMarker', 'paren-cn', /\( ?([一二三四五六七八九十]{1,3}) ?\)/, ['('], (m) => parseOrdinal(m[1]!),
  (ctx, ordinal, m) => (ctx.atLineStart || !PAREN_CN_NAME_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2))) && parenCnAtBoundaryOrRunOn(ctx, ordinal, m));
export const ParenArabicMarker = marker('ParenArabicMarker', 'paren-arabic', /\( ?([0-9]{1,2}) ?\)/, ['('], (m) => parseOrdinal(m[1]!),
  atBoundaryOrRunOn(STYLE_RANK['paren-arabic'], 'paren-arabic', '(2)'));

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
// a year may follow the dot ("3．2020年底前开展…"): no decimal runs into a year; other digits only after the item
// before it at a line start ("10.…⏎11.121人才梯队项目": no decimal is 11.121人)
const DOT_YEAR = /(?:19|20)[0-9]{2}年/y;
// (a numbering that runs straight through the parts goes on after a part's heading: "二、…主要目标3.“十五五”时期…")
const dotAtBoundaryOrRunIn = (ctx: Context, ordinal: number | null) =>
  atBoundaryOrRunIn(STYLE_RANK['arabic-dot'])(ctx, ordinal) ||
  (ordinal !== null && ordinal > 1 && lastOrdinal(ctx.tokens, 'arabic-dot') === ordinal - 1 && runInHeading(ctx.tokens, STYLE_RANK['arabic-dot']));
export const ArabicDotMarker = marker('ArabicDotMarker', 'arabic-dot', /([0-9]{1,2})\.(?!%)/, digitChars, (m) => parseOrdinal(m[1]!),
  (ctx, ordinal, m) => {
    const after = m.index + m[0].length;
    if (!isDigitCode(m.input.charCodeAt(after))) {
      return dotAtBoundaryOrRunIn(ctx, ordinal) || nextAfterUnitList(ctx.tokens, ordinal, m, 'arabic-dot') || afterClosingBracket(ctx, ordinal, m, 'arabic-dot', '2.');
    }
    DOT_YEAR.lastIndex = after;
    if (DOT_YEAR.test(m.input)) return dotAtBoundaryOrRunIn(ctx, ordinal);
    return ctx.atLineStart && ordinal !== null && ordinal > 1 && lastOrdinal(ctx.tokens, 'arabic-dot') === ordinal - 1;
  });
// not the head of a list of numbers ("1、2、3", "1、2年级", "3、4月份"); a date may follow ("1、11月1日召开动员会", "2、2025年底前…")
export const ArabicCommaMarker = marker('ArabicCommaMarker', 'arabic-comma', /([0-9]{1,2})、(?:(?![0-9])|(?=[0-9]{1,2}月[0-9]{1,2}[日号—–\-～~至]|(?:19|20)[0-9]{2}年))/, digitChars, (m) => parseOrdinal(m[1]!));
export const CircledMarker = marker('CircledMarker', 'circled', /[\u2460-\u2473]/, [...CIRCLED], (m) => circledOrdinal(m[0]));

/**
 * "…。?全年新增就业2000人": ⑪ and after lost to "?" in a page saved in GB2312, after ⑩ (or a lost one). No
 * question mark follows a sentence's end, so the "?" is a circled marker whose numeral the tree infers.
 */
export const LostCircledMarker = createToken({
  name: 'LostCircledMarker',
  categories: [NumberingMarker],
  line_breaks: false,
  start_chars_hint: ['?'],
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      if (text.charCodeAt(offset) !== 0x3f /* ? */ || !isIdeograph(text.charCodeAt(offset + 1))) return null;
      const ctx = contextOf(tokens);
      if (!afterSentenceEnd(ctx) || !afterLastGb2312Circled(tokens)) return null;
      return markerMatch('?', 'circled', null, ctx);
    },
  },
});

/**
 * 一是 二是… (and a work report's 一要 二要…): inline enumerations; 二是 may also follow a comma when 一是 came
 * earlier on the line. 要素, 要求 and the like are words, not a list.
 */
export const CnShiMarker = marker(
  'CnShiMarker',
  'cn-shi',
  new RegExp(`${ORDINAL_WORD_ITEM.source}|([一二三四五六七八九十]{1,2})(?:是(?![否非])|要(?![素求件点闻务害道冲事职案员领]))`),
  [...cnChars, '第'],
  (m) => parseOrdinal(m[1] ?? m[2]!),
  (ctx, ordinal, m) => m[1] !== undefined ? ctx.afterBreak && (ordinal === 1 ? secondOrdinalWordAhead(m.input, m.index) : lastOrdinalWord(ctx.tokens) === ordinal! - 1) : atBoundary(ctx) || (ordinal !== null && ordinal > 1 && ctx.prev?.tokenType === Text && ctx.prev.image.endsWith(',')) ||
    // "（二）坚持精准防控，落实科学施策一是坚持…": the first item run into its heading
    (ordinal === 1 && (runInHeading(ctx.tokens, RANK_OF_SHI, SHI_HEADING_COMMAS) || afterYearLeadIn(ctx.tokens))) ||
    // "一是狠抓项目园区、二是狠抓招商引资、…": a list of items apart with 、, each the next of the one before
    (ordinal !== null && ordinal > 1 && ctx.prev?.image === '、' && lastOrdinal(ctx.tokens, 'cn-shi') === ordinal - 1),
);

/** 〔牵头单位：…；责任单位：…〕 （责任单位：…） 【…】 — a bracketed unit annotation, matched as one token. */
const isAnnotationOpener = charTable(ANNOTATION_OPENERS);

export const Annotation = createToken({
  name: 'Annotation',
  categories: [Inline],
  line_breaks: true,
  start_chars_hint: [...ANNOTATION_OPENERS],
  pattern: {
    exec: (text: string, offset: number) => {
      if (!isAnnotationOpener[text.charCodeAt(offset)]) return null;
      if (!opensWithLabel(text, offset)) return leadFirstAnnotation(text, offset);
      const { end, closed } = annotationEnd(text, offset);
      return annotationMatch(text, offset, end, closed, parseUnitAnnotation(text, offset, end));
    },
  },
});

/** A numbering marker opening its line: "2.责任单位：水利局" is an item of a project's fields. */
const afterLineMarker = (ctx: Context) =>
  ctx.prev !== undefined && ctx.prev.tokenType.CATEGORIES?.includes(NumberingMarker) === true && !(ctx.prev.payload as MarkerPayload).midLine;

/** 牵头单位：… without brackets: on a line of its own (or after the marker opening it), or after a sentence's end. */
export const BareAnnotation = createToken({
  name: 'BareAnnotation',
  categories: [Inline],
  line_breaks: true, // a label broken over two lines (LABEL_GAP)
  start_chars_hint: [...LABEL_FIRST],
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      if (!isLabelFirst[text.charCodeAt(offset)]) return null;
      const ctx = contextOf(tokens);
      const lineStart = ctx.atLineStart || afterLineMarker(ctx);
      // or after a heading's closing bracket: "12.开展…评定工作（80个工作日）责任单位：危化处（30日）…"
      if (!lineStart && !afterSentenceEnd(ctx) && !(ctx.prev?.tokenType === CloseBracket && afterHeadingBracket(ctx.tokens))) return null;
      return bareAnnotation(text, offset, lineStart);
    },
  },
});

export const Digits = createToken({ name: 'Digits', pattern: /[0-9]+(?:\.[0-9]+)?/, categories: [Inline] });
export const CnNumeral = createToken({ name: 'CnNumeral', pattern: new RegExp(`${charClass(CN_NUMERAL_CHARS)}+`), categories: [Inline] });
export const SentenceEnd = createToken({ name: 'SentenceEnd', pattern: new RegExp(charClass(SENTENCE_ENDS)), categories: [Inline] });
export const Colon = createToken({ name: 'Colon', pattern: /:/, categories: [Inline] });
export const OpenBracket = createToken({ name: 'OpenBracket', pattern: new RegExp(charClass(OPENERS)), categories: [Inline] });
export const CloseBracket = createToken({ name: 'CloseBracket', pattern: new RegExp(charClass(CLOSERS)), categories: [Inline] });

const RANK_OF_ITEMS = STYLE_RANK['arabic-dot'];
const RANK_OF_SHI = STYLE_RANK['cn-shi'];

export const Text = createToken({
  name: 'Text',
  categories: [Inline],
  line_breaks: false,
  start_chars_hint: runStartCodes(),
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      let end = textRunEnd(text, offset);
      const phrase = end > offset ? phraseStart(tokens) : tokens.length;
      if (end > offset && markerAbove(tokens[phrase - 1], RANK_OF_ITEMS)) end = runInItemAt(text, offset, end, String((lastOrdinal(tokens, 'arabic-dot') ?? 0) + 1));
      if (end > offset + 2 && markerAbove(tokens[phrase - 1], RANK_OF_SHI)) end = runInFirstShiAt(text, phrase < tokens.length ? tokens[phrase]!.startOffset : offset, offset, end);
      if (end > offset + 1) end = runInArticleAt(text, offset, end);
      return end === offset ? null : ([text.slice(offset, end)] as CustomPatternMatcherReturn);
    },
  },
});
// [\s\S] would do, but the lexer's first-character analysis gives up on complement classes like \S
export const Char = createToken({ name: 'Char', pattern: /[\u0000-\uffff]/, line_breaks: true, categories: [Inline] });
const { phraseStart, runInHeading, afterYearLeadIn } = phraseReaders(new Set<TokenType>([Text, Char, Digits, CnNumeral]), new Set<TokenType>([LineBreak, SentenceEnd]));

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
  LostCircledMarker,
  CnShiMarker,
  Digits,
  CnNumeral,
  SentenceEnd,
  Colon,
  OpenBracket,
  CloseBracket,
  Char,
];
