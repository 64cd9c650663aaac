// Rank of each marker style (GB/T 9704-2012 order); a smaller rank is a higher level.
// Kept apart from the zod schema so that parsing does not load zod.
export const STYLE_RANK = {
  article: 0,
  'cn-comma': 1,
  'paren-cn': 2,
  'arabic-dot': 3,
  'arabic-comma': 3,
  'paren-arabic': 4,
  circled: 5,
  'cn-shi': 6,
} as const;

/** A reference to a part of a text at the end of a phrase ("依照本办法第四条"): a bracketed number after one is no marker. */
export const REFERENCE_END = /第[0-9一二三四五六七八九十百零〇]+[条款项章节]$/;

/**
 * "第五章 人才奖", "第一节 骨干人才奖励", a plan's "第一篇 建设创新型南宁": a line naming a part of a code of rules or a plan is a heading above its articles
 * (OUTPUT.md's styles stop at 第N条). The rank of each part, between an appendix (-1) and an article (0).
 */
export const PART_RANK: Record<string, number> = { 编: -0.9, 篇: -0.9, 章: -0.6, 节: -0.3 };
export const PART_HEADING = new RegExp(`^第[0-9一二三四五六七八九十百零〇两]+([${Object.keys(PART_RANK).join('')}])`);
/** "专栏1 …重大工程": a plan's box of projects or indicators, inside the section it stands in, closed by the next item. */
export const BOX_HEADING = /^专栏[0-9一二三四五六七八九十]+/;

/** "2019年,一是…": a year and its comma alone, leading into the 一是 items after them (as normalized). */
export const YEAR_LEAD_IN = /^(?:到|至)?(?:19|20)\d{2}年(?:底|末)?,$/;
