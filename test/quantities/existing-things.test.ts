// Counts of things that exist (src/quantities/existing-things.ts): acted on, framed as a scope,
// the whole of a scope, upgraded — baselines; the same counts of new things stay goals.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { only, roles } from './targets.js';

describe('counts of existing things', () => {
  it('makes the scope of an action what exists', () => {
    expect(roles('二、整治范围\n\n（一）燃气企业。全旗取得许可证的8家管道燃气企业，使用燃气的用户约3200户。'))
      .toEqual(['8家:baseline', '3200户:baseline']);
    expect(roles('对全镇12个村3150户脱贫户、86户监测户实行动态管理。')).toEqual(['12个:baseline', '3150户:baseline', '86户:baseline']);
    expect(roles('全镇12个村集体经济收入全部达到8万元以上。')).toEqual(['12个:baseline', '8万元:target']);
    expect(roles('全区100家企业完成数字化改造。')).toEqual(['100家:target']);
    expect(roles('全市新增2400户（累计约3600户）餐饮单位纳入平台。')).toEqual(['2400户:target', '3600户:target']);
    expect(roles('对新建的12个村实行动态管理。')).toEqual(['12个:target']);
  });

  it('makes a count of existing things an action is applied to a baseline', () => {
    expect(only('对全市1126个终端开展排查。').role).toBe('baseline');
    expect(only('对120家企业开展诊断服务。').role).toBe('target');
    expect(only('对全市新建的120个站点开展验收。').role).toBe('target');
    expect(only('组织专业技术力量对全市1126个终端开展排查。').role).toBe('baseline');
    expect(only('组织力量对重点行业领域内的全市120家企业开展诊断。').role).toBe('target');
  });

  it('makes a count of things already designated (批复的, 认定的) what exists, unless an aim governs', () => {
    expect(roles('加快建设“十四五”批复的6个沙戈荒大基地及外送通道。')).toEqual(['6个:baseline']);
    expect(roles('到2027年，建成国家批复的6个基地。')).toEqual(['6个:target']);
    expect(roles('新建6个基地。')).toEqual(['6个:target']);
  });

  it('makes what a scope holds (全国有, 全市共有) what exists, unless an aim governs', () => {
    expect(roles('全国有24万多户国有小企业，绝大部分由市、县管理。')).toEqual(['24万多户:baseline']);
    expect(roles('全市共有12家三甲医院。')).toEqual(['12家:baseline']);
    expect(roles('力争全市有5家企业上市。')).toEqual(['5家:target']);
    expect(roles('全省有30个县将全部实现脱贫摘帽。')).toEqual(['30个:target']);
    expect(roles('全省有52处重要湿地，全市有将近300所农村学校。')).toEqual(['52处:baseline', '300所:baseline']);
    expect(parseDocument('某市教育发展规划（2021—2025年）\n二、主要目标\n全市有3个以上县区创建成为全国义务教育优质均衡发展县。').targets.map((t) => t.role)).toEqual(['target']);
  });

  it('makes a scope framed by 以…为主体 what exists', () => {
    expect(roles('以全省122个县（市、区）、1609个乡镇（街道）为主体，全面实施工程。')).toEqual(['122个:baseline', '1609个:baseline']);
    expect(roles('以新建的10个园区为载体，培育企业50家。')).toEqual(['10个:target', '50家:target']);
    expect(roles('以全市新建的10个园区为载体，培育企业50家。')).toEqual(['10个:target', '50家:target']);
  });

  it('counts the things a plan upgrades (提质升级, 高效运营) as what exists, and new ones as goals', () => {
    expect(roles('推动7个国家物流枢纽、4个国家骨干冷链物流基地提质升级，新建冷链物流基地3个。')).toEqual(['7个:baseline', '4个:baseline', '3个:target']);
    expect(roles('支持3个省实验室高效运营。')).toEqual(['3个:baseline']);
    expect(roles('新建5个物流园区并推动提质升级。')).toEqual(['5个:target']);
    // under an aim, the upgrading is a goal
    expect(roles('到2025年，推动200家规上工业企业提质升级。')).toEqual(['200家:target']);
    expect(roles('力争推动30个重点园区提质升级。')).toEqual(['30个:target']);
  });
});
