import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument, readDocument, readText } from '../../src/index.js';
import type { Node } from '../../src/tree/schema.js';
import { toHtml } from '../../src/format/html.js';
import { yearChart } from '../../src/format/year-chart.js';

const files = ['seeds/000_42792dad20fa24c9.txt', 'seeds/002_3d12ad2daf9da656.txt', '../shared/real/r01_jilin_zhengfu_gongzuo_baogao_2026.txt'];

describe('toHtml', () => {
  for (const f of files) {
    it(`marks every target of ${f} once, and the text reads back as the source`, () => {
      const text = readFileSync(f, 'utf8');
      const doc = parseDocument(text, { path: f });
      const html = toHtml(doc, text);
      const marks = [...html.matchAll(/<mark class="role-(\w+)" data-target-id="([^"]+)"[^>]*>([^<]*)<\/mark>/g)];
      expect(marks.map((m) => m[2])).toEqual(doc.targets.map((t) => t.id));
      expect(marks.map((m) => m[1])).toEqual(doc.targets.map((t) => t.role));
      const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(marks.map((m) => unescape(m[3]!))).toEqual(doc.targets.map((t) => t.raw));
      const body = html.slice(html.indexOf('<div id="text">') + 15, html.indexOf('</div>\n</div></main>'));
      expect(unescape(body.replace(/<[^>]*>/g, ''))).toBe(text.replace(/^\ufeff/, ''));
    });
  }

  for (const f of ['fixtures/formats/page.md', 'fixtures/formats/page.html']) {
    it(`marks the targets of ${f} in the text it was parsed from, not at their offsets in the original`, async () => {
      const bytes = readFileSync(f);
      const { text } = await readText(bytes, f);
      const doc = await readDocument(bytes, f);
      expect(doc.targets.some((t) => t.textRange!.start !== t.position.start.offset)).toBe(true);
      const html = toHtml(doc, text);
      const marks = [...html.matchAll(/<mark class="role-\w+" data-target-id="([^"]+)"[^>]*>([^<]*)<\/mark>/g)];
      expect(marks.map((m) => [m[1], m[2]])).toEqual(doc.targets.map((t) => [t.id, t.raw]));
      // every numbered section's anchor stands just before its marker in the text
      const markers = new Map<string, string>();
      const walk = (nodes: Node[]) => nodes.forEach((n) => n.type === 'section' && (n.marker && markers.set(n.id, n.marker.raw.trim()), walk(n.children)));
      walk(doc.root.children);
      expect(markers.size).toBeGreaterThan(0);
      for (const [id, marker] of markers) expect(html).toContain(`<a class="anchor" id="${id}"></a>${marker}`);
      const body = html.slice(html.indexOf('<div id="text">') + 15, html.indexOf('</div>\n</div></main>'));
      expect(body.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(text);
    });
  }

  it('fetches nothing and lets no text close its script', () => {
    const text = '一、目标\n新增企业10家</script><script>alert(1)</script>。\n';
    const html = toHtml(parseDocument(text, { path: 'x' }), text);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('&lt;/script&gt;');
  });
});

describe('yearChart', () => {
  it('draws one bar group per year, stacked by role, with the total above', () => {
    const doc = parseDocument('一、目标\n到2025年新增企业10家、平台3个。2024年已建成平台2个。\n二、任务\n建设园区5个。\n', { path: 'x' });
    const svg = yearChart(doc.targets);
    const years = [...svg.matchAll(/class="year">([^<]+)</g)].map((m) => m[1]);
    expect(years).toEqual([...new Set(doc.targets.map((t) => (t.year === null ? 'no year' : String(t.year))))].sort());
    const totals = [...svg.matchAll(/class="count">(\d+)</g)].map((m) => Number(m[1]));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(doc.targets.length);
  });
});
