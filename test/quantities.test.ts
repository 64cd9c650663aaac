// Quantity extraction (issue 3, ../shared/spec/TARGETS.md): number forms,
// ranges, comparators, non-quantities, roles, years, modality, indicators.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from '../src/index.js';
import type { Target } from '../src/tree/schema.js';
import { PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from '../src/data/comparators.js';

const targets = (text: string): Target[] => parseDocument(text).targets;
const only = (text: string): Target => {
  const ts = targets(text);
  expect(ts.map((t) => t.raw), text).toHaveLength(1);
  return ts[0]!;
};
const pick = (t: Target) => ({ raw: t.raw, value: t.value, upper: t.upper, unit: t.unit, kind: t.kind, normalized: t.normalized.value });

describe('number forms', () => {
  it.each([
    ['新增企业300家。', '300家', 300, '家', 'count', 300],
    ['研发投入强度达到2.6%。', '2.6%', 2.6, '%', 'percent', 0.026],
    ['新增企业1,200家。', '1,200家', 1200, '家', 'count', 1200],
    ['新增企业１２００家。', '１２００家', 1200, '家', 'count', 1200],
    ['占比达到３８．５％。', '３８．５％', 38.5, '%', 'percent', 0.385],
    ['新增就业五十万人。', '五十万人', 500000, '人', 'count', 500000],
    ['引进人才一百二十名。', '一百二十名', 120, '名', 'count', 120],
    ['培训两千人次。', '两千人次', 2000, '人次', 'count', 2000],
    ['建设两个基地。', '两个', 2, '个', 'count', 2],
    ['市场主体达到1.2万家。', '1.2万家', 12000, '家', 'count', 12000],
    ['服务人口5000万人。', '5000万人', 50000000, '人', 'count', 50000000],
    ['培育科技型企业3千家。', '3千家', 3000, '家', 'count', 3000],
    ['技术合同成交额超过130亿元。', '130亿元', 130, '亿元', 'money', 13000000000],
    ['设立基金5000万元。', '5000万元', 5000, '万元', 'money', 50000000],
    ['投资总额达到3万亿元。', '3万亿元', 3, '万亿元', 'money', 3000000000000],
    ['给予十万元以内的贷款。', '十万元', 10, '万元', 'money', 100000],
    ['研发投入占比达到百分之三十。', '百分之三十', 30, '%', 'percent', 0.3],
    ['不良率控制在千分之五以内。', '千分之五', 5, '‰', 'percent', 0.005],
    ['新增装机100万千瓦。', '100万千瓦', 1000000, '千瓦', 'other', 1000000],
    ['年发电量12万千瓦时。', '12万千瓦时', 120000, '千瓦时', 'other', 120000],
    ['年产量达到3.5万吨。', '3.5万吨', 35000, '吨', 'other', 35000],
    ['接待游客80万人次。', '80万人次', 800000, '人次', 'count', 800000],
    ['改造农田1.5万亩。', '1.5万亩', 15000, '亩', 'other', 15000],
    ['产值增长1.5倍。', '1.5倍', 1.5, '倍', 'other', 1.5],
    ['城镇化率提高2个百分点。', '2个百分点', 2, '个百分点', 'percent', 0.02],
  ])('%s', (text, raw, value, unit, kind, normalized) => {
    expect(pick(only(text))).toEqual({ raw, value, upper: null, unit, kind, normalized });
  });

  it('lets 千 start the unit 千瓦 when it can', () => {
    expect(pick(only('新增装机100千瓦。'))).toEqual({ raw: '100千瓦', value: 100, upper: null, unit: '千瓦', kind: 'other', normalized: 100 });
  });

  it('reads ranks', () => {
    expect(pick(only('力争排名进入全国前100。'))).toEqual({ raw: '前100', value: 100, upper: null, unit: null, kind: 'rank', normalized: 100 });
    expect(pick(only('综合科技创新指数前移1位。'))).toEqual({ raw: '前移1位', value: 1, upper: null, unit: '位', kind: 'rank', normalized: 1 });
    expect(only('排名进入全省前三。').value).toBe(3);
  });
});

describe('ranges', () => {
  it.each([
    ['建设省工程研究中心1-3个。', '1-3个', 1, 3],
    ['建设省工程研究中心1～3个。', '1～3个', 1, 3],
    ['建设省工程研究中心1~3个。', '1~3个', 1, 3],
    ['突破关键技术2—3项。', '2—3项', 2, 3],
    ['建设示范园区1至2个。', '1至2个', 1, 2],
    ['引进龙头企业2到3家。', '2到3家', 2, 3],
    ['利润增长20%-30%。', '20%-30%', 20, 30],
    ['建设基地一至两个。', '一至两个', 1, 2],
    ['安排资金1-2亿元。', '1-2亿元', 1, 2],
  ])('%s', (text, raw, value, upper) => {
    const t = only(text);
    expect([t.raw, t.value, t.upper, t.comparator]).toEqual([raw, value, upper, 'between']);
  });

  it('does not read a falling pair or a phone number as a range', () => {
    expect(targets('咨询热线:400-066-2698。')).toEqual([]);
  });
});

describe('comparators', () => {
  it.each(Object.entries(PREFIX_COMPARATORS))('prefix %s → %s', (word, comparator) => {
    expect(only(`全市高新技术企业${word}100家。`).comparator).toBe(comparator);
  });

  it.each(Object.entries(SUFFIX_COMPARATORS))('suffix %s → %s', (word, comparator) => {
    expect(only(`全市高新技术企业100家${word}。`).comparator).toBe(comparator);
  });

  it('lets a suffix win over a prefix', () => {
    expect(only('项目投资超过100万元以上。').comparator).toBe('gte');
    expect(only('研发投入达到2.6%以上。').comparator).toBe('gte');
  });

  it('reads 余 and 多 between number and unit, and a cap that governs the clause', () => {
    expect(only('培育企业100余家。')).toMatchObject({ raw: '100余家', value: 100, comparator: 'gt' });
    expect(only('最高可一次性贷款五十万元。')).toMatchObject({ value: 50, comparator: 'lte' });
  });

  it('does not take 以上 of 规模以上 as a suffix', () => {
    expect(only('建成12家规模以上科技创新平台。').comparator).toBe('eq');
  });

  it('is eq with no word at all', () => {
    expect(only('新建科创飞地5个。').comparator).toBe('eq');
  });
});

describe('not quantities', () => {
  it.each([
    ['years and dates', '2023年4月26日发布,2023-2035年规划,2023.4印发,2030年-2035年。'],
    ['the plan period', '实施“十四五”规划,十四五期间加快发展。'],
    ['ordinals', '召开第七届大会,贯彻十九届六中全会精神,处于第一梯队,省委十四届十二次全会,省第十五党代会。'],
    ['codes', '加快5G建设,推进03专项,落实1+5+N产业体系,建设P3实验室,打造2+4+X体系。'],
    ['slogans in quotes', '落实“人才10条”,开展“六个一”活动,推进“百场校招”,组织“四套班子”。'],
    ['names', '引进世界500强企业,坚持三重一大,落实一岗双责,实施双千计划,推进百城千兆,落实中央八项规定精神。'],
    ['book titles', '出台《三年行动方案(2021-2023年)》,印发《人才10条》。'],
    ['document numbers and phones', '依据赣发〔2022〕23号,咨询电话400-066-2698,索引号A25030--2024-0053。'],
    ['words that are not numbers', '培育一批企业,实施若干项目,建设多个平台,提供一站式服务,推进一体化发展,建设一流大学。'],
    ['the indefinite article', '打造一个首位产业,统一部署,建设一支队伍。'],
    ['vague amounts', '培育数十家企业,建设十几个平台,三四个基地。'],
    ['bare 百 千 万', '实施千人计划,推进万众创新,百家争鸣。'],
    ['plan names and spans', '实施三年行动计划,提前2年完成,毕业两年内注册。'],
    ['project phases', '推进学院二期项目建设,建设资源圃(二期)。'],
    ['the title line', '关于印发2025年新增企业100家实施方案的通知'],
    ['slogans of numerals', '坚持四个全面,落实三个一批,实施十个一工程,推进三次产业融合。'],
  ])('%s', (_name, text) => {
    expect(targets(text).map((t) => t.raw)).toEqual([]);
  });
});

describe('quotations', () => {
  it('reads a long quotation, which quotes targets rather than names one', () => {
    const ts = targets('提出“到2025年,全市高新技术企业达到500家,研发投入强度达到3%”的目标。');
    expect(ts.map((t) => [t.raw, t.year, t.indicator])).toEqual([
      ['500家', 2025, '全市高新技术企业'],
      ['3%', 2025, '研发投入强度'],
    ]);
  });
});

describe('role', () => {
  it.each([
    ['认定高新技术企业300家。', 'target'],
    ['排名进入全国前100。', 'target'],
    ['每年新增上云企业不低于300家。', 'target'],
    ['科研院所研发投入增长20%以上。', 'target'],
    ['依托南方医院赣州医院和省人民医院赣州医院2个国家区域医疗中心,打造平台。', 'baseline'],
    ['加快推进稀土、现代家居两个省级产业科技创新联合体建设。', 'baseline'],
    ['全市高新技术企业达到了500家。', 'baseline'],
    ['引导营收超1亿元的规上企业实现全覆盖。', 'parameter'],
    ['抽查财政资助经费在100万元以上的科技计划项目。', 'parameter'],
    ['给予一次性奖励不低于10万元。', 'parameter'],
    ['可一次性给予十万元以内的贷款。', 'parameter'],
    ['择优部分青年项目予以连续2年支持。', 'parameter'],
    ['全年“科贷通”贷款累计突破40亿元。', 'target'],
    ['新建C、D、E三个基地。', 'target'],
    ['推动50%的规上企业建立研发机构。', 'target'],
  ])('%s → %s', (text, role) => {
    expect(only(text).role).toBe(role);
  });

  it('makes what a status year governs baseline', () => {
    expect(targets('截至2022年底,全市共有高新技术企业1200家,比上年增长20%。').map((t) => [t.role, t.year])).toEqual([
      ['baseline', 2022],
      ['baseline', 2022],
    ]);
  });

  it('makes a rate, a grant and a threshold before a count parameters', () => {
    expect(targets('对年研发投入超过500万元的企业,按10%给予补助,最高不超过100万元。').map((t) => t.role)).toEqual([
      'parameter', 'parameter', 'parameter',
    ]);
    expect(targets('培育年营业收入超100亿元企业5家。').map((t) => t.role)).toEqual(['parameter', 'target']);
    expect(only('营业收入突破1000亿元大关。').role).toBe('target');
  });

  it('makes both ends of a reported change baseline', () => {
    expect(targets('R&D活动人员数从5758名增至6006名。').map((t) => t.role)).toEqual(['baseline', 'baseline']);
  });

  it('keeps a planned change a target', () => {
    expect(targets('力争从100家增至200家。').map((t) => t.role)).toEqual(['baseline', 'target']);
  });
});

describe('year', () => {
  it('takes a year opening the paragraph for every clause after it, across sentences', () => {
    const ts = targets('2030年,全区科技创新要素体系基本完善。力争认定国家高新技术企业120家,全区挂牌上市企业达到8家。');
    expect(ts.map((t) => t.year)).toEqual([2030, 2030]);
  });

  it('switches at each named year and ends with the paragraph', () => {
    const ts = targets('力争2025年,全区R&D经费支出超过10亿元,占GDP比重达到1.2%;2030年,占GDP比重达到1.7%。\n\n新增企业5家。');
    expect(ts.map((t) => t.year)).toEqual([2025, 2025, 2030, null]);
  });

  it('reads 到/至 years, year ranges and 年均 after a range', () => {
    expect(only('到2025年底,高新技术企业达到400家。').year).toBe(2025);
    expect(targets('至2025年,新增5家,至2030年,达到8家。').map((t) => t.year)).toEqual([2025, 2030]);
    expect(only('2030-2035年,数字经济产业园突破10个。').year).toBe(2035);
    expect(only('2030年-2035年,建成12家平台。').year).toBe(2035);
    const t = targets('2025年,力争国家高新技术企业突破110家,2026-2035年均增加不低于2家。')[1]!;
    expect([t.year, t.indicator]).toEqual([2035, '国家高新技术企业年均增加']);
  });

  it('ignores a year used as a name or a subject', () => {
    expect(only('承办2023年火炬活动。力争技术合同成交额超过130亿元。').year).toBeNull();
    expect(only('承办2021年峰会,新增企业5家。').year).toBeNull();
    expect(only('工作基础好,2020年以来新增企业5家。').year).toBeNull();
  });

  it('ignores the year of the title', () => {
    expect(only('2023年全市科技工作要点\n\n一、主要目标\n\n新增企业10家。').year).toBeNull();
  });
});

describe('modality', () => {
  it('lets 力争 at the start of a sentence govern its whole list', () => {
    const ts = targets('力争入库科技型中小企业1750家,认定独角兽、瞪羚企业20家,高新技术企业300家。新增平台3个。');
    expect(ts.map((t) => t.modality)).toEqual(['strive', 'strive', 'strive', null]);
  });

  it('ends at ; and lets a later word win', () => {
    const ts = targets('至2025年,确保企业总数达到50家,至2030年,力争达到60家;技术合同成交额超过10亿元。');
    expect(ts.map((t) => t.modality)).toEqual(['commit', 'strive', null]);
  });

  it.each([
    ['确保', 'commit'], ['必须', 'commit'], ['务必', 'commit'],
    ['力争', 'strive'], ['争取', 'strive'], ['努力', 'strive'], ['力求', 'strive'],
  ])('%s → %s', (word, modality) => {
    expect(only(`${word}新增高新技术企业10家。`).modality).toBe(modality);
  });

  it('reads a modality word split by stray spaces', () => {
    expect(only('力 争新增企业10家。').modality).toBe('strive');
  });
});

describe('indicator', () => {
  it.each([
    ['技术合同成交额超过130亿元。', '技术合同成交额'],
    ['入库科技型中小企业1750家。', '入库科技型中小企业'],
    ['规模以上工业企业研发支出占营业收入比重达1.31%。', '规模以上工业企业研发支出占营业收入比重'],
    ['引进10名高层次人才。', '高层次人才'],
    ['建成6家以上具备行业代表性科技创新平台。', '具备行业代表性科技创新平台'],
    ['力争技术合同成交额每年保持20%左右增幅。', '技术合同成交额每年增幅'],
    ['全社会研发支出之比超过全省平均水平、规模以上企业研发支出占比达1.31%。', '规模以上企业研发支出占比'],
  ])('%s → %s', (text, indicator) => {
    expect(only(text).indicator).toBe(indicator);
  });

  it('gives each item of a list sharing one verb its own noun', () => {
    const ts = targets('认定独角兽、瞪羚企业20家,高新技术企业300家,“专精特新”企业100家。');
    expect(ts.map((t) => t.indicator)).toEqual(['独角兽、瞪羚企业', '高新技术企业', '“专精特新”企业']);
    const before = targets('力争成功引进10名高层次人才、10名紧缺型人才和100名“双创”人才。');
    expect(before.map((t) => t.indicator)).toEqual(['高层次人才', '紧缺型人才', '“双创”人才']);
  });

  it('keeps an action verb rather than borrow a subject from another clause', () => {
    expect(targets('每千人口执业医师数达到3.2人,建设4.5万平方米。')[1]!.indicator).toBe('建设');
  });

  it('takes the noun after 的 when nothing stands before the number', () => {
    expect(only('推动50%的规上企业建立研发机构。').indicator).toBe('规上企业建立研发机构');
  });

  it('carries the subject to a clause that names none', () => {
    const ts = targets('力争2025年,挂牌上市企业达到5家,2030年达到8家。');
    expect(ts.map((t) => t.indicator)).toEqual(['挂牌上市企业', '挂牌上市企业']);
    const ratio = targets('全区R&D经费支出超过10亿元,占GDP比重达到1.2%。');
    expect(ratio[1]!.indicator).toBe('全区R&D经费支出占GDP比重');
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
  const check = (text: string) => {
    for (const t of parseDocument(text).targets) {
      expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.raw);
    }
  };

  it.each(readdirSync('seeds').filter((f) => f.endsWith('.txt')))('raw is the source text of every target of %s', (file) => {
    const text = readFileSync(join('seeds', file), 'utf8').replace(/^\uFEFF/, '');
    const doc = parseDocument(text);
    expect(doc.targets.length).toBeGreaterThan(0);
    for (const t of doc.targets) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.raw);
  });

  it('holds for text made of random policy fragments', () => {
    const fragment = fc.constantFrom(
      '新增', '企业', '100', '1.5', '１２', '五十', '两', '万', '亿', '元', '家', '个', '%', '％', '-', '～', '至', '以上', '超过',
      '不低于', '前', '移', '位', '2025', '年', ',', '，', '、', '。', ';', ' ', '　', '\n', '“', '”', '《', '》', '〔', '〕',
      '力争', '确保', '第', '十', '的', '从', '增至', '百分之', '(', ')', 'G', '+',
    );
    fc.assert(fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => check(parts.join(''))), { numRuns: 300 });
  });
});

