// Amounts a sentence gives "respectively" with no subject of their own ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年
// 力争分别淘汰3000万吨和3500万吨"; "境外游客超6万人次，其中台湾游客超4万人次，较2019年分别增长25%、22%"): each measures the
// subject of the amount as many places before it in the sentence, with the change or the deed the run names.
import type { Target } from '../tree/schema.js';
import type { Quantity } from '../quantities/quantity.js';
import type { Compared } from '../quantities/comparator.js';
import { ALLOCATION_FILLERS } from '../data/noun-cues.js';
import { GRANT_VERBS, MODALITY_WORDS } from '../data/target-cues.js';
import { byLength } from '../quantities/words.js';

const RESPECTIVELY = '分别';
/** What may stand before 分别 in such a run's words: when and how, never a subject. */
const FILLERS = byLength([...ALLOCATION_FILLERS, ...Object.keys(MODALITY_WORDS)]);
/** The deed or change after 分别 is a verb's length or two: longer, the words name a subject. */
const DEED_MAX = 4;
const SENTENCE_ENDS = /[。！？!?\n]/;
const OPEN_BRACKETS = '(（';
const CLOSE_BRACKETS = ')）';

/** The deed of a run's words ("今年力争分别淘汰" → "淘汰"), or null when they name more than when, how and 分别. */
function deedOf(indicator: string): string | null {
  const at = indicator.indexOf(RESPECTIVELY);
  if (at < 0) return null;
  let before = indicator.slice(0, at);
  for (let moved = true; moved && before !== ''; ) {
    moved = false;
    for (const w of FILLERS) if (before.startsWith(w)) before = before.slice(w.length), (moved = true);
  }
  const deed = indicator.slice(at + RESPECTIVELY.length);
  // (a grant given respectively goes to the conditions before it, no subject: "…的企业，分别给予50万元、100万元")
  return before === '' && deed.length > 0 && deed.length <= DEED_MAX && !GRANT_VERBS.some((w) => deed.startsWith(w)) ? deed : null;
}

/** The quantities among `js` (ascending) standing outside brackets opened after `from` ("较2019年（4.81、3.27万人次）"), in one pass. */
function outsideBrackets(text: string, from: number, qs: Quantity[], js: number[]): number[] {
  const out: number[] = [];
  let depth = 0;
  let i = from;
  for (const j of js) {
    for (; i < qs[j]!.start; i++) {
      if (OPEN_BRACKETS.includes(text[i]!)) depth++;
      else if (CLOSE_BRACKETS.includes(text[i]!) && depth > 0) depth--;
    }
    if (depth === 0) out.push(j);
  }
  return out;
}

/** Gives each amount of such a run the subject of its counterpart before it. `targets` are those of `qs`, in order. */
export function shareRespectiveSubjects(text: string, qs: Quantity[], cs: Compared[], targets: Target[]): void {
  for (let k = 0; k < qs.length; ) {
    const deed = deedOf(targets[k]!.indicator);
    if (deed === null) {
      k++;
      continue;
    }
    let n = 1;
    while (k + n < qs.length && targets[k + n]!.indicator === targets[k]!.indicator) n++;
    // the counterparts: the amounts before the run in its sentence, outside brackets, nearest last
    let sentence = cs[k]!.prefixStart;
    while (sentence > 0 && !SENTENCE_ENDS.test(text[sentence - 1]!)) sentence--;
    let first = k;
    while (first > 0 && qs[first - 1]!.start >= sentence) first--;
    const candidates = Array.from({ length: k - first }, (_, i) => first + i);
    const before = n >= 2 ? outsideBrackets(text, sentence, qs, candidates).slice(-n) : [];
    if (n >= 2 && before.length === n) {
      before.forEach((j, i) => {
        const subject = targets[j]!.indicator;
        targets[k + i]!.indicator = subject.includes(deed) ? subject : subject + deed;
      });
    }
    k += n;
  }
}
