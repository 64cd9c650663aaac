// PDF text items → lines of text: items ordered by line (y) then left to right
// (x), running headers, footers and page numbers dropped. Pure, so it can be
// tested with made-up items; pdf.ts feeds it what pdf.js reports.

/** One text item of a page: its string, baseline origin (y grows upwards, as in PDF) and size. */
export type PdfItem = { str: string; x: number; y: number; width: number; size: number };
export type PdfLine = { page: number; text: string; y: number };

/** "- 3 -", "3", "第 3 页", "第3页 共10页", "3/10", "Page 3 of 10": a page number standing alone. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** A space is put between two items only when ASCII words meet across a visible gap. */
const WORD_END = /[A-Za-z0-9.,;:!?)\]]$/;
const WORD_START = /^[A-Za-z(\[]/;

/** The items of one page grouped into lines, top to bottom, each read left to right. */
export function pageLines(items: PdfItem[], page: number): PdfLine[] {
  const sorted = items.filter((it) => it.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of sorted) {
    const line = groups[groups.length - 1];
    // same line: baselines closer than half the smaller font size (superscripts, mixed fonts)
    if (line && Math.abs(line[0].y - it.y) <= 0.5 * Math.min(line[0].size, it.size)) line.push(it);
    else groups.push([it]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of group) {
      const gap = it.x - end;
      if (text !== '' && gap > 0.25 * it.size && WORD_END.test(text) && WORD_START.test(it.str) && !CJK.test(it.str[0])) text += ' ';
      text += it.str;
      end = Math.max(end, it.x + it.width);
    }
    return { page, text: text.replace(/\s+$/, ''), y: group[0].y };
  });
}

/**
 * Drops running headers and footers — a page's first or last line whose text
 * (digits aside) recurs at the same height as the first or last line of most
 * pages, at least three — then page numbers standing alone as a page's first or
 * last line. Twice, for a header above a second running line.
 */
export function dropFurniture(pages: PdfLine[][]): PdfLine[][] {
  const key = (l: PdfLine) => `${Math.round(l.y / 2)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const most = Math.max(3, Math.ceil(pages.length * 0.6));
  let result = pages.map((lines) => lines.filter((l) => l.text.trim() !== ''));
  for (let pass = 0; pass < 2; pass++) {
    const pagesWith = new Map<string, number>();
    for (const lines of result) {
      const edges = new Set([lines[0], lines[lines.length - 1]].filter((l) => l !== undefined).map(key));
      for (const k of edges) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
    }
    result = result.map((lines) =>
      lines.filter((l, i) => {
        if (i !== 0 && i !== lines.length - 1) return true;
        return (pagesWith.get(key(l)) ?? 0) < most && !PAGE_NUMBER.test(l.text.trim());
      }),
    );
  }
  return result;
}
