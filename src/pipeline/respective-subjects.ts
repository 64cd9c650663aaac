// Amounts a sentence gives "respectively" with no subject of their own ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年
// 力争分别淘汰3000万吨和3500万吨"; "境外游客超6万人次，其中台湾游客超4万人次，较2019年分别增长25%、22%"): each measures the
// subject of its counterpart before it in the sentence, with the change or the deed the run names.
import type { Target } from '../tree/schema.js';
import type { Quantity } from '../quantities/quantity.js';
import { ALLOCATION_FILLERS } from '../data/noun-cues.js';
import { GRANT_VERBS, MODALITY_WORDS, SENTENCE_ENDS } from '../data/target-cues.js';
import { byLength, withoutLeading } from '../quantities/words.js';
import { charTable } from '../char-table.js';

const RESPECTIVELY = '分别';
/** What may stand before 分别 in such a run's words: when and how, never a subject. */
const FILLERS = byLength([...ALLOCATION_FILLERS, ...Object.keys(MODALITY_WORDS)]);
/** The deed or change after 分别 is a verb's length or two: longer, the words name a subject. */
const DEED_MAX = 4;
/** How many amounts before a run are read for its counterparts, beyond the run's own length. */
const LOOK_BACK = 6;
/** The sentence ends, but a ; that parts the list a run answers from the run ("…关停1000万千瓦；五年淘汰…，今年力争分别淘汰…"). */
const SENTENCE_END_CODES = charTable(SENTENCE_ENDS.replace(';', ''));
const OPEN_CODES = charTable('(（');
const CLOSE_CODES = charTable(')）');

/** The deed of a run's words ("今年力争分别淘汰" → "淘汰"), or null when they name more than when, how and 分别. */
function deedOf(indicator: string): string | null {
  const at = indicator.indexOf(RESPECTIVELY);
  if (at < 0) return null;
  const before = withoutLeading(indicator.slice(0, at), FILLERS);
  const deed = indicator.slice(at + RESPECTIVELY.length);
  // (a grant given respectively goes to the conditions before it, no subject: "…的企业，分别给予50万元、100万元")
  return before === '' && deed.length > 0 && deed.length <= DEED_MAX && !GRANT_VERBS.some((w) => deed.startsWith(w)) ? deed : null;
}

/** Per quantity, its sentence (a count of sentence ends before it) and whether it stands in brackets: one pass over the text. */
function placesOf(text: string, qs: Quantity[]): { sentence: number[]; bracketed: boolean[] } {
  const sentence: number[] = [];
  const bracketed: boolean[] = [];
  let ends = 0;
  let depth = 0;
  let i = 0;
  for (const q of qs) {
    for (; i < q.start; i++) {
      const c = text.charCodeAt(i);
      if (SENTENCE_END_CODES[c] === 1) (ends++, (depth = 0));
      else if (OPEN_CODES[c] === 1) depth++;
      else if (CLOSE_CODES[c] === 1 && depth > 0) depth--;
    }
    sentence.push(ends);
    bracketed.push(depth > 0);
  }
  return { sentence, bracketed };
}

/**
 * Gives each amount of such a run the subject of its counterpart: the amounts before the run in its sentence, outside
 * brackets, no rule (a condition), counted in the run's unit — or, for a run of growth rates, any amount but a rate.
 * `targets` are those of `qs`, in order.
 */
export function shareRespectiveSubjects(text: string, qs: Quantity[], targets: Target[]): void {
  let places: ReturnType<typeof placesOf> | null = null;
  for (let k = 0; k < qs.length; ) {
    const deed = deedOf(targets[k]!.indicator);
    let n = 1;
    while (deed !== null && k + n < qs.length && targets[k + n]!.indicator === targets[k]!.indicator) n++;
    if (deed === null || n < 2) {
      k += n;
      continue;
    }
    places ??= placesOf(text, qs);
    const rates = targets[k]!.kind === 'percent';
    const fits = (j: number) => places!.sentence[j] === places!.sentence[k] && !places!.bracketed[j] && targets[j]!.role !== 'parameter'
      && (rates ? targets[j]!.kind !== 'percent' : targets[j]!.unit === targets[k]!.unit);
    const before: number[] = [];
    for (let j = k - 1; j >= 0 && j >= k - n - LOOK_BACK && before.length < n && places.sentence[j] === places.sentence[k]; j--) if (fits(j)) before.unshift(j);
    if (before.length === n) {
      before.forEach((j, i) => {
        const subject = targets[j]!.indicator;
        targets[k + i]!.indicator = subject.includes(deed) ? subject : subject + deed;
      });
    }
    k += n;
  }
}
