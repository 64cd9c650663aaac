import type { Diagnostic, Position } from '../tree/schema.js';
import { RULES, type Code } from './codes.js';

/**
 * A diagnostic from the rule table: the severity and message come from the code, and the
 * template's arguments stay with it as `data`, so a program reads them without parsing prose.
 */
export function diagnostic(code: Code, position: Position, args: Record<string, string> = {}): Diagnostic {
  const rule = RULES[code];
  const data = Object.keys(args).length ? { data: { ...args } } : {};
  return { severity: rule.severity, code, message: rule.message(args), ...data, position };
}
