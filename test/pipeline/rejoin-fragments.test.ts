// A DOM copy of a web page, every inline element on a line of its own (src/pipeline/rejoin-fragments.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rejoinFragments } from '../../src/pipeline/rejoin-fragments.js';
import { parseDocument } from '../../src/index.js';

const COPY = [
  '发布机构：', '广州市南沙区发展和改革局', '文 号：', '穗南发改〔2024〕12号',
  '关于印发《南沙区支持储能产业发展若干措施》的通知',
  '一、支持储能项目建设',
  '对新建储能项目按放电量给予', '0.35', '元', '/', '千瓦时', '补贴，单个项目每年最高不超过', '200', '万元。',
  '（', '二', '）', '支持技术创新',
  '对企业研发投入给予', '10%', '奖励。',
].join('\n');

describe('rejoinFragments', () => {
  it('takes out the breaks around numbers, units, brackets and labels, each character mapped back', () => {
    const r = rejoinFragments(COPY)!;
    expect(r.text.split('\n')).toEqual([
      '发布机构：广州市南沙区发展和改革局', '文 号：穗南发改〔2024〕12号', '关于印发《南沙区支持储能产业发展若干措施》的通知', '一、支持储能项目建设',
      '对新建储能项目按放电量给予0.35元/千瓦时补贴，单个项目每年最高不超过200万元。',
      // a marker alone keeps its line: its title on the next is joined when the tree is built
      '（二）', '支持技术创新', '对企业研发投入给予10%奖励。',
    ]);
    for (let i = 0; i < r.text.length; i++) expect(COPY[r.offsets[i]!]).toBe(r.text[i]);
  });

  it('reads the copy as the page: quantities whole, the marker whole, the issuer from its row, positions in the copy', () => {
    const doc = parseDocument(COPY);
    expect(doc.targets.map((t) => `${t.raw}:${t.value}:${t.unit}`)).toEqual(['0.35元/千瓦时:0.35:元/千瓦时', '200万元:200:万元', '10%:10:%']);
    expect(doc.meta).toMatchObject({ title: '南沙区支持储能产业发展若干措施', issuer: '广州市南沙区发展和改革局', docNumber: '穗南发改〔2024〕12号' });
    const first = doc.targets[0]!;
    expect(COPY.slice(first.position.start.offset, first.position.end.offset)).toBe('0.35\n元\n/\n千瓦时');
    expect(doc.source.bytes).toBe(Buffer.byteLength(COPY));
  });

  it('puts a quotation split over three lines back into its sentence', () => {
    const copy = ['有 效 性 ：', '有效', '一、深化改革', '深入推进', '“', '放管服', '”', '改革，全年新增市场主体', '1.5', '万户。'].join('\n');
    expect(rejoinFragments(copy)!.text.split('\n')).toEqual(['有 效 性 ：有效', '一、深化改革', '深入推进“放管服”改革，全年新增市场主体1.5万户。']);
  });

  it('leaves a document without such fragments alone, page numbers of a PDF copy included', () => {
    for (const f of readdirSync('seeds').filter((x) => x.endsWith('.txt'))) expect(rejoinFragments(readFileSync(join('seeds', f), 'utf8')), f).toBeNull();
    expect(rejoinFragments('一、目标\n新增企业\n2\n100家。\n二、任务\n3\n推进建设。')).toBeNull();
  });

  it('reads every seed split at its numbers and units as it reads the seed (metamorphic)', () => {
    for (const f of readdirSync('seeds').filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join('seeds', f), 'utf8');
      // every quantity written as the DOM copies it: the number and its unit each alone on a line
      const split = text.replace(/([^\n0-9.])([0-9]+(?:\.[0-9]+)?)(万元|亿元|家|个|项|%)(?=[^\n])/g, '$1\n$2\n$3\n');
      const read = (d: string) => parseDocument(d).targets.map((t) => `${t.value} ${t.unit} ${t.role}`);
      const before = read(text);
      const after = read(split);
      const kept = before.filter((t) => after.includes(t)).length;
      expect(kept / before.length, f).toBeGreaterThanOrEqual(0.9);
    }
  });
});
