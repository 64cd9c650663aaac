// The walk over the tree and each node's targets (src/pipeline/extract-targets.ts,
// node-targets.ts, node-text.ts, list-roles.ts): output, positions, what a node hands on.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/index.js';
import { targets, only, roles, years } from '../quantities/targets.js';

describe('a table\'s caption repeating the title', () => {
  it('dates nothing, as the title does not; a caption of its own year dates its rows', () => {
    const doc = (caption: string) => `静安区2025年碳达峰碳中和重点工作安排\n\n一、主要任务\n\n推进节能。\n\n附表\n\n${caption}\n\n新增公共充电桩200个。`;
    expect(years(doc('静安区2025年碳达峰碳中和重点工作分工'))).toEqual(['200个:null']);
    expect(years(doc('2024年充电设施建设情况'))).toEqual(['200个:2024']);
  });
});

describe('output', () => {
  it('numbers targets in document order and links them to their nodes', () => {
    const doc = parseDocument('一、目标\n\n（一）新增企业10家。\n\n（二）新增平台5个,人才20名。〔牵头单位:市科技局100家〕\n');
    expect(doc.targets.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    const sections = doc.root.children.flatMap((n) => (n.type === 'section' ? n.children : []));
    expect(sections.map((s) => s.targets)).toEqual([['t1'], ['t2', 't3']]);
    expect(doc.targets.every((t) => sections.some((s) => s.id === t.nodeId && s.targets.includes(t.id)))).toBe(true);
  });

  it('never reads inside a unit annotation or a section marker', () => {
    expect(targets('1.新增企业10家。〔牵头单位:市科技局;责任单位:市第2中学〕').map((t) => t.raw)).toEqual(['10家']);
  });

  it('gives the sentence the target came from', () => {
    const t = targets('开展对接活动。力争新增企业10家,平台5个;人才20名。')[1]!;
    expect(t.sentence).toBe('力争新增企业10家,平台5个;');
  });
});

describe('positions', () => {
  /** The targets whose position does not hold their raw text: one assertion for a whole document. */
  const misplaced = (text: string, doc = parseDocument(text)) =>
    doc.targets.filter((t) => text.slice(t.position.start.offset, t.position.end.offset) !== t.raw).map((t) => t.raw);

  it.each(readdirSync('seeds').filter((f) => f.endsWith('.txt')))('raw is the source text of every target of %s', (file) => {
    const text = readFileSync(join('seeds', file), 'utf8').replace(/^\uFEFF/, '');
    const doc = parseDocument(text);
    expect(doc.targets.length).toBeGreaterThan(0);
    expect(misplaced(text, doc)).toEqual([]);
  });

  it('holds for text made of random policy fragments', () => {
    const fragment = fc.constantFrom(
      '新增', '企业', '100', '1.5', '１２', '五十', '两', '万', '亿', '元', '家', '个', '%', '％', '-', '～', '至', '以上', '超过',
      '不低于', '前', '移', '位', '2025', '年', ',', '，', '、', '。', ';', ' ', '　', '\n', '“', '”', '《', '》', '〔', '〕',
      '力争', '确保', '第', '十', '的', '从', '增至', '百分之', '(', ')', 'G', '+',
    );
    fc.assert(fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      expect(misplaced(text), text).toEqual([]);
    }), { numRuns: 300 });
  });
});

