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

  it('reads a table without a 单位 column from the units its cells carry, a unit left on its own line, a second line of a name', () => {
    const text = [
      '某区水务“十四五”规划', '2.主要指标', '序号', '指标名称', '指标\n属性', '基准值\n（2020年）', '目标值\n（2025年）', '目标值\n（2035年）',
      '1', '主海塘达标率', '预期性', '46％', '≥73％', '100％',
      '2', '河湖水面积', '约束性', '120.14', '平方公里', '128.92', '平方公里', '148.37', '平方公里',
      '3', '供水水质综合合格率', '（国标GB5749-2006）', '约束性', '（95％）', '≥99％', '100％',
    ].join('\n\n');
    expect(read(text)).toEqual([
      '46％|46|%|eq|2020|baseline|主海塘达标率', '73％|73|%|gte|2025|target|主海塘达标率', '100％|100|%|eq|2035|target|主海塘达标率',
      '120.14|120.14|平方公里|eq|2020|baseline|河湖水面积', '128.92|128.92|平方公里|eq|2025|target|河湖水面积', '148.37|148.37|平方公里|eq|2035|target|河湖水面积',
      '95％|95|%|eq|2020|baseline|供水水质综合合格率', '99％|99|%|gte|2025|target|供水水质综合合格率', '100％|100|%|eq|2035|target|供水水质综合合格率',
    ]);
  });

  it('finds the 单位 column where the header puts it (after the attribute) and reads a change as its value (增加20)', () => {
    const text = ['某区“十五五”规划', '序号', '指标名称', '属性', '单位', '“十五五”目标', '1', '人均公园绿地面积', '约束性', '平方米', '11.5', '2', '公园数量', '预期性', '座', '增加20', '3', '森林覆盖率', '约束性', '%', '≥20.1'].join('\n\n');
    expect(read(text)).toEqual([
      '11.5|11.5|平方米|eq|2030|target|人均公园绿地面积', '20|20|座|eq|2030|target|公园数量', '20.1|20.1|%|gte|2030|target|森林覆盖率',
    ]);
  });

  it('reads rows from their name on after a category column, and values before an attribute column at the end', () => {
    const text = [
      '某区消防事业发展“十五五”规划', '表1 主要指标', '序号', '类别', '指标名称', '“十四五”现状值', '“十五五”规划目标', '属性',
      '1', '基层治理', '重点行业单位消防安全标准化管理达标率', '95%', '98%', '预期性',
      '2', '消防宣传年度覆盖率', '90%', '95%', '预期性',
    ].join('\n\n');
    expect(read(text)).toEqual([
      '95%|95|%|eq|2025|baseline|重点行业单位消防安全标准化管理达标率', '98%|98|%|eq|2030|target|重点行业单位消防安全标准化管理达标率',
      '90%|90|%|eq|2025|baseline|消防宣传年度覆盖率', '95%|95|%|eq|2030|target|消防宣传年度覆盖率',
    ]);
  });

  it('reads nothing as a table whose values have no unit (no 单位 column, none in the cell) or without a year column', () => {
    const noUnit = ['序号', '指标项', '现状', '（2025年）', '1', '建设用地总规模', '53.75'].join('\n\n');
    expect(read(noUnit)).toEqual([]);
    const noYear = ['序号', '指标项', '单位', '数值', '1', '建设用地总规模', '平方千米', '53.75'].join('\n\n');
    expect(read(noYear)).toEqual([]);
  });
});
