// A document's note on which listed units lead (src/pipeline/lead-notes.ts), read through the library.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { Section } from '../../src/tree/schema.js';
import { walkSections } from '../../src/tree/walk.js';

/** [lead, responsible] of every section naming units, in document order. */
const units = (text: string) => {
  const found: Section[] = [];
  walkSections(parseDocument(text).root.children, (s) => s.lead.length + s.responsible.length > 0 && found.push(s));
  return found.map((s) => [s.lead, s.responsible]);
};

describe('lead notes', () => {
  it('reads the note however it words the first place (列第一位者, 排在第一位的…牵头部门), and no note as a unit', () => {
    const doc = '一、任务\n（一）稳岗。做好。（责任单位：市人社局、市财政局。列第一位者为牵头单位，下同）\n（二）融资。做好。（责任单位：市财政局、市金融局）';
    expect(units(doc)).toEqual([[['市人社局'], ['市财政局']], [['市财政局'], ['市金融局']]]);
    const inList = '一、任务\n（一）章程。做好。（责任单位：市卫生健康委、市委组织部，排在第一位的为牵头部门，下同）';
    expect(units(inList)).toEqual([[['市卫生健康委'], ['市委组织部']]]);
  });

  it('makes the units before a list\'s first comma lead where the document says so once', () => {
    const doc = [
      '1.落实兜底职能。做好保障工作。〔责任单位：市民政局、市卫生健康委，市财政局、各县（市、区）人民政府（逗号前为牵头单位，其余按职责分工负责，下同）〕',
      '2.补齐农村短板。加快建设。〔责任单位：市民政局，市财政局、市应急局〕',
      '3.加强宣传引导。〔责任单位：市委宣传部、市民政局〕',
    ].join('\n');
    expect(units(doc)).toEqual([
      [['市民政局', '市卫生健康委'], ['市财政局', '各县(市、区)人民政府']],
      [['市民政局'], ['市财政局', '市应急局']],
      // a list without a comma: every unit stands before it, as an annotator of a Shenzhen plan read its note
      [['市委宣传部', '市民政局'], []],
    ]);
  });

  it('reads the note in the words 列逗号之前的为牵头单位, and lists of names alone in brackets, mid-paragraph too', () => {
    const doc = [
      '1.推进机场建设。完成搬迁。（市交通运输局、南山区政府，市规划和自然资源局、龙华区政府。列逗号之前的为牵头单位，其他有关单位按职责分工配合，下同）规划建设通用机场。（深汕特别合作区管委会，市发展改革委）',
      '2.建设起降场。新建174个起降场。（市交通运输局）',
    ].join('\n');
    expect(units(doc)).toEqual([
      [['市交通运输局', '南山区政府', '深汕特别合作区管委会'], ['市规划和自然资源局', '龙华区政府', '市发展改革委']],
      [['市交通运输局'], []],
    ]);
  });

  it('leaves a list without a comma that says its units share the work responsible under the before-comma note', () => {
    const doc = '（列逗号之前的为牵头单位，逗号之后的为配合单位）\n1.降低物流成本。（市交通运输局、市发展改革委按职责分工负责）';
    expect(units(doc)).toEqual([[[], ['市交通运输局', '市发展改革委']]]);
  });

  it('makes the first unit lead where the document says the first listed leads', () => {
    const doc = '（注：排在第一位的为牵头单位）\n1.落实兜底职能。〔责任单位：市民政局、市财政局〕\n2.加强宣传。（牵头单位：市委宣传部；责任单位：市民政局）';
    expect(units(doc)).toEqual([[['市民政局'], ['市财政局']], [['市委宣传部'], ['市民政局']]]);
  });

  it('leaves lists of units labelled otherwise (配合单位) as they are, and makes a lone unit lead by the first-listed note', () => {
    const doc = '（注：排在第一位的为牵头单位）\n1.落实兜底职能。（配合单位：县商务局、县交通运输局）\n2.加强宣传。〔责任单位：县农业农村局〕';
    expect(units(doc)).toEqual([[[], ['县商务局', '县交通运输局']], [['县农业农村局'], []]]);
  });

  it('reads lists as they are without such a note', () => {
    expect(units('1.落实兜底职能。〔责任单位：市民政局、市卫生健康委，市财政局〕')).toEqual([[[], ['市民政局', '市卫生健康委', '市财政局']]]);
  });
});