describe('list leads', () => {
  const list = '（二）主要目标\n到2030年，物流体系更加完善。主要指标如下：\n——规模效益。社会物流总额达到21万亿元左右。\n——枢纽网络。国家物流枢纽达到9个。\n';

  it('hands the year of a lead-in ending in a colon to the list items after it', () => {
    expect(years(list)).toEqual(['21万亿元:2030', '9个:2030']);
  });

  it('stops at a paragraph that is not an item; an item naming its own year leads the items after it, a schedule\'s', () => {
    expect(years(`${list}全省新增企业20家。\n`)).toEqual(['21万亿元:2030', '9个:2030', '20家:null']);
    // TARGETS.md §5: the lead-in's year governs the items of its list; a schedule's item dates those after it
    expect(years(`${list}——到2028年，新增园区3个。\n——新增企业20家。\n`)).toEqual(['21万亿元:2030', '9个:2030', '3个:2028', '20家:2028']);
    const schedule = '到2025年，全面完成老旧小区改造任务，具体安排如下：\n——2023年，完成改造小区100个；\n——其中，加装电梯200部；\n——2024年，完成改造小区150个。\n';
    expect(years(schedule)).toEqual(['100个:2023', '200部:2023', '150个:2024']);
  });

  it('hands nothing on without a colon or an opening year, or to paragraphs without a list mark', () => {
    // TARGETS.md §5: a year opening the paragraph before "——" items governs them, colon or not
    expect(years('到2030年，物流体系更加完善。\n——新增企业20家。\n')).toEqual(['20家:2030']);
    // …and one opening the lead-in's last clause with its cue (a blind annotator of a Wuhan plan read it so, as §5 has it)
    expect(years('物流体系更加完善，到2030年建成枢纽。\n——新增企业20家。\n')).toEqual(['20家:2030']);
    expect(years('到2030年建成枢纽，物流体系更加完善。\n——新增企业20家。\n')).toEqual(['20家:2030']);
    expect(years('主要指标如下：\n——新增企业20家。\n')).toEqual(['20家:null']);
    expect(years('到2030年，主要指标如下：\n新增企业20家。\n')).toEqual(['20家:null']);
  });

  it('dates the numbered goals after a paragraph opening with a deadline under a goal heading, not the tasks after them', () => {
    const plan = '某市人工智能实施方案\n二、工作目标\n到2025年，本市人工智能产业发展进入新阶段。\n（一）产业能级跃升。核心产业规模达到3000亿元。\n三、主要任务\n（一）突破技术。建设10个平台。\n';
    expect(years(plan)).toEqual(['3000亿元:2025', '10个:null']);
    // under a task heading the paragraph dates nothing after it
    expect(years('某市实施方案\n三、主要任务\n到2025年，产业发展进入新阶段。\n（一）突破技术。建设10个平台。\n')).toEqual(['10个:null']);
    // a paragraph labelled by the year of its goals does, the last such label before the goals
    const labelled = '某区消防规划\n（三）发展目标\n2035年远景目标：能力显著增强。\n2030年目标：火灾风险逐步降低。\n（1）保障水平提升\n新建1座消防救援站。';
    expect(years(labelled)).toEqual(['1座:2030']);
  });

  it('lets an unnumbered review heading decide for the unnumbered headings after it, until a part heading of its own', () => {
    const report = '某县2025年政府工作报告\n2024年工作回顾\n2024年是关键一年。\n我们始终保持发展定力，经济运行跑出新速度\n地区生产总值增长6.5%，新增规上企业28家。\n2025年工作目标任务\n地区生产总值增长6%左右。\n一、聚焦促消费\n新增规上企业30家。\n';
    expect(roles(report)).toEqual(['6.5%:baseline', '28家:baseline', '6%:target', '30家:target']);
  });

  it('keeps a status year a status: the items are facts', () => {
    expect(roles('截至2024年底，主要数据如下：\n——全省物流企业达到635家。\n')).toEqual(['635家:baseline']);
  });
});

describe('rule lead-ins and continued rules', () => {
  it('makes the items under a list of conditions parameters', () => {
    const doc = '第五条　申报企业应当同时具备以下条件：\n（一）上年度销售收入不低于5000万元；\n（二）带动农户1000户以上。\n第六条　到2026年，龙头企业达到260家。';
    expect(roles(doc)).toEqual(['5000万元:parameter', '1000户:parameter', '260家:target']);
    expect(roles('申报企业须具备下列条件：带动农户1000户以上。')).toEqual(['1000户:parameter']);
    expect(roles('带动农户1000户以上。')).toEqual(['1000户:target']);
  });

  it('carries a rule across ; to a clause that continues it', () => {
    expect(roles('验收合格后，拨付补助资金的70%；剩余30%在项目连续稳定运行后拨付。')).toEqual(['70%:parameter', '30%:parameter']);
    expect(roles('验收合格后，拨付补助资金的70%。其余区县覆盖率达到30%。')).toEqual(['70%:parameter', '30%:target']);
    expect(roles('覆盖率达到70%；剩余30%在年底前完成。')).toEqual(['70%:target', '30%:target']);
  });
});

