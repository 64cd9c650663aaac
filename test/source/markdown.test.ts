import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/source/markdown.js';
import { mapProblem } from './map-check.js';

const REAL = join(import.meta.dirname, '../../../shared/real');
const crawls = readdirSync(REAL).filter((f) => /^r\d+_.*\.md$/.test(f));

describe('crawler Markdown (real r05–r11)', () => {
  it('finds the seven crawls', () => expect(crawls).toHaveLength(7));
  for (const name of crawls) {
    it(name, () => {
      const source = readFileSync(join(REAL, name), 'utf8');
      const { text, map, furniture } = markdownToText(source);
      expect(text).not.toMatch(/\*\*|https?:|www\.|\.html|\]\(|cmsres|^#|\n#|发布日期|检索时间|原文下载|^---|\n---/);
      expect(mapProblem(source, text, map)).toBeNull();
      const title = /^# (.+)$/m.exec(source)![1];
      expect(text.split('\n')[0]).toBe(title);
      expect(text.split('\n').filter((l) => l === title)).toHaveLength(1);
      expect(text).toMatch(/\n\s*(一、|第一章)/);
      expect(furniture.some((f) => f.kind === 'header-field')).toBe(true);
    });
  }
  it('keeps a heading written **一、…** as the heading', () => {
    const source = readFileSync(join(REAL, 'r08_shanghai_shipinkeji_xingdongfangan_2026.md'), 'utf8');
    const lines = markdownToText(source).text.split('\n');
    expect(lines).toContain('\u2003一、工作目标');
    expect(lines).toContain('二、加快食品原料研发');
    expect(lines).toContain('上海市加快食品科技创新赋能产业发展行动方案（2026—2030年）');
  });
});

describe('markdownToText', () => {
  it('drops header, rule, link syntax and URLs, keeps link text', () => {
    const source = [
      '# 关于印发某方案的通知',
      '',
      '**发布日期**: 2025-01-02',
      '**原文链接**: [http://a.gov.cn/x%E4%B8%AD.html](http://a.gov.cn/x%E4%B8%AD.html)',
      '',
      '---',
      '',
      '## 关于印发某方案的通知',
      '**一、总体要求**',
      '  详见[《方案》](http://a.gov.cn/f.pdf)，或写信至 ban@a.gov.cn，或访问 www.a.gov.cn/x?y=1。',
      '- 第一项 \\*注',
      '',
      '【原文下载】',
      '- [方案.pdf](/cmsres/1.pdf )',
    ].join('\n');
    const { text, map } = markdownToText(source);
    expect(text).toBe('关于印发某方案的通知\n一、总体要求\n  详见《方案》，或写信至 ，或访问 。\n第一项 *注\n');
    expect(mapProblem(source, text, map)).toBeNull();
  });
  it('drops a YAML front matter as header fields', () => {
    const source = '---\n标题: 关于印发《某方案》的通知\n文号: 黄发改委办〔2025〕5号\n类型: 通知公告\n---\n\n# 关于印发《某方案》的通知\n\n正文。\n';
    const { text, map } = markdownToText(source);
    expect(text).toBe('关于印发《某方案》的通知\n正文。\n');
    expect(mapProblem(source, text, map)).toBeNull();
  });
  it('drops a crawler\'s YAML front matter with nested fields and lists', () => {
    const source = "---\nid: P_2025_SX_8272555e\naliases:\n- P_2025_SX_8272555e\ntitle: 关于印发某方案的 ...\nregion:\n  level: 省\n  name: 山西省\n---\n\n正文。\n";
    const { text, map } = markdownToText(source);
    expect(text).toBe('正文。\n');
    expect(mapProblem(source, text, map)).toBeNull();
  });
  it('reads a table a crawler flattened one cell per line (" |" after each, pipes alone between rows) cell by cell', () => {
    const source = '|\n序号 |\n项目名称 |\n投资（亿元） |\n|\n1 |\n平江电厂 |\n73 |\n|\n2 |\n岳阳电厂 |\n82 |\n||\n';
    const { text, map } = markdownToText(source);
    expect(text).toBe('序号\n项目名称\n投资（亿元）\n1\n平江电厂\n73\n2\n岳阳电厂\n82\n|\n');
    expect(mapProblem(source, text, map)).toBeNull();
    // a pipe closing a line of an ordinary text is kept
    expect(markdownToText('正文 |\n').text).toBe('正文 |\n');
    // an empty cell ("||") keeps its place as one "|"; a long run of spaces is read in linear time
    expect(markdownToText('|\n名称 |\n||\n|\n1 |\n甲 |\n|\n2 |\n').text).toBe('名称\n|\n1\n甲\n2\n');
    const spaces = `|\n|\n|\n名称 |\n1 |\n2 |\n正文${' '.repeat(100000)}完毕\n`;
    expect(markdownToText(spaces).text.endsWith('完毕\n')).toBe(true);
    // a bullet list between two rules at the top is text, not a front matter
    expect(markdownToText('---\n- 到2025年，新增就业5万人。\n---\n正文。\n').text).toContain('新增就业5万人');
  });
  it('keeps a row of cells on one line, a <br> in a cell a space; a row of one cell still breaks its lines', () => {
    expect(markdownToText('| 序号 | 属性<br>（预期性） | 目标值 |\n| --- | --- | --- |\n| 1 | 预期性 | 100 |\n').text).toBe('序号\t属性 （预期性）\t目标值\n1\t预期性\t100\n');
    expect(markdownToText('| 一、总体要求<br>二、主要目标 |\n').text).toBe('一、总体要求\n二、主要目标\n');
  });
  it('reads a pipe table row by row', () => {
    expect(markdownToText('| 指标 | 2025年 |\n|---|---|\n| GDP | 5% |\n').text).toBe('指标\t2025年\nGDP\t5%\n');
  });
  it('breaks a table cell\'s lines at <br>, dropping a heading mark after it', () => {
    const source = '| 电力<br># 国家能源局关于印发《规则》的通知<br>**第一条** 为规范。 |\n';
    const { text, map } = markdownToText(source);
    expect(text).toBe('电力\n国家能源局关于印发《规则》的通知\n第一条 为规范。\n');
    expect(mapProblem(source, text, map)).toBeNull();
  });
  it('maps every kept character back into random Markdown made of pieces', () => {
    const piece = fc.constantFrom(
      '# ', '## ', '**', '**发布日期**: ', '---', '\n', '\r\n', '[', ']', '(', ')', '[链接](http://x.cn/a_b)', '![图](a.png)',
      'https://a.gov.cn/%E4%B8%AD', 'a@b.cn', 'www.x.cn', '\\[', '- ', '| ', ' |', '一、', '总体要求', '5000万元', '\u3000', ' ', '【原文下载】',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const source = pieces.join('');
        const { text, map } = markdownToText(source);
        expect(mapProblem(source, text, map)).toBeNull();
        expect(text).not.toMatch(/\*\*|https?:|www\.|@b\.cn|%E4|\n\n/);
      }),
    );
  });
});

describe('quotations and inline code', () => {
  it('leaves out a > quotation mark and the backticks of inline code, each kept character still mapped', () => {
    const source = '# 某市方案\n\n> 二、重点任务\n\n> 占比达到`3.5%`，新增企业10家。\n';
    const { text, map } = markdownToText(source);
    expect(text).toBe('某市方案\n二、重点任务\n占比达到3.5%，新增企业10家。\n');
    for (let i = 0; i < text.length; i++) if (text[i] !== '\n') expect(source[map.offsets[i]!], `${i}`).toBe(text[i]);
  });
});
