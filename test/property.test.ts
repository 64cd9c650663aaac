// Properties that hold for any input: the parser returns a valid document,
// loses no text, nests its spans, and its positions point at what they claim.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../src/parse-document.js';
import { normalize } from '../src/pipeline/normalize.js';
import { Document, type Node, type Position } from '../src/tree/schema.js';

/** Pieces that exercise the grammar: markers of every style, annotations, brackets, furniture, line ends, junk. */
const PIECES = [
  '一、', '十二、', '九十九、', '（一）', '(二)', '( 三 )', '1.', '1．', '2、', '12.', '（3）', '(4)', '①', '⑳', '一是', '二是',
  '第一条 ', '第十条　', '第1位', '、', '1.31%', '2.6%以上', '5G', '(2021-2025年)', '2023.4', '1、2、3号',
  '〔牵头单位：', '；责任单位：', '〕', '（责任单位：', '(牵头单位:', '【', '】', '《', '》', '（', '）', '(', ')', '〔', '「', '”',
  '牵头单位：', '责 任单位：', '市科技局', '、', '，', ',', '。', '；', ';', '！', '？', '：', ':',
  '总体要求', '主要目标', '加强组织领导全面加强区委对科技工作的领导', '关于印发《某市工作方案》的通知', '2023年某市科技工作要点',
  '分享到：', '浏览量：', '字体【 】', '返回顶部', '您现在所在的位置：首页>政务公开>文件', '咨询热线：400-066-2698', '上一篇：',
  '索引号：A1 发布机构：某局', '生成日期：2024-10-12', '文号：赣府发〔2023〕5号',
  ' ', '\u3000', '\t', '\n', '\n\n', '\r\n', '\r', '\u0000', '\u0007', '\v', '\f', '\u2028', '\u00a0', '\ufeff', '\u200b', '\u2022 ',
  '\ud800', '\udc00', '\udfff', '😀', '𠀀',
];

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 4, arbitrary: fc.string({ unit: cjk, minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: cjk, minLength: 60, maxLength: 300 }) }, // long lines
);
const documentText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof({ weight: 4, arbitrary: documentText }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });

type Span = { start: number; end: number; what: string };
const span = (p: Position, what: string): Span => ({ start: p.start.offset, end: p.end.offset, what });

/** Checks every property on one input; returns nothing, fails through expect. */
function checkAll(input: string) {
  const doc = parseDocument(input);
  // 1. a valid document, through JSON as a consumer would see it
  expect(() => Document.parse(JSON.parse(JSON.stringify(doc)))).not.toThrow();

  // parseDocument drops a leading BOM; offsets are into what remains
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const owners: Span[] = doc.furniture.map((f) => span(f.position, 'furniture'));
  const visit = (nodes: Node[], parent: Span | null) => {
    let prevEnd = parent ? parent.start : 0;
    for (const n of nodes) {
      const whole = span(n.position, n.id);
      expect(whole.start).toBeLessThanOrEqual(whole.end);
      expect(whole.end).toBeLessThanOrEqual(source.length);
      // 3. spans nest inside the parent and siblings never overlap
      if (parent) expect(whole.start >= parent.start && whole.end <= parent.end, `${n.id} inside ${parent.what}`).toBe(true);
      expect(whole.start, `${n.id} after its previous sibling`).toBeGreaterThanOrEqual(prevEnd);
      prevEnd = whole.end;
      const at = source.slice(whole.start);
      if (n.type === 'paragraph') {
        owners.push(whole);
        continue;
      }
      owners.push(span(n.ownPosition, n.id));
      expect(n.ownPosition.start.offset).toBe(whole.start);
      // 4. a section's position starts with its marker, or with the title of an unnumbered heading
      if (n.marker) expect(at.startsWith(n.marker.raw), `${n.id} starts with ${n.marker.raw}`).toBe(true);
      else expect(at.startsWith(n.title), `${n.id} starts with ${n.title}`).toBe(true);
      visit(n.children, whole);
    }
  };
  visit(doc.root.children, null);

  // 2. nothing lost: each non-white-space character is owned by exactly one span. White
  // space is judged on the normalized copy, where layout marks (zero-width space, the
  // bullet "•" of web copies) are folded to spaces on purpose.
  const norm = normalize(source).text;
  const count = new Uint8Array(source.length);
  for (const o of owners) for (let i = o.start; i < o.end; i++) count[i]!++;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (/\s/.test(norm[i]!)) continue;
    expect(count[i], `char ${i} ${JSON.stringify(ch)} in ${JSON.stringify(source.slice(Math.max(0, i - 10), i + 10))}`).toBe(1);
  }
  // positions agree with their offsets
  for (const d of doc.diagnostics) expect(d.position.start.offset).toBeLessThanOrEqual(source.length);
}

describe('any input', () => {
  it('parses to a valid document that loses nothing and nests', () => {
    fc.assert(fc.property(anyText, (text) => checkAll(text)), { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) });
  });

  it('handles the edge cases fast-check may not reach', () => {
    for (const text of ['', '\ufeff', '\n', '、', '\ud800', '（', '一、', '〔牵头单位：', '第一条 ', '\r\r\n\n', '一、\r二、\r', '1.'.repeat(500)]) {
      checkAll(text);
    }
  });

  // Whole and intact on a large flattened document; its speed is measured by `npm run bench`, not here.
  it('reads a large flattened document whole', () => {
    const unit = '1.推进平台建设。（责任单位：市科技局）2.加大投入。分享到：\n总体要求\n一、主要任务 (一)加强组织领导全面加强区委。\n';
    const big = unit.repeat(4000); // ~ 250k characters, 28k markers
    const doc = parseDocument(big);
    expect(doc.root.children.length).toBeGreaterThan(1000);
    checkAll(big);
  });
});
