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

/** Characters that end a reference to a part of a text ("第四条", "第二款"): a bracketed number after one is no marker. */
export const REFERENCE_ENDS = '条款项章节';
