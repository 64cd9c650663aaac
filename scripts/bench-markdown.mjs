// A plan-parse document written as Markdown, for the bench's markdown-it reference:
// numbered headings become ATX headings, every other line its own paragraph.
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;
const ITEM = /^\s*\d+[.、．]/;

export function markdownOf(text) {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => (HEADING.test(line) ? `## ${line.trim()}` : ITEM.test(line) ? `1. ${line.trim().replace(ITEM, '')}` : line.trim()))
    .join('\n\n') + '\n';
}
