// The year a node's text leaves in force for the list items after it (src/pipeline/list-lead.ts).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const years = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}:${t.year}`);

describe('listLead', () => {
  it('hands a lead-in\'s year to the "——" items after it, whether the year opens its first or its last sentence', () => {
    expect(years('一、目标\n到2025年，全面建成体系。\n——新增企业10家。\n——建成基地2个。')).toEqual(['10家:2025', '2个:2025']);
    expect(years('一、目标\n坚持统筹推进。到2025年，全面建成体系。\n——新增企业10家。')).toEqual(['10家:2025']);
    // a year inside a sentence that it does not open hands nothing on
    expect(years('一、目标\n坚持统筹推进，确保2025年建成体系。\n——新增企业10家。')).toEqual(['10家:null']);
  });

  it('hands the items a year opening the lead-in\'s last clause with its cue, and not one a later clause follows', () => {
    const goals = '一、工作目标\n构建集聚区，力争到2027年将我市打造成为全国重要的氢能枢纽城市。\n——产业规模倍增。全市氢能产业总产值达到200亿元。';
    expect(parseDocument(goals).targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['200亿元:2027']);
    const passed = '一、工作目标\n构建集聚区，力争到2027年打造枢纽城市，推动发展。\n——产业规模倍增。全市氢能产业总产值达到200亿元。';
    expect(parseDocument(passed).targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['200亿元:null']);
  });

  it('hands it to the items of an inline list (一是…二是…) too, until an item names a year of its own', () => {
    const text = '一、主要任务\n（一）夯实本底\n坚持生态优先。“十五五”期间，着力推进生态空间建设。一是新建绿地项目10个；二是新建口袋公园8处；三是2027年前建成绿道2公里；四是改造公园3座。';
    expect(years(text)).toEqual(['10个:2030', '8处:2030', '2公里:2027', '3座:null']);
  });

  it('hands a year standing alone with its comma ("2019年，一是…") to its items, each paragraph its own', () => {
    const text = '二、工作目标\n\n2018年，一是完成新增账户172个；二是新建服务点位67个。\n\n2019年，一是新增账户51个；二是新建服务点位101个。';
    expect(years(text)).toEqual(['172个:2018', '67个:2018', '51个:2019', '101个:2019']);
  });
});
