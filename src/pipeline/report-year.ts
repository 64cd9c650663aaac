// The year an untitled work report spoken to its deputies calls its own (TARGETS.md §5: the document's own year):
// "…。2013年是全面贯彻…的开局之年", "１９９３年是…的一年。…今年…", or the year after one it calls just past.
import type { Root } from '../tree/schema.js';
import { paragraphsOf } from '../tree/walk.js';
import { yearsReadable } from './normalize.js';

const ADDRESSED = /^\s*各位代表/;
const JUST_PAST_YEARS = /(?:刚刚|刚)过去的((?:19|20)\d{2})年/g;
/** A sentence opening with the year it is ("2013年是…"). */
const OWN_YEAR = /(?:^|[。!！\n]\s*)((?:19|20)[0-9]{2})年是([^。\n]*)/g;
const YEAR_OF = '之年';
const A_YEAR = '一年';
const CLAUSE_END = /[，,；;]/;
const THIS_YEAR = '今年';
/** How a year is summed up once it is past: "2024年是极不平凡的一年", "１９８６年是…取得显著成就的一年". */
const SUMMED_UP = ['不平凡的一年', '极不寻常的一年', '很不寻常的一年', '显著成就的一年', '巨大成就的一年', '显著成绩的一年', '巨大成绩的一年'];
/** A paragraph that looks back or ahead ("今后五年", "四十年来", "过去一年") names other years than the report's. */
const OTHER_TIMES = /今后|未来|年来|以来|过去|回顾/;
/** A look back over more than a year (过去五年, 五年来, 以来): a year it sums up is one of them, not the one just past. */
const SEVERAL_YEARS_BACK = /过去的?[二三四五六七八九十两几]+年|[二三四五六七八九十两几]+年来|以来/;
/** How far into such a report its own year is looked for. */
const OWN_YEAR_REACH = 40000;

/**
 * The own year of a report addressed to its deputies (`body`: its opening text, years readable), or null: the one it
 * calls its own, else the year after one it calls just past ("刚刚过去的１９８４年，是…") or sums up as past ("１９８６年是…取得
 * 显著成就的一年"); null for any other text.
 */
export function reportYear(root: Root, body: string): number | null {
  if (!ADDRESSED.test(body)) return null;
  const years = new Set<number>(); // …之年
  const plain = new Set<number>(); // …的一年 with 今年
  const justPast = new Set<number>(); // 刚刚过去的YYYY年
  const summed = new Set<number>(); // a year summed up as past
  let read = 0;
  for (const p of paragraphsOf(root.children)) {
    if ((read += p.text.length) > OWN_YEAR_REACH) break;
    const text = yearsReadable(p.text);
    for (const m of text.matchAll(JUST_PAST_YEARS)) justPast.add(Number(m[1]));
    for (const m of text.matchAll(OWN_YEAR)) {
      // "2017年是极不平凡的一年" sums a year up (not in a paragraph looking back over more, "过去五年，…"); a paragraph looking
      // back or ahead names another; "…非常重要的一年。做好今年各项工作" says which year is this one, where nothing before
      // it in its paragraph looks back or ahead
      const clauses = m[2]!.split(CLAUSE_END);
      const before = text.slice(0, m.index);
      if (clauses.some((c) => SUMMED_UP.some((w) => c.endsWith(w)))) {
        if (!SEVERAL_YEARS_BACK.test(before)) summed.add(Number(m[1]));
      } else if (m[2]!.includes(YEAR_OF)) {
        if (!OTHER_TIMES.test(text)) years.add(Number(m[1]));
      } else if (clauses.some((c) => c.endsWith(A_YEAR)) && text.includes(THIS_YEAR) && !OTHER_TIMES.test(before)) {
        plain.add(Number(m[1]));
      }
    }
  }
  // (one …之年 before any …的一年, "2024年是极不平凡的一年。…今年…" beside "2025年是…收官之年"; not a year called just past
  // or summed up, "刚刚过去的2024年…。2024年是…关键之年")
  for (const y of [...justPast, ...summed]) years.delete(y);
  if (years.size === 1) return [...years][0]!;
  if (years.size > 0 || plain.size > 0) return years.size === 0 && plain.size === 1 ? [...plain][0]! : null;
  // the year after the last called just past, else after the one summed up
  if (justPast.size > 0) return Math.max(...justPast) + 1;
  return summed.size === 1 ? [...summed][0]! + 1 : null;
}
