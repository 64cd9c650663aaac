// Task tables flattened one cell per line (src/pipeline/task-tables.ts): each row a section titled by its first
// cell, with the units of the cells under the header's unit columns, counted from the row's end.
import { describe, expect, it } from 'vitest';
import { parseDocument, readDocument } from '../../src/index.js';
import type { Node, Section } from '../../src/tree/schema.js';

const sections = (nodes: Node[], depth = 0, out: string[] = []): string[] => {
  for (const n of nodes) {
    if (n.type !== 'section') continue;
    const s = n as Section;
    out.push(`${'  '.repeat(depth)}${s.title}|${s.lead.join('、')}|${s.responsible.join('、')}`);
    sections(s.children, depth + 1, out);
  }
  return out;
};
/** A plan's body before the table, so that the table's first lines are not the document's title. */
const BODY = ['某区2026年重点工作安排', '一、主要任务', '推进各项工作。'];
const parse = (cells: string[]) => parseDocument([...BODY, ...cells].join('\n\n'));
const tree = (cells: string[]) => sections(parse(cells).root.children).slice(1);

describe('flattened task tables', () => {
  it('makes each row a section under the table\'s title, categories above tasks, units from the unit columns', () => {
    expect(tree([
      '附件', '2026年重点工作任务分工表', '序号', '重点任务', '具体工作', '时间进度', '责任部门',
      '一', '推进碳达峰碳中和综合管理',
      '1', '全面实施碳排放总量和强度双控制度', '全年推进', '发展改革委、生态环境局',
      '2', '编制温室气体排放清单', '年内完成', '生态环境局',
      '二', '持续推动节能降碳增效',
      '3', '新增光伏装机规模5500千瓦', '全年推进', '发展改革委等',
    ])).toEqual([
      '附件||',
      '  2026年重点工作任务分工表||',
      '    推进碳达峰碳中和综合管理||',
      '      全面实施碳排放总量和强度双控制度||发展改革委、生态环境局',
      '      编制温室气体排放清单||生态环境局',
      '    持续推动节能降碳增效||',
      '      新增光伏装机规模5500千瓦||发展改革委',
    ]);
  });

  it('reads a lead column and a sharing one, from the end of a row a merged cell left short at its start', () => {
    expect(tree([
      '附件1', '成员单位工作任务', '序号', '任务名称', '任务内容', '牵头部门', '配合部门', '时间节点',
      '1', '加强组织领导', '召开全区生活垃圾分类工作动员大会', '区政府办公室', '各联席会议成员单位', '2019年3月',
      '2', '将生活垃圾管理纳入考核', '区委组织部', '各街镇（园区）', '2019年',
    ]).slice(2)).toEqual([
      '    加强组织领导|区政府办公室|各联席会议成员单位',
      // names read from the normalized text, as every unit annotation's are
      '    将生活垃圾管理纳入考核|区委组织部|各街镇(园区)',
    ]);
  });

  it('keeps the cells of a row under it, an item inside a cell nested below the row, and a short cell body text', () => {
    const doc = parse(['附件', '任务清单', '序号', '任务内容', '时间进度', '责任单位', '1', '1. 强化宣传引导', '2. 优化收运线路', '全年推进', '区绿化市容局', '2', '开展专项检查', '年内完成', '区城管执法局']);
    const list = (doc.root.children.at(-1) as Section).children[0] as Section;
    const rows = list.children.filter((n): n is Section => n.type === 'section');
    expect(rows.map((r) => [r.text, r.title, r.responsible.join('、'), r.children.map((c) => (c.type === 'section' ? `§${c.title}` : c.text)).join('/')])).toEqual([
      ['1', '1. 强化宣传引导', '区绿化市容局', '§强化宣传引导/§优化收运线路'],
      ['2', '开展专项检查', '区城管执法局', '开展专项检查/年内完成/区城管执法局'],
    ]);
    // every character of the table still belongs to one node: the unit cell is the row's annotation and a paragraph
    expect(rows[0]!.annotations.map((a) => a.raw)).toEqual(['区绿化市容局']);
  });

  it('leaves a table of values alone (read row by row for its numbers), and a header without a unit column', () => {
    const values = tree(['附件', '分配表', '序号', '交通子行业', '装机计划（MW）', '责任单位', '1', '地铁', '35-36', '申通地铁集团']);
    expect(values).toEqual(['附件||', '  分配表||']);
    expect(parse(['附件', '分配表', '序号', '交通子行业', '装机计划（MW）', '责任单位', '1', '地铁', '35-36', '申通地铁集团']).targets.map((t) => t.raw)).toEqual(['35-36']);
    expect(tree(['附件', '名单', '序号', '姓名', '职务', '1', '张三', '局长'])).toEqual(['附件||', '  名单||']);
  });

  it('takes a time cell under a unit column for no units', () => {
    expect(tree(['附件', '清单', '序号', '工作任务', '责任单位', '1', '开展专项检查', '全年推进'])).toEqual(['附件||', '  清单||', '    开展专项检查||']);
  });

  it('ends the last row after its unit cell: the text after the table and the next table are not its cells', () => {
    const cells = ['表1', '序号', '工作任务', '时间进度', '责任部门', '1', '编制清单', '年内完成', '生态环境局'];
    const doc = parse(['附件', ...cells, '各部门要抓好落实。', '工作要求', '（一）加强领导', '表2', '序号', '工作任务', '责任部门', '1', '开展检查', '城管执法局']);
    expect(sections(doc.root.children).slice(1)).toEqual([
      // a table in an item's text (表2 is a line of its body) has its rows under the item
      '附件||', '  表1||', '    编制清单||生态环境局', '  工作要求||', '    加强领导||', '      开展检查||城管执法局',
    ]);
    // the sentence after the table stays where it stood, under the table's title
    const table = (doc.root.children.at(-1) as Section).children[0] as Section;
    expect(table.children.filter((n) => n.type === 'paragraph').map((n) => (n as { text: string }).text)).toEqual(['序号', '工作任务', '时间进度', '责任部门', '各部门要抓好落实。']);
  });

  it('takes no task\'s words split at its 、 for units, and no spanning category line for a column', () => {
    expect(tree(['附件', '清单', '序号', '事项', '工作措施', '责任单位', '1', '光伏+地铁工程', '利用高架车站、地面车站、停车场', '2', '光伏+铁路工程', '利用候车楼、货场', '中国铁路上海局'])).toEqual([
      '附件||', '  清单||', '    光伏+地铁工程||', '    光伏+铁路工程||中国铁路上海局',
    ]);
    // "推进实施示范工程" after the unit column is the first category's row, not a column: the rows cannot be aligned
    expect(tree(['附件', '分工表', '序号', '事项', '工作措施', '责任单位', '推进实施“光伏+”示范工程', '1', '光伏+地铁工程', '利用高架车站', '申通地铁集团'])).toEqual(['附件||', '  分工表||']);
  });

  it('reads the cells of category columns before 序号 as categories standing before a row\'s number', () => {
    expect(tree([
      '附件', '重点任务清单', '任务类型', '序号', '工作任务', '推进单位',
      '行动一：再造发展新极行动', '1', '推进走马塘片区规划研究', '区规划资源局、区建设管理委',
      '行动二：重塑美丽新居行动', '旧区改造', '2', '全面完成旧里房屋改造', '区房管局',
    ])).toEqual([
      '附件||', '  重点任务清单||', '    行动一：再造发展新极行动||', '      推进走马塘片区规划研究||区规划资源局、区建设管理委',
      '    行动二：重塑美丽新居行动||', '    旧区改造||', '      全面完成旧里房屋改造||区房管局',
    ]);
  });

  it('closes the rows where the table ends even when page furniture stands there', () => {
    const doc = parse(['附件', '清单', '序号', '工作任务', '责任单位', '1', '编制清单', '生态环境局', '【关闭窗口】', '本清单由区发展改革委负责解释。']);
    const list = (doc.root.children.at(-1) as Section).children[0] as Section;
    expect(list.children.map((n) => (n.type === 'section' ? `§${n.title}` : n.text)).slice(-2)).toEqual(['§编制清单', '本清单由区发展改革委负责解释。']);
  });

  it('reads tasks numbered again under each category', () => {
    expect(tree(['附件', '清单', '序号', '工作任务', '责任单位', '一', '类别甲', '1', '任务A', '发展改革委', '二', '类别乙', '1', '任务C', '财政局'])).toEqual([
      '附件||', '  清单||', '    类别甲||', '      任务A||发展改革委', '    类别乙||', '      任务C||财政局',
    ]);
  });

  it('titles a row by its first cell as the source writes it', () => {
    const doc = parse(['附件', '清单', '序号', '工作任务', '责任单位', '1', '建设智慧城市（一期）：100个', '发展改革委']);
    const row = ((doc.root.children.at(-1) as Section).children[0] as Section).children.find((n) => n.type === 'section') as Section;
    expect(row.title).toBe('建设智慧城市（一期）：100个');
  });
});

