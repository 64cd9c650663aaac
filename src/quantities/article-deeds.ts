// A deed of building or creating in an article's clause keeps its amount a goal ("年内开工建设…畅通工程71.7公里"),
// but not a share where 新建/建成 only says which things a standard is for: what is built (建成的充电车位不低于10%) or new buildings
// and estates (新建居住区个人固定车位100%预留…, 新建大型公共建筑…).
import { ARTICLE_DEEDS, DEED_ATTRIBUTE_NOUNS, NOT_BUILDING_AFTER, QUALIFYING_DEEDS } from '../data/target-cues.js';
import { someStartingAt } from './words.js';

/** After a deed, these make it an attribute: 建成的, 新建的. */
const ATTRIBUTIVE = '的';
/** How far before the amount a deed is looked for in its clause. */
const DEED_REACH = 200;
/** …and after the noun, a word of its own (NOT_BUILDING_AFTER: 建筑业, 建筑面积). */
const NOT_NOUN_END_AT = someStartingAt(NOT_BUILDING_AFTER);

/**
 * A deed stands in text[a, b) that does what the amount counts; for a share (`share`), not a deed that only qualifies
 * the buildings a standard is for (新建居住区…100%预留, 建成的充电车位不低于10%).
 */
export function articleDeed(text: string, a: number, b: number, share: boolean): boolean {
  const span = text.slice(Math.max(a, b - DEED_REACH), b); // (a clause of a whole flattened article is read near the amount only)
  for (const deed of ARTICLE_DEEDS) {
    for (let at = span.indexOf(deed); at >= 0; at = span.indexOf(deed, at + 1)) {
      if (!share || !QUALIFYING_DEEDS.includes(deed) || !qualifies(span, at + deed.length)) return true;
    }
  }
  return false;
}

function qualifies(span: string, after: number): boolean {
  if (span[after] === ATTRIBUTIVE) return true;
  const noun = DEED_ATTRIBUTE_NOUNS.find((w) => span.startsWith(w, after));
  return noun !== undefined && !NOT_NOUN_END_AT(span, after + noun.length);
}