describe('held-out rules', () => {
  const byRaw = (text: string) => new Map(targets(text).map((t) => [t.raw, t]));
  const roles = (text: string) => targets(text).map((t) => `${t.raw}:${t.role}`);

  describe('measure words', () => {
    it.each([
      ['商贸领域安全生产事故起数不超过3起。', '3起', 3, '起', 'lte'],
      ['新增种猪约2000只。', '2000只', 2000, '只', 'approx'],
      ['组织企业参加境外重点展会不少于80场次。', '80场次', 80, '场次', 'gte'],
      ['全年保障航班3000架次。', '3000架次', 3000, '架次', 'eq'],
      ['全年培训干部约600人次。', '600人次', 600, '人次', 'approx'],
      ['改造老旧住宅120栋。', '120栋', 120, '栋', 'eq'],
    ])('%s', (text, raw, value, unit, comparator) => {
      const t = only(text);
      expect({ raw: t.raw, value: t.value, unit: t.unit, kind: t.kind, comparator: t.comparator })
        .toEqual({ raw, value, unit, kind: 'count', comparator });
    });

    it('lets 万 before a compound measure word scale the number', () => {
      expect(pick(only('全年培训2万人次。'))).toEqual({ raw: '2万人次', value: 20000, upper: null, unit: '人次', kind: 'count', normalized: 20000 });
    });

    it('makes an age bounding the people it names a parameter, and a life expectancy a target', () => {
      const age = targets('对80周岁及以上老年人每餐补助3元。')[0]!;
      expect([age.raw, age.unit, age.kind, age.comparator, age.role]).toEqual(['80周岁', '周岁', 'other', 'gte', 'parameter']);
      expect(only('人均预期寿命达到80岁。').role).toBe('target');
    });

    it('reads a time limit on how long something takes as a goal, a rule term as a parameter', () => {
      expect(only('审批时间不超过15个工作日。').role).toBe('target');
      expect(only('资金兑付周期压缩至10个工作日以内。').role).toBe('target');
      expect(only('公示期压缩至5个工作日。').role).toBe('parameter');
      expect(only('贷款期限不超过3年。').role).toBe('parameter');
      expect(only('城市急救平均反应时间控制在12分钟以内。').role).toBe('target');
    });

    it('does not read a circle of minutes as a quantity', () => {
      expect(targets('新建15分钟便民生活圈12个。').map((t) => t.raw)).toEqual(['12个']);
      expect(targets('打造1小时经济圈。')).toEqual([]);
    });

    it('takes the noun before a count that a verb follows', () => {
      expect(only('选派科技特派员120名深入生产一线开展技术服务。').indicator).toBe('选派科技特派员');
      expect(only('引进10名高层次人才。').indicator).toBe('高层次人才');
    });

    it('makes a limit under a prohibition, and an adjustment a rule applies, parameters', () => {
      expect(only('用于项目前期工作的经费不得超过项目资金总额的5%。').role).toBe('parameter');
      expect(only('下一年度资金分配时在测算结果基础上上浮5%。').role).toBe('parameter');
    });

    it('reads a date set inside a clause as its deadline, and the subject before it as the indicator', () => {
      const [first, second] = targets('项目资金支出进度在2026年9月30日前达到70%以上、年底前达到95%以上。');
      expect([first!.year, first!.indicator]).toEqual([2026, '项目资金支出进度']);
      expect([second!.year, second!.indicator]).toEqual([2026, '项目资金支出进度']);
    });

    it('reads energy in 吉瓦时 and lessons in 节', () => {
      expect(pick(only('储能电池产能达到200吉瓦时。'))).toMatchObject({ raw: '200吉瓦时', unit: '吉瓦时' });
      expect(pick(only('建设精品课程50节。'))).toMatchObject({ raw: '50节', unit: '节', kind: 'count' });
    });

    it('takes the funds a notice hands out now as no target', () => {
      const roles = targets('经研究，现将2026年专项资金5600万元下达给你们，其中中央资金3200万元。').map((t) => t.role);
      expect(roles).toEqual(['baseline', 'baseline']);
    });

    it('reads numbers in a document of rules as rules, unless a goal or a verb of reaching a level governs them', async () => {
      const { parseDocument } = await import('../src/parse-document.js');
      const doc = parseDocument('某市促进民营经济发展若干政策措施\n1.加大融资支持。担保费率不超过1%。\n2.压缩审批时限。企业开办时间压缩至1个工作日以内，告知承诺审批比例达到80%以上。\n3.力争到2028年新增上市企业10家。');
      expect(doc.targets.map((t) => [t.raw, t.role])).toEqual([
        ['1%', 'parameter'], ['1个工作日', 'target'], ['80%', 'target'], ['10家', 'target'],
      ]);
    });

    it('keeps the limits and allocations those rules read to their own cases', async () => {
      const { parseDocument } = await import('../src/parse-document.js');
      // a notice opening with 现将 hands the funds out now
      expect(only('现将2026年省级专项资金5600万元下达给你们。').role).toBe('baseline');
      // a prohibition under a deadline is a goal
      expect(only('到2025年，全市PM2.5平均浓度不得超过35微克/立方米。').role).toBe('target');
      // 下达 is no verb of reaching a level; a qualified title still names rules
      const rules = parseDocument('某省专项资金管理办法（试行）\n第十条 专项资金下达当年支出比例不低于60%。');
      expect(rules.targets.map((t) => [t.raw, t.role])).toEqual([['60%', 'parameter']]);
    });

    it('reads a work summary, and sentences opening with 去年 or 目前, as facts', async () => {
      const { parseDocument } = await import('../src/parse-document.js');
      const doc = parseDocument('某镇2025年工作总结和2026年工作计划\n一、2025年工作总结\n全年完成地区生产总值18.6亿元。\n二、2026年工作计划\n力争完成固定资产投资9.9亿元。');
      expect(doc.targets.map((t) => t.role)).toEqual(['baseline', 'target']);
      expect(only('去年汛期，全县共启动防汛应急响应5次。').role).toBe('baseline');
      expect(only('目前，县级防汛物资储备总价值约650万元。').role).toBe('baseline');
    });

    it('reads a year that opens a body run into its heading as the deadline', async () => {
      const { parseDocument } = await import('../src/parse-document.js');
      const doc = parseDocument('某县2026年科技创新工作方案\n一、总体目标2026年，全县研发投入强度达到1.8%，新增高新技术企业15家。');
      expect(doc.targets.map((t) => t.year)).toEqual([2026, 2026]);
      const section = doc.root.children.find((n) => n.type === 'section');
      expect(section?.type === 'section' && section.title).toBe('总体目标');
    });

    it('keeps a year led by 力争 or 截止 in its clause, and reads facts only where nothing aims', async () => {
      const { parseDocument } = await import('../src/parse-document.js');
      const strive = parseDocument('某县2026年科技创新工作方案\n（一）力争2026年，全县研发投入强度达到1.8%。');
      expect(strive.targets.map((t) => [t.role, t.year, t.modality])).toEqual([['target', 2026, 'strive']]);
      const status = parseDocument('某县2026年科技创新工作方案\n（一）截止2025年，全县研发投入强度达到1.8%。');
      expect(status.targets.map((t) => t.role)).toEqual(['baseline']);
      expect(only('目前，全县正加快推进项目建设，力争到2027年完成投资20亿元。').role).toBe('target');
      // a cap for the plan's own year is a rule
      const cap = parseDocument('某县2026年工作方案\n一、2026年，单个企业申报项目不得超过3个。');
      expect(cap.targets.map((t) => t.role)).toEqual(['parameter']);
    });

    it('leaves out the unit told to act', () => {
      expect(only('到2026年，全县乡镇政府应急物资储备点不少于20个。').indicator).toBe('全县乡镇政府应急物资储备点');
      expect(only('各部门要新增岗位100个。').indicator).toBe('岗位');
      expect(only('各乡（镇）要储备编织袋不少于5000条。').indicator).toBe('编织袋');
    });

    it('names a number in a label list by its label', () => {
      const [before, after] = targets('人均预期寿命:2025年79.1岁,2030年80.0岁(预期性)');
      expect([before!.indicator, after!.indicator]).toEqual(['人均预期寿命', '人均预期寿命']);
    });
  });

  describe('durations', () => {
    it.each([
      ['在我市依法登记注册，正常经营2年以上。', '2年', 'gte', '正常经营'],
      ['相关资料保存期限不少于10年。', '10年', 'gte', '保存期限'],
      ['按每张床位每年500元给予补助，补助期限不超过5年。', '5年', 'lte', '补助期限'],
      ['对在养老机构连续从业满3年的本科毕业生给予奖励。', '3年', 'gte', '连续从业'],
    ])('%s', (text, raw, comparator, indicator) => {
      const t = byRaw(text).get(raw)!;
      expect(t).toBeDefined();
      expect([t.value, t.unit, t.kind, t.comparator, t.role]).toEqual([Number(raw.slice(0, -1)), '年', 'other', comparator, 'parameter']);
      expect(t.indicator).toContain(indicator);
    });

    it('names what lasts before a duration, not what follows it', () => {
      expect(byRaw('剩余30%在项目连续稳定运行满一年并经绩效评价合格后拨付。').get('一年')!.indicator).toBe('在项目连续稳定运行');
    });

    it('does not read a validity, a window, a plan name or a time span as a duration', () => {
      expect(targets('本办法自2024年6月1日起施行，有效期3年。')).toEqual([]);
      expect(targets('本办法有效期为五年。')).toEqual([]);
      expect(targets('近三年内未发生重大安全事故。')).toEqual([]);
      expect(targets('制定三年行动计划。')).toEqual([]);
      expect(targets('用两年内时间完成改造。')).toEqual([]);
    });
  });

  describe('comparators', () => {
    it('lets a bound reach across a short verb', () => {
      expect(only('每个县市区至少选择1家公办机构开展改革试点。').comparator).toBe('gte');
      expect(only('每年召开联席会议不少于开展2次。').comparator).toBe('gte');
      expect(only('每个县至少达到5家。').comparator).toBe('gte');
    });

    it('does not reach across a long phrase, a 的 or another number', () => {
      expect(only('至少要在全市范围内选择1家机构。').comparator).toBe('eq');
      expect(only('至少的目标是1家。').comparator).toBe('eq');
      const ts = targets('至少选择两个县开展3项试点。');
      expect(ts.map((t) => `${t.raw}:${t.comparator}`)).toEqual(['两个:gte', '3项:eq']);
    });

    it('reads 上限为 and 满 as bounds', () => {
      expect(only('单家企业年度补助上限为20万元。').comparator).toBe('lte');
      expect(only('服务年限满5年。').comparator).toBe('gte');
    });
  });

  describe('past facts', () => {
    const plan = (body: string) => `某市服务体系三年行动计划（2024—2026年）\n\n${body}`;

    it('makes what a year before the plan governs a baseline, whatever the verb', () => {
      const ts = targets(plan('2023年全市床位数达到2.3万张，其中护理型床位占比为48%。到2026年，床位数达到2.8万张。'));
      expect(ts.map((t) => `${t.raw}:${t.role}:${t.year}`)).toEqual(['2.3万张:baseline:2023', '48%:baseline:2023', '2.8万张:target:2026']);
      expect(roles('2024年全市工作要点\n\n2023年，全市实现零售总额2680亿元，增长5.8%。2024年，零售总额增长6%。'))
        .toEqual(['2680亿元:baseline', '5.8%:baseline', '6%:target']);
    });

    it('keeps a year inside the plan, and any year when the plan has no date or period, a target', () => {
      expect(roles(plan('2024年，床位数达到2.5万张。'))).toEqual(['2.5万张:target']);
      expect(roles('2023年，床位数达到2.5万张。')).toEqual(['2.5万张:target']);
    });

    it('keeps a rule a rule in a past year', () => {
      expect(roles(plan('2023年，对新建床位一次性补助5000元。'))).toEqual(['5000元:parameter']);
    });

    it('takes the plan year from the earlier of period start and date', async () => {
      const { planYearOf } = await import('../src/pipeline/meta.js');
      expect(planYearOf({ period: { start: 2025, end: 2027 }, date: '2024-12-01' })).toBe(2024);
      expect(planYearOf({ period: { start: null, end: 2026 }, date: '2024-05-08' })).toBe(2024);
      expect(planYearOf({ period: { start: 2024, end: 2026 }, date: null })).toBe(2024);
      expect(planYearOf({ period: null, date: null })).toBeNull();
    });

    it('makes a count of existing things an action is applied to a baseline', () => {
      expect(only('对全市1126个终端开展排查。').role).toBe('baseline');
      expect(only('对120家企业开展诊断服务。').role).toBe('target');
      expect(only('对全市新建的120个站点开展验收。').role).toBe('target');
      expect(only('组织专业技术力量对全市1126个终端开展排查。').role).toBe('baseline');
      expect(only('组织力量对重点行业领域内的全市120家企业开展诊断。').role).toBe('target');
    });
  });

  describe('section headings', () => {
    it('makes numbers under 发展基础 baselines and under 主要目标 targets, even a time limit', () => {
      const doc = '一、发展基础和主要目标\n\n（一）发展基础\n\n全市养老服务业营业收入约18亿元。\n\n（二）主要目标\n\n进口货物整体通关时间控制在30小时以内，新设企业不低于180家。';
      expect(roles(doc)).toEqual(['18亿元:baseline', '30小时:target', '180家:target']);
    });

    it('decides nothing under a heading naming both, or a long title, and keeps rules rules under 主要目标', () => {
      expect(roles('一、发展基础和主要目标\n\n全市营业收入约18亿元。')).toEqual(['18亿元:target']);
      expect(roles('一、重点任务\n\n在15个工作日内完成初审。')).toEqual(['15个工作日:parameter']);
      expect(roles('二、主要目标\n\n对新认定企业一次性奖励50万元。')).toEqual(['50万元:parameter']);
    });
  });

  describe('rules of a policy', () => {
    it('makes the items under a list of conditions parameters', () => {
      const doc = '第五条　申报企业应当同时具备以下条件：\n（一）上年度销售收入不低于5000万元；\n（二）带动农户1000户以上。\n第六条　到2026年，龙头企业达到260家。';
      expect(roles(doc)).toEqual(['5000万元:parameter', '1000户:parameter', '260家:target']);
      expect(roles('申报企业须具备下列条件：带动农户1000户以上。')).toEqual(['1000户:parameter']);
      expect(roles('带动农户1000户以上。')).toEqual(['1000户:target']);
    });

    it('makes a cap on a grant a parameter, however it is counted', () => {
      expect(roles('每家企业每年最多补助3次。')).toEqual(['3次:parameter']);
      expect(roles('单个企业年度贴息总额控制在100万元以内。')).toEqual(['100万元:parameter']);
      expect(roles('同一企业获得的奖补资金合计不超过300万元。')).toEqual(['300万元:parameter']);
      expect(roles('安全生产事故起数不超过3起。')).toEqual(['3起:target']);
      expect(roles('政府债务总额控制在100亿元以内。')).toEqual(['100亿元:target']);
    });

    it('makes a number inside a condition a parameter', () => {
      expect(roles('对年销售额超过1亿元的，给予奖励。')).toEqual(['1亿元:parameter']);
      expect(roles('对带动农户1000户的，优先支持。')).toEqual(['1000户:parameter']);
      expect(roles('带动农户1000户，优先支持龙头企业。')).toEqual(['1000户:target']);
    });

    it('carries a rule across ; to a clause that continues it', () => {
      expect(roles('验收合格后，拨付补助资金的70%；剩余30%在项目连续稳定运行后拨付。')).toEqual(['70%:parameter', '30%:parameter']);
      expect(roles('验收合格后，拨付补助资金的70%。其余区县覆盖率达到30%。')).toEqual(['70%:parameter', '30%:target']);
      expect(roles('覆盖率达到70%；剩余30%在年底前完成。')).toEqual(['70%:target', '30%:target']);
    });

    it('makes penalties and standards parameters', () => {
      expect(roles('考核不合格的扣减运维费用的20%。')).toEqual(['20%:parameter']);
      expect(roles('中心建筑面积原则上不低于1000平方米。')).toEqual(['1000平方米:parameter']);
      expect(roles('新建养老服务设施面积不低于1000平方米。')).toEqual(['1000平方米:target']);
    });

    it('makes a bound glued to a noun a threshold', () => {
      expect(roles('新签约总投资100亿元以上项目25个。')).toEqual(['100亿元:parameter', '25个:target']);
      expect(roles('增长1.5倍以上。')).toEqual(['1.5倍:target']);
    });
  });

  describe('indicators', () => {
    it('keeps a threshold inside the noun it limits', () => {
      expect(byRaw('力争新增年进出口额超1亿元的企业30家。').get('30家')!.indicator).toBe('年进出口额超1亿元的企业');
      expect(byRaw('新签约超10亿元产业项目25个以上，其中超50亿元项目不少于5个。').get('5个')!.indicator).toBe('超50亿元项目');
      expect(byRaw('新签约超10亿元产业项目25个以上。').get('25个')!.indicator).toBe('新签约超10亿元产业项目');
    });

    it('does not glue a number to one in another list item', () => {
      expect(byRaw('一次性奖励100万元、30万元。').get('30万元')!.indicator).not.toContain('100万元');
    });

    it('leaves modality words out and does not repeat a change word', () => {
      const ts = targets('全市社会消费品零售总额确保增长5%、力争增长6%。');
      expect(ts.map((t) => t.indicator)).toEqual(['全市社会消费品零售总额增长', '全市社会消费品零售总额增长']);
      expect(ts.map((t) => t.modality)).toEqual(['commit', 'strive']);
    });
  });
});

