// The line shapes of a crawler's Markdown, shared by detection (is this
// Markdown?) and the reader (what to remove), so the two cannot disagree.

/** `**发布日期**: …` — a header field. */
export const FIELD = /^\s*\*\*([^*\n]{1,20})\*\*\s*[:：]/;
/** `---`, `***`, `___` — a thematic break. */
export const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
/** `# ` … `###### ` — an ATX heading mark. */
export const HEADING = /^\s{0,3}(#{1,6})[ \t]+/;
/** A line that is one `**…**` span: a heading in a crawl. */
export const BOLD_LINE = /^\s*\*\*[^*\n]+\*\*\s*$/;
/** `[text](url)` — a link. */
export const LINK = /\[[^\]\n]+\]\([^)\s]+ ?\)/;
/** `|------|:---:|` — a pipe table's separator row. */
export const TABLE_RULE = /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/;
