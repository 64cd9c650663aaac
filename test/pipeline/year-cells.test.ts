// Value cells of flattened task tables dated by the year cell before them (src/pipeline/year-cells.ts), read
// through the library.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const cellsOf = (rows: string[]) => rows.join('\n\n');
const read = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}|${t.year}|${t.indicator}`);

describe('yearCells', () => {
  it('dates the values after a year cell by it, each named by its row\'s task', () => {
    const table = cellsOf([
      '附件', '任务清单', '序号', '主要任务', '节点', '指标数', '责任单位',
      '1', '创建达标分类小区（累计数）', '2018年', '345个', '各街道办事处', '2019年', '440个',
      '2', '完成废物箱标识更新', '2018年', '735只', '区绿化市容局',
    ]);
    expect(read(table)).toEqual(['345个|2018|创建达标分类小区（累计数）', '440个|2019|创建达标分类小区（累计数）', '735只|2018|完成废物箱标识更新']);
  });

  it('dates nothing outside a table, and leaves a cell naming what it counts its own indicator', () => {
    expect(read(cellsOf(['一、工作目标', '2018年', '345个']))).toEqual(['345个|null|']);
    const table = cellsOf(['序号', '主要任务', '节点', '1', '新建服务点位', '2018年', '新建服务点位67个。']);
    expect(read(table)).toEqual(['67个|2018|服务点位']);
  });

  it('ends a year\'s values at the next year cell, which the year before does not date', () => {
    const table = cellsOf(['序号', '主要任务', '节点', '指标数', '1', '创建达标分类小区', '2018年', '345个', '2019年', '440个', '2020年', '618个']);
    expect(read(table)).toEqual(['345个|2018|创建达标分类小区', '440个|2019|创建达标分类小区', '618个|2020|创建达标分类小区']);
  });

  it('ends the table at the next part of the text (二、…)', () => {
    const text = ['某区工作实施方案', '序号', '主要任务', '责任单位', '1', '建设公园绿地', '区绿化局', '二、保障措施', '1', '加强组织领导落实', '2025年', '90%以上'].join('\n');
    expect(parseDocument(text).targets.map((t) => t.indicator)).toEqual(['']);
  });
});
