// Metamorphic: each seed rendered as a Word-exported HTML page (UTF-8 and GBK) and as a crawler's
// Markdown reads like its .txt: the same sections and at least 98% of the same targets.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { parseDocument, readDocument, type Document } from '../../src/index.js';

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
const MARKER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])/;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;');

/** Word's HTML: a paragraph per line, every run of digits in its own span, headings bold. */
function wordHtml(text: string, charset: string): string {
  const paragraphs = text.split(/\r?\n/).map((line) => {
    const body = esc(line).replace(/(\d+(?:\.\d+)?)/g, '</span><span lang="EN-US" style="mso-bidi-font-size:12.0pt">$1</span><span>');
    const inner = `<span>${body}</span>`;
    return `<p class="MsoNormal" style="line-height:150%;mso-line-height-rule:exactly">${MARKER.test(line) && line.length < 40 ? `<b>${inner}</b>` : inner}</p>`;
  });
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><style>p.MsoNormal{margin:0cm;font-size:10.5pt}</style></head><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/** A crawler's Markdown: a header of fields and a link, the title as #, headings in **…**, blank lines between paragraphs. */
function crawlerMarkdown(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const body = lines.map((l) => (MARKER.test(l) && l.length < 40 ? `**${l.trim()}**` : l)).join('\n\n');
  return `# ${lines[0]!.trim()}\n\n**发布日期**: 2024-03-01\n**原文链接**: [https://www.example.gov.cn/a/t20240301_1.html](https://www.example.gov.cn/a/t20240301_1.html)\n\n---\n\n${body}\n`;
}

const sections = (d: Document) => {
  const out: string[] = [];
  const walk = (nodes: Document['root']['children']) => nodes.forEach((n) => n.type === 'section' && n.marker && (out.push(`${n.marker.raw.trim()}${n.title}`), walk(n.children)));
  walk(d.root.children);
  return out;
};
const targets = (d: Document) => d.targets.map((t) => `${t.raw.replace(/\s/g, '')}=${t.value}:${t.role}`);
/** The share of `a`'s items found in `b`, each used once. */
function agreement(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let hit = 0;
  for (const x of a) if ((left.get(x) ?? 0) > 0) (hit++, left.set(x, left.get(x)! - 1));
  return a.length ? hit / a.length : 1;
}

describe('seeds rendered in other formats read like their text', () => {
  const renderings: Record<string, (text: string) => Uint8Array> = {
    'Word HTML, UTF-8': (t) => Buffer.from(wordHtml(t, 'utf-8')),
    'Word HTML, GBK': (t) => iconv.encode(wordHtml(t, 'gbk'), 'gbk'),
    'crawler Markdown': (t) => Buffer.from(crawlerMarkdown(t)),
  };
  for (const [name, render] of Object.entries(renderings)) {
    it(name, async () => {
      let secA = 0, secN = 0, tgtA = 0, tgtN = 0;
      for (const f of SEEDS) {
        const text = readFileSync(`seeds/${f}`, 'utf8');
        const plain = parseDocument(text, { path: f });
        const other = await readDocument(render(text), f);
        expect(other.source.format).toBe(name.startsWith('Word') ? 'html' : 'md');
        secA += agreement(sections(plain), sections(other)) * sections(plain).length;
        secN += sections(plain).length;
        tgtA += agreement(targets(plain), targets(other)) * plain.targets.length;
        tgtN += plain.targets.length;
      }
      expect(secA / secN, 'sections').toBeGreaterThanOrEqual(0.98);
      expect(tgtA / tgtN, 'targets').toBeGreaterThanOrEqual(0.98);
    });
  }
});
