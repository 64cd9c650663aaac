// A deed of building or creating in an article's clause keeps its amount a goal ("年内开工建设…畅通工程71.7公里"),
// but not where the deed only says which things a rule is for: what is built (建成的充电车位不低于10%) or new buildings
// and estates (新建居住区个人固定车位100%预留…, 新建大型公共建筑…).
import { ARTICLE_DEEDS, DEED_ATTRIBUTE_NOUNS } from '../data/target-cues.js';
import { someStartingAt } from './words.js';

const ATTRIBUTE_AT = someStartingAt(DEED_ATTRIBUTE_NOUNS);
/** After a deed, these make it an attribute: 建成的, 新建的. */
const ATTRIBUTIVE = '的';

/** A deed stands in text[a, b) that does what the amount counts, not one qualifying a noun. */
export function articleDeed(text: string, a: number, b: number): boolean {
  for (const deed of ARTICLE_DEEDS) {
    for (let at = text.indexOf(deed, a); at >= 0 && at + deed.length <= b; at = text.indexOf(deed, at + 1)) {
      const after = at + deed.length;
      if (text[after] !== ATTRIBUTIVE && !ATTRIBUTE_AT(text, after)) return true;
    }
  }
  return false;
}
