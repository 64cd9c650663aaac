// Units given to sections (src/pipeline/assign-units.ts).
import { describe, expect, it } from 'vitest';
import { assignUnits } from '../../src/pipeline/assign-units.js';
import type { Node, Section } from '../../src/tree/schema.js';
import { nestedFor } from './pieces.js';

/** Each section's units after assignUnits, as "marker title: lead / responsible". */
function unitsOf(source: string): string[] {
  const { root } = nestedFor(source);
  assignUnits(root.children);
  const out: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      out.push(`${(n as Section).marker?.raw ?? ''}${n.title}: ${n.lead.join('、')} / ${n.responsible.join('、')}`);
      walk(n.children);
    }
  };
  walk(root.children);
  return out;
}

describe('assignUnits', () => {
  it("gives a section its own annotations' units", () => {
    expect(unitsOf('1.建设公园(牵头单位:市林业局;责任单位:各县区)')).toEqual(['1.建设公园: 市林业局 / 各县区']);
  });

  it('gives an item the units on the field lines after it, past its time limit line', () => {
    const source = '1.梳理中介服务清单。全面清理。\n\n牵头部门:省审改办\n\n参与部门:省级有关部门\n\n完成时限:2019年6月底前\n\n2.打造政务服务旗舰店。建设特色专区。\n\n牵头单位:省政府办公厅\n\n参与单位:省信息中心、省公安厅、省人力资源社会保障厅、省住房城乡建设厅、省卫生健康委、省民政厅,各设区市政府\n\n完成时限:2019年9月底';
    expect(unitsOf(source)).toEqual([
      '1.梳理中介服务清单: 省审改办 / 省级有关部门',
      '2.打造政务服务旗舰店: 省政府办公厅 / 省信息中心、省公安厅、省人力资源社会保障厅、省住房城乡建设厅、省卫生健康委、省民政厅、各设区市政府',
    ]);
  });

  it('gives the units of a paragraph to the section it stands in', () => {
    expect(unitsOf('1.建设公园。\n牵头单位:市林业局')).toEqual(['1.建设公园: 市林业局 / ']);
  });

  it('gives a unit block after sub-items to the level that carries units, not to the last sub-item', () => {
    const source = [
      '1.建设公园(牵头单位:市林业局)',
      '2.修建道路(牵头单位:市交通局)',
      '3.治理河道',
      '(1)清淤。',
      '(2)护岸。',
      '【牵头单位:市水利局】',
    ].join('\n');
    expect(unitsOf(source)).toEqual(['1.建设公园: 市林业局 / ', '2.修建道路: 市交通局 / ', '3.治理河道: 市水利局 / ', '(1)清淤:  / ', '(2)护岸:  / ']);
  });

  it('reads a labelled clause after a remark in the bracket closing a task, and the labels of an assessment', () => {
    expect(unitsOf('1.全程网办。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）\n2.建设平台。（牵头单位：市大数据局）'))
      .toEqual(['1.全程网办: 市审批服务局 / ', '2.建设平台: 市大数据局 / ']);
  });

  it('reads 牵头责任单位 as the lead label, before 责任单位', () => {
    expect(unitsOf('3.落实贴息政策。对小微企业给予贴息。（牵头责任单位：区人社局；责任单位：区财政局）\n4.开展行动。（牵头责任单位：区财政局、区税务局）'))
      .toEqual(['3.落实贴息政策: 区人社局 / 区财政局', '4.开展行动: 区财政局、区税务局 / ']);
  });

  it('lists a unit named again in the section once, and a lead not also as sharing', () => {
    const source = '1.建设公园。\n整治河道。(市林业局牵头,市水利局参与)\n修建步道。(市水利局、市林业局指导)';
    expect(unitsOf(source)).toEqual(['1.建设公园: 市林业局 / 市水利局']);
  });

  it('gives the units closing the last 一是 item to the whole item', () => {
    const source = '1.建设公园(牵头单位:市林业局)\n2.做好保障。一是加强领导;二是落实责任。(牵头单位:市政府办)';
    expect(unitsOf(source)).toContain('2.做好保障: 市政府办 / ');
  });
});
