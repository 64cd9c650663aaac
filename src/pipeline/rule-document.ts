// A document whose title is lost or names no rule type may still set rules: a county's subsidy
// policy copied without its title. When nearly every quantity stands in a sentence that grants
// something (奖励, 补助, 给予 …), its numbers are the policy's parameters (TARGETS.md §2).
import type { Target } from '../tree/schema.js';
import { GRANT_VERBS, RULES_BY_CONTENT } from '../data/target-cues.js';
import { anyIn } from '../quantities/words.js';

const NAMES_GRANT = anyIn(GRANT_VERBS);
const SENTENCE_ENDS = new Set(['。', '；', '！', '？', '\n']);

/** Whether at least RULES_BY_CONTENT.share of the targets (and at least .min of them) stand in a granting sentence. */
export function grantsThroughout(norm: string, targets: Target[]): boolean {
  if (targets.length < RULES_BY_CONTENT.min) return false;
  let granting = 0;
  for (const t of targets) {
    let a = t.position.start.offset;
    while (a > 0 && !SENTENCE_ENDS.has(norm[a - 1]!)) a--;
    let b = t.position.end.offset;
    while (b < norm.length && !SENTENCE_ENDS.has(norm[b]!)) b++;
    if (NAMES_GRANT(norm, a, b)) granting++;
  }
  return granting >= targets.length * RULES_BY_CONTENT.share;
}
