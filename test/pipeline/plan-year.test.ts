// The years a document's numbers are read against (src/pipeline/plan-year.ts).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { documentYearOf, planYearOf, titleYears } from '../../src/pipeline/plan-year.js';

describe('plan year', () => {
  it('takes the plan year from the earlier of period start and date', () => {
    expect(planYearOf({ period: { start: 2025, end: 2027 }, date: '2024-12-01' })).toBe(2024);
    expect(planYearOf({ period: { start: null, end: 2026 }, date: '2024-05-08' })).toBe(2024);
    expect(planYearOf({ period: { start: 2024, end: 2026 }, date: null })).toBe(2024);
    expect(planYearOf({ period: null, date: null })).toBeNull();
  });

  it('reads an untitled work report\'s year as the year after the one its review opens with', () => {
    const report = parseDocument('各位代表：\n现在，我代表国务院，向大会报告工作。\n一、过去一年和五年工作回顾\n2022年是极为重要的一年。全年增长3%。\n二、对今年政府工作的建议\n今年发展主要预期目标是：国内生产总值增长5%左右。');
    expect(report.meta.period).toEqual({ start: 2023, end: 2023 });
    expect(report.targets.map((t) => `${t.raw}:${t.year}:${t.role}`)).toEqual(['3%:2022:baseline', '5%:2023:target']);
    // a body that opens with its own year keeps it
    expect(parseDocument('2024年，全市新增就业1万人。').meta.period).toEqual({ start: 2024, end: 2024 });
  });

  it('reads no own year from a horizon the title names', () => {
    expect(titleYears('关于“九五”计划和2010年远景目标纲要的报告')).toEqual([]);
    expect(documentYearOf({ title: '关于“九五”计划和2010年远景目标纲要的报告', date: null, period: { start: 1996, end: 2010 } })).toBe(null);
  });

  it('prefers the year the title names over the period', () => {
    expect(planYearOf({ title: '青云谱区2025年政府工作要点', period: { start: 2024, end: 2024 }, date: '2025-02-26' })).toBe(2025);
    expect(planYearOf({ title: '某市三年行动计划(2024—2026年)', period: { start: 2023, end: 2026 }, date: null })).toBe(2024);
    expect(planYearOf({ title: '某市数字经济发展三年行动方案', period: { start: 2025, end: 2027 }, date: '2025-03-18' })).toBe(2025);
    // the year a title sums up before the plan's own is not the plan's
    expect(planYearOf({ title: '某局关于2024年度工作总结和2025年工作计划的报告', period: null, date: '2025-09-18' })).toBe(2025);
    expect(planYearOf({ title: '某局2024年工作要点和2025年工作安排', period: null, date: '2025-09-18' })).toBe(2024);
    expect(planYearOf({ title: '某市关于5G发展的意见', period: null, date: null })).toBeNull();
  });
});

describe('a title that sums up a year', () => {
  it('makes the next year the plan\'s: a summary, a report of the year\'s work, a report dated after its year', () => {
    expect(planYearOf({ title: '某局2022年工作总结', period: null, date: null })).toBe(2023);
    expect(planYearOf({ title: '某局关于2022年度监管工作情况的报告', period: null, date: '2023-12-15' })).toBe(2023);
    expect(planYearOf({ title: '某片区管理局2022年度工作报告', period: null, date: '2023-01-09' })).toBe(2023);
    // a report dated in its own year, a summary followed by a plan, and a plan keep their years
    expect(planYearOf({ title: '某市2022年政府工作报告', period: null, date: '2022-01-20' })).toBe(2022);
    expect(planYearOf({ title: '某局2024年度工作总结和2025年工作计划', period: null, date: null })).toBe(2025);
    expect(planYearOf({ title: '某区2025年工作要点', period: null, date: null })).toBe(2025);
    expect(documentYearOf({ title: '某局2022年工作总结', date: null })).toBe(2022);
    // a part of a year summed up, or a title that plans the rest of it, keeps the year
    expect(planYearOf({ title: '2025年上半年工作总结和下半年工作计划', period: null, date: null })).toBe(2025);
    expect(planYearOf({ title: '关于2025年上半年经济运行情况及下半年工作安排的报告', period: null, date: null })).toBe(2025);
    expect(planYearOf({ title: '2025年第一季度工作总结及第二季度工作打算', period: null, date: null })).toBe(2025);
  });
});
