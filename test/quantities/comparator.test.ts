// The comparator of a quantity (src/quantities/comparator.ts): the words touching the
// number, bounds reaching across a verb or a base, and bound words that are part of a noun.
import { describe, expect, it } from 'vitest';
import { PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from '../../src/data/comparators.js';
import { targets, only, comparators } from './targets.js';

describe('words touching the number', () => {
  it.each(Object.entries(PREFIX_COMPARATORS))('prefix %s → %s', (word, comparator) => {
    expect(only(`全市高新技术企业${word}100家。`).comparator).toBe(comparator);
  });

  it.each(Object.entries(SUFFIX_COMPARATORS))('suffix %s → %s', (word, comparator) => {
    expect(only(`全市高新技术企业100家${word}。`).comparator).toBe(comparator);
  });

  it('gives the items of a 分别 list the comparator written after the last of them', () => {
    expect(comparators('粮食、蔬菜、水产品产量分别达2050万吨、4200万吨、19万吨以上。')).toEqual(['2050万吨:gte', '4200万吨:gte', '19万吨:gte']);
    expect(comparators('分别增长6.5%、7%左右。')).toEqual(['6.5%:approx', '7%:approx']);
    // without 分别 each keeps its own
    expect(comparators('新增企业20家、项目30个以上。')).toEqual(['20家:eq', '30个:gte']);
  });

  it('reads an indicator table\'s signs before the number', () => {
    expect(targets('参保率≥95%，覆盖率>60%，空置率≤5%，事故率<1%。').map((t) => t.comparator)).toEqual(['gte', 'gt', 'lte', 'lt']);
    // a sign after letters bounds the number: GDP>5000亿元
    expect(targets('到2025年，全市GDP>5000亿元。').map((t) => [t.comparator, t.indicator])).toEqual([['gt', '全市GDP']]);
    // the > closing a tag of markup read as text bounds nothing
    expect(only('给予补助</span><span>10%。').comparator).toBe('eq');
  });

  it('lets a suffix win over a prefix', () => {
    expect(only('项目投资超过100万元以上。').comparator).toBe('gte');
    expect(only('研发投入达到2.6%以上。').comparator).toBe('gte');
  });

  it('reads 余 and 多 between number and unit, and a cap that governs the clause', () => {
    expect(only('培育企业100余家。')).toMatchObject({ raw: '100余家', value: 100, comparator: 'gt' });
    expect(only('最高可一次性贷款五十万元。')).toMatchObject({ value: 50, comparator: 'lte' });
  });

  it('does not take 以上 of 规模以上 as a suffix', () => {
    expect(only('建成12家规模以上科技创新平台。').comparator).toBe('eq');
  });

  it('is eq with no word at all', () => {
    expect(only('新建科创飞地5个。').comparator).toBe('eq');
  });

  it('reads 上限为 and 满 as bounds', () => {
    expect(only('单家企业年度补助上限为20万元。').comparator).toBe('lte');
    expect(only('服务年限满5年。').comparator).toBe('gte');
    // what falls short of a level: 不满, 未满, 未达到
    expect(comparators('向境外提供不满100万人个人信息，行驶里程未达到60万千米，未满18周岁。')).toEqual(['100万人:lt', '60万千米:lt', '18周岁:lt']);
    expect(comparators('产值未达5000万元的企业。')).toEqual(['5000万元:lt']);
    // …but the level of a goal or a standard missed is the goal's own
    expect(comparators('全年增长5%，未达到6%的预期目标；未达到35微克/立方米的国家二级标准。')).toEqual(['5%:eq', '6%:eq', '35微克/立方米:eq']);
  });

  it('keeps a suffix after (含)', () => {
    expect(comparators('参保职工30人（含）以下的企业。')).toEqual(['30人:lte']);
    // a short remark in brackets between the unit and its suffix; a long one ends the quantity's words
    expect(comparators('农村每年栽植面积各1300亩（按照每亩74株折算）以上。')[0]).toBe('1300亩:gte');
    expect(comparators('新建公园3个（含口袋公园、街角绿地及社区小游园等各类城市公园）以上。')).toEqual(['3个:eq']);
    expect(comparators('年满60周岁(含)以上。')).toEqual(['60周岁:gte']);
  });
});

describe('bounds across a verb or a base', () => {
  it('lets a bound reach across a short verb', () => {
    expect(only('每个县市区至少选择1家公办机构开展改革试点。').comparator).toBe('gte');
    expect(only('每年召开联席会议不少于开展2次。').comparator).toBe('gte');
    expect(only('每个县至少达到5家。').comparator).toBe('gte');
  });

  it('does not reach across a long phrase, a 的 or another number', () => {
    expect(only('至少要在全市范围内选择1家机构。').comparator).toBe('eq');
    expect(only('至少的目标是1家。').comparator).toBe('eq');
    const ts = targets('至少选择两个县开展3项试点。');
    expect(ts.map((t) => `${t.raw}:${t.comparator}`)).toEqual(['两个:gte', '3项:eq']);
  });

  it('reaches a bound across the base of a percentage', () => {
    expect(comparators('月工资低于全市上年度在岗职工月平均工资60%的，按单位缴费部分的50%给予补贴。')).toEqual(['60%:lt', '50%:eq']);
    expect(comparators('按不超过当年实际完成投资额的5%给予补助。')).toEqual(['5%:lte']);
    // a base ending in 额度 or 投资额 needs no 的
    expect(comparators('按不超过固定资产投资额度5%的比例给予奖补。')).toEqual(['5%:lte']);
    expect(comparators('按不超过项目投资额5%给予补助。')).toEqual(['5%:lte']);
    expect(comparators('裁员率不高于参保职工总数的20%。')).toEqual(['20%:lte']);
    // a year names the base's period
    expect(comparators('涨幅控制目标为不超过2021年度出让地价的12%。')).toEqual(['12%:lte']);
  });

  it('does not reach across a change or a number', () => {
    expect(comparators('高于全省平均水平的地区增长5%。')).toEqual(['5%:eq']);
    expect(comparators('不超过3家企业的产值增长10%。')).toEqual(['3家:lte', '10%:eq']);
  });
});

describe('bound words that are no bound', () => {
  it('reads 内 as a bound only after a span', () => {
    expect(only('在3个园区内建设示范点。').comparator).toBe('eq');
  });

  it('reads 最低/最高 inside a noun as no bound', () => {
    expect(comparators('按当地最低工资标准的80%给予补贴。')).toEqual(['80%:eq']);
    expect(comparators('见习补贴标准提高至当地最低工资标准的100%。')).toEqual(['100%:eq']);
    expect(comparators('“最多跑一次”事项占比达到90%。')).toEqual(['90%:eq']);
    expect(comparators('最高可一次性贷款五十万元。')).toEqual(['五十万元:lte']);
    expect(comparators('最高奖励50万元。')).toEqual(['50万元:lte']);
  });
});
