// A document whose title is lost or names no rule type may still set rules: a county's subsidy
// policy copied without its title. When nearly every quantity stands in a sentence that grants
// something (奖励, 补助, 给予 …), its numbers are the policy's parameters (TARGETS.md §2).
import type { Target } from '../tree/schema.js';
import { GRANT_VERBS, RULES_BY_CONTENT } from '../data/target-cues.js';
import { anyIn } from '../quantities/words.js';
import { charTable } from '../char-table.js';

const NAMES_GRANT = anyIn(GRANT_VERBS);
/** Sentence ends in the normalized text (full-width marks folded), by char code. */
const SENTENCE_END_CODES = charTable('。;!?；！？\n');

/** Whether at least RULES_BY_CONTENT.share of the targets (and at least .min of them) stand in a granting sentence. */
export function grantsThroughout(norm: string, targets: Target[]): boolean {
  if (targets.length < RULES_BY_CONTENT.min) return false;
  // most documents are plans: stop as soon as too many quantities grant nothing
  const allowedMisses = targets.length - Math.ceil(targets.length * RULES_BY_CONTENT.share);
  let misses = 0;
  let sentenceEnd = -1;
  let granting = false;
  for (const t of targets) {
    // the targets come in order: one in the sentence of the one before shares its reading
    if (t.position.start.offset >= sentenceEnd) {
      let a = t.position.start.offset;
      while (a > 0 && SENTENCE_END_CODES[norm.charCodeAt(a - 1)] !== 1) a--;
      let b = t.position.end.offset;
      while (b < norm.length && SENTENCE_END_CODES[norm.charCodeAt(b)] !== 1) b++;
      sentenceEnd = b;
      granting = NAMES_GRANT(norm, a, b);
    }
    if (!granting && ++misses > allowedMisses) return false;
  }
  return true;
}
