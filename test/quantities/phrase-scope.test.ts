// What stands before an indicator's name and is no part of it (src/quantities/phrase-scope.ts).
import { describe, expect, it } from 'vitest';
import { afterAttributeCells, afterEtcList, afterLocation, beforeAbility, beforeAdverb } from '../../src/quantities/phrase-scope.js';

const rest = (f: (t: string, a: number, b: number) => number, text: string) => text.slice(f(text, 0, text.length));
const head = (f: (t: string, a: number, b: number) => number, text: string) => text.slice(0, f(text, 0, text.length));

describe('phrase scope', () => {
  it('passes a leading 在 and its 等 list up to the first action after it', () => {
    expect(rest(afterLocation, '在北京、上海等重点城市新设品牌形象店')).toBe('新设品牌形象店');
    expect(rest(afterLocation, '北京、上海等重点城市新设品牌形象店')).toBe('北京、上海等重点城市新设品牌形象店');
  });

  it('passes a 等 list only where an action with an object of three characters or more follows the 等 right away', () => {
    expect(rest(afterEtcList, '依托产业园区、龙头企业等建设创新平台')).toBe('建设创新平台');
    expect(rest(afterEtcList, '村卫生室、乡镇卫生院等建设项目')).toBe('村卫生室、乡镇卫生院等建设项目');
    expect(rest(afterEtcList, '高速服务区、客运枢纽等区域充电桩建设覆盖率')).toBe('高速服务区、客运枢纽等区域充电桩建设覆盖率');
    // a 等 closing no list (no 、 before it)
    expect(rest(afterEtcList, '龙头企业等建设创新平台')).toBe('龙头企业等建设创新平台');
    // …or past a scope noun after the 等
    expect(rest(afterEtcList, '工业、农业、建筑等领域设备投资规模')).toBe('设备投资规模');
  });

  it('cuts a table\'s 属性 cell and the next row\'s serial run into the phrase', () => {
    expect(afterAttributeCells('主要指标2025年属性1基本养老保险参保率')).toBe('基本养老保险参保率');
    expect(afterAttributeCells('约束性2失能特困人员集中供养率')).toBe('失能特困人员集中供养率');
    expect(afterAttributeCells('提高可持续性')).toBe('提高可持续性');
  });

  it('ends a subject before the adverb it ends in, unless a word ends in it', () => {
    expect(head(beforeAdverb, '三年内参保率均')).toBe('三年内参保率');
    expect(head(beforeAdverb, '中央财政还将')).toBe('中央财政');
    expect(head(beforeAdverb, '粮食产量要')).toBe('粮食产量');
    expect(head(beforeAdverb, '农村居民人均')).toBe('农村居民人均');
    expect(head(beforeAdverb, '建设首都')).toBe('建设首都');
    expect(head(beforeAdverb, '主要')).toBe('主要');
    // 均 and 都 alone only after a measure; words ending in 将 whole
    for (const w of ['村集体经济收入村均', '住院费用次均', '花都', '来自京都', '晋升少将']) expect(head(beforeAdverb, w)).toBe(w);
    expect(head(beforeAdverb, '增幅均')).toBe('增幅');
    expect(head(beforeAdverb, '普及率全都')).toBe('普及率');
    expect(head(beforeAdverb, '地区生产总值即将')).toBe('地区生产总值');
    expect(head(beforeAdverb, '两项指标都')).toBe('两项指标');
    expect(head(beforeAdverb, '全市体育场地面积均')).toBe('全市体育场地面积');
    // …but right before the number, what it is per
    expect(beforeAdverb('工业用地地均5亿元', 0, 5)).toBe(5);
    // an adverb alone names nothing to keep
    expect(head(beforeAdverb, '均')).toBe('均');
  });

  it('ends a noun before what it can do', () => {
    expect(head(beforeAbility, '增速可以实现比较充分的就业')).toBe('增速');
    expect(head(beforeAbility, '规上企业实现数字化转型')).toBe('规上企业实现数字化转型');
    expect(head(beforeAbility, '专业技术人才能够参加继续教育')).toBe('专业技术人才');
    expect(head(beforeAbility, '增速才能实现翻番目标')).toBe('增速');
  });
});
