// Quantities and their meaning (../shared/spec/TARGETS.md): walks the tree, reads each node's own
// text (node-targets.ts) and turns every quantity into a Target, with what the headings above say.
import type { Node, Target } from '../tree/schema.js';
import { PART_HEADING } from '../data/marker-styles.js';
import { RULE_LEAD_INS } from '../data/target-cues.js';
import type { RoleContext } from '../quantities/role.js';
import { anyOf } from '../quantities/words.js';
import { contextOf, headingContext, openingDeadline, secondPhraseReviews, secondPhraseYear, sectionYear } from './headings.js';
import { isTitleLike } from './meta.js';
import { compact } from './normalize.js';
import type { YearMention } from '../quantities/quantity.js';
import { isListItem, markerLength } from './node-text.js';
import { extractNode, type ListLead, type QuantityInput } from './node-targets.js';
import { grantsThroughout } from './rule-document.js';

const ANY_RULE_LEAD_INS = anyOf(RULE_LEAD_INS);


const ARTICLE_STYLE = 'article';
const TOP_STYLE = 'cn-comma';
/** 一是…二是…: the items of a list run inline after its lead-in. */
const INLINE_STYLE = 'cn-shi';
const GLOSSARY: RoleContext = 'glossary';

export type { QuantityInput };

export function extractTargets(input: QuantityInput): Target[] {
  const targets = walkTargets(input);
  if (input.ruleDocument || !grantsThroughout(input.norm, targets)) return targets;
  // Read again as rules: the first reading's target ids leave the nodes first.
  clearTargetIds(input.root.children);
  return walkTargets({ ...input, ruleDocument: true });
}

function clearTargetIds(nodes: Node[]): void {
  for (const node of nodes) {
    node.targets.length = 0;
    if (node.type === 'section') clearTargetIds(node.children);
  }
}

