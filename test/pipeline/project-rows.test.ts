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
});
