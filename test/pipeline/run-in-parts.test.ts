// Chapter headings a flattened copy ran into the text before them (src/pipeline/run-in-parts.ts).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { Node } from '../../src/tree/schema.js';

const outline = (nodes: Node[], depth = 1): string[] =>
  nodes.flatMap((n) => (n.type === 'section' ? [`${depth} ${n.marker?.raw ?? ''}${n.title}`, ...outline(n.children, depth + 1)] : []));

describe('run-in chapter headings', () => {
  it('cuts a chapter heading from the text it ends, so that it heads its articles', () => {
    const text = '某市参加省运动会奖励办法第一章　总则第一条　为激励我市运动员，制定本办法。第二条　本办法适用于有功人员。第二章　运动员（队）的奖励第三条　对获得单项项目前8名的运动员，给予奖励。';
    expect(outline(parseDocument(text).root.children)).toEqual([
      '1 第一章　总则', '2 第一条为激励我市运动员，制定本办法', '2 第二条本办法适用于有功人员', '1 第二章　运动员（队）的奖励', '2 第三条对获得单项项目前8名的运动员，给予奖励',
    ]);
    // every character still belongs to one node: the cut leaves the text before it where it was
    expect(parseDocument(text).meta.title).toBe('某市参加省运动会奖励办法');
  });

  it('cuts a chapter and the first section run in after it into two headings, however long the chapter\'s', () => {
    const text = '某办法第一章　总则第一条　为规范管理，制定本办法。第二章　投资管理第一节　投资的范围第二条　本办法所称投资。第三条　另行规定。第三章　融资、对外担保和借款管理第一节　融资、对外担保和借款的范围及制度建设第四条　本办法所称融资。';
    expect(outline(parseDocument(text).root.children)).toEqual([
      '1 第一章　总则', '2 第一条为规范管理，制定本办法', '1 第二章　投资管理', '2 第一节　投资的范围', '3 第二条本办法所称投资', '3 第三条另行规定',
      '1 第三章　融资、对外担保和借款管理', '2 第一节　融资、对外担保和借款的范围及制度建设', '3 第四条本办法所称融资',
    ]);
  });

  it('reads an unspaced article after a spaced chapter heading naming an ordinal', () => {
    const text = '某奖励办法第一章　总则第一条为激励运动员，制定本办法。第二条本办法适用于运动员。第二章　省第十届残运会运动员的奖励第三条在省第十届残运会表现优秀的运动员，给予奖励。';
    expect(outline(parseDocument(text).root.children)).toEqual([
      '1 第一章　总则', '2 第一条为激励运动员，制定本办法', '2 第二条本办法适用于运动员', '1 第二章　省第十届残运会运动员的奖励', '2 第三条在省第十届残运会表现优秀的运动员，给予奖励',
    ]);
  });

  it('leaves a chapter named inside a sentence alone', () => {
    const text = '第一条 为规范管理，制定本办法。\n第二条 按照第二章规定第五条 执行。';
    expect(outline(parseDocument(text).root.children)).toEqual(['1 第一条为规范管理，制定本办法', '1 第二条按照第二章规定第五条 执行']);
  });
});
