// Deeds in an article's clause (src/quantities/article-deeds.ts): a deed keeps its amount a goal, a deed qualifying
// the buildings a rule is for (新建居住区, 建成的充电车位) does not.
import { describe, expect, it } from 'vitest';
import { articleDeed } from '../../src/quantities/article-deeds.js';
import { roles } from './targets.js';

describe('deeds in an article', () => {
  it('finds a deed, not one qualifying a building or estate, nor one before 的', () => {
    const has = (t: string) => articleDeed(t, 0, t.length, true);
    expect(has('年内开工建设畅通工程')).toBe(true);
    expect(has('新建居住区个人固定车位')).toBe(false);
    expect(has('新建大型公共建筑配建的停车场,建成的充电车位不低于')).toBe(false);
    expect(has('新建充电桩')).toBe(true);
    // only 新建/建成 qualify, before a building at a word's end, and only a share's
    expect(has('年内完成小区改造')).toBe(true);
    expect(has('年内新增建筑业企业')).toBe(true);
    expect(articleDeed('年内新建停车场', 0, 7, false)).toBe(true);
  });

  it('makes the levels a rule sets for new buildings rules', () => {
    const doc = '陕西省电动汽车充电基础设施建设运营管理办法\n第七条 配置要求如下。\n（一）新建居住区个人固定车位100%预留充电基础设施安装条件。\n（二）新建大型公共建筑配建的停车场，建成的充电车位不低于10%。\n第八条 年内新建充电桩500个。';
    expect(roles(doc)).toEqual(['100%:parameter', '10%:parameter', '500个:target']);
    expect(roles('某市城市更新行动实施细则\n第三条 年内完成小区改造30个。\n第四条 年内新建停车场10个。')).toEqual(['30个:target', '10个:target']);
    // a bound set for new buildings is a standard too
    expect(roles('某市停车设施管理办法\n第八条 新建住宅小区配建机动车停车位不少于每户1个。')).toEqual(['1个:parameter']);
  });
});
