// Tables flattened one cell per line (src/pipeline/table-cells.ts): a number alone in a cell takes its
// column's unit, read through the library.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const cellsOf = (rows: string[]) => rows.join('\n\n');
const read = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}|${t.unit}|${t.role}|${t.indicator}`);

describe('flattened tables', () => {
  const table = cellsOf([
    '附件2', '公园绿地重点建设计划表', '序号', '名称', '位置', '面积(公顷)', '备注',
    '1', 'G1503南侧绿地建设', '位于G1503高速公路北侧，西起S4沪金高速以东', '3.75', '需动迁',
    '2', '金汇港东侧绿地建设', '金汇港东侧、南奉公路南侧', '3.16',
    '合计', '6.91',
  ]);

  it('gives a number alone in a cell its column\'s unit, named by its row and column', () => {
    expect(read(table)).toEqual([
      '3.75|公顷|target|G1503南侧绿地建设面积',
      '3.16|公顷|target|金汇港东侧绿地建设面积',
      '6.91|公顷|target|合计面积',
    ]);
    // the text is the document's as ever: each quantity's raw is its cell
    const doc = parseDocument(table);
    for (const t of doc.targets) expect(table.slice(t.position.start.offset, t.position.end.offset)).toBe(t.raw);
  });

  it('reads past a total\'s row between header and first row, dates a row by its period\'s end, and skips a group\'s total after a full row', () => {
    const projects = cellsOf([
      '电力支撑行动重大项目表', '序号', '项目名称', '所在地', '装机规模（万千瓦）', '投资估算（亿元）', '起止年限',
      '项目合计（36项）', '4438.3',
      '1', '华电平江电厂', '岳阳市', '200', '73', '2019-2022',
      '2', '国能岳阳电厂', '岳阳市', '200', '82', '2021-2023',
      '2485',
      '3', '衡东天然气调峰电厂', '衡阳市', '98', '24.8', '2021-2023',
    ]);
    expect(parseDocument(projects).targets.map((t) => `${t.raw}|${t.value}|${t.unit}|${t.year}|${t.indicator}`)).toEqual([
      '36项|36|项|null|项目合计', '200|2000000|千瓦|2022|华电平江电厂装机规模', '73|73|亿元|2022|华电平江电厂投资估算',
      '200|2000000|千瓦|2023|国能岳阳电厂装机规模', '82|82|亿元|2023|国能岳阳电厂投资估算',
      '98|980000|千瓦|2023|衡东天然气调峰电厂装机规模', '24.8|24.8|亿元|2023|衡东天然气调峰电厂投资估算',
    ]);
  });

  it('dates the amounts a row\'s text cells name by the row\'s period', () => {
    const projects = cellsOf([
      '重大项目表', '序号', '项目名称', '建设内容', '投资估算（亿元）', '起止年限',
      '1', '500千伏输变电工程', '新增线路长度2502公里，变电容量2225万千伏安', '160', '2020-2025',
    ]);
    expect(parseDocument(projects).targets.map((t) => `${t.raw}|${t.year}`)).toEqual(['2502公里|2025', '2225万千伏安|2025', '160|2025']);
    // a single year cell may be when the work starts: it dates no text cell
    const started = cellsOf(['重大项目表', '序号', '项目名称', '建设内容及规模', '总投资（亿元）', '开工时间', '竣工时间',
      '1', '某某钢铁产能置换项目', '建设年产300万吨炼钢产能', '120', '2022年', '2025年']);
    expect(parseDocument(started).targets.map((t) => `${t.raw}|${t.year}`)[0]).toBe('300万吨|null');
  });

  it('reads a row numbering the columns (代号 / —— / 1 / 2) as no row, and a field under the title (填表单位：…) as no title', () => {
    const coded = cellsOf(['2025年绿地建设测算表', '填表单位：某县农业农村局', '序号', '名称', '面积（公顷）', '资金（万元）', '代号', '——', '1', '2', '1', '东侧绿地', '3.75', '120', '2', '西侧绿地', '3.16', '90']);
    expect(parseDocument(coded).targets.map((t) => `${t.raw}|${t.unit}|${t.year}|${t.indicator}`)).toEqual([
      '3.75|公顷|2025|东侧绿地面积', '120|万元|2025|东侧绿地资金', '3.16|公顷|2025|西侧绿地面积', '90|万元|2025|西侧绿地资金',
    ]);
  });

  it('keeps a column of codes among the labels (序号 / 代号 / 名称 …) a column, and reads past two fields under the title', () => {
    const coded = cellsOf(['表1 各乡镇粮食生产任务分解表', '序号', '代号', '乡镇', '播种面积（亩）', '1', 'A01', '城关镇', '5000', '2', 'A02', '西河乡', '3000']);
    expect(parseDocument(coded).targets.map((t) => `${t.raw}|${t.unit}`)).toEqual(['5000|亩', '3000|亩']);
    const fields = cellsOf(['2024年各乡镇造林任务分解表', '填表单位：县林业局', '填表日期：2024年3月1日', '序号', '乡镇', '造林面积（亩）', '1', '城关镇', '500', '2', '西河乡', '300']);
    expect(parseDocument(fields).targets.map((t) => `${t.raw}|${t.unit}|${t.year}`)).toEqual(['500|亩|2024', '300|亩|2024']);
    const lettered = cellsOf(['2025年绿地建设测算表', '填报单位（盖章）：县林业局', '统计时间：2025年3月', '序号', '名称', '面积（公顷）', '资金（万元）', '代号', '甲', '1', '2', '1', '东侧绿地', '3.75', '120']);
    expect(parseDocument(lettered).targets.map((t) => `${t.raw}|${t.unit}|${t.year}`)).toEqual(['3.75|公顷|2025', '120|万元|2025']);
  });

  it('keeps a total\'s column (合计（万元）) in the header', () => {
    const table = cellsOf(['2025年各县区农村公路建设资金分配表', '序号', '县区', '中央资金（万元）', '省级资金（万元）', '合计（万元）',
      '1', '甲县', '300', '200', '500', '2', '乙县', '400', '100', '500', '3', '丙县', '250', '150', '400']);
    expect(parseDocument(table).targets.map((t) => `${t.raw}|${t.indicator}`)).toEqual([
      '300|甲县中央资金', '200|甲县省级资金', '500|甲县合计', '400|乙县中央资金', '100|乙县省级资金', '500|乙县合计',
      '250|丙县中央资金', '150|丙县省级资金', '400|丙县合计',
    ]);
  });

  it('reads a range in a cell, a Latin unit in the header, and a row with every cell kept by position', () => {
    const plan = cellsOf([
      '各区光伏任务分配表', '序号', '区域', '新增装机容量（MW）', '新增示范工程', '新增典型场景',
      '1', '黄浦区', '0.3-0.4', '1', '1',
      '2', '徐汇区', '2-2.6', '1', '2',
    ]);
    expect(read(plan)).toEqual(['0.3-0.4|MW|target|黄浦区新增装机容量', '2-2.6|MW|target|徐汇区新增装机容量']);
    expect(parseDocument(plan).targets.map((t) => [t.value, t.upper, t.comparator])).toEqual([[0.3, 0.4, 'between'], [2, 2.6, 'between']]);
  });

  it('dates the cells by a five-year plan their column or the table\'s title names, else not at all', () => {
    const byTitle = cellsOf(['交通子行业“十四五”光伏建设分配表', '序号', '交通子行业', '装机计划（MW）', '1', '地铁', '35-36']);
    const byColumn = cellsOf(['光伏建设分配表', '序号', '交通子行业', '十四五装机计划（MW）', '1', '地铁', '35-36']);
    const none = cellsOf(['光伏建设分配表', '序号', '交通子行业', '装机计划（MW）', '1', '地铁', '35-36']);
    expect([byTitle, byColumn, none].map((t) => parseDocument(t).targets[0]!.year)).toEqual([2025, 2025, null]);
    // …the title of an appendix's table, a section of its own under 附表3：
    const appendix = cellsOf(['某区光伏推进方案', '一、总体要求', '推进建设。', '附表3：', '交通子行业“十四五”光伏建设分配表', '序号', '交通子行业', '装机计划（MW）', '1', '地铁', '35-36']);
    const doc = parseDocument(appendix);
    expect([doc.targets[0]!.year, doc.root.children.filter((n) => n.type === 'section').map((n) => (n as { title: string }).title)]).toEqual([2025, ['总体要求', '附表3']]);
    // a column's own year wins over the title's plan; a period in a cell is no quantity
    const own = cellsOf(['“十四五”充电桩建设任务分解表', '序号', '区域', '2023年目标（个）', '建设年限（年）', '1', '黄浦区', '300', '2023-2025']);
    expect(parseDocument(own).targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['300:2023']);
  });

  it('reads nothing from a table whose header names no unit, or whose row has more numbers than unit columns', () => {
    expect(read(cellsOf(['序号', '名称', '备注', '1', '金汇港绿地', '3.75']))).toEqual([]);
    expect(read(cellsOf(['序号', '名称', '面积(公顷)', '1', '金汇港绿地', '3.75', '2021']))).toEqual([]);
  });

  it('shares the years under a two-level header out among its measures, and reads a value equal to the next serial as a value', () => {
    const text = cellsOf([
      '附件2', '各街镇投放设施升级指标分解表', '序号', '街镇', '投放点微更新（个）', '精品居住区建设（个）', '2023-2024年', '2025年', '2023-2024年', '2025年',
      '1', '宝山路街道', '62', '2', '13', '12',
      '2', '曹家渡街道', '58', '42', '3', '1',
      '小计', '120', '44', '16', '13',
    ]);
    const years = (t: string) => parseDocument(t).targets.map((q) => `${q.raw}|${q.unit}|${q.year}|${q.indicator}`);
    expect(years(text)).toEqual([
      '62|个|2024|宝山路街道投放点微更新', '2|个|2025|宝山路街道投放点微更新', '13|个|2024|宝山路街道精品居住区建设', '12|个|2025|宝山路街道精品居住区建设',
      '58|个|2024|曹家渡街道投放点微更新', '42|个|2025|曹家渡街道投放点微更新', '3|个|2024|曹家渡街道精品居住区建设', '1|个|2025|曹家渡街道精品居住区建设',
      '120|个|2024|小计投放点微更新', '44|个|2025|小计投放点微更新', '16|个|2024|小计精品居住区建设', '13|个|2025|小计精品居住区建设',
    ]);
  });

  it('puts a unit back on its label, scales 万, dates a row by its year cell, and fills a row short at its start from the left', () => {
    const text = cellsOf([
      '“十四五”期间全区应急避难场所建设项目表', '序号', '建设时间', '建设方式', '数量', '避难面积', '（万m2）', '经费预算', '（万元）',
      '1', '2021年', '直接设置', '25', '13.86', '100',
      '2', '社区', '50', '44.75',
      '3', '2022年', '直接设置', '30', '17', '120',
    ]);
    expect(parseDocument(text).targets.map((t) => `${t.raw}|${t.value}|${t.unit}|${t.role}|${t.year}`)).toEqual([
      '13.86|138600|m2|target|2021', '100|100|万元|target|2021',
      // the row lacks its merged 建设时间 and 建设方式: its 50 is a 数量, as in the full rows, and its year the row's above
      '44.75|447500|m2|target|2021',
      '17|170000|m2|target|2022', '120|120|万元|target|2022',
    ]);
  });

  it('reads a table listing what was done in a year past as baselines', () => {
    const text = cellsOf(['某区2022年应急避难场所建设实施方案', '一、总体要求', '推进建设。', '附表4', '2021年全区直接设置应急避难场所明细表', '序号', '单位名称', '避难面积', '（万平方米）', '1', '实验小学', '0.98', '2', '附属中学', '1.83']);
    const doc = parseDocument(text + '\n\n上海市某区人民政府\n\n2022年8月4日');
    expect(doc.targets.map((t) => `${t.raw}|${t.value}|${t.role}|${t.year}`)).toEqual(['0.98|9800|baseline|2021', '1.83|18300|baseline|2021']);
  });

  it('keeps a rule document\'s cells rules and a 现状 column a baseline, and reads a title\'s year only off a title', () => {
    const roles = (text: string) => parseDocument(text).targets.map((t) => `${t.raw}|${t.role}|${t.year}`);
    const rules = ['某区补贴管理办法', '第一条 为规范管理，制定本办法。', '第二条 补贴标准按下表执行。', '年度补贴计划', '序号', '对象', '补贴标准（元）', '1', '失能老人', '300'];
    expect(roles(rules.join('\n'))).toEqual(['300|parameter|null']);
    const plan = ['某区养老服务发展“十四五”规划', '一、建设任务', '“十四五”时期全区养老床位建设规划表', '序号', '街道', '2020年现状（张）', '2025年目标（张）', '1', '宝山路街道', '120', '300'];
    expect(roles(plan.join('\n'))).toEqual(['120|baseline|2020', '300|target|2025']);
    // a sentence comparing with a year is no title; a title's span of years dates by its last
    const head = ['某区三年行动计划（2023—2025年）', '一、建设任务'];
    expect(roles([...head, '与2022年相比，各街道新增床位如下：', '序号', '街道', '新增床位（张）', '1', '宝山路街道', '120'].join('\n'))).toEqual(['120|target|null']);
    expect(roles([...head, '2023年至2025年全区公园建设一览表', '序号', '街道', '新增面积（公顷）', '1', '宝山路街道', '12'].join('\n'))).toEqual(['12|target|2025']);
  });
  it('gives the columns that hold numbers the unit of a line above the header (单位：万元), and only a unit', () => {
    const rows = ['序号', '街道', '改造面积', '绿化面积', '完成时间', '1', '东城街道', '12.5', '3.2', '2025', '2', '西城街道', '8.6', '2.1', '2026'];
    const unitLine = cellsOf(['2025年老旧小区改造任务表', '面积单位：万平方米', ...rows]);
    // the title above the unit line still dates the cells; the name and the date columns measure nothing
    expect(parseDocument(unitLine).targets.map((t) => `${t.raw}|${t.value}|${t.unit}|${t.year}|${t.indicator}`)).toEqual([
      '12.5|125000|平方米|2025|东城街道改造面积', '3.2|32000|平方米|2025|东城街道绿化面积',
      '8.6|86000|平方米|2025|西城街道改造面积', '2.1|21000|平方米|2025|西城街道绿化面积',
    ]);
    // a bracketed line reads the same; a 责任单位 names no unit, and without the line nothing is read
    expect(read(cellsOf(['改造任务表', '（单位：万平方米）', ...rows]))).toHaveLength(4);
    expect(read(cellsOf(['改造任务表', '责任单位：区住建局', ...rows]))).toEqual([]);
    expect(read(cellsOf(['改造任务表', ...rows]))).toEqual([]);
    // a count or a period is no amount of the table's unit
    const counts = cellsOf(['道路建设计划表', '（金额单位：万元）', '序号', '项目名称', '总投资', '建设周期', '项目个数', '1', '某某道路工程', '1200', '3', '12']);
    expect(read(counts)).toEqual(['1200|万元|target|某某道路工程总投资']);
  });
});
