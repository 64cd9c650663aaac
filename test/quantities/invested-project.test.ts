// The project an investment measures (src/quantities/invested-project.ts): after its 的, in the next
// clause, in the clause before, or the projects counted just before it.
import { describe, expect, it } from 'vitest';
import { byRaw, targets } from './targets.js';

describe('invested project', () => {
  it('names an investment by the projects counted right after it with 、', () => {
    expect(byRaw('抓好总投资638亿元、128个省市县重点项目建设。').get('638亿元')!.indicator).toBe('省市县重点项目建设总投资');
    // a count of things that are no projects names nothing
    expect(byRaw('完成投资50亿元、新建项目20个。').get('50亿元')!.indicator).toBe('投资');
  });

  it('names an investment by the project a verb right after it carries out, past what qualifies it', () => {
    expect(byRaw('投资1亿元实施范家庄至东石门、西郭至羊平等30公里农村公路改造工程。').get('1亿元')!.indicator).toBe('农村公路改造工程投资');
    const t = byRaw('投资1000余万元实施覆盖36个村7.4万人的农村饮水安全巩固提升工程。').get('1000余万元')!;
    // 余 rounds the amount: no threshold on the villages counted after it
    expect([t.indicator, t.role, t.comparator]).toEqual(['农村饮水安全巩固提升工程投资', 'target', 'gt']);
    // the next clause's short object, when no project noun ends it
    expect(byRaw('投资5208万元，实施城乡垃圾治理一体化，建设4座垃圾中转站。').get('5208万元')!.indicator).toBe('城乡垃圾治理一体化投资');
    expect(byRaw('新建农贸市场3个，投资3000万元，实施主体为县城投公司。').get('3000万元')!.indicator).not.toContain('主体');
    expect(byRaw('投资800万元实施的农村饮水工程已全部完工。').get('800万元')!.indicator).toBe('农村饮水工程投资');
    // no project noun after the verb: the investment stays as written
    expect(byRaw('投资3亿元建设污水处理厂。').get('3亿元')!.indicator).not.toContain('投资投资');
  });

  it('names the project after an investment\'s 的 past the count of projects, and by 改造/提升/电站 ends', () => {
    expect(byRaw('集中攻坚、压茬推进总投资9.64亿元的10条道路建设。').get('9.64亿元')!.indicator).toBe('道路建设总投资');
    expect(byRaw('完成投资1.68亿元的东环路、南环路改造提升。').get('1.68亿元')!.indicator).toBe('东环路、南环路改造提升投资');
  });

  it('names an investment by the project after its 的', () => {
    const ind = (text: string) => targets(text).map((t) => t.indicator);
    expect(ind('确保投资4800万元的成吉思汗广场改造提升工程如期完工。')).toEqual(['成吉思汗广场改造提升工程投资']);
    expect(ind('继续推进总投资103.7亿元的棚户区改造工程。')).toEqual(['棚户区改造工程总投资']);
    expect(ind('投资2.5亿元，实施俄罗斯风情精品街项目。')).toEqual(['俄罗斯风情精品街项目投资']);
    // no project noun after it: the investment stays as it is
    expect(ind('完成投资2.5亿元的目标。')).toEqual(['投资']);
  });

  it('names a bare investment by the project of the clause before, or by the projects just counted', () => {
    const ind = (text: string) => targets(text).map((t) => t.indicator);
    expect(ind('实施市区道路畅通工程。投资4.7亿元，完成65条道路改造。')).toEqual(['市区道路畅通工程投资', '道路改造']);
    expect(ind('确保全年实施重大项目3600个左右、完成投资1万亿元。')).toEqual(['重大项目', '重大项目完成投资']);
    // what was counted before is no project: the investment stays as it is
    expect(ind('引进人才500名，投资20亿元。')).toEqual(['人才', '投资']);
    // no project noun before it: the investment stays as it is
    expect(ind('加强统筹协调。投资4.7亿元。')).toEqual(['投资']);
  });
});
