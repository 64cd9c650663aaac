// Amounts listed with 、 in one clause share their role: the rule one of them is read as holds for all;
// after 分别 they share the comparator written after the last of them, and every list shares a bound written
// before its first item (TARGETS.md §1).
import type { Target } from '../tree/schema.js';
import { ATTRIBUTIVE, CLAUSE_ENDS, ENUM_AND, ENUM_COMMA } from '../data/target-cues.js';
import { BOUND_COMPARATORS } from '../data/comparators.js';
import type { Quantity } from '../quantities/quantity.js';
import type { Compared } from '../quantities/comparator.js';

import { charTable } from '../char-table.js';
import { isIdeograph } from '../quantities/words.js';
import { NUMERAL_CODES } from '../numerals.js';

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
    // "总产值达到3500亿元、百亿元以上产业链达到15条": a bound glued to the noun it limits names a kind, not an item
    if (gluedToNoun(text, cs[role === 'parameter' ? k : k + 1]!.suffixEnd)) continue;
    // Spread the rule over the whole run of items, both ways.
    let a = k;
    while (a > 0 && listed(a - 1)) a--;
    let b = k + 1;
    while (b + 1 < qs.length && listed(b)) b++;
    for (let i = a; i <= b; i++) targets[i]!.role = 'parameter';
  }
}

const OF_CODE = ATTRIBUTIVE.charCodeAt(0);
/** An ideograph other than 的 right after the quantity's suffix: "百亿元以上产业链". */
function gluedToNoun(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isIdeograph(c) && c !== OF_CODE;
}

/** How far before a list's first item 分别 may stand ("产量分别达2050万吨、…"). */
const RESPECTIVELY_REACH = 6;
const RESPECTIVELY = '分别';
const SUFFIX_SHARED = new Set([...BOUND_COMPARATORS, 'approx']);

/**
 * "分别达2050万吨、4200万吨、19万吨以上", "分别增长6.5%、7%左右": the items of a 分别 list joined by 、 take the
 * comparator written after the last of them, where they have none of their own.
 */
export function shareListComparators(text: string, qs: Quantity[], cs: Compared[], targets: Target[]): void {
  for (let a = 0; a < qs.length; a++) {
    let b = a;
    while (b + 1 < qs.length && joinedByComma(text, cs[b]!.suffixEnd, cs[b + 1]!.prefixStart)) b++;
    if (b === a) continue;
    const from = cs[a]!.prefixStart;
    const last = targets[b]!.comparator;
    const respectively = text.slice(Math.max(0, from - RESPECTIVELY.length - RESPECTIVELY_REACH), from).includes(RESPECTIVELY);
    if (respectively && SUFFIX_SHARED.has(last) && cs[b]!.suffixEnd > qs[b]!.end) {
      for (let i = a; i < b; i++) if (targets[i]!.comparator === 'eq' && cs[i]!.suffixEnd === qs[i]!.end) targets[i]!.comparator = last;
    }
    a = b;
  }
}

const LIST_JOIN_CODES = charTable(ENUM_COMMA + ENUM_AND);
/** Only a 、 (or 和, 及, 与: "分别达到60%和80%以上") stands in text[a, b) between two items. */
function joinedByComma(text: string, a: number, b: number): boolean {
  return b - a === 1 && LIST_JOIN_CODES[text.charCodeAt(a)] === 1;
}

const NP_AND_CODES = charTable(ENUM_AND);
/** The longest noun that may close an item before 和/及/与 and the next item ("不少于40块户外广告和500块户外招牌"). */
const ITEM_NOUN_MAX = 8;

/**
 * "分别超过3%、6%", "不少于3家、6家和9家": the items after a bound written before the first of a list take it,
 * where they have no comparator word of their own. Items with their own nouns share it only when 和/及/与
 * joins them (it joins noun phrases; 、 may join clauses with verbs of their own) and they count in one unit.
 */
export function shareListBounds(text: string, qs: Quantity[], cs: Compared[], targets: Target[]): void {
  let bound: Target['comparator'] | null = null;
  for (let k = 0; k < qs.length; k++) {
    const bare = cs[k]!.prefixStart === qs[k]!.start && cs[k]!.suffixEnd === qs[k]!.end && !qs[k]!.range;
    if (bound !== null && k > 0 && bare && targets[k]!.comparator === 'eq' && listItemAfter(text, qs, cs, k)) {
      targets[k]!.comparator = bound;
      continue;
    }
    bound = cs[k]!.prefixStart < qs[k]!.start && BOUND_COMPARATORS.has(targets[k]!.comparator) ? targets[k]!.comparator : null;
  }
}

/** Item k follows item k - 1 in one list: only a join between them, or a noun closed by 和/及/与 in the same unit. */
function listItemAfter(text: string, qs: Quantity[], cs: Compared[], k: number): boolean {
  const a = cs[k - 1]!.suffixEnd;
  const b = cs[k]!.prefixStart;
  if (joinedByComma(text, a, b)) return true;
  if (NP_AND_CODES[text.charCodeAt(b - 1)] !== 1 || b - 1 - a > ITEM_NOUN_MAX || qs[k]!.unit !== qs[k - 1]!.unit || qs[k]!.unit === null) return false;
  for (let i = a; i < b - 1; i++) if (!isIdeograph(text.charCodeAt(i)) || NUMERAL_CODES[text.charCodeAt(i)] === 1) return false;
  return true;
}

/**
 * "分别压减至5个、10个工作日": an item of the bare measure word 个 counts in the unit the next item joined to it spells out
 * (个工作日, 个月, 个百分点), as an item without a unit shares the unit after it.
 */
const BARE_MEASURE = '个';
export function shareListUnits(text: string, qs: Quantity[], cs: Compared[], targets: Target[]): void {
  for (let k = qs.length - 2; k >= 0; k--) {
    const own = targets[k]!;
    const next = targets[k + 1]!;
    // (a bare measure word only: 家 of 家次, 人 of 人次, 千瓦 of 千瓦时 are units of their own)
    if (own.unit !== BARE_MEASURE || next.unit === null || next.unit.length <= own.unit.length || !next.unit.startsWith(own.unit)) continue;
    if (!joinedByComma(text, cs[k]!.suffixEnd, cs[k + 1]!.prefixStart) || next.value === 0) continue;
    own.unit = next.unit;
    own.kind = next.kind;
    own.normalized = { value: (own.value * next.normalized.value) / next.value, unit: next.normalized.unit };
  }
}
