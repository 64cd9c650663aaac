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
    ['新增装机100万千瓦。', '100万千瓦', 100, '万千瓦', 'other', 100],
    ['改造农田1.5万亩。', '1.5万亩', 15000, '亩', 'other', 15000],
    ['产值增长1.5倍。', '1.5倍', 1.5, '倍', 'other', 1.5],
    ['城镇化率提高2个百分点。', '2个百分点', 2, '个百分点', 'other', 2],
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
    expect(only('2021年是开局之年,新增企业5家。').year).toBeNull();
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
