import type { Diagnostic, Position } from '../tree/schema.js';
import { RULES, type Code } from './codes.js';

/** A diagnostic from the rule table: the severity and message come from the code. */
export function diagnostic(code: Code, position: Position, args: Record<string, string> = {}): Diagnostic {
  const rule = RULES[code];
  return { severity: rule.severity, code, message: rule.message(args), position };
}
