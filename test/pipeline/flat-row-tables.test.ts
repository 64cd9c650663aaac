// Indicator tables flattened one cell per line with a 单位 column (src/pipeline/flat-row-tables.ts): rows found by
// their 序号, each value with its row's name and unit and its year column.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const read = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}|${t.value}|${t.unit}|${t.comparator}|${t.year}|${t.role}|${t.indicator}`);
const header = ['专栏1 核心指标表', '序号', '指标项', '单位', '类型', '指标值', '现状', '近期规划', '（2025年）', '（2030年）'];

describe('flattened indicator tables with a 单位 column', () => {
  it('reads each value with its row\'s unit and name and its column\'s year; a year before the plan\'s reports', () => {
    const text = [
      '某区国土空间近期规划（2026-2030年）', '一、总体要求', '推进规划实施。', ...header,
      '发展规模', '1', '建设用地总规模', '平方千米', '约束性', '53.75', '53.74',
      '2', '养老床位数占老年人口比例', '%', '约束性', '/', '2.5',
      '3', '公园绿地服务半径覆盖率', '%', '预期性', '≥90', '95%左右',
    ].join('\n\n');
    expect(read(text)).toEqual([
      '53.75|53.75|平方千米|eq|2025|baseline|建设用地总规模',
      '53.74|53.74|平方千米|eq|2030|target|建设用地总规模',
      '2.5|2.5|%|eq|2030|target|养老床位数占老年人口比例',
      '90|90|%|gte|2025|baseline|公园绿地服务半径覆盖率',
      '95%|95|%|approx|2030|target|公园绿地服务半径覆盖率',
    ]);
  });

  it('gives a row with one value more than the dated columns an undated 现状 first', () => {
    const text = ['某县国土空间总体规划（2021-2035年）', '序号', '指标项', '单位', '类型', '现状', '近期规划', '（2025年）', '远期规划', '（2035年）', '1', '城镇化率', '%', '预期性', '52.3', '58', '65'].join('\n\n');
    expect(read(text)).toEqual(['52.3|52.3|%|eq|null|baseline|城镇化率', '58|58|%|eq|2025|target|城镇化率', '65|65|%|eq|2035|target|城镇化率']);
  });

  it('reads nothing as a table without a 单位 column or without a year column', () => {
    const noUnit = ['序号', '指标项', '现状', '（2025年）', '1', '建设用地总规模', '53.75'].join('\n\n');
    expect(read(noUnit)).toEqual([]);
    const noYear = ['序号', '指标项', '单位', '数值', '1', '建设用地总规模', '平方千米', '53.75'].join('\n\n');
    expect(read(noYear)).toEqual([]);
  });
});
