// The grammar's facade: normalized text in, segments and errors out, as plain data.
// Chevrotain's tokens stay inside grammar/: each leaves as a span with an exclusive
// end, told apart by `type`, and errors leave as {offset, length, message}.
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import { planLexer } from './lexer.js';
import { PlanParser } from './parser.js';
import { Annotation, BareAnnotation, LineBreak, Space, type AnnotationPayload, type MarkerPayload } from './tokens.js';

export type { MarkerPayload, AnnotationPayload } from './tokens.js';

/** text[start, end) of the normalized text; `end` exclusive. */
export type Span = { start: number; end: number };
export type MarkerSpan = Span & { type: 'marker'; payload: MarkerPayload };
export type AnnotationSpan = Span & { type: 'annotation'; payload: AnnotationPayload };
/** Everything else: runs of text, digits, punctuation ('text'), spaces and line breaks. */
export type PlainSpan = Span & { type: 'text' | 'space' | 'line-break'; payload: undefined };
export type InlineSpan = AnnotationSpan | PlainSpan;

export type Segment = {
  /** The marker that opens the segment; null for text before the first marker. */
  marker: MarkerSpan | null;
  content: InlineSpan[];
};

/** A lexing or parsing error at text[offset, offset + length). */
export type GrammarError = { offset: number; length: number; message: string };

declare const lexedBrand: unique symbol;
/** The lexer's tokens, for parseTokens only: what they are is the grammar's own business. */
export type Lexed = { readonly [lexedBrand]: true };

export type GrammarResult = { segments: Segment[]; lexErrors: GrammarError[]; parseErrors: GrammarError[] };

let parser: PlanParser | undefined;

const lexError = (e: ILexingError): GrammarError => ({ offset: e.offset, length: e.length, message: e.message });
// a token the parser inserted while recovering has no offset
const parseError = (e: IRecognitionException): GrammarError => ({
  offset: Number.isFinite(e.token.startOffset) ? e.token.startOffset : 0,
  length: 0,
  message: e.message,
});

export function lex(text: string): { tokens: Lexed; lexErrors: GrammarError[] } {
  const { tokens, errors } = planLexer.tokenize(text);
  return { tokens: tokens as unknown as Lexed, lexErrors: errors.map(lexError) };
}

export function parseTokens(tokens: Lexed): { segments: Segment[]; parseErrors: GrammarError[] } {
  parser ??= new PlanParser();
  parser.input = tokens as unknown as IToken[];
  const segments = parser.document() ?? [];
  return { segments: segments.map(segmentOf), parseErrors: parser.errors.map(parseError) };
}

export function parseGrammar(text: string): GrammarResult {
  const { tokens, lexErrors } = lex(text);
  const { segments, parseErrors } = parseTokens(tokens);
  return { segments, lexErrors, parseErrors };
}

const endOf = (t: IToken) => t.startOffset + t.image.length;

function segmentOf(seg: { marker: IToken | null; content: IToken[] }): Segment {
  const m = seg.marker;
  const marker: MarkerSpan | null = m && { type: 'marker', start: m.startOffset, end: endOf(m), payload: m.payload as MarkerPayload };
  const content: InlineSpan[] = new Array(seg.content.length);
  for (let i = 0; i < content.length; i++) content[i] = inlineOf(seg.content[i]!);
  return { marker, content };
}

function inlineOf(t: IToken): InlineSpan {
  const type = t.tokenType;
  if (type === Annotation || type === BareAnnotation) {
    return { type: 'annotation', start: t.startOffset, end: endOf(t), payload: t.payload as AnnotationPayload };
  }
  return { type: type === LineBreak ? 'line-break' : type === Space ? 'space' : 'text', start: t.startOffset, end: endOf(t), payload: undefined };
}
