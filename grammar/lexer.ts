import { Lexer } from './chevrotain.js';
import { allTokens } from './tokens.js';

// Every character is covered by some token (Char is the fallback), so lexing
// cannot fail; validations are skipped to keep start-up fast. Every token gives
// its first characters (a start_chars_hint or an analyzable regex), so the lexer
// tries at each position only the tokens that can start there; ensureOptimizations
// makes a token that breaks this fail at start-up instead of slowing every position.
export const planLexer = new Lexer(allTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: true,
});
