// Unnumbered headings among the body lines (src/pipeline/heading-lines.ts).
import { describe, expect, it } from 'vitest';
import { nextContentOf } from '../../src/pipeline/heading-lines.js';
import { parseDocument } from '../../src/index.js';
import { kindsOf } from './pieces.js';

describe('part headings', () => {
  it('reads a plan\'s 第N篇 above its chapters', () => {
    const doc = parseDocument('第一篇　建设创新型南宁\n\n第一章　把握发展新形势\n\n（一）发展成就与基础\n“十二五”期间，成效显著。\n第二篇　增强创新驱动\n\n第二章　确立发展新蓝图\n');
    const outline = (ns: typeof doc.root.children, d = 1): string[] => ns.flatMap((n) => (n.type === 'section' ? [`${d} ${n.marker?.raw ?? ''}${n.title}`, ...outline(n.children, d + 1)] : []));
    expect(outline(doc.root.children)).toEqual(['1 第一篇　建设创新型南宁', '2 第一章　把握发展新形势', '3 （一）发展成就与基础', '1 第二篇　增强创新驱动', '2 第二章　确立发展新蓝图']);
  });
});

describe('lead-in lines', () => {
  it('reads a line whose verb ends it before its colon as text that leads into what follows, not a heading', () => {
    const doc = parseDocument('三、2011年的工作\n今年国民经济和社会发展的主要预期目标是：\n国内生产总值增长8%左右。\n（一）保持物价总水平基本稳定\n');
    expect(doc.root.children.filter((n) => n.type === 'section').map((n) => n.type === 'section' && n.title)).toEqual(['2011年的工作']);
    expect(doc.targets.map((t) => [t.raw, t.year])).toEqual([['8%', 2011]]);
    // a line that names, not says, heads its items: 禁止行为：, 主要目标为：
    const rules = parseDocument('第二章 行为规范\n禁止行为：\n（一）乱扔垃圾。\n（二）乱倒污水。\n鼓励行为：\n（一）垃圾分类。\n（二）节约用水。\n');
    const titles = (ns: typeof rules.root.children): string[] => ns.flatMap((n) => (n.type === 'section' ? [n.title, ...titles(n.children)] : []));
    expect(titles(rules.root.children).filter((t) => t.endsWith('行为'))).toEqual(['禁止行为', '鼓励行为']);
  });
});

describe('lines a copy broke at a link', () => {
  it('reads no heading in a line the next one runs on from, nor a lost numeral in the comma opening it', () => {
    const text = '一、2016年工作回顾\n——基础设施支撑能力持续提升。新建高速公路6700多公里。\n城市轨道交通\n、地下综合管廊建设加快。新开工重大水利工程21项。\n（二）深化重要领域和关键环节改革。\n要全面深化各领域改\n\u200b\n革，加快推进基础性、关键性改革。\n（三）进一步释放国内需求潜力\n';
    const doc = parseDocument(text);
    const titles = (ns: typeof doc.root.children): string[] => ns.flatMap((n) => (n.type === 'section' ? [n.title, ...titles(n.children)] : []));
    expect(titles(doc.root.children)).toEqual(['2016年工作回顾', '深化重要领域和关键环节改革', '进一步释放国内需求潜力']);
  });

  it('keeps a heading whose body opens with a list of one-character nouns or a word and its comma, and a lost numeral\'s heading', () => {
    const titles = (text: string) => parseDocument(text).root.children.flatMap((n) => (n.type === 'section' ? [n.title] : []));
    expect(titles('某市实施意见\n\n加强农村基础设施建设\n水、电、路、气等基础设施建设全面推进，到2025年，农村自来水普及率达到90%。\n\n提升公共服务水平\n到2025年，达标率达到100%。\n'))
      .toEqual(['加强农村基础设施建设', '提升公共服务水平']);
    expect(titles('某县工作方案\n\n优化审批服务\n即，一次告知、一窗受理，到2024年底，办结率95%。\n\n强化要素保障\n另，新增建设用地供应1000亩。\n'))
      .toEqual(['优化审批服务', '强化要素保障']);
    expect(titles('某县关于推进乡村振兴的实施方案\n、总体要求\n到2025年，收入达到2万元。\n、重点任务\n到2025年，建成高标准农田5万亩。\n')).toHaveLength(2);
  });
});

