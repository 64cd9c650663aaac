// What the items of a list share (src/pipeline/list-roles.ts), read through the library.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const read = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}:${t.role}:${t.comparator}`);

describe('list roles and comparators', () => {
  it('spreads a rule decided for one amount of a 、 list over all', () => {
    expect(read('可按每人不超过30万元、总额不超过200万元的额度给予支持。')).toEqual(['30万元:parameter:lte', '200万元:parameter:lte']);
  });
  it('does not spread a bound glued to the noun it limits, which names a kind, not an item', () => {
    expect(read('全产业链总产值达到3500亿元、百亿元以上产业链达到15条。')).toEqual(['3500亿元:target:eq', '百亿元:parameter:gte', '15条:target:eq']);
  });
  it('gives a 分别 list the comparator written after its last item, not a list without 分别', () => {
    expect(read('产量分别达2050万吨、19万吨以上。')).toEqual(['2050万吨:target:gte', '19万吨:target:gte']);
    expect(read('充电电量集中在低谷时段的比例分别达到60%和80%以上。')).toEqual(['60%:target:gte', '80%:target:gte']);
    expect(read('新增企业20家、项目30个以上。')).toEqual(['20家:target:eq', '30个:target:gte']);
  });
  it('gives the items after a bound written before the first of a list that bound, where they have none of their own', () => {
    expect(read('两项指标分别超过3%、6%。')).toEqual(['3%:target:gt', '6%:target:gt']);
    expect(read('建设规模不少于3家、6家和9家。')).toEqual(['3家:target:gte', '6家:target:gte', '9家:target:gte']);
    // 和 joins noun phrases: items with nouns of their own share the bound when they count in one unit
    expect(read('每年抽检不少于40块户外广告和500块户外招牌。')).toEqual(['40块:target:gte', '500块:target:gte']);
  });
  it('keeps a list item with a verb, a unit or a word of its own out of the bound before it', () => {
    expect(read('新增不少于40家企业、引进500个项目。')).toEqual(['40家:target:gte', '500个:target:eq']);
    expect(read('覆盖不少于40家企业和500个项目。')).toEqual(['40家:target:gte', '500个:target:eq']);
    expect(read('不少于40家、达到60家。')).toEqual(['40家:target:gte', '60家:target:eq']);
    expect(read('超过50%、80%左右。')).toEqual(['50%:target:gt', '80%:target:approx']);
  });
});
