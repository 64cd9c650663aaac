// A document whose title is lost or names no rule type may still set rules: a county's subsidy
// policy copied without its title. When nearly every quantity stands in a sentence that grants
// something (奖励, 补助, 给予 …), its numbers are the policy's parameters (TARGETS.md §2).
import type { Target } from '../tree/schema.js';
import { GRANT_VERBS, RULES_BY_CONTENT } from '../data/target-cues.js';
import { anyIn } from '../quantities/words.js';
import { sentenceEnd, sentenceStart } from '../quantities/context.js';

const NAMES_GRANT = anyIn(GRANT_VERBS);

/** Whether at least RULES_BY_CONTENT.share of the targets (and at least .min of them) stand in a granting sentence. */
export function grantsThroughout(norm: string, targets: Target[]): boolean {
  if (targets.length < RULES_BY_CONTENT.min) return false;
  // most documents are plans: stop as soon as too many quantities grant nothing
  const allowedMisses = targets.length - Math.ceil(targets.length * RULES_BY_CONTENT.share);
  let misses = 0;
  let end = -1; // where the sentence read last ends
  let granting = false;
  for (const t of targets) {
    // the targets come in order: one in the sentence of the one before shares its reading
    if (t.position.start.offset >= end) {
      const a = sentenceStart(norm, t.position.start.offset);
      end = sentenceEnd(norm, t.position.end.offset);
      granting = NAMES_GRANT(norm, a, end);
    }
    if (!granting && ++misses > allowedMisses) return false;
  }
  return true;
}