describe('markHeadings', () => {
  it('makes a short line a heading where body text follows it', () => {
    expect(kindsOf('为推进工作,制定本方案。\n\n保障措施\n各地要加强组织领导,落实工作责任,确保各项任务按期完成,取得实效并且形成长效机制。')).toEqual([
      'paragraph', 'heading', 'paragraph',
    ]);
  });

  it('makes a work report\'s review line a heading: its time, then up to three paired phrases', () => {
    const body = '全年地区生产总值增长6.5%，规上工业增加值增长8%，固定资产投资增长10%，为全县经济发展奠定了坚实基础。';
    expect(kindsOf(`${body}\n一年来，我们坚持事不避难、真抓实干，发展质量稳步提升\n${body}`)).toEqual(['paragraph', 'heading', 'paragraph']);
    // without the time, four phrases are a wrapped sentence
    expect(kindsOf(`${body}\n我们坚持事不避难、真抓实干，发展质量稳步提升，群众生活持续改善\n${body}`)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('leaves a line leading into a list with 即 or 方面 before its colon as text', () => {
    expect(kindsOf('“十个持续推进”即重点抓好十方面工作：\n(一)持续推进协同发展')).toEqual(['paragraph', 'marker']);
    expect(kindsOf('重点做好三个方面：\n(一)持续推进协同发展')).toEqual(['paragraph', 'marker']);
    expect(kindsOf('主要任务：\n(一)持续推进协同发展')).toEqual(['heading', 'marker']);
  });

  it('leaves a short line that addresses someone as text', () => {
    expect(kindsOf('各县(市、区)人民政府,市政府各部门:\n一、总体要求')).toEqual(['paragraph', 'marker']);
  });

  it('makes no heading of a short line after one that does not end its clause', () => {
    const body = '各地要加强组织领导,落实工作责任,确保各项任务按期完成,取得实效并且形成长效机制。';
    expect(kindsOf(`为推进工作,制定本方案。\n要求如下,\n保障措施\n${body}`)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(kindsOf(`为推进工作,制定本方案。\n要求如下:\n保障措施\n${body}`)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('nextContentOf', () => {
  it('skips furniture to the next piece of content', () => {
    expect(nextContentOf(['marker', 'furniture', 'furniture', 'paragraph', 'furniture'])).toEqual([3, 3, 3, -1, -1]);
  });
});

describe('the glossary heading', () => {
  it('heads the glossary even after a line left open (a page\'s pull quote)', () => {
    const doc = parseDocument('三、全面提升政府治理能力\n加强建设。\n着力打造宜居宜业现代新城\n※名词解释※\n[5]6个100%：施工工地100%围挡、物料堆放100%覆盖。');
    const last = doc.root.children[doc.root.children.length - 1]!;
    expect(last.type === 'section' && last.title).toBe('※名词解释※');
    expect(doc.targets.every((t) => t.role !== 'target')).toBe(true);
  });

  it('heads an attachment by its number and title on one line, before a table too (full-width colon or not)', () => {
    const doc = parseDocument('某区关于印发2026年行动计划的通知\n现印发给你们。\n附件1：持续污染防治攻坚2026年行动计划\n序号\t重点任务\n附件2：加快绿色低碳转型2026年行动计划\n一、应对气候变化\n新增光伏10万千瓦。');
    const titles = doc.root.children.filter((c) => c.type === 'section').map((c) => (c.type === 'section' ? c.title : ''));
    expect(titles).toContain('附件1：持续污染防治攻坚2026年行动计划');
    expect(titles).toContain('附件2：加快绿色低碳转型2026年行动计划');
    // a line naming an attachment inside the body, the numbering going on after it, heads nothing
    const named = parseDocument('某市2025年工作方案\n\n一、主要任务\n（一）推进项目建设。申报材料见附件。\n附件1：项目申报材料清单\n附件2：项目评审办法\n二、保障措施\n加强组织领导。');
    expect(named.root.children.filter((c) => c.type === 'section').map((c) => (c.type === 'section' ? c.title : ''))).toEqual(['主要任务', '保障措施']);
  });

  it('keeps a heading line of two phrases whole before the item under it, cut before its sibling', () => {
    const title = (t: string) => { const s = parseDocument(t).root.children[0]!; return s.type === 'section' ? s.title : ''; };
    expect(title('一、在推动经济持续平稳向好方面实干争先，打造增长极\n\n（一）加快产业转型升级。全年新增企业100家。')).toBe('在推动经济持续平稳向好方面实干争先，打造增长极');
    expect(title('（一）加强组织领导全面加强区委对基层治理工作的领导，健全工作机制\n　　（二）强化保障。')).toBe('加强组织领导');
  });

  it('heads the glossary named 有关名词解释 beside the report\'s parts, not inside the last', () => {
    const doc = parseDocument('2023年工作回顾\n一、推动经济回升\n新增企业40家。\n2024年主要工作\n一、扩大投资\n实施重点项目60个。\n有关名词解释\n1.“四上”企业：对达到一定规模的法人单位的统称');
    expect(doc.root.children.map((c) => (c.type === 'section' ? c.title : c.type))).toEqual(['2023年工作回顾', '2024年主要工作', '有关名词解释']);
  });
});
