// Project tables whose rows are one line each, cells apart with a tab (src/pipeline/project-rows.ts): a number under
// a column naming its unit is the row's name with the column's label, a text cell's amounts are read in that cell
// alone, and both are dated by the last date the row gives.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const rows = (lines: string[][]) => lines.map((cells) => cells.join('\t')).join('\n');
const read = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}|${t.unit}|${t.year}|${t.role}|${t.indicator}`);
const header = ['序号', '项目名称', '项目单位', '主要建设内容', '开工时间', '计划竣工 时间', '总投资 （万元）', '备注'];

describe('project tables kept a row to a line', () => {
  it('reads the investment under its column\'s unit and the capacities of the text cell, dated by the completion', () => {
    const table = rows([header, ['1', '新宅110kV输变电工程', '国网供电公司', '新增变电容量100MVA，新建线路长度11.64km', '2024年5月', '2027年3月', '18812', '/']]);
    expect(read(table)).toEqual([
      '100MVA|MVA|2027|target|变电容量', '11.64km|km|2027|target|线路长度', '18812|万元|2027|target|新宅110kV输变电工程总投资',
    ]);
    // in source order, numbered in order, each pointing at its text
    const doc = parseDocument(table);
    expect(doc.targets.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    for (const t of doc.targets) expect(table.slice(t.position.start.offset, t.position.end.offset)).toBe(t.raw);
  });

  it('reads a row that lost its last cells and one past a group\'s label, and a text cell naming nothing by its row', () => {
    const table = [rows([header]), '燃气方面', rows([['1', '沪松公路燃气管搬迁工程', '燃气公司', '2座', '2026年', '2030年', '10000']])].join('\n');
    expect(read(table)).toEqual(['2座|座|2030|target|沪松公路燃气管搬迁工程', '10000|万元|2030|target|沪松公路燃气管搬迁工程总投资']);
  });

  it('leaves an empty investment cell and a number outside a measure\'s column unread', () => {
    const table = rows([header, ['3', '燃气第三门站', '燃气公司', '建设第三门站', '2027年', '2029年', '', '土地调规中'], ['4', '光伏项目', '某公司', '2', '2027年', '2029年', '500', '']]);
    expect(read(table)).toEqual(['500|万元|2029|target|光伏项目总投资']);
  });

  it('leaves a table with a 单位 column to the indicator tables, and text without a measure\'s column as text', () => {
    const indicators = rows([['序号', '指标名称', '单位', '2030年目标值'], ['1', '新能源装机', '万千瓦', '250']]);
    expect(read(indicators)).toEqual(['250|千瓦|2030|target|新能源装机']);
    const plain = rows([['序号', '项目名称', '建设内容', '完成时间'], ['1', '充电站', '建成充电桩200个', '2026年']]);
    expect(parseDocument(plain).targets.map((t) => t.indicator)).not.toContain('充电站总投资');
  });

  it('ends at a blank line or another header, and never reads a row another table reader took', () => {
    const project = rows([header, ['1', '城区供水管网改造', '水务公司', '改造管网35公里', '2025年', '2026年', '5000', '']]);
    const indicators = rows([['指标名称', '单位', '2024年', '2025年'], ['粮食产量', '万吨', '50', '52']]);
    expect(read(`${project}\n\n${indicators}`)).toEqual([
      '35公里|公里|2026|target|改造管网', '5000|万元|2026|target|城区供水管网改造总投资', '50|吨|2024|target|粮食产量', '52|吨|2025|target|粮食产量',
    ]);
    const second = rows([['序号', '项目名称', '建设内容', '年度投资（万元）', '新增就业（人）'], ['1', '食品产业园', '建设标准厂房', '3000', '200']]);
    expect(read(`${project}\n${second}`).slice(2)).toEqual(['3000|万元|null|target|食品产业园年度投资', '200|人|null|target|食品产业园新增就业']);
  });

  it('dates a row by when it is done, not by a column of starts, and reads a cell under a column of how things stand as a report', () => {
    const starts = rows([['序号', '项目名称', '建设内容', '开工时间', '总投资（万元）'], ['1', '县医院新院区', '新增床位500张', '2025年', '50000']]);
    expect(read(starts)).toEqual(['500张|张|null|target|床位', '50000|万元|null|target|县医院新院区总投资']);
    const status = rows([['序号', '项目名称', '现状规模', '建设规模', '建设年限', '总投资（万元）'], ['1', '城东污水处理厂扩建', '3万吨/日', '5万吨/日', '2024-2025', '32000']]);
    expect(read(status).map((t) => t.split('|').slice(0, 4).join('|'))).toEqual(['3万吨/日|吨/日|null|baseline', '5万吨/日|吨/日|2025|target', '32000|万元|2025|target']);
  });

  it('names a value under a column of a year alone by its row ("2020年（%）")', () => {
    const table = rows([['指标名称', '2020年（%）', '2025年（%）'], ['常住人口城镇化率', '55', '60']]);
    expect(read(`某市规划（2021—2025年）\n${table}`)).toEqual(['55|%|2020|baseline|常住人口城镇化率', '60|%|2025|target|常住人口城镇化率']);
  });

  it('keeps rows a copy spaced with blank lines, a row naming 指标 in its text, and dates by a date\'s 年 or a date column', () => {
    const head = ['序号', '项目名称', '建设内容及规模', '总投资（万元）', '竣工时间'];
    const spaced = [head, ['1', '城北污水处理厂', '日处理能力5万吨', '30000', '2026年12月'], ['2', '空气质量监测指标提升工程', '新增监测站点20个', '5000', '2025年12月']].map((c) => c.join('\t')).join('\n\n');
    expect(read(spaced).map((t) => t.split('|').slice(0, 3).join('|'))).toEqual(['5万吨|吨|2026', '30000|万元|2026', '20个|个|2025', '5000|万元|2025']);
    // an amount of 2000 is no year; a bare year under 竣工时间 is
    const amounts = rows([['序号', '项目名称', '建设内容', '总投资（万元）', '竣工时间'], ['1', '李庄至王村公路', '新建公路12公里', '2000', '2026']]);
    expect(read(amounts).map((t) => t.split('|').slice(0, 3).join('|'))).toEqual(['12公里|公里|2026', '2000|万元|2026']);
  });

  it('reads a column of planned progress (2025年计划进展) as aims', () => {
    const table = rows([['序号', '项目名称', '总投资（万元）', '2025年计划进展'], ['1', '城北管网工程', '30000', '完成主体工程，新建管网20公里']]);
    expect(read(table).map((t) => t.split('|').slice(0, 4).join('|'))).toEqual(['30000|万元|null|target', '20公里|公里|2025|target']);
  });

  it('ends at the next table opening with 序号, dates by a bare year under a column naming no unit, and reads 进展情况 as reports', () => {
    const two = rows([['序号', '项目名称', '建设内容', '总投资（万元）', '完成时限'], ['1', '城东污水处理厂', '新增能力5万吨', '18000', '2026'], ['序号', '单位名称', '联系人', '联系电话'], ['1', '区住建局', '张伟', '5812345']]);
    expect(read(two).map((t) => t.split('|').slice(0, 3).join('|'))).toEqual(['5万吨|吨|2026', '18000|万元|2026']);
    const progress = rows([['序号', '项目名称', '总投资（万元）', '目标任务进展情况'], ['1', '城东污水处理厂', '18000', '已完成主体工程，新建管网12公里']]);
    expect(read(progress).map((t) => t.split('|').slice(0, 4).join('|'))).toEqual(['18000|万元|null|target', '12公里|公里|null|baseline']);
  });

  it('reads a bare year as no date under a column of money (2025年投资), and an aim\'s column (截至2027年目标值) as aims', () => {
    const money = rows([['序号', '项目名称', '总投资（万元）', '2025年投资', '建设地点'], ['1', '城区污水处理厂扩建', '5000', '2000', '城关镇']]);
    expect(read(money)).toEqual(['5000|万元|null|target|城区污水处理厂扩建总投资']);
    const aims = rows([['序号', '指标', '单位', '2025年基期值', '截至2027年目标值'], ['1', '森林覆盖率', '%', '40', '45']]);
    expect(read(aims).map((t) => t.split('|').slice(2, 4).join('|'))).toEqual(['2025|baseline', '2027|target']);
  });
});
