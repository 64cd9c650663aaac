// A rate's base (src/quantities/per-base.ts): 每 before the number or its comparator, or 每 and a unit of measure
// before the comparator (a standard's intensity) — not a period (每年不少于3000万元), not under an aim.
import { describe, expect, it } from 'vitest';
import { roles } from './targets.js';

describe('a rate\'s base', () => {
  it('reads the start of a change past a base before it (由每立方米18.6微克降至17.9微克)', () => {
    expect(roles('细颗粒物浓度由每立方米18.6微克降至17.9微克。')).toEqual(['18.6微克:baseline', '17.9微克:target']);
    expect(roles('电价由每千瓦时0.6元降至0.5元。')).toEqual(['0.6元:baseline', '0.5元:target']);
    // …only where the change follows right after it
    expect(roles('一、强化农业支持\nPM2.5浓度由每立方米30微克的目标值分解到各区。')).toEqual(['30微克:target']);
  });

  it('makes the amount counted by it, or an intensity a standard sets, a rule', () => {
    expect(roles('每5年进行一次修编。')).toEqual(['5年:parameter']);
    expect(roles('新建建筑施工现场建筑垃圾产生量每万平方米低于300吨。')).toEqual(['300吨:parameter']);
    expect(roles('三、配建标准\n（一）新建住宅小区养老服务用房每百户不少于20平方米。')).toEqual(['20平方米:parameter']);
  });

  it('leaves a yearly amount, an aim\'s intensity and a count per head goals', () => {
    expect(roles('落实生态保护补偿资金每年不少于3000万元。')).toEqual(['3000万元:target']);
    expect(roles('到2025年，建筑垃圾产生量每万平方米低于200吨。')).toEqual(['200吨:target']);
    expect(roles('每千人口拥有婴幼儿托位数达到4.5个。')).toEqual(['4.5个:target']);
    // only an upper limit (not 达到, 控制在), and not in a review or under a goals heading
    expect(roles('粮食单产每亩达到500公斤以上，单位GDP用水量每万元控制在30立方米以内。')).toEqual(['500公斤:target', '30立方米:target']);
    expect(roles('一、发展基础\n单位GDP用水量每万元低于35立方米。')).toEqual(['35立方米:baseline']);
  });
});
