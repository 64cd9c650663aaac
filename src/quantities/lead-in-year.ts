// A year in the clause that leads into a list ("至2016年底实现：建成17座…；建成70座…"): it dates the list's items past
// their semicolons (TARGETS.md §5). With no cue word before it, only a lead-in naming the plan's goals or work does
// ("因此建议今年我市经济发展的主要预期目标定为：…"), never a year compared with or a source (与2020年相比：, 根据2023年度考核结果：).
import { CLAUSE_ENDS, COMPARED_LEADS, LIST_LEAD_NOUNS, NOT_COMPARED_LEADS, NOT_LIST_LEAD_WORDS } from '../data/target-cues.js';
import { charTable } from '../char-table.js';

const CLAUSE_END_CODES = charTable(CLAUSE_ENDS);
/** How far after its year a lead-in's colon is looked for: "至2016年底实现:", "2008年我市经济社会发展的主要预期目标和约束指标是：" */
const LEAD_IN_REACH = 30;
/** A date's month after the year (2019年5月21日, 2023年十二月): a date leads into no list. */
const MONTH_AFTER_YEAR = /^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月/;

/** Where the year's clause ends in a colon within LEAD_IN_REACH after `end`, or -1; a date's year leads into nothing. */
function colonAfter(text: string, end: number): number {
  if (MONTH_AFTER_YEAR.test(text.slice(end, end + 4))) return -1;
  for (let i = end, stop = Math.min(text.length, end + LEAD_IN_REACH); i < stop; i++) if (CLAUSE_END_CODES[text.charCodeAt(i)] === 1) return text[i] === ':' ? i : -1;
  return -1;
}

/** The year (ending at `end`) stands in a clause that ends in a colon soon after it. */
export const leadsIntoList = (text: string, end: number): boolean => colonAfter(text, end) >= 0;

/** The lead before a year ends in a word comparing it or citing it as a source (与, 根据), not in one such as 面对. */
const comparedLead = (lead: string) => COMPARED_LEADS.some((w) => lead.endsWith(w)) && !NOT_COMPARED_LEADS.some((w) => lead.endsWith(w));

/** …and, whatever words stand before it (`lead`, its clause up to it), names the plan's goals or work before that colon. */
export function leadsIntoPlan(text: string, lead: string, end: number): boolean {
  const colon = colonAfter(text, end);
  if (colon < 0 || comparedLead(lead.trim())) return false;
  const between = text.slice(end, colon);
  return LIST_LEAD_NOUNS.some((w) => between.includes(w)) && !NOT_LIST_LEAD_WORDS.some((w) => between.includes(w));
}
