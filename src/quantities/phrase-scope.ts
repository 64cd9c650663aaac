// What stands before an indicator's name in the phrase before a number and is no part of it: the scope or the
// means a list closed by 等 gives ("在北京、上海等重点城市新设…", "依托产业园区、龙头企业等建设…"), and an indicator
// table's cells run into the phrase ("…约束性2失能特困人员集中供养率").
import { ENUM_COMMA, ENUM_ETC, LEADING_WORDS, LOCATION_MAX, LOCATION_OPEN, NEW_THINGS } from '../data/target-cues.js';
import { TABLE_ROW_ATTRIBUTES } from '../data/boilerplate.js';
import { ABILITY_NOT_AFTER, ABILITY_VERBS, ETC_SCOPE_NOUNS, NOT_ADVERB_ENDINGS, TRAILING_ADVERBS } from '../data/noun-cues.js';
import { byLength, firstEndingIn, firstStartingAt, someEndingIn, startingAt, wordIndex } from './words.js';

const ACTIONS_BY_FIRST = wordIndex(byLength([...LEADING_WORDS, ...NEW_THINGS]));
const ENUM_COMMA_CODE = ENUM_COMMA.charCodeAt(0);
const ENUM_ETC_CODE = ENUM_ETC.length === 1 ? ENUM_ETC.charCodeAt(0) : -1; // text[i] is one character
const LOCATION_OPEN_CODE = LOCATION_OPEN.length === 1 ? LOCATION_OPEN.charCodeAt(0) : -1; // text[a] is one character

/** An action word starting at `at` with at least `rest` characters of the phrase after it, before `b`. */
const actionAt = (text: string, at: number, b: number, rest: number) =>
  startingAt(ACTIONS_BY_FIRST, text, at).some((w) => at + w.length + rest <= b && text.startsWith(w, at));

/**
 * "在北京、上海等重点城市新设品牌形象店": from a leading 在 through its 等 list, up to the first action
 * word after it (or just past the 等 when there is none); `a` when the phrase holds no such list.
 */
export function afterLocation(text: string, a: number, b: number): number {
  if (text.charCodeAt(a) !== LOCATION_OPEN_CODE) return a;
  const stop = Math.min(b, a + LOCATION_MAX);
  let etc = -1;
  for (let i = a + 1; i < stop; i++) {
    if (text.charCodeAt(i) === ENUM_ETC_CODE) {
      etc = i;
      break;
    }
  }
  if (etc < 0) return a;
  for (let i = etc + 1; i < b; i++) if (actionAt(text, i, b, 1)) return i;
  return etc + 1;
}

const SCOPE_NOUN_AT = firstStartingAt(byLength(ETC_SCOPE_NOUNS));
/** The shortest object an action after a 等 list keeps: "…等建设项目" names projects of that kind. */
const ETC_OBJECT_MIN = 3;
/**
 * "依托产业园区、龙头企业等建设创新平台", "“30”是指利用道路连接带、隔离带等新增白玉兰特色道路": a list closed by 等 with an
 * action right after it is the means or the scope; the name starts at the action. `a` when there is none.
 */
export function afterEtcList(text: string, a: number, b: number): number {
  for (let e = b - 2; e > a; e--) {
    if (text.charCodeAt(e) !== ENUM_ETC_CODE) continue;
    if (!hasCode(text, ENUM_COMMA_CODE, a, e)) return a;
    // right after the 等: further on, an action word may sit inside the name ("…等区域充电桩建设覆盖率"); or past a
    // scope noun the name follows ("工业、农业…等领域设备投资规模")
    if (actionAt(text, e + 1, b, ETC_OBJECT_MIN)) return e + 1;
    const scope = SCOPE_NOUN_AT(text, e + 1);
    return scope !== undefined && e + 1 + scope.length + ETC_OBJECT_MIN <= b ? e + 1 + scope.length : a;
  }
  return a;
}

function hasCode(text: string, c: number, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** A row's 属性 cell and the next row's serial, run into the phrase: "…属性1基本养老保险参保率", "约束性2失能…". */
const ATTRIBUTE_CELLS = new RegExp(`^.*(?:${TABLE_ROW_ATTRIBUTES.join('|')})[0-9]+`);
/** `phrase` after the last row cells run into it. */
export function afterAttributeCells(phrase: string): string {
  return TABLE_ROW_ATTRIBUTES.some((w) => phrase.includes(w)) ? phrase.replace(ATTRIBUTE_CELLS, '') || phrase : phrase;
}


const ADVERB_IN = firstEndingIn(byLength(TRAILING_ADVERBS));
const WORD_ENDING_IN_ONE = someEndingIn(NOT_ADVERB_ENDINGS);
/** Where text[a, b) ends before an adverb its subject ends in ("参保率均", "中央财政将"; not 村均, 主要, 花都), else `b`. */
export function beforeAdverb(text: string, a: number, b: number): number {
  const adverb = ADVERB_IN(text, a, b);
  return adverb === undefined || b - adverb.length <= a || WORD_ENDING_IN_ONE(text, a, b) ? b : b - adverb.length;
}

const ABILITY_AT = firstStartingAt(byLength(ABILITY_VERBS));
/** Where the noun in text[a, b) ends before what it can do ("的增速可以实现…"), else `b`. */
export function beforeAbility(text: string, a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    const w = ABILITY_AT(text, i);
    if (w !== undefined && !ABILITY_NOT_AFTER[w]?.includes(text[i - 1]!)) return i;
  }
  return b;
}