describe('articles and documents of rules', () => {
  it('reads numbers in a document of rules as rules, unless a goal or a verb of reaching a level governs them', () => {
    const doc = parseDocument('某市促进民营经济发展若干政策措施\n1.加大融资支持。担保费率不超过1%。\n2.压缩审批时限。企业开办时间压缩至1个工作日以内，告知承诺审批比例达到80%以上。\n3.力争到2028年新增上市企业10家。\n4.监测能力应逐步达到最大用电负荷的70%以上。');
    expect(doc.targets.map((t) => [t.raw, t.role])).toEqual([
      ['1%', 'parameter'], ['1个工作日', 'target'], ['80%', 'target'], ['10家', 'target'], ['70%', 'target'],
    ]);
  });

  it('reads a deed of building in a document of rules as the plan\'s own work, but not a cap on what may be applied for', () => {
    const doc = parseDocument('某区稳住经济增长若干政策措施\n1.加强基础设施建设。年内开工建设撤并建制村畅通工程71.7公里，新增变电容量5万千伏安。\n2.支持企业用工。单个企业最多申报5人，给予每人1000元补贴。\n3.强化金融支持。国家开发银行等9家银行向企业发放贷款。');
    expect(doc.targets.map((t) => [t.raw, t.role])).toEqual([
      ['71.7公里', 'target'], ['5万千伏安', 'target'], ['5人', 'parameter'], ['1000元', 'parameter'], ['9家', 'parameter'],
    ]);
    // a deed the applicant does for a grant is its condition
    const grant = parseDocument('某区扶持办法\n第四条 企业实施技术改造项目设备投资超过1000万元，给予一次性奖励50万元。');
    expect(grant.targets.map((t) => [t.raw, t.role])).toEqual([['1000万元', 'parameter'], ['50万元', 'parameter']]);
    // so is an event the plan holds; taking part in something a subsidy names is no deed
    const events = parseDocument('某市一季度若干措施\n一、稳就业。举办超150场网络招聘会。对签订劳动合同并参加社会保险的，按每人500元给予补贴。');
    expect(events.targets.map((t) => [t.raw, t.role])).toEqual([['150场', 'target'], ['500元', 'parameter']]);
  });

  it('keeps the limits and allocations those rules read to their own cases', () => {
    // a notice opening with 现将 hands the funds out now
    expect(only('现将2026年省级专项资金5600万元下达给你们。').role).toBe('baseline');
    // a prohibition under a deadline is a goal
    expect(only('到2025年，全市PM2.5平均浓度不得超过35微克/立方米。').role).toBe('target');
    // 下达 is no verb of reaching a level; a qualified title still names rules
    const rules = parseDocument('某省专项资金管理办法（试行）\n第十条 专项资金下达当年支出比例不低于60%。');
    expect(rules.targets.map((t) => [t.raw, t.role])).toEqual([['60%', 'parameter']]);
  });

  it('reads numbers in 第N条 articles as rules unless a goal governs them', () => {
    const doc = '第一条 为规范资金管理，制定本办法。\n第五条 其中，按因素法分配的资金比例不低于60%。\n'
      + '第六条 年度绩效目标为：支持龙头企业不少于40家。\n第七条 力争通过专项资金引导，到2029年带动社会投资超过300亿元。\n';
    expect(roles(doc)).toEqual(['60%:parameter', '40家:target', '300亿元:target']);
    expect(roles('一、主要任务\n按因素法分配的资金比例不低于60%。\n')).toEqual(['60%:target']);
  });
});

describe('list roles', () => {
  it('gives amounts listed with 、 in one clause the rule of any of them', () => {
    expect(roles('合伙创业的可按每人不超过30万元、总额不超过200万元的额度实行贷款。')).toEqual(['30万元:parameter', '200万元:parameter']);
    expect(roles('技术合同成交额突破100亿元，新增企业30家、奖励资金5000万元。')).toEqual(['100亿元:target', '30家:target', '5000万元:parameter']);
  });
});

describe('run-in years', () => {
  it('reads a year that opens a body run into its heading as the deadline', () => {
    const doc = parseDocument('某县2026年科技创新工作方案\n一、总体目标2026年，全县研发投入强度达到1.8%，新增高新技术企业15家。');
    expect(doc.targets.map((t) => t.year)).toEqual([2026, 2026]);
    const section = doc.root.children.find((n) => n.type === 'section');
    expect(section?.type === 'section' && section.title).toBe('总体目标');
  });
});

describe('the plan\'s own year', () => {
  it('makes a floor the plan sets for its own year a goal, not a rule (不得低于 under 2022年 in a 2022 plan)', () => {
    const doc = parseDocument('某区2022年国企改革行动方案\n一、主要任务\n2022年研发投入强度不得低于3%。\n补助资金不得超过项目总额的5%。');
    expect(doc.targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['3%:target', '5%:parameter']);
  });

  it('still reads the plan\'s own year\'s deeds as facts and its caps as rules', () => {
    const doc = parseDocument('某市2024年下半年稳经济促增长工作方案\n一、工作任务\n2024年上半年，全市已完成固定资产投资320亿元。\n2024年，新增专项债券资金用于资本金的比例不得超过25%。\n2024年8月15日');
    expect(doc.targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['320亿元:baseline', '25%:parameter']);
  });
});
