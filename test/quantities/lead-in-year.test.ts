// A year in a list's lead-in (src/quantities/lead-in-year.ts): after cue words any colon soon after it; after other
// words only a lead-in naming the plan's goals or work, never a year compared with, a source or a date.
import { describe, expect, it } from 'vitest';
import { leadsIntoList, leadsIntoPlan } from '../../src/quantities/lead-in-year.js';
import { targets } from './targets.js';

const after = (text: string, year: string) => text.indexOf(year) + year.length;

describe('a year in a list\'s lead-in', () => {
  it('finds the colon ending the year\'s clause soon after it, not a date\'s', () => {
    const t = '至2016年底实现:建成17座';
    expect(leadsIntoList(t, after(t, '2016年'))).toBe(true);
    const d = '2019年5月21日附件1任务分解表面积:亩';
    expect(leadsIntoList(d, after(d, '2019年'))).toBe(false);
  });

  it('takes a lead-in after other words only where it names goals or work', () => {
    const plan = '因此建议今年我市经济发展的主要预期目标定为:';
    expect(leadsIntoPlan(plan, '因此建议', after(plan, '今年'))).toBe(true);
    const source = '根据2023年度考核结果:';
    expect(leadsIntoPlan(source, '根据', after(source, '2023年'))).toBe(false);
    const compared = '对照2020年工作标准:';
    expect(leadsIntoPlan(compared, '对照', after(compared, '2020年'))).toBe(false);
  });

  it('dates the list\'s items by it, but not by a year compared with, a source or a date in Chinese numerals', () => {
    expect(targets('因此建议2002年我市的主要预期目标是：国内生产总值2150亿元；工业总产值3593亿元。').map((t) => t.year)).toEqual([2002, 2002]);
    expect(targets('与2020年相比：单位地区生产总值能耗下降14%；化学需氧量排放总量减少8%。').map((t) => t.year)).toEqual([null, null]);
    expect(targets('根据2023年度考核结果：全区新增就业岗位5000个；培育规上企业20家。').map((t) => t.year)).toEqual([null, null]);
    expect(targets('经2023年十二月区政府常务会议审议通过的任务为：新建学校5所；改造校舍2万平方米。').map((t) => t.year)).toEqual([null, null]);
    // a status list's year; a word ending in a compared lead's character (面对) is none
    expect(targets('全市2023年主要经济数据如下：地区生产总值1200亿元；常住人口300万人。').map((t) => t.year)).toEqual([2023, 2023]);
    expect(targets('面对2025年的主要任务是：新建学校10所；新增学位2万个。').map((t) => t.year)).toEqual([2025, 2025]);
    expect(targets('全市与2020年相比的主要目标如下：地区生产总值增长40%；常住人口增加30万人。').map((t) => t.year)).toEqual([null, null]);
    expect(targets('因此全市2025年的发展计划是：新建学校10所；新增学位2万个。').map((t) => t.year)).toEqual([2025, 2025]);
  });
});
