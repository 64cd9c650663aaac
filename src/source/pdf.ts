// PDF → text through pdf.js's text layer (the unpdf build: pure JavaScript, no
// canvas). Lines are joined with '\n' and left hard-wrapped: the parser's wrap
// logic rejoins them. The map gives each character's 1-based page number.
// Known limit: unpdf ships no CMap files, so a PDF whose CJK fonts use a
// predefined CMap (not embedded, no ToUnicode) reads with missing characters.
import { MappedTextBuilder, type OffsetMap } from './mapped-text.js';
import { dropFurniture, pageLines, type PdfItem, type PdfLine } from './pdf-layout.js';
import { SourceError } from './source-error.js';

export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; map: OffsetMap }> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy
    // a copy, and a plain Uint8Array: pdf.js refuses a Buffer and may detach what it is given
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (e) {
    const reason = (e as Error).name === 'PasswordException' ? 'encrypted with a password' : `damaged (${(e as Error).message})`;
    throw new SourceError(`a PDF that cannot be opened: ${reason}`, 'pdf');
  }
  const pages: PdfLine[][] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , d, x, y] = it.transform as number[];
        items.push({ str: it.str, x, y, width: it.width, size: Math.hypot(a, b) || Math.abs(d) || 1 });
      }
      pages.push(pageLines(items, n));
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  const kept = dropFurniture(pages);
  const out = new MappedTextBuilder();
  for (const line of kept.flat()) {
    out.add(line.text, line.page);
    out.endLine(line.page);
  }
  const result = out.build('page', pages.length);
  if (result.text.replace(/\s/g, '').length < 5 * Math.max(1, pages.length)) {
    throw new SourceError('a PDF with no text layer; it needs OCR', 'pdf');
  }
  return result;
}
