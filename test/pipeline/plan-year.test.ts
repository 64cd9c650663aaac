// The years a document's numbers are read against (src/pipeline/plan-year.ts).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { documentYearOf, planYearOf } from '../../src/pipeline/plan-year.js';

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

  it('takes the plan a wrapper notice names from the title line repeating it, and a document number above the body', () => {
    const nav = Array.from({ length: 30 }, (_, i) => `栏目${i + 1}`).join('\n');
    const page = `${nav}\n公文种类：\n通知\n达市府办发〔2022〕25号\n达州市人民政府办公室关于印发达州市促进房地产市场良性循环健康发展十条措施的通知\n各县（市、区）人民政府：\n现印发你们。\n达州市促进房地产市场良性循环健康发展十条措施\n第一条 新出让用地按不低于起始价的20%确定竞买保证金。`;
    const { meta } = parseDocument(page);
    expect([meta.title, meta.docNumber]).toEqual(['达州市促进房地产市场良性循环健康发展十条措施', '达市府办发〔2022〕25号']);
    // a number cited in the body is not the document's
    expect(parseDocument('某县实施方案\n一、总体要求\n依据\n赣府发〔2023〕5号\n执行。').meta.docNumber).toBeNull();
  });

  it('reads a title past a portal\'s column named by a type alone, inside a wrapper\'s quotes, and from a notice run into its plan', () => {
    expect(parseDocument('工作报告\n高唐县2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n增长5%。').meta.title).toBe('高唐县2025年政府工作报告');
    expect(parseDocument('某区人民政府办公室关于转发区建设管理委《某区城市更新行动方案（2023-2025年）》的通知\n一、总体要求').meta.title).toBe('某区城市更新行动方案');
    const oneLine = '陕发改能电力[2021] 634号陕西省发展和改革委员会陕西省林业局关于印发《全省国有林场老旧电网改造升级工程实施方案》的通知各设区市发展改革委：为提升供电能力，我们制定了本方案。一、指导思想。';
    expect(parseDocument(oneLine).meta.title).toBe('全省国有林场老旧电网改造升级工程实施方案');
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
  });
});
