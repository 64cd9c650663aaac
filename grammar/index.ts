// The grammar's facade: normalized text in, segments and errors out, as data.
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import { planLexer } from './lexer.js';
import { PlanParser, type Segment } from './parser.js';

export type { Segment } from './parser.js';
export * as tokens from './tokens.js';
export type { MarkerPayload, AnnotationPayload } from './tokens.js';

export type GrammarResult = {
  tokens: IToken[];
  segments: Segment[];
  lexErrors: ILexingError[];
  parseErrors: IRecognitionException[];
};

let parser: PlanParser | undefined;

export function lex(text: string): { tokens: IToken[]; lexErrors: ILexingError[] } {
  const { tokens, errors } = planLexer.tokenize(text);
  return { tokens, lexErrors: errors };
}

export function parseTokens(tokens: IToken[]): { segments: Segment[]; parseErrors: IRecognitionException[] } {
  parser ??= new PlanParser();
  parser.input = tokens;
  const segments = parser.document();
  return { segments: segments ?? [], parseErrors: parser.errors };
}

export function parseGrammar(text: string): GrammarResult {
  const { tokens, lexErrors } = lex(text);
  const { segments, parseErrors } = parseTokens(tokens);
  return { tokens, segments, lexErrors, parseErrors };
}
