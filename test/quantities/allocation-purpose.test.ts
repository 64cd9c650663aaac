// What money allocated is for (src/quantities/allocation-purpose.ts): the allocator and the purpose after the amount.
import { describe, expect, it } from 'vitest';
import { allocatorOf, fillersOnly, purposeAfter } from '../../src/quantities/allocation-purpose.js';
import { targets } from './targets.js';

describe('allocation purposes', () => {
  it('reads who allocates from words that only say so, and nothing from words that name what', () => {
    expect(allocatorOf('今年中央财政拿出')).toBe('中央财政');
    expect(allocatorOf('今年拟安排')).toBe('');
    expect(allocatorOf('中央财政拟安排补贴资金')).toBeNull();
    expect(allocatorOf('比上年增加')).toBeNull();
    // 投入 as a noun: what stands before it is no payer
    expect(allocatorOf('对年度研发投入')).toBeNull();
    expect(allocatorOf('每年安排')).toBeNull();
  });

  it('reads the purpose right after the amount, or opening the next clause with a purpose word only', () => {
    const at = (text: string) => {
      const span = purposeAfter(text, text.indexOf('元') + 1);
      return span && text.slice(span[0], span[1]);
    };
    expect(at('拿出396亿元用于农村税费改革转移支付。')).toBe('农村税费改革转移支付');
    expect(at('安排430亿元,用于补助困难家庭的廉租房建设。')).toBe('补助困难家庭的廉租房建设');
    expect(at('安排1335亿元,比上年增加60.4亿元。')).toBeNull();
    expect(at('投入1000万元支持青年项目80项。')).toBeNull();
    // a judgement in the next clause, a purpose too long to end within reach; a 的 opening it dropped
    expect(at('政府投入300万元,实施效果明显。')).toBeNull();
    expect(at('安排300亿元用于支持中西部地区农村义务教育学校校舍维修改造和教学仪器设备购置以及信息化建设。')).toBeNull();
    expect(at('今年安排800万元的奖励资金。')).toBe('奖励资金');
  });

  it('names money allocated by the allocator and its purpose', () => {
    const text = '今年中央财政拿出396亿元用于农村税费改革转移支付。今年拟安排430亿元，用于补助低保住房困难家庭的实物廉租房建设。中央财政拟安排补贴资金1335亿元，比上年增加60.4亿元。';
    expect(targets(text).map((t) => t.indicator)).toEqual(['中央财政农村税费改革转移支付', '补助低保住房困难家庭的实物廉租房建设', '中央财政拟安排补贴资金', '中央财政拟安排补贴资金比上年增加']);
  });

  it('takes words of when and how alone for no name: the noun after 的, or the clause before, names the amount', () => {
    expect([fillersOnly('要'), fillersOnly('今年拟'), fillersOnly('要新增'), fillersOnly('')]).toEqual([true, true, false, false]);
    const text = '继续实施退耕还林还草，今年拟安排500万亩。今年要新增8000万吨标准煤的节能能力。';
    expect(targets(text).map((t) => t.indicator)).toEqual(['继续实施退耕还林还草', '节能能力']);
  });
});
