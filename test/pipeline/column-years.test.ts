// Task tables flattened one cell per line whose columns are years (src/pipeline/column-years.ts): each year
// cell after a row's task is dated by its column; the task itself keeps its own year.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const cellsOf = (rows: string[]) => rows.join('\n\n');
const read = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}|${t.year}|${t.indicator}`);

const header = ['附件', '三年行动计划任务清单', '主要方向', '重点任务（2024-2026）', '2024年工作项目', '2025年计划', '2026年计划', '牵头', '部门'];

describe('year columns', () => {
  it('dates each cell after a task by its column, in order, and leaves the task undated', () => {
    const table = cellsOf([
      ...header,
      '1、改善城市道路环境', '（1）建设精品道路300条。', '建设精品道路100条。', '建设精品道路100条。', '建设精品道路100条。', '设施养护处',
      '（2）公交站台适老化改造300个。', '100个', '120个', '80个',
    ]);
    expect(read(table)).toEqual([
      '300条|null|精品道路', '100条|2024|精品道路', '100条|2025|精品道路', '100条|2026|精品道路',
      // a cell holding a count alone counts what its row's task counts
      '300个|null|公交站台适老化改造', '100个|2024|公交站台适老化改造', '120个|2025|公交站台适老化改造', '80个|2026|公交站台适老化改造',
    ]);
  });

  it('reads no year columns without a header around them, nor years that do not follow each other', () => {
    const noHeader = cellsOf(['2024年工作回顾', '2025年工作安排', '（1）建设精品道路300条。', '建设精品道路100条。']);
    expect(read(noHeader)).toEqual(['300条|null|精品道路', '100条|null|精品道路']);
    const notConsecutive = cellsOf(['重点任务', '2024年计划', '2026年计划', '牵头部门', '（1）建设精品道路300条。', '建设精品道路100条。']);
    expect(read(notConsecutive)).toEqual(['300条|null|精品道路', '100条|null|精品道路']);
  });

  it('ends the rows at a section with fewer paragraphs than years, and reads a header cell read as a heading', () => {
    const plan = cellsOf([
      '附表', '指标名称', '2024年', '2025年', '2026年', '备注',
      '（一）新能源汽车保有量', '10万辆', '15万辆', '20万辆', '累计',
      '二、重点任务', '（一）完善充电设施', '新建公共充电桩5000个。', '新建换电站30座。',
    ]);
    // a cell holding an amount alone under a task naming none takes the task's words
    expect(read(plan)).toEqual(['10万辆|2024|新能源汽车保有量', '15万辆|2025|新能源汽车保有量', '20万辆|2026|新能源汽车保有量', '5000个|null|公共充电桩', '30座|null|换电站']);
    const headed = cellsOf(['重点任务', '2024年工作项目', '2025年计划', '2026年计划', '牵头部门', '（1）建设口袋公园30个。', '建设口袋公园10个。', '建设口袋公园20个。', '区园林局', '（2）改造背街小巷60条。', '改造背街小巷15条。', '改造背街小巷20条。', '改造背街小巷25条。']);
    expect(parseDocument(headed).targets.map((t) => `${t.raw}|${t.year}`)).toEqual(['30个|null', '10个|2024', '20个|2025', '60条|null', '15条|2024', '20条|2025', '25条|2026']);
  });

  it('ends the rows at the next annex', () => {
    const table = cellsOf([...header, '（1）建设精品道路300条。', '建设精品道路100条。', '附件2', '（1）建设绿道20公里。', '建设绿道10公里。']);
    expect(parseDocument(table).targets.map((t) => `${t.raw}|${t.year}`)).toEqual(['300条|null', '100条|2024', '20公里|null', '10公里|null']);
  });
});