describe('second held-out rules', () => {
  const byRaw = (text: string) => new Map(targets(text).map((t) => [t.raw, t]));
  const roles = (text: string) => targets(text).map((t) => `${t.raw}:${t.role}`);
  const years = (text: string) => targets(text).map((t) => `${t.raw}:${t.year}`);

  describe('thresholds inside a 对…的 condition', () => {
    it('makes every number between 对 and the subject after 的 a parameter, however far from 的', () => {
      expect(roles('对上年度研发费用超过500万元且研发费用占营业收入比例不低于3%的企业，按增量部分的10%给予补助。'))
        .toEqual(['500万元:parameter', '3%:parameter', '10%:parameter']);
      expect(roles('对年服务科技型企业不少于20家、且绩效评价为优秀的科技服务机构，给予最高20万元奖励。'))
        .toEqual(['20家:parameter', '20万元:parameter']);
      expect(roles('对带动农户50户以上的电商主体，优先给予场租补贴。')).toEqual(['50户:parameter']);
      expect(roles('对于年营业收入超过2000万元的企业，给予奖励。')).toEqual(['2000万元:parameter']);
    });

    it('takes the noun before a threshold followed by a conjunction', () => {
      expect(byRaw('对上年度研发费用超过500万元且研发费用占营业收入比例不低于3%的企业给予补助。').get('500万元')!.indicator)
        .toContain('上年度研发费用');
    });

    it('leaves goals alone: no 的 subject, a 对 word, a plain count with no grant, a goal noun', () => {
      expect(roles('对120家企业开展诊断服务。')).toEqual(['120家:target']);
      expect(roles('对标先进地区，新增不少于20家的企业。')).toEqual(['20家:target']);
      expect(roles('对接不少于30家企业的融资需求。')).toEqual(['30家:target']);
      expect(roles('对120家规上的企业开展诊断。')).toEqual(['120家:target']);
      expect(roles('力争新增企业不少于20家的目标。')).toEqual(['20家:target']);
    });
  });

  describe('grants and totals', () => {
    it('makes caps and amounts of a granting sentence parameters, 累计 or not', () => {
      expect(roles('按成交额的20%给予补助，单个合同补助最高50万元，每家企业每年累计不超过150万元。'))
        .toEqual(['20%:parameter', '50万元:parameter', '150万元:parameter']);
      expect(roles('对首发上市的企业，分阶段给予累计1000万元奖励。')).toEqual(['1000万元:parameter']);
    });

    it('keeps a total a goal when nothing is granted', () => {
      expect(roles('力争科技贷款累计突破40亿元。')).toEqual(['40亿元:target']);
      expect(roles('全年每家企业累计融资规模突破5亿元。')).toEqual(['5亿元:target']);
    });
  });

  describe('按照…标准', () => {
    it('makes the numbers of a standard parameters', () => {
      expect(roles('按照每300户至500户设置1个集中投放点的标准，建设投放点。')).toEqual(['300户至500户:parameter', '1个:parameter']);
    });

    it('needs both ends', () => {
      expect(roles('按照规划建设投放点1200个。')).toEqual(['1200个:target']);
      expect(roles('建设1个标准化投放点。')).toEqual(['1个:target']);
    });
  });

  describe('plan year', () => {
    it('prefers the year the title names over the period', async () => {
      const { planYearOf } = await import('../src/pipeline/meta.js');
      expect(planYearOf({ title: '青云谱区2025年政府工作要点', period: { start: 2024, end: 2024 }, date: '2025-02-26' })).toBe(2025);
      expect(planYearOf({ title: '某市三年行动计划(2024—2026年)', period: { start: 2023, end: 2026 }, date: null })).toBe(2024);
      expect(planYearOf({ title: '某市数字经济发展三年行动方案', period: { start: 2025, end: 2027 }, date: '2025-03-18' })).toBe(2025);
      expect(planYearOf({ title: '某市关于5G发展的意见', period: null, date: null })).toBeNull();
    });

    it('makes results of the year before the plan baselines', () => {
      expect(roles('某区2025年政府工作要点\n\n2024年，全区地区生产总值完成486.3亿元，同比增长5.6%。新增“四上”企业57家。'))
        .toEqual(['486.3亿元:baseline', '5.6%:baseline', '57家:baseline']);
    });
  });

  describe('years', () => {
    it('lets a subject year opening the paragraph govern it', () => {
      expect(years('2025年是收官之年。主要预期目标是：地区生产总值增长6%左右，城镇新增就业6500人以上。'))
        .toEqual(['6%:2025', '6500人:2025']);
      expect(only('2021年是开局之年,新增企业5家。').year).toBe(2021);
    });

    it('does not let it reach another paragraph, nor a subject year inside the paragraph', () => {
      expect(years('2021年是开局之年。\n\n新增企业5家。')).toEqual(['5家:null']);
      expect(years('工作基础扎实，2025年是收官之年，新增企业5家。')).toEqual(['5家:null']);
    });

    it('lets a later year of the same sentence govern its earlier clauses', () => {
      expect(years('力争软件业务收入年均增长15%以上，到2027年突破2500亿元。')).toEqual(['15%:2027', '2500亿元:2027']);
    });

    it('does not reach back past a year already in force, or across sentences, or from a status year', () => {
      expect(years('到2025年，新增企业5家。年均增长15%以上，到2027年突破2500亿元。')).toEqual(['5家:2025', '15%:2025', '2500亿元:2027']);
      expect(years('新增企业5家。到2027年突破2500亿元。')).toEqual(['5家:null', '2500亿元:2027']);
      expect(years('企业数量达到500家，截至2022年底。')).toEqual(['500家:null']);
    });

    it('keeps a mid-sentence year to its own sentence', () => {
      expect(years('力争增长15%以上，到2027年突破2500亿元。新增企业30家以上。')).toEqual(['15%:2027', '2500亿元:2027', '30家:null']);
      expect(years('培育新业态，力争到2026年网络零售额突破4500亿元。对首次超过1亿元的企业给予奖励。'))
        .toEqual(['4500亿元:2026', '1亿元:null']);
    });

    it('carries a year that opens its sentence, or stands as a clause of its own', () => {
      expect(years('推动增效。至2025年,企业总数达到50家。引进企业不低于15家。')).toEqual(['50家:2025', '15家:2025']);
      expect(years('开展改造，到2026年，床位占比不低于55%。每县至少选择1家机构。')).toEqual(['55%:2026', '1家:2026']);
    });
  });

  describe('numbers and units', () => {
    it('reads a bare 百/千 before a money unit', () => {
      expect(pick(only('培育营业收入超百亿元的企业。'))).toEqual({ raw: '百亿元', value: 100, upper: null, unit: '亿元', kind: 'money', normalized: 1e10 });
      const t = only('新增税收过千万元楼宇。');
      expect([t.raw, t.value, t.unit, t.normalized.value, t.comparator]).toEqual(['千万元', 1000, '万元', 1e7, 'gt']);
      expect(only('培育年销售额超千万元的企业。').comparator).toBe('gt');
    });

    it('keeps a bare 百/千 elsewhere out, and 过 inside 通过/经过 is no comparator', () => {
      expect(targets('实施千人计划，推进百城千兆，千家万户受益。')).toEqual([]);
      expect(targets('投入百万人力。')).toEqual([]);
      expect(only('通过认定企业120家。').comparator).toBe('eq');
      expect(only('经过120家企业试点。').comparator).toBe('eq');
    });

    it.each([
      ['新建蓄水池300口。', '300口', 300, '口', 'count'],
      ['每年培训不少于40学时。', '40学时', 40, '学时', 'other'],
      ['开设课程120课时。', '120课时', 120, '课时', 'other'],
      ['全省算力总规模超过12EFLOPS。', '12EFLOPS', 12, 'EFLOPS', 'other'],
      ['新增光伏装机10GW。', '10GW', 10, 'GW', 'other'],
      ['存储容量达到5TB。', '5TB', 5, 'TB', 'other'],
      ['宽带接入速率达到100Mbps。', '100Mbps', 100, 'Mbps', 'other'],
      ['处理能力达到300吨/日。', '300吨/日', 300, '吨/日', 'other'],
      ['年产能5万吨/年。', '5万吨/年', 50000, '吨/年', 'other'],
      ['人均补助200元/人。', '200元/人', 200, '元/人', 'other'],
      ['每万人拥有床位3个/万人。', '3个/万人', 3, '个/万人', 'other'],
    ])('%s', (text, raw, value, unit, kind) => {
      const t = only(text);
      expect([t.raw, t.value, t.unit, t.kind, t.normalized.value, t.normalized.unit]).toEqual([raw, value, unit, kind, value, unit]);
    });

    it('keeps 5G, 4K, 3D, 2B and other letter codes names', () => {
      expect(targets('建设5G基站，发展4K超高清、3D打印和2B业务，推进5GA、5G-A和P3实验室。')).toEqual([]);
      expect(targets('应用5G技术。')).toEqual([]);
    });

    it('does not join a unit to a "/" that names no rate', () => {
      const t = only('新增企业300家/个体户。');
      expect([t.raw, t.unit]).toEqual(['300家', '家']);
    });

    it('does not read 零 opening a word as a number', () => {
      expect(targets('推动汽车零部件、零配件产业发展，实现零排放。')).toEqual([]);
      expect(only('新增汽车零部件企业20家。').raw).toBe('20家');
    });
  });

  describe('indicators', () => {
    it('drops a leading 在…等 location phrase', () => {
      expect(only('在北京、上海等重点城市新设品牌形象店15家。').indicator).toBe('品牌形象店');
      expect(only('在长沙、株洲等地建设数据中心10个。').indicator).toBe('数据中心');
    });

    it('keeps a 在 phrase without 等, and a noun starting with 在', () => {
      expect(only('在全市建设数据中心10个。').indicator).toContain('数据中心');
      expect(only('在校学生人数达到5000人。').indicator).toBe('在校学生人数');
    });
  });
});

