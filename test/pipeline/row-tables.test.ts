// Indicator tables whose rows are one line each, cells apart with a tab (src/pipeline/row-tables.ts): a value cell
// takes its row's unit and name, its column's year and role.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const rows = (lines: string[][]) => lines.map((cells) => cells.join('\t')).join('\n');
const read = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}|${t.value}|${t.unit}|${t.comparator}|${t.year}|${t.role}|${t.indicator}`);

describe('indicator tables with a 单位 column', () => {
  const header = ['序号', '指标名称', '单位', '2025年基期值', '2030年目标值', '指标类型'];

  it('reads on past a group\'s label alone on its row (电力方面)', () => {
    const table = ['松江区“十五五”能源核心指标表', '序号\t指标名称\t单位\t属性\t“十五五”目标值', '电力方面', '1\t变电站规划落地率\t%\t预期性\t100', '燃气方面', '1\t管道天然气用气量\t亿立方米\t预期性\t3.5'].join('\n');
    expect(parseDocument(table).targets.map((t) => `${t.raw}|${t.unit}|${t.year}`)).toEqual(['100|%|2030', '3.5|立方米|2030']);
  });

  it('reads each value with its row\'s unit and name, its column\'s year and role, a sign or 左右 as its comparator', () => {
    const table = rows([header, ['1', '农业劳动生产率', '万元/人', '5.4', '7.3左右', '预期性'], ['5', '高标准农田占比', '%', '80', '>90', '约束性']]);
    expect(read(table)).toEqual([
      '5.4|5.4|万元/人|eq|2025|baseline|农业劳动生产率', '7.3|7.3|万元/人|approx|2030|target|农业劳动生产率',
      '80|80|%|eq|2025|baseline|高标准农田占比', '90|90|%|gt|2030|target|高标准农田占比',
    ]);
    // positions point at the cell's number
    const doc = parseDocument(table);
    for (const t of doc.targets) expect(table.slice(t.position.start.offset, t.position.end.offset)).toBe(t.raw);
  });

  it('reads a unit as the scan does written after the number (万人次), and no value in a row without a unit', () => {
    const table = rows([header, ['9', '乡村旅游年接待量', '万人次', '2881.2', '3200', '预期性'], ['12', '城乡居民收入比值', '/', '2.01', '1.85左右', '预期性']]);
    expect(read(table)).toEqual(['2881.2|28812000|人次|eq|2025|baseline|乡村旅游年接待量', '3200|32000000|人次|eq|2030|target|乡村旅游年接待量']);
  });

  it('reads ≧ and a full-width ＞, a base year before the plan\'s as a report, and a cell with a unit of its own', () => {
    const signs = rows([['指标', '单位', '2025年'], ['床位占比', '%', '≧55'], ['探访率', '%', '＞95']]);
    expect(parseDocument(signs).targets.map((t) => `${t.value}|${t.comparator}`)).toEqual(['55|gte', '95|gt']);
    const plan = '某市国民经济和社会发展第十四个五年规划（2021—2025年）\n' + rows([['序号', '指标', '单位', '2020年', '2025年', '年均增长', '属性'], ['1', '地区生产总值', '亿元', '5000', '7000', '7%左右', '预期性']]);
    expect(read(plan)).toEqual([
      '5000|5000|亿元|eq|2020|baseline|地区生产总值', '7000|7000|亿元|eq|2025|target|地区生产总值', '7%|7|%|approx|2025|target|地区生产总值年均增长',
    ]);
  });

  it('reads nothing as a table without a 单位 column, or a row of another width', () => {
    expect(read(rows([['序号', '指标名称', '2025年', '2030年'], ['1', '农业劳动生产率', '5.4', '7.3']]))).toEqual([]);
    expect(read(rows([header, ['1', '农业劳动生产率', '万元/人', '5.4']]))).toEqual([]);
  });
});
