// Amounts listed with 、 in one clause share their role: the rule one of them is read as holds for all.
import type { Target } from '../tree/schema.js';
import { CLAUSE_ENDS, ENUM_COMMA } from '../data/target-cues.js';
import type { Quantity } from '../quantities/quantity.js';
import type { Compared } from '../quantities/comparator.js';

import { charTable } from '../char-table.js';

/** By char code: a Chinese character read as a string is a new string each time. */
const CLAUSE_END_CODES = charTable(CLAUSE_ENDS);
const ENUM_COMMA_CODE = ENUM_COMMA.charCodeAt(0);
/**
 * "可按每人不超过30万元、总额不超过200万元的额度": amounts listed with 、 in one clause share their role;
 * a rule decided for one item (的额度, a grant) decides for all. `targets` are those of `qs`, in order.
 */
export function shareListRoles(text: string, qs: Quantity[], cs: Compared[], targets: Target[]): void {
  const listed = (k: number) => {
    const a = cs[k]!.suffixEnd;
    const b = cs[k + 1]!.prefixStart;
    if (qs[k]!.kind !== qs[k + 1]!.kind || (qs[k]!.kind !== 'money' && qs[k]!.kind !== 'percent')) return false;
    let comma = false;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (CLAUSE_END_CODES[c] === 1) return false;
      if (c === ENUM_COMMA_CODE) comma = true;
    }
    return comma;
  };
  for (let k = 0; k + 1 < qs.length; k++) {
    const role = targets[k]!.role;
    const nextRole = targets[k + 1]!.role;
    if (!listed(k) || role === nextRole) continue;
    if (role !== 'parameter' && nextRole !== 'parameter') continue;
    // Spread the rule over the whole run of items, both ways.
    let a = k;
    while (a > 0 && listed(a - 1)) a--;
    let b = k + 1;
    while (b + 1 < qs.length && listed(b)) b++;
    for (let i = a; i <= b; i++) targets[i]!.role = 'parameter';
  }
}
