// Every format through the library (src/read.ts over src/source/): the text is what is parsed, each target's
// raw is the slice of that text at its textRange, and positions point into the original file.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFile, parseBytes, readDocument, readText, InputError } from '../src/index.js';

const REAL = '../shared/real';
const cases = [
  ['r05_shanghai_g60_kechuangzoulang_ruoganjucuo_2025.md', 'md'],
  ['r08_shanghai_shipinkeji_xingdongfangan_2026.md', 'md'],
  ['r12_liuhe_zhongdianchanye_shishiyijian.html', 'html'],
  ['r13_liuhe_lvyou_zhengce.html', 'html'],
] as const;

describe('documents read from HTML and Markdown', () => {
  for (const [name, format] of cases) {
    it(`${name}: raw is the text at textRange, and the position spans it in the original`, async () => {
      const path = `${REAL}/${name}`;
      const bytes = readFileSync(path);
      const doc = await parseFile(path);
      const { text } = await readText(bytes, path);
      const original = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
      expect(doc.source.format).toBe(format);
      expect(doc.targets.length).toBeGreaterThan(0);
      const bad = doc.targets.filter((t) => {
        const slice = original.slice(t.position.start.offset, t.position.end.offset);
        return text.slice(t.textRange!.start, t.textRange!.end) !== t.raw || !slice.startsWith(t.raw[0]!) || !slice.endsWith(t.raw[t.raw.length - 1]!);
      });
      expect(bad.map((t) => t.raw)).toEqual([]);
      // no markup, entity or URL in any title or indicator
      const words = [...doc.targets.map((t) => t.indicator), doc.meta.title ?? ''];
      expect(words.filter((w) => /[<>]|&[a-z]+;|\*\*|https?:|%[0-9A-F]{2}/.test(w))).toEqual([]);
    });
  }

  it('ends a position past a character reference the target ends with', async () => {
    const html = '<html><body><p>一、目标</p><p>到2025年，占比达到3.5&#37;。</p></body></html>';
    const { readDocument } = await import('../src/index.js');
    const doc = await readDocument(Buffer.from(html), 'page.html');
    const t = doc.targets[0]!;
    expect(t.raw).toBe('3.5%');
    expect(html.slice(t.position.start.offset, t.position.end.offset)).toBe('3.5&#37;');
  });

  it('reads a PDF through its text layer, positions in the text', async () => {
    const doc = await parseFile('fixtures/formats/policy.pdf');
    expect(doc.source.format).toBe('pdf');
    const { text } = await readText(readFileSync('fixtures/formats/policy.pdf'), 'policy.pdf');
    for (const t of doc.targets) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.raw);
    expect(doc.targets.length).toBeGreaterThan(0);
  });

  it('reads a Markdown front matter\'s fields as metadata rows: title without its period, document number', async () => {
    const md = '---\n标题: 宝山区绿化和市容管理局安全生产三年行动实施方案 （2024-2026年）\n文号: 宝绿容〔2024〕76号\n发布日期: 2024-06-11\n---\n\n为落实要求，制定本方案。\n\n一、工作目标\n\n到2026年，完成整治任务。\n';
    const doc = await readDocument(new TextEncoder().encode(md), 'front.md', { from: 'md' });
    expect([doc.meta.title, doc.meta.docNumber, doc.meta.date]).toEqual(['宝山区绿化和市容管理局安全生产三年行动实施方案', '宝绿容〔2024〕76号', '2024-06-11']);
  });

  it('parseBytes, the synchronous reader, names another format instead of reading markup as text', () => {
    expect(() => parseBytes(readFileSync(`${REAL}/${cases[2][0]}`), 'page.html')).toThrow(InputError);
    expect(parseBytes(readFileSync(`${REAL}/${cases[2][0]}`), 'page.html', { from: 'text' }).source.format).toBe('text');
  });
});
