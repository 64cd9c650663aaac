import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readSource, SourceError } from '../../src/source/index.js';
import { dropFurniture, pageLines, type PdfItem } from '../../src/source/pdf-layout.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/formats/policy.pdf');

/** A one-page PDF with nothing drawn: what a scan without OCR looks like to a text reader. */
const EMPTY_PDF = new Uint8Array(
  Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
      '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  ),
);

describe('PDF (fixture printed by Chromium, scripts/make-pdf-fixture.mjs)', () => {
  it('reads the CJK text layer line by line, without the running header and page numbers', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    expect(detectFormat(bytes)).toBe('pdf');
    const read = await readSource(bytes);
    expect(read.format).toBe('pdf');
    const lines = read.text.split('\n');
    expect(lines[0]).toBe('某市推动产业高质量发展实施方案');
    expect(lines).toContain('一、总体要求');
    expect(lines).toContain('三、保障措施');
    expect(read.text).not.toMatch(/某市人民政府办公室文件|- \d -/);
    // hard-wrapped as printed: the parser's wrap logic rejoins these lines
    expect(read.text).toContain('加快构建现代化产业体\n系，结合本市实际');
    expect(read.text).toContain('到2025年，全市规模以上工业增加值年均增长6%以上');
    expect(read.map.unit).toBe('page');
    expect(read.map.offsets[read.text.indexOf('三、保障措施')]).toBe(4);
    expect(read.map.offsets[0]).toBe(1);
  });
  it('says a PDF with no text layer needs OCR', async () => {
    expect(detectFormat(EMPTY_PDF)).toBe('pdf');
    await expect(readSource(EMPTY_PDF)).rejects.toThrow(/no text layer; it needs OCR/);
    await expect(readSource(EMPTY_PDF)).rejects.toBeInstanceOf(SourceError);
  });
  it('says a damaged PDF cannot be opened', async () => {
    await expect(readSource(new Uint8Array(Buffer.from('%PDF-1.4\ngarbage')))).rejects.toThrow(SourceError);
  });
});

const item = (str: string, x: number, y: number, size = 10): PdfItem => ({ str, x, y, width: str.length * size, size });

describe('pageLines', () => {
  it('orders items by line then left to right, and keeps a number with its unit', () => {
    const lines = pageLines([item('万元', 60, 700), item('投资5000', 0, 700.8), item('第二行', 0, 680), item('Total', 100, 680), item('GDP', 160, 680)], 1);
    expect(lines.map((l) => l.text)).toEqual(['投资5000万元', '第二行Total GDP']);
  });
});

describe('dropFurniture', () => {
  const page = (n: number, body: string[]) => [
    { page: n, text: '某市人民政府文件', y: 760 },
    ...body.map((text, i) => ({ page: n, text, y: 700 - 20 * i })),
    { page: n, text: `第 ${n} 页`, y: 20 },
  ];
  it('drops a header repeated on most pages and lone page numbers, keeps body lines', () => {
    const pages = [page(1, ['一、总体要求', '正文', '3']), page(2, ['二、任务', '2025', '正文']), page(3, ['三、保障', '正文'])];
    expect(dropFurniture(pages).map((p) => p.map((l) => l.text))).toEqual([['一、总体要求', '正文'], ['二、任务', '2025', '正文'], ['三、保障', '正文']]);
  });
  it('keeps the first and last lines of a two-page document unless they are page numbers', () => {
    const pages = [page(1, ['一、总体要求']), page(2, ['二、任务'])];
    expect(dropFurniture(pages).map((p) => p.map((l) => l.text))).toEqual([['某市人民政府文件', '一、总体要求'], ['某市人民政府文件', '二、任务']]);
  });
});
