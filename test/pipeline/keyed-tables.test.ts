// Tables flattened one cell per line whose rows open with names, not serial numbers (src/pipeline/keyed-tables.ts),
// read through the library.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const cellsOf = (rows: string[]) => rows.join('\n\n');
const read = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}|${t.value}|${t.unit}|${t.role}|${t.year}|${t.indicator}`);

describe('keyed tables', () => {
  const header = ['附表1：', '“十四五”期间全区应急避难场所建设推进计划表', '街  镇', '类 型', '十三五已建成', '(万m2)', '2021年任务', '(万m2)', '2025年底总量(万m2)', '2025年规划人口（万）', '2025年人均避难面积(m2)'];

  it('reads each row\'s numbers under the header\'s unit columns, a unit broken onto its own line put back on its label', () => {
    const text = cellsOf([...header, '南桥镇', '等级', '0.55', '3.35', '19.13', '27.73', '0.69']);
    expect(read(text)).toEqual([
      '0.55|5500|m2|baseline|2020|南桥镇等级十三五已建成',
      // a task the table sets is a target, even for a year before the plan's
      '3.35|33500|m2|target|2021|南桥镇等级2021年任务',
      '19.13|191300|m2|target|2025|南桥镇等级2025年底总量',
      // "（万）" names no unit: its column is read for nothing
      '0.69|0.69|m2|target|2025|南桥镇等级2025年人均避难面积',
    ]);
    // every raw is its cell, where the source has it
    for (const t of parseDocument(text).targets) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.raw);
  });

  it('gives a row short at its start the names merged with the row above, and fills its values from the left', () => {
    const text = cellsOf([...header, '南桥镇', '等级', '0.55', '3.35', '19.13', '27.73', '0.69', '社区', '0.00', '9.76', '44.65', '1.61']);
    expect(read(text).slice(4)).toEqual([
      '0.00|0|m2|baseline|2020|南桥镇社区十三五已建成',
      '9.76|97600|m2|target|2021|南桥镇社区2021年任务',
      '44.65|446500|m2|target|2025|南桥镇社区2025年底总量',
    ]);
  });

  it('dates a row by a name cell naming its year, and reads nothing without a title ending in 表 or units in the header', () => {
    const byRow = cellsOf(['表2 系统方案编制计划表', '年份', '编制区域', '编制区域面积（平方公里）', '2024年', '马陆社区', '4.42', '2025年', '工业区', '14.00']);
    expect(read(byRow)).toEqual(['4.42|4.42|平方公里|target|2024|马陆社区编制区域面积', '14.00|14|平方公里|target|2025|工业区编制区域面积']);
    expect(read(cellsOf(['系统方案编制计划', '年份', '编制区域', '编制区域面积（平方公里）', '2024年', '马陆社区', '4.42']))).toEqual([]);
    expect(read(cellsOf(['系统方案编制计划表', '年份', '编制区域', '编制区域面积', '2024年', '马陆社区', '4.42']))).toEqual([]);
  });
  it('gives every value column the unit of a line under the title, counting the name columns off the first row', () => {
    const text = cellsOf(['各镇2026年高标准农田建设任务表', '面积单位：亩', '镇名', '新建面积', '改造提升面积', '东湖镇', '1200', '800', '西山镇', '950.5', '600']);
    expect(read(text)).toEqual([
      '1200|1200|亩|target|2026|东湖镇新建面积', '800|800|亩|target|2026|东湖镇改造提升面积',
      '950.5|950.5|亩|target|2026|西山镇新建面积', '600|600|亩|target|2026|西山镇改造提升面积',
    ]);
    // two name columns: four cells before the first number are the header's two and the first row's two
    const two = cellsOf(['各镇建设任务表', '单位：亩', '镇名', '村名', '新建面积', '东湖镇', '前村', '1200', '后村', '300']);
    expect(read(two)).toEqual(['1200|1200|亩|target|null|东湖镇前村新建面积', '300|300|亩|target|null|东湖镇后村新建面积']);
  });
});