describe('a crawler\'s Markdown task table', () => {
  const md = [
    '附件1：持续污染防治攻坚2026年行动计划', '',
    '|     |     |     |     |     |', '| --- | --- | --- | --- | --- |',
    '| 序号 | 重点任务 | 工作措施 | 牵头部门 | 主责单位 |',
    '| 一、共筑美丽蓝天 |', '| （一）空气质量目标 |',
    '| 1 | 空气质量<br>目标 | 全区细颗粒物平均浓度在29微克/立方米左右。 | 区生态环境局 | 各街镇 |',
    '| 2 | 总量减排<br>目标 | 完成减排任务。 | 区生态环境局 | 区城市管理委<br>区科技信息化局 |',
    '| 2 | 总量减排<br>目标 | 落实替代审批制度。 | 区生态环境局 | 区机关事务<br>管理服务中心 |',
    '| 二、建设美丽河湖 |',
    '| 3 | 目标任务 | 地表水水质达标。 | 区水务局 | 各街镇 |',
  ].join('\n');
  // (主责单位 leads, as the unit labels have it)
  it('reads each numbered row as a task under its category items, a cell\'s names apart at its line breaks', async () => {
    const doc = await readDocument(Buffer.from(md), 'plan.md');
    const rows = sections(doc.root.children).map((s) => s.trim());
    expect(rows).toContain('空气质量 目标|区生态环境局、各街镇|');
    expect(rows).toContain('总量减排 目标|区生态环境局、区城市管理委、区科技信息化局|');
    // a task split over rows where a merged cell was, and a name broken across a line break joined again
    expect(rows).toContain('总量减排 目标|区生态环境局、区机关事务管理服务中心|');
    expect(rows).toContain('目标任务|区水务局、各街镇|');
    expect(rows).toContain('共筑美丽蓝天||');
    expect(rows).toContain('建设美丽河湖||');
  });

  it('keeps an empty cell\'s place before a filled one, and a cell\'s trailing words with the name before', async () => {
    const md = ['| 序号 | 重点任务 | 工作措施 | 牵头部门 | 主责单位 |', '| --- | --- | --- | --- | --- |', '| 一、加强组织 |',
      '| 1 | 健全机制 |  | 区发展改革委 等 | 市人民政府 办公厅 |', '| 2 | 压实责任 | 细化分工。 | 区商务委 配合 | 区科委 （区知识产权局） |'].join('\n');
    const doc = await readDocument(Buffer.from(md), 'plan.md');
    const rows = sections(doc.root.children).map((s) => s.trim());
    expect(rows[1]!.startsWith('健全机制|区发展改革委')).toBe(true);
    expect(rows[2]!.startsWith('压实责任|区商务委')).toBe(true);
    // a 备注 left blank at a row's end keeps its place: the units are counted from the end
    const blank = ['| 序号 | 重点任务 | 牵头单位 | 完成时限 | 备注 |', '| --- | --- | --- | --- | --- |', '| 1 | 完成10家企业治理 | 区生态环境局 | 6月底前 |  |',
      '| 2 | 新增充电桩200个 | 区发展改革委 | 年底前 | 已列入民生实事 |'].join('\n');
    const both = await readDocument(Buffer.from(blank), 'plan.md');
    expect(sections(both.root.children).map((s) => s.trim())).toEqual(['完成10家企业治理|区生态环境局|', '新增充电桩200个|区发展改革委|']);
  });

  it('keeps empty cells only under the header\'s labels, and a sub-row with only its measure adds nothing', async () => {
    const md = ['| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |  |', '|---|---|---|---|---|---|', '| 1 | 推进水污染治理 | 开展河道整治 | 区水务局 | 区城市管理委 |  |',
      '|  |  | 开展污水管网排查 |  |  |  |', '| 2 | 推进门牌编号规范 | 完成门牌编号更新 | 区民政局 |  |  |', '| 3 | 推进大气治理 | 开展扬尘整治 | 区生态环境局 | 区住房城乡建设委 |  |'].join('\n');
    const doc = await readDocument(Buffer.from(md), 'plan.md');
    expect(sections(doc.root.children).map((s) => s.trim())).toEqual(['推进水污染治理|区水务局|区城市管理委', '推进门牌编号规范|区民政局|', '推进大气治理|区生态环境局|区住房城乡建设委']);
  });

  it('ends the last row at its width where its blank last cells keep their places', async () => {
    const md = ['| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |', '|---|---|---|---|---|', '| 1 | 推进水污染治理 | 开展河道整治 | 区水务局 | 区城市管理委 |',
      '| 2 | 推进门牌编号规范 | 完成门牌编号更新 | 区民政局 |  |'].join('\n');
    const doc = await readDocument(Buffer.from(md), 'plan.md');
    expect(sections(doc.root.children).map((s) => s.trim())).toEqual(['推进水污染治理|区水务局|区城市管理委', '推进门牌编号规范|区民政局|']);
  });

  it('gathers the units of a task merged over several rows from each of them', async () => {
    const md = ['| 序号 | 重点任务 | 具体举措 | 牵头单位 |', '| --- | --- | --- | --- |', '| 1 | 推进大气治理 | 完成10家企业治理 | 区生态环境局 |',
      '|  |  | 新增充电桩200个 | 区发展改革委 |', '| 2 | 推进水环境治理 | 新建污水管网20公里 | 区水务局 |', '| 3 | 推进土壤治理 | 完成调查。 | 区规划分局 |'].join('\n');
    const doc = await readDocument(Buffer.from(md), 'plan.md');
    expect(sections(doc.root.children).map((s) => s.trim())[0]).toBe('推进大气治理|区生态环境局、区发展改革委|');
  });

  it('heads each attachment with its title, its year governing its tasks, the next attachment closing the table', async () => {
    const two = ['# 某区2026年行动计划', '', '现将计划印发给你们，请认真贯彻落实。', '', '附件1：污染防治2026年行动计划', '', '| 序号 | 重点任务 | 工作措施 | 完成时限 | 牵头部门 | 主责单位 |', '| --- | --- | --- | --- | --- | --- |',
      '| 一、共筑美丽蓝天 |', '| 1 | 空气质量 | 细颗粒物浓度在29微克/立方米左右。 | 年底前 | 区生态环境局 | 各街镇 |', '', '附件2：绿色低碳转型2026年行动计划', '',
      '| 序号 | 重点任务 | 工作措施 | 完成时限 | 牵头部门 | 主责单位 |', '| --- | --- | --- | --- | --- | --- |', '| 一、应对气候变化 |', '| 1 | 光伏 | 新增光伏10万千瓦。 | 年底前 | 区发展改革委 | 各街镇 |'].join('\n');
    const doc = await readDocument(Buffer.from(two), 'plan.md');
    expect(sections(doc.root.children).map((s) => s.trimEnd())).toEqual([
      '附件1：污染防治2026年行动计划||', '  共筑美丽蓝天||', '    空气质量|区生态环境局、各街镇|',
      '附件2：绿色低碳转型2026年行动计划||', '  应对气候变化||', '    光伏|区发展改革委、各街镇|',
    ]);
    expect(doc.targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['29微克/立方米:2026', '10万千瓦:2026']);
  });
});
