// The project an investment measures, named around the amount: after its 的 ("总投资11.4亿元的食品产业园…项目"),
// by the next clause ("投资6.6亿元,实施两河圣山景区基础设施建设") or by the one before ("实施市区道路畅通工程。投资4.7亿元").
import { ENUM_COMMA, INVESTMENT, INVESTMENT_WORDS, PROJECT_NOUNS, PROJECT_VERBS } from '../data/target-cues.js';
import { clauseEnd, clauseStart, isClauseEndAt } from './context.js';
import { firstStartingAt, someEndingAt } from './words.js';
import { unitAt } from './numeral-units.js';
import { isDigitCode } from '../char-table.js';

type Span = [number, number];
/** The indicator's trimming of a phrase's ends (lead verbs, glue), handed in by indicator.ts. */
type Strip = (text: string, a: number, b: number) => Span;
/** The amount: the phrase before it (`pre`, starting at `at`), where its suffix ends, where its clause ends; `alone` when no quantity came before in its clause. */
export type Investment = { pre: string; at: number; suffixEnd: number; to: number; alone: boolean };

/** The span of the project an investment (pre ending in 投资) measures, or null. */
export function investedProject(text: string, x: Investment, strip: Strip): Span | null {
  if (text[x.suffixEnd] === '的') {
    // "总投资9.64亿元的10条道路建设": the projects' count comes first; the project is named after it
    const counted = pastCount(text, x.suffixEnd + 1);
    return projectAfter(text, counted, counted > x.suffixEnd + 1 ? clauseEnd(text, counted) : x.to, strip);
  }
  // "总投资638亿元、128个省市县重点项目建设": the projects counted right after the amount
  if (text[x.suffixEnd] === ENUM_COMMA) {
    const counted = pastCount(text, x.suffixEnd + 1);
    if (counted > x.suffixEnd + 1) return projectAfter(text, counted, clauseEnd(text, counted), strip);
  }
  // "投资1亿元实施…等30公里农村公路改造工程": the verb right after the amount acts on the project
  const verb = PROJECT_VERB_AT(text, x.suffixEnd);
  if (verb !== undefined) {
    const after = x.suffixEnd + verb.length;
    // "投资800万元实施的农村饮水工程": the project is named after the 的
    if (text[after] === '的') return projectAfter(text, after + 1, clauseEnd(text, x.suffixEnd), strip);
    const span = projectAfter(text, after, clauseEnd(text, x.suffixEnd), strip);
    return span === null ? null : [pastModifiers(text, span[0], span[1]), span[1]];
  }
  return projectActedOn(text, x.to, strip) ?? (x.pre === INVESTMENT && x.alone ? projectBefore(text, x.at, strip) : null);
}

/** Past what qualifies a project before its name: the last 的 ("覆盖36个村的…工程"), or a count and its unit ("等30公里…"). */
function pastModifiers(text: string, a: number, b: number): number {
  for (let i = b - 1; i > a; i--) {
    if (text[i] === '的') return i + 1;
    if (isDigitCode(text.charCodeAt(i))) {
      const unit = unitAt(text, i + 1);
      return unit === null ? a : i + 1 + unit.length;
    }
  }
  return a;
}

/** Past a count in digits and its measure word at `at` ("10条"), else `at`. */
function pastCount(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[0-9.]/.test(text[i]!)) i++;
  return i > at && i < text.length ? i + 1 : at;
}

/** The investment word that ends `pre` ("继续推进总投资" → 总投资), else 投资. */
export const investmentWord = (pre: string) => INVESTMENT_WORDS.find((w) => pre.endsWith(w)) ?? INVESTMENT;
const endsInProjectAt = someEndingAt(PROJECT_NOUNS);
/** `name` ends in a project noun: "重大项目", "棚户区改造工程". */
export const namesProject = (name: string) => endsInProjectAt(name, name.length);
/** The project named in [a, b) after an investment's 的, to the end of its last project noun; null when none ends it. */
function projectAfter(text: string, a: number, b: number, strip: Strip): Span | null {
  for (let e = b; e > a; e--) {
    if (endsInProjectAt(text, e) && PROJECT_NOUNS.some((w) => e - w.length >= a && text.startsWith(w, e - w.length))) {
      const [pa, pb] = strip(text, a, e);
      return pa < pb ? [pa, pb] : null;
    }
  }
  return null;
}

const PROJECT_VERB_AT = firstStartingAt(PROJECT_VERBS);
/** "投资6.6亿元,实施两河圣山景区基础设施建设": the project the next clause acts on; `end` ends the amount's clause. */
function projectActedOn(text: string, end: number, strip: Strip): Span | null {
  if (text[end] !== ',') return null;
  const verb = PROJECT_VERB_AT(text, end + 1);
  if (verb === undefined) return null;
  const a = end + 1 + verb.length;
  const b = clauseEnd(text, a);
  return projectAfter(text, a, b, strip) ?? shortObject(text, a, b, strip);
}

/** The longest object of a project verb read whole when no project noun ends it ("实施城乡垃圾治理一体化"). */
const OBJECT_MAX = 16;
/** text[a, b) when it is a short phrase of words alone (no number, no list), else null. */
function shortObject(text: string, a: number, b: number, strip: Strip): Span | null {
  // "实施主体为县城投公司" says who carries it out, no object
  if (b - a > OBJECT_MAX || /[0-9、为是]/.test(text.slice(a, b))) return null;
  const [pa, pb] = strip(text, a, b);
  return pa < pb ? [pa, pb] : null;
}

/** "实施市区道路畅通工程。投资4.7亿元": the project the clause before acts on, when the amount opens its own clause at `at`. */
function projectBefore(text: string, at: number, strip: Strip): Span | null {
  const end = at - 1;
  if (end < 0 || !isClauseEndAt(text, end)) return null;
  const a = clauseStart(text, end);
  const verb = PROJECT_VERB_AT(text, a);
  return verb === undefined ? null : projectAfter(text, a + verb.length, end, strip);
}

/** A verb of carrying out a project right after the amount ("投资1亿元实施…工程"). */
export const actsOnProject = (text: string, at: number) => PROJECT_VERB_AT(text, at) !== undefined;
