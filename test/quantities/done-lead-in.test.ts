// A list after a lead-in saying what is done (src/quantities/done-lead-in.ts): its items are baselines
// to the sentence's end; a lead-in without 已, one with 已有基础, or an aim keeps them goals.
import { describe, expect, it } from 'vitest';
import { roles } from './targets.js';

describe('a list after a lead-in of what is done', () => {
  it('makes every item after 已建成的主要有： a baseline, up to the sentence end', () => {
    expect(roles('已建成的主要有：加固堤防近6100公里；新增公路通车里程1.2万公里，其中高速公路3358公里；增加铁路新线1423公里。今年新建公路800公里。'))
      .toEqual(['6100公里:baseline', '1.2万公里:baseline', '3358公里:baseline', '1423公里:baseline', '800公里:target']);
  });

  it('reads only the lead-in clause, the one ending in the colon', () => {
    expect(roles('已完成前期工作，今年计划建成：高速公路300公里；铁路新线200公里。')).toEqual(['300公里:target', '200公里:target']);
    expect(roles('在已有基础上，主要任务是：新增公路通车里程1.2万公里。')).toEqual(['1.2万公里:target']);
    expect(roles('主要任务是：新增公路通车里程1.2万公里。')).toEqual(['1.2万公里:target']);
  });

  it('reads only 已 with a completion verb, outside brackets, as work done', () => {
    expect(roles('省政府已批准的建设任务为：新建公路1000公里；新建机场2个。')).toEqual(['1000公里:target', '2个:target']);
    expect(roles('规划已明确的目标是：新建公路1000公里；改造危房5万户。')).toEqual(['1000公里:target', '5万户:target']);
    expect(roles('主要任务（已完成的除外）：新建公路1000公里；改造危房5万户。')).toEqual(['1000公里:target', '5万户:target']);
  });

  it('takes no colon inside brackets or between digits for a list\'s, and no item that looks ahead', () => {
    expect(roles('新建公路1000公里（已开工项目：8个）；改造危房5万户；新增就业10万人。').slice(2)).toEqual(['5万户:target', '10万人:target']);
    expect(roles('市县配套比例已统一为1:1；新建公路1000公里；改造危房5万户。')).toEqual(['1000公里:target', '5万户:target']);
    expect(roles('已建成的主要有：加固堤防6100公里，明年新建公路1000公里。')).toEqual(['6100公里:baseline', '1000公里:target']);
    expect(roles('全市已建成的主要有：综合公园12个；社区公园30个；将新建口袋公园50个。')).toEqual(['12个:baseline', '30个:baseline', '50个:target']);
    expect(roles('全市已建成的主要有：综合公园12个；将近3000户居民受益；要素市场培育平台5个。')).toEqual(['12个:baseline', '3000户:baseline', '5个:baseline']);
    // a colon inside an item's brackets
    const bracketed = roles('全市已建成的主要有：综合公园12个（其中：湿地公园3个）；社区公园30个。');
    expect([bracketed[0], bracketed[2]]).toEqual(['12个:baseline', '30个:baseline']);
  });

  it('reads 已 with an adverb before its verb, items numbered 1）, and words holding 要 or 将 that look nowhere ahead', () => {
    expect(roles('已基本建成的项目有：污水处理厂12座；垃圾焚烧厂3座。')).toEqual(['12座:baseline', '3座:baseline']);
    expect(roles('已完成的主要工作有：1）新建学校5所；2）改造校舍2万平方米。')).toEqual(['5所:baseline', '2万平方米:baseline']);
    expect(roles('已建成的主要有：主要河道整治120公里；重要交通节点改造30处。')).toEqual(['120公里:baseline', '30处:baseline']);
  });

  it('keeps the items goals where an aim governs', () => {
    expect(roles('已部署的重点工程有：力争新增公路通车里程1.2万公里。')).toEqual(['1.2万公里:target']);
  });
});
