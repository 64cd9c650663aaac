// The thresholds of a subsidy rule (src/quantities/grant-conditions.ts).
import { describe, expect, it } from 'vitest';
import { roles } from './targets.js';

describe('conditions of a grant', () => {
  it('reads every clause of a condition closed by 的 before a grant as a threshold', () => {
    expect(roles('对一个行政村发展标准化民宿达20家以上、床位100张以上，总投入在1000万元以上且被认定的，给予一次性奖励100万元。')).toEqual([
      '20家:parameter', '100张:parameter', '1000万元:parameter', '100万元:parameter',
    ]);
    expect(roles('营业面积在100平方米以上，经营满一年的一次性奖励1万元。')).toEqual(['100平方米:parameter', '一年:parameter', '1万元:parameter']);
  });
  it('reads a condition whose 的 qualifies a noun before the grant\'s clause', () => {
    expect(roles('环比增幅达到10%的其他商贸服务业企业，每户奖励5万元。')).toEqual(['10%:parameter', '5万元:parameter']);
    // a noun after the 的 that no grant's clause follows is no condition's
    expect(roles('到2025年，培育营业收入达到10亿元的龙头企业，新增5家。')).toContain('5家:target');
    expect(roles('营业收入达到10亿元的龙头企业，新增5家。')).toContain('10亿元:target');
  });

  it('keeps a goal before a condition that opens after it', () => {
    expect(roles('三年内完成改造提升45个，对验收合格的每个给予一次性补助20万元。')).toEqual(['45个:target', '20万元:parameter']);
  });
});

describe('levels a grant rewards', () => {
  it('reads the level a clause reaches as the condition of the grant in the next clause, not a task before a per-unit grant', () => {
    expect(roles('合同能源管理项目年节能率达到20%，给予项目投资额30%的补贴。')).toEqual(['20%:parameter', '30%:parameter']);
    expect(roles('完成农村危房改造任务35户，每户补助标准不超过2.5万元。')).toEqual(['35户:target', '2.5万元:parameter']);
  });
});

describe('thresholds before a grant', () => {
  it('reads an amount bounded from below that a grant later in its sentence rewards as a threshold', () => {
    expect(roles('年上缴税金地方经济贡献额达到30万元以上，一次性给予10万元奖励。')).toEqual(['30万元:parameter', '10万元:parameter']);
    expect(roles('固定资产投资5000万元以上的项目，按实际投资额给予5%奖励。')).toEqual(['5000万元:parameter', '5%:parameter']);
  });
  it('reads a grant counted per unit as money', () => {
    expect(roles('一次性奖励100元/亩。')).toEqual(['100元/亩:parameter']);
  });
  it('leaves a bound with no grant after it a goal', () => {
    expect(roles('全年技术合同成交额达到50亿元以上。')).toEqual(['50亿元:target']);
  });
});
