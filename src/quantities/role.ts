// Target, baseline or parameter (TARGETS.md §2), from the words of the clause.
import {
  AGGREGATE_WORDS, BASELINE_CHANGE, BASELINE_CUES, BASELINE_FROM, ENUM_AND, ENUM_COMMA, ENUM_ETC, GOAL_NOUNS, NEW_THINGS, PARAMETER_MONEY_CUES, PARAMETER_RATE,
} from '../data/target-cues.js';
import type { Comparator, Role } from '../tree/schema.js';
import type { Quantity } from './scan.js';

/** The list may end in a name, a code (A、B两个…) or a closing quote or bracket. */
const IDEOGRAPH = /[\u3400-\u9fff]/;
const ENDS_NAME = /[\u3400-\u9fffA-Za-z0-9”)》]/;

/**
 * A count that sums up the list right before it names existing things:
 * "稀土、现代家居两个省级产业科技创新联合体" (two items, 两个), "A和B2个…", "泌尿外科等12个…".
 */
export function isAppositive(text: string, from: number, to: number, value: number): boolean {
  const chunk = text.slice(from, to);
  const last = chunk[chunk.length - 1];
  if (last === undefined || !ENDS_NAME.test(last) || ENUM_COMMA.includes(last) || ENUM_AND.includes(last)) return false;
  // New things listed by name are still a goal: "新建C、D、E三个基地".
  if (NEW_THINGS.some((w) => chunk.includes(w))) return false;
  let commas = 0;
  let ands = 0;
  for (const ch of chunk) {
    if (ENUM_COMMA.includes(ch)) commas++;
    else if (ENUM_AND.includes(ch)) ands++;
  }
  const items = commas ? commas + 1 : ands ? ands + 1 : 0;
  if (items < 2) return false;
  return last === ENUM_ETC ? value >= items : value === items;
}

export type RoleInput = {
  text: string;
  q: Quantity;
  clauseStart: number;
  prefixStart: number;
  suffixEnd: number;
  appositive: boolean;
  perfective: boolean;
  comparator: Comparator;
  /** A noun phrase stands before the number in its clause ("占比30%以上的企业" vs "推动50%的企业"). */
  nounBefore: boolean;
  /** The quantity before, in the same clause, was the start of a change (从…). */
  afterFrom: boolean;
  governed: boolean;
  /** The next quantity, in the same clause, is a count. */
  countFollows: boolean;
  /** Governed by a status year: "截至2022年底,…". */
  status: boolean;
  clauseEnd: number;
};

export function roleOf(r: RoleInput): Role {
  const { text, q } = r;
  const before = text.slice(r.clauseStart, r.prefixStart);
  if (q.info?.duration) return 'parameter';
  // "营收超1亿元的规上企业", "100万元以上的科技计划项目": a threshold on a noun.
  if (text[r.suffixEnd] === '的' && (q.kind === 'money' || q.kind === 'other' || (q.kind === 'percent' && r.nounBefore))) {
    if (!GOAL_NOUNS.some((w) => text.startsWith(w, r.suffixEnd + 1))) return 'parameter';
  }
  if (PARAMETER_RATE.some((w) => text.startsWith(w, r.prefixStart - w.length))) return 'parameter';
  if (q.kind === 'money' || q.kind === 'percent') {
    // A grant, its cap or its rate, anywhere in the clause: "给予20万元奖励", "按10%给予补助".
    const clause = text.slice(r.clauseStart, r.clauseEnd);
    if (PARAMETER_MONEY_CUES.some((w) => clause.includes(w)) && !AGGREGATE_WORDS.some((w) => clause.includes(w))) return 'parameter';
  }
  // "培育年营业收入超100亿元企业5家": a bound on an amount, then the things counted, is a threshold
  // ("突破1000亿元大关" counts nothing after it and stays a target).
  const c = text[r.suffixEnd];
  if (q.kind === 'money' && r.comparator !== 'eq' && r.countFollows && c !== undefined && IDEOGRAPH.test(c)) return 'parameter';
  if (r.appositive || r.perfective || r.status) return 'baseline';
  if (BASELINE_CUES.some((w) => before.includes(w))) return 'baseline';
  if (BASELINE_FROM.some((w) => text.startsWith(w, r.prefixStart - w.length))) return 'baseline';
  if (r.afterFrom && !r.governed && BASELINE_CHANGE.some((w) => text.startsWith(w, r.prefixStart - w.length))) return 'baseline';
  return 'target';
}