describe('third held-out rules', () => {
  const roles = (text: string) => targets(text).map((t) => `${t.raw}:${t.role}`);
  const years = (text: string) => targets(text).map((t) => `${t.raw}:${t.year}`);
  const comparators = (text: string) => targets(text).map((t) => `${t.raw}:${t.comparator}`);

  describe('year', () => {
    const list = '（二）主要目标\n到2030年，物流体系更加完善。主要指标如下：\n——规模效益。社会物流总额达到21万亿元左右。\n——枢纽网络。国家物流枢纽达到9个。\n';

    it('hands the year of a lead-in ending in a colon to the list items after it', () => {
      expect(years(list)).toEqual(['21万亿元:2030', '9个:2030']);
    });

    it('stops at a paragraph that is not an item, and at an item naming its own year', () => {
      expect(years(`${list}全省新增企业20家。\n`)).toEqual(['21万亿元:2030', '9个:2030', '20家:null']);
      expect(years(`${list}——到2028年，新增园区3个。\n——新增企业20家。\n`)).toEqual(['21万亿元:2030', '9个:2030', '3个:2028', '20家:null']);
    });

    it('hands nothing on without a colon, a year, or to paragraphs without a list mark', () => {
      expect(years('到2030年，物流体系更加完善。\n——新增企业20家。\n')).toEqual(['20家:null']);
      expect(years('主要指标如下：\n——新增企业20家。\n')).toEqual(['20家:null']);
      expect(years('到2030年，主要指标如下：\n新增企业20家。\n')).toEqual(['20家:null']);
    });

    it('keeps a status year a status: the items are facts', () => {
      expect(roles('截至2024年底，主要数据如下：\n——全省物流企业达到635家。\n')).toEqual(['635家:baseline']);
    });

    it('reads 展望 as a year cue', () => {
      expect(years('展望2035年，全面建成现代物流体系，比率降至12%左右，形成2个国际物流枢纽。')).toEqual(['12%:2035', '2个:2035']);
    });
  });

  describe('units', () => {
    it('reads 标箱 with 万 in the number, 列 and compute P', () => {
      expect(pick(only('集装箱吞吐量达到50.2万标箱。'))).toEqual({ raw: '50.2万标箱', value: 502000, upper: null, unit: '标箱', kind: 'other', normalized: 502000 });
      expect(pick(only('中欧班列开行1160列。'))).toMatchObject({ raw: '1160列', value: 1160, unit: '列', kind: 'count' });
      expect(only('新增智能算力3000P以上。')).toMatchObject({ raw: '3000P', value: 3000, unit: 'P', comparator: 'gte' });
      expect(only('存储容量达到10PB。').unit).toBe('PB');
    });

    it('keeps names that look like units out', () => {
      expect(targets('推广1080P高清视频，建设5G基站。')).toEqual([]);
      expect(targets('将3列入重点项目。')).toEqual([]);
    });
  });

  describe('time limits', () => {
    it('reads a span the clause compresses as a goal', () => {
      expect(roles('企业开办全流程压缩至1个工作日以内。')).toEqual(['1个工作日:target']);
      expect(roles('一般社会投资项目压缩至40个工作日以内。')).toEqual(['40个工作日:target']);
      expect(roles('供水报装办理时间压缩至3个工作日。')).toEqual(['3个工作日:target']);
      expect(only('一般抵押登记1个工作日内办结。')).toMatchObject({ role: 'target', comparator: 'lte' });
    });

    it('keeps the spans of rules parameters', () => {
      expect(roles('补助期限不超过5年。')).toEqual(['5年:parameter']);
      expect(roles('贷款期限控制在3个月以内。')).toEqual(['3个月:parameter']);
      expect(roles('自受理之日起15个工作日内办结。')).toEqual(['15个工作日:parameter']);
      expect(roles('公示7天。')).toEqual(['7天:parameter']);
    });

    it('reads 内 as a bound only after a span', () => {
      expect(only('在3个园区内建设示范点。').comparator).toBe('eq');
    });
  });

  describe('role', () => {
    it('reads the conditions of an entitlement as parameters', () => {
      expect(roles('参保职工30人（含）以下的企业，裁员率不高于参保职工总数的20%即可享受。')).toEqual(['30人:parameter', '20%:parameter']);
      // A bounded count before 的 and its noun defines a class (TARGETS §2): a threshold, entitlement or not.
      expect(roles('参保职工30人以下的企业新增50家。')).toEqual(['30人:parameter', '50家:target']);
    });

    it('reads a refund rate as a parameter', () => {
      expect(roles('对上年度未裁员或裁员率不高于5.5%的参保企业，按不超过企业上年度实际缴纳失业保险费的60%返还。'))
        .toEqual(['5.5%:parameter', '60%:parameter']);
    });

    it('gives amounts listed with 、 in one clause the rule of any of them', () => {
      expect(roles('合伙创业的可按每人不超过30万元、总额不超过200万元的额度实行贷款。')).toEqual(['30万元:parameter', '200万元:parameter']);
      expect(roles('技术合同成交额突破100亿元，新增企业30家、奖励资金5000万元。')).toEqual(['100亿元:target', '30家:target', '5000万元:parameter']);
    });

    it('reads numbers in 第N条 articles as rules unless a goal governs them', () => {
      const doc = '第一条 为规范资金管理，制定本办法。\n第五条 其中，按因素法分配的资金比例不低于60%。\n'
        + '第六条 年度绩效目标为：支持龙头企业不少于40家。\n第七条 力争通过专项资金引导，到2029年带动社会投资超过300亿元。\n';
      expect(roles(doc)).toEqual(['60%:parameter', '40家:target', '300亿元:target']);
      expect(roles('一、主要任务\n按因素法分配的资金比例不低于60%。\n')).toEqual(['60%:target']);
    });
  });

  describe('comparators', () => {
    it('reaches a bound across the base of a percentage', () => {
      expect(comparators('月工资低于全市上年度在岗职工月平均工资60%的，按单位缴费部分的50%给予补贴。')).toEqual(['60%:lt', '50%:eq']);
      expect(comparators('按不超过当年实际完成投资额的5%给予补助。')).toEqual(['5%:lte']);
      expect(comparators('裁员率不高于参保职工总数的20%。')).toEqual(['20%:lte']);
    });

    it('does not reach across a change or a number', () => {
      expect(comparators('高于全省平均水平的地区增长5%。')).toEqual(['5%:eq']);
      expect(comparators('不超过3家企业的产值增长10%。')).toEqual(['3家:lte', '10%:eq']);
    });

    it('keeps a suffix after (含)', () => {
      expect(comparators('参保职工30人（含）以下的企业。')).toEqual(['30人:lte']);
      expect(comparators('年满60周岁(含)以上。')).toEqual(['60周岁:gte']);
    });

    it('reads 最低/最高 inside a noun as no bound', () => {
      expect(comparators('按当地最低工资标准的80%给予补贴。')).toEqual(['80%:eq']);
      expect(comparators('见习补贴标准提高至当地最低工资标准的100%。')).toEqual(['100%:eq']);
      expect(comparators('“最多跑一次”事项占比达到90%。')).toEqual(['90%:eq']);
      expect(comparators('最高可一次性贷款五十万元。')).toEqual(['五十万元:lte']);
      expect(comparators('最高奖励50万元。')).toEqual(['50万元:lte']);
    });
  });

  describe('not quantities', () => {
    it('reads 前N after a time word, or before a unit, as no rank', () => {
      expect(only('无分歧欠款6月底前100%清偿。')).toMatchObject({ raw: '100%', kind: 'percent', unit: '%' });
      expect(only('力争排名进入全国前100。').kind).toBe('rank');
      expect(only('进入全省前10名。')).toMatchObject({ raw: '前10名', kind: 'rank' });
    });

    it('reads N期 after a name as a phase, and counts 期 after an event verb', () => {
      expect(targets('算力中心二期建成投用。')).toEqual([]);
      expect(only('举办3期培训班。').raw).toBe('3期');
      expect(only('开展技能培训2期。').raw).toBe('2期');
    });

    it('reads a count before a short quoted slogan as no quantity', () => {
      expect(targets('实现三个“一”目标，落实两个“确保”。')).toEqual([]);
      expect(only('建设两个“专精特新”产业园。').raw).toBe('两个');
    });
  });

  describe('indicator', () => {
    it('ends counted places at the verb that brings a service to them', () => {
      expect(only('在全县8家银行网点延伸不动产抵押登记服务。').indicator).toBe('银行网点');
      expect(only('在2个以上行业领域形成数据接口标准规范。').indicator).toBe('行业领域形成数据接口标准规范');
      expect(only('新建8家银行网点。').indicator).toBe('银行网点');
    });
  });

  describe('number forms of review and rectification documents', () => {
    it.each([
      ['整治率达到百分之百。', '百分之百', 100, '%', 'percent', 1],
      ['发生率控制在千分之零点五以下。', '千分之零点五', 0.5, '‰', 'percent', 0.0005],
      ['占比提高到百分之三点五。', '百分之三点五', 3.5, '%', 'percent', 0.035],
      ['降低零点五个百分点。', '零点五个百分点', 0.5, '个百分点', 'percent', 0.005],
      ['新建农村供水工程8处。', '8处', 8, '处', 'count', 8],
      ['开展执法检查不少于4轮。', '4轮', 4, '轮', 'count', 4],
      ['盘活闲置土地12宗。', '12宗', 12, '宗', 'count', 12],
      ['装机规模突破650万千瓦。', '650万千瓦', 6500000, '千瓦', 'other', 6500000],
      ['新增造林2.5万亩。', '2.5万亩', 25000, '亩', 'other', 25000],
    ])('%s', (text, raw, value, unit, kind, normalized) => {
      expect(pick(only(text))).toEqual({ raw, value, upper: null, unit, kind, normalized });
    });

    it('keeps money units as written', () => {
      expect(pick(only('安排资金1.5亿元。'))).toMatchObject({ value: 1.5, unit: '亿元' });
      expect(pick(only('投资3万亿元。'))).toMatchObject({ value: 3, unit: '万亿元' });
    });

    it('reads no rounds in a slogan or 新一轮, and no decimal without digits after 点', () => {
      expect(targets('坚持创新和改革两轮驱动。')).toEqual([]);
      expect(targets('推进新一轮改革。')).toEqual([]);
      expect(targets('抓好三点工作。')).toEqual([]);
      expect(targets('杜绝零排放以外的情况。')).toEqual([]);
    });
  });

  describe('reviews, scopes and allocations', () => {
    const report = (body: string) => `2025年某县政府工作报告\n\n${body}`;

    it('makes everything under a review heading, and its subsections, baselines', () => {
      const doc = report('一、2024年工作回顾\n\n（一）产业发展提质增效。新增规模以上工业企业9家，装机规模达到560万千瓦。\n\n二、2025年主要预期目标\n\n新增规模以上工业企业10家。');
      expect(roles(doc)).toEqual(['9家:baseline', '560万千瓦:baseline', '10家:target']);
    });

    it('reads a past year with 成效 or 完成情况 as a review heading, but not the plan year', () => {
      expect(roles(report('一、2024年主要成效\n\n（一）产业发展\n\n新增企业9家。'))).toEqual(['9家:baseline']);
      expect(roles(report('一、2025年完成情况\n\n（一）产业发展\n\n新增企业9家。'))).toEqual(['9家:target']);
      expect(roles(report('一、2024年重点工作\n\n（一）产业发展\n\n新增企业9家。'))).toEqual(['9家:target']);
    });

    it('makes a paragraph looking back a baseline, and its 累计争取 no aim', () => {
      const ts = targets(report('三、重点工作\n\n过去五年，我们累计完成投资612亿元；累计争取各类资金138亿元。\n\n争取各类资金150亿元。'));
      expect(ts.map((t) => `${t.raw}:${t.role}:${t.modality}`)).toEqual(['612亿元:baseline:null', '138亿元:baseline:null', '150亿元:target:strive']);
      expect(roles(report('三、重点工作\n\n五年来，新建学校12所。'))).toEqual(['12所:baseline']);
      expect(roles(report('三、重点工作\n\n未来五年，新建学校12所。'))).toEqual(['12所:target']);
    });

    it('makes an allocation a notice hands out now a baseline, under its 下达情况 heading too', () => {
      expect(roles('本次共下达专项资金3860万元，支持项目57个。')).toEqual(['3860万元:baseline', '57个:baseline']);
      expect(roles('一、资金下达情况\n\n其中技术改造项目32个。')).toEqual(['32个:baseline']);
      expect(roles('本次行动新增企业30家。')).toEqual(['30家:target']);
    });

    it('makes the scope of an action what exists', () => {
      expect(roles('二、整治范围\n\n（一）燃气企业。全旗取得许可证的8家管道燃气企业，使用燃气的用户约3200户。'))
        .toEqual(['8家:baseline', '3200户:baseline']);
      expect(roles('对全镇12个村3150户脱贫户、86户监测户实行动态管理。')).toEqual(['12个:baseline', '3150户:baseline', '86户:baseline']);
      expect(roles('全镇12个村集体经济收入全部达到8万元以上。')).toEqual(['12个:baseline', '8万元:target']);
      expect(roles('全区100家企业完成数字化改造。')).toEqual(['100家:target']);
      expect(roles('对新建的12个村实行动态管理。')).toEqual(['12个:target']);
    });
  });

  describe('rules among counts', () => {
    it('makes a bounded count defining the noun a threshold, and the count after it a target', () => {
      const ts = targets('培育年出栏100头以上的养殖大户15户。');
      expect(ts.map((t) => `${t.raw}:${t.role}`)).toEqual(['100头:parameter', '15户:target']);
      expect(ts[1]!.indicator).toBe('养殖大户');
      expect(roles('培育100家以上的企业。')).toEqual(['100家:target']);
      expect(roles('新增100家以上的目标企业5家。')).toEqual(['100家:target', '5家:target']);
    });

    it('makes the weight of an assessment a rule', () => {
      expect(roles('督查结果纳入年度考核，考核权重不低于20%。')).toEqual(['20%:parameter']);
      expect(roles('考核优秀率不低于20%。')).toEqual(['20%:target']);
    });

    it('makes a budget the plan commits a target, and a fund given per beneficiary a rule', () => {
      expect(roles('全年计划安排补助资金860万元，实施项目24个。')).toEqual(['860万元:target', '24个:target']);
      expect(roles('统筹安排整治资金1200万元。')).toEqual(['1200万元:target']);
      expect(roles('对验收合格的项目给予补助资金50万元。')).toEqual(['50万元:parameter']);
      expect(roles('每户补助资金5000元。')).toEqual(['5000元:parameter']);
      expect(roles('对新建项目补助200万元。')).toEqual(['200万元:parameter']);
      expect(roles('新增企业30家、奖励资金5000万元。')).toEqual(['30家:target', '5000万元:parameter']);
      expect(roles('统筹安排资金，拨付补助资金的70%。')).toEqual(['70%:parameter']);
    });
  });

  describe('heading years', () => {
    it('lets a bracketed year of a section heading govern its own text', () => {
      const doc = '四、进度安排\n\n（一）排查整治阶段（2025年5月—10月）。开展全面排查，重大隐患整改率达到100%。';
      expect(only(doc).year).toBe(2025);
      expect(only('四、进度安排\n\n（一）排查整治阶段。开展全面排查，整改率达到100%。').year).toBeNull();
      expect(only('（一）化学农药使用量较2024年下降百分之十。').year).toBeNull();
    });
  });
});
