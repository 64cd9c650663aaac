// Boxes a flattened plan runs into the text before them (src/pipeline/box-headings.ts, and heading-lines.ts for a box
// heading on a line of its own).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { Node } from '../../src/tree/schema.js';

const outline = (nodes: Node[], depth = 1): string[] =>
  nodes.flatMap((n) => (n.type === 'section' ? [`${depth} ${n.marker?.raw ?? ''}${n.title}`, ...outline(n.children, depth + 1)] : []));

describe('boxes run into the text before them', () => {
  it('cuts each box heading after a sentence end into a heading of its own, its name up to the space after it', () => {
    const text = '第二章 发展目标\n第三节 主要目标\n到2025年，人民生活质量更加优质。 专栏1 平潭“十四五”时期经济社会发展主要目标 分类序号指标名称单位2020年2025年指标属性\n'
      + '第三章 建设宜居生活区\n第一节 推进公共事业\n力争建成三级甲等综合性医院。 专栏2 社会事业补短板提升工程 教育事业补短板工程：新建幼儿园9所；改扩建中小学15所。\n';
    const doc = parseDocument(text);
    expect(outline(doc.root.children)).toEqual([
      '1 第二章 发展目标', '2 第三节 主要目标', '3 专栏1 平潭“十四五”时期经济社会发展主要目标',
      '1 第三章 建设宜居生活区', '2 第一节 推进公共事业', '3 专栏2 社会事业补短板提升工程',
    ]);
    // the box's items are its own: the year of the sentence before it no longer reaches them
    expect(doc.targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['9所:null', '15所:null']);
  });

  it('leaves a box cited in prose and one at a line start as they were', () => {
    const cited = '第一节 推进公共事业\n实施补短板工程，详见专栏2 社会事业补短板提升工程 所列项目。\n';
    expect(outline(parseDocument(cited).root.children)).toEqual(['1 第一节 推进公共事业']);
    const own = '第一节 推进公共事业\n专栏2 社会事业补短板提升工程\n新建幼儿园9所。\n';
    expect(outline(parseDocument(own).root.children)).toEqual(['1 第一节 推进公共事业', '2 专栏2 社会事业补短板提升工程']);
  });

  it('cuts no box that prose cites, and sets boxes side by side', () => {
    const cited = '第一节 推进重大项目\n加快建设一批重大工程。 专栏1、专栏2 所列重点项目，到2025年完成投资100亿元。详见专栏3。专栏3 中的项目 到2025年完成投资100亿元。\n';
    expect(outline(parseDocument(cited).root.children)).toEqual(['1 第一节 推进重大项目']);
    const three = '第一节 推进重大项目\n加快建设。 专栏1 重点工程项目建设 建设道路10公里。 专栏2 市政工程 新建管网5公里。 专栏3 交通工程 新建公路3公里。\n';
    expect(outline(parseDocument(three).root.children)).toEqual(['1 第一节 推进重大项目', '2 专栏1 重点工程项目建设', '2 专栏2 市政工程', '2 专栏3 交通工程']);
  });
});
