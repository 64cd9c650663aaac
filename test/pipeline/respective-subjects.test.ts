// Amounts given "respectively" with no subject of their own (src/pipeline/respective-subjects.ts), read through the library.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const indicators = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}:${t.indicator}`);

describe('respective subjects', () => {
  it('gives each amount of a 分别 run the subject of its counterpart before it in the sentence, skipping bracketed bases', () => {
    expect(indicators('力争境外游客超6万人次，其中台湾游客超4万人次，较疫情前2019年（4.81、3.27万人次）分别增长25%、22%。').slice(3))
      .toEqual(['25%:境外游客增长', '22%:台湾游客增长']);
    expect(indicators('五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。').slice(2))
      .toEqual(['3000万吨:五年淘汰落后炼铁产能', '3500万吨:落后炼钢产能淘汰']);
  });

  it('leaves a run that names its subjects, a grant given respectively, and a run with too few counterparts', () => {
    expect(indicators('规上工业增加值、固定资产投资分别增长6%、8%。')).toEqual(['6%:规上工业增加值、固定资产投资分别增长', '8%:规上工业增加值、固定资产投资分别增长']);
    expect(indicators('对年营业收入首次超过1亿元、5亿元的民营企业，分别给予50万元、100万元奖励。').slice(2)).toEqual(['50万元:分别给予', '100万元:奖励']);
    expect(indicators('新增就业5万人，今年分别增长3%和4%。').slice(1)).toEqual(['3%:分别增长', '4%:分别增长']);
  });

  it('pairs a run only with amounts in its unit, or with no rate for a run of rates, and never with conditions', () => {
    expect(indicators('计划新建中小学12所、幼儿园20所，总投资30亿元，今年力争分别开工8所、15所。').slice(3)).toEqual(['8所:计划新建中小学开工', '15所:幼儿园开工']);
    expect(indicators('去年全市地区生产总值1000亿元，增长5%，一般公共预算收入80亿元，增长3%，今年分别增长6%、7%。').slice(4))
      .toEqual(['6%:全市地区生产总值增长', '7%:一般公共预算收入增长']);
    expect(indicators('对年纳税额超过500万元、1000万元的企业，分别兑现30万元、60万元。').slice(2)).toEqual(['30万元:分别兑现', '60万元:分别兑现']);
  });
});