function walkTargets(input: QuantityInput): Target[] {
  const targets: Target[] = [];
  // 第N条 sections on the chain; a document of rules counts as one article throughout
  let articles = input.ruleDocument ? 1 : 0;
  const planYear = input.planYear ?? null;
  const documentYear = input.documentYear ?? null;
  // dated: the year the nearest dating heading above gives everything under it that names no year of its own
  // returns the lead a trailing paragraph leaves ("2019年，" nested at the end of the item before its list)
  const title = input.title ? compact(input.title) : null;
  const walk = (nodes: Node[], opening: ListLead | null, above: RoleContext | undefined, datedAbove: YearMention | null): ListLead | null => {
    let trailing: ListLead | null = null;
    // An unnumbered part heading ("“十五五”时期主要目标和2026年重点工作") dates the numbered sections after it,
    // its siblings by OUTPUT.md's depth rule, until the next such heading.
    let dated = datedAbove;
    // A lead-in ending in a colon hands its year to the list items that follow it, until a
    // paragraph that is not an item or an item naming a year of its own.
    let lead = opening;
    let goalYear: YearMention | null = null;
    // An unnumbered part heading that decides ("2024年工作回顾") decides for the unnumbered headings after it, its
    // peers by the depth rule ("我们始终保持发展定力…"), until a part heading of its own year or kind.
    let part: RoleContext | undefined;
    for (const node of nodes) {
      // A section's heading is read once: for its own text and, with its lead-ins, for its children.
      const top = node.type === 'section' && node.marker?.style === TOP_STYLE;
      // (a heading that decides nothing, null, is not asked again: only one that says nothing, undefined)
      const heading = node.type === 'section' ? headingContext(node.title, planYear) : undefined;
      const own = heading === undefined && top && secondPhraseReviews(node.text, node.title, planYear) ? 'baseline' : heading;
      // a heading repeating the title (a table's caption) dates nothing, as the title does not
      const titleAgain = node.type === 'section' && node.marker === null && repeatsTitle(node.title, title);
      const ownYear = node.type === 'section' && !titleAgain ? (sectionYear(node.title, documentYear) ?? (top ? secondPhraseYear(node.text, node.title) : null)) : null;
      const partHeading = node.type === 'section' && node.marker === null && !isTitleLike(node.title) && !titleAgain;
      if (partHeading && (own !== undefined || ownYear !== null)) part = own;
      // a chapter of its own number (第二章 主要任务) is a part of its own, whatever the one before decided
      else if (partHeading && PART_HEADING.test(node.title)) part = undefined;
      const decided = own ?? (partHeading ? part : undefined);
      // a glossary's reading stops at a part of the body nested under it: a 一、 section or an unnumbered heading
      const leavesGlossary = above === GLOSSARY && node.type === 'section' && (node.marker === null || node.marker.style === TOP_STYLE);
      const context = contextOf(decided, leavesGlossary ? null : above);
      const article = articles > 0 || (node.type === 'section' && node.marker?.style === ARTICLE_STYLE);
      if (node.type === 'paragraph') {
        const start = node.position.start.offset;
        if (node.role === 'title') {
          lead = null;
          continue;
        }
        const item = isListItem(input.source, start, node.position.end.offset);
        const outcome = extractNode(input, node, start, node.position.end.offset, { context, inherited: item ? lead : null, article, dated }, targets);
        if (outcome.lead) lead = outcome.lead;
        else if (!item) lead = null;
        // an item naming its own year leads the items after it, a schedule's ("——2023年，完成改造100个；——其中，加装电梯200部")
        else if (outcome.lastYear !== null) lead = outcome.lastYear;
        trailing = outcome.lead;
        // "二、工作目标 / 到2025年，… / （一）…（五）": the numbered goals after it share its deadline
        if (!item && context === 'goal') goalYear = openingDeadline(node.text) ?? goalYear;
      } else {
        const start = node.ownPosition.start.offset;
        const textStart = start + markerLength(input.source, node, start);
        // a title line read as a heading ("江州市教育局2026年工作要点") dates nothing: a title's year never does
        if (partHeading && (ownYear ?? datedAbove) !== dated) dated = ownYear ?? datedAbove;
        const datedHere = ownYear ?? goalYear ?? dated;
        // "…“十五五”期间，着力推进…。一是新建绿地10个…": the items of an inline list take its lead-in's year, as "——" items do
        const inline = node.marker?.style === INLINE_STYLE;
        const outcome = extractNode(input, node, textStart, node.ownPosition.end.offset, { context, inherited: inline ? lead : null, article, dated: datedHere }, targets);
        if (node.marker?.style === ARTICLE_STYLE) articles++;
        let last: ListLead | null = null;
        if (node.children.length > 0) {
          const here = ANY_RULE_LEAD_INS(node.title) ? 'rule' : decided;
          last = walk(node.children, outcome.lead, here !== undefined ? here : leavesGlossary ? null : above, datedHere);
        }
        if (node.marker?.style === ARTICLE_STYLE) articles--;
        if (!inline || outcome.namesYear) lead = null;
        // the depth rule nests the lead-in of the next list ("2019年，一是…") at the end of the item before it
        if (inline && last !== null) lead = last;
        trailing = null;
      }
    }
    return trailing;
  };
  walk(input.root.children, null, undefined, null);
  return targets;
}

/** How much of the title a heading repeats from its start ("静安区2025年碳达峰…重点工作分工" under "…重点工作安排") to be the title again. */
const TITLE_REPEAT_MIN = 8;
/** The heading (an 附表 label aside) opens as the document's title `t` (compacted) does, its year and all: a caption repeating the title. */
function repeatsTitle(heading: string, t: string | null): boolean {
  if (t === null) return false;
  const h = compact(heading).replace(APPENDIX_LABEL, '');
  let k = 0;
  while (k < h.length && k < t.length && h[k] === t[k]) k++;
  return k >= TITLE_REPEAT_MIN && /\d{4}年/.test(h.slice(0, k));
}
const APPENDIX_LABEL = /^附(?:件|表)[0-9一二三四五六七八九十]*[:：]?/;
