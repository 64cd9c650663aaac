import { Lexer } from './chevrotain.js';
import { allTokens } from './tokens.js';

// Every character is covered by some token (Char is the fallback), so lexing
// cannot fail; validations are skipped to keep start-up fast.
export const planLexer = new Lexer(allTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: false,
  skipValidations: true,
});
