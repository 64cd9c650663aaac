// Nesting by rank (src/pipeline/nest.ts).
import { describe, expect, it } from 'vitest';
import { nestedFor, outline } from './pieces.js';
import { parseDocument } from '../../src/index.js';

describe('nest', () => {
  it('nests markers by rank: a marker closes every open section of equal or greater rank', () => {
    const { root } = nestedFor('一、总体要求\n(一)指导思想\n1.坚持统筹\n2.坚持创新\n(二)主要目标\n二、重点任务');
    expect(outline(root.children)).toEqual(['1 一、总体要求', '2 (一)指导思想', '3 1.坚持统筹', '3 2.坚持创新', '2 (二)主要目标', '1 二、重点任务']);
  });

  it('nests a heading line opening with —— under the part open above it (a strand of a review)', () => {
    const doc = parseDocument('一、2016年工作回顾\n过去一年，全区生产总值增长8.8%。\n——抓机遇，谋长远，拉开振兴发展序幕\n新开工项目17个。\n——抓改革，打硬仗，闯出振兴发展新路\n新增商事主体2.9万户。\n二、2017年主要工作\n新增就业1000人。');
    const top = doc.root.children.filter((c) => c.type === 'section');
    expect(top.map((c) => c.type === 'section' && c.title)).toEqual(['2016年工作回顾', '2017年主要工作']);
    expect(doc.targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['8.8%:baseline', '17个:baseline', '2.9万户:baseline', '1000人:target']);
  });

  it('nests —— strands under the item open above them, beside each other, closed by the next item', () => {
    const { root } = nestedFor('一、加快建设现代产业体系\n（一）壮大先进制造业\n全年工业增加值增长6%。\n——新能源汽车产业\n产量达到10万辆。\n——集成电路产业\n产值突破200亿元。\n（二）发展现代服务业\n服务业增加值增长7%。');
    expect(outline(root.children)).toEqual(['1 一、加快建设现代产业体系', '2 （一）壮大先进制造业', '3 ——新能源汽车产业', '3 ——集成电路产业', '2 （二）发展现代服务业']);
  });

  it('puts an unnumbered heading above the top-level markers right after it', () => {
    const { root } = nestedFor('为推进工作,制定本方案。\n工作任务\n一、加快建设\n二、推动转型');
    expect(outline(root.children)).toEqual(['1 工作任务', '2 一、加快建设', '2 二、推动转型']);
  });

  it('sets a plan\'s box (专栏N) among the items around it, closed by the next item, and lets the heading above it date it', () => {
    const plan = '一、重点任务\n(一)网络建设\n1.推进外网建设\n推进外网建设。\n2.推进内网改造\n推进内网改造。\n专栏1  网络互联互通工程\n建设5G基站1000个。\n(二)基础支撑\n3.加快标识解析\n加快标识解析。\n专栏2  标识解析工程\n建设二级节点5个。\n4.推进大数据建设';
    expect(outline(nestedFor(plan).root.children)).toEqual([
      '1 一、重点任务', '2 (一)网络建设', '3 1.推进外网建设', '3 2.推进内网改造', '3 专栏1  网络互联互通工程', '2 (二)基础支撑', '3 3.加快标识解析', '3 专栏2  标识解析工程', '3 4.推进大数据建设',
    ]);
    // right under a section's heading, before its first item, the box opens inside the section
    const report = '一、“十三五”工作回顾\n建成海塘50公里。\n二、“十四五”主要任务\n围绕安全要求，补好短板。\n专栏1　“三堤三网”\n建设三岛79公里大堤、13座水闸。\n（一）强化防洪\n整治河道22公里。';
    expect(outline(nestedFor(report).root.children)).toEqual(['1 一、“十三五”工作回顾', '1 二、“十四五”主要任务', '2 专栏1　“三堤三网”', '2 （一）强化防洪']);
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['50公里:null', '79公里:2025', '13座:2025', '22公里:2025']);
  });

  it('puts a part heading opening with a year above the numbered sections after it, however their numbering restarts', () => {
    const report = '二〇二四年工作回顾\n过去一年，全县经济平稳。\n二〇二五年主要目标任务\n今年工作的总体要求是稳中求进。\n(一)扩大投资\n(二)促进消费\n重点抓好以下工作。\n(一)持续推进协同发展\n(二)持续推进改革创新';
    expect(outline(nestedFor(report).root.children)).toEqual([
      '1 二〇二四年工作回顾', '1 二〇二五年主要目标任务', '2 (一)扩大投资', '2 (二)促进消费', '2 (一)持续推进协同发展', '2 (二)持续推进改革创新',
    ]);
    // without numbered sections, a dated heading stays a peer of the unnumbered headings after it
    expect(outline(nestedFor('2024年工作情况\n全年平稳。\n2025年主要目标\n全年增长。\n加快数字基础设施建设\n一是推进网络设施升级。').root.children)
      .filter((l) => !l.includes('一是'))).toEqual(['1 2024年工作情况', '1 2025年主要目标', '1 加快数字基础设施建设']);
  });

  it('keeps a dated heading among the numbered sections where the numbering goes on after it', () => {
    const plan = '一、总体要求\n加快发展。\n二、阶段目标\n2024年目标\n完成改造50公里。\n2025年目标\n普及率达到95%。\n三、重点任务\n(一)实施水源工程\n新建水厂2座。';
    expect(outline(nestedFor(plan).root.children).filter((l) => !l.includes('2024年'))).toEqual(['1 一、总体要求', '1 二、阶段目标', '1 2025年目标', '1 三、重点任务', '2 (一)实施水源工程']);
  });

  it('closes every part at a work report\'s glossary', () => {
    const report = '二〇二五年主要目标任务\n今年稳中求进。\n(一)扩大投资\n新增项目10个。\n※注释※\n[1]“双千工程”：指每年引进1000个项目。';
    expect(outline(nestedFor(report).root.children)).toEqual(['1 二〇二五年主要目标任务', '2 (一)扩大投资', '1 ※注释※']);
    // a table's note (注释:) is no glossary
    const note = '一、主要指标\n到2025年,浓度下降10%。\n注释:\n上述指标中带〔〕的为五年累计数。\n二、重点任务\n(一)深入打好蓝天保卫战';
    expect(outline(nestedFor(note).root.children)).toEqual(['1 一、主要指标', '1 注释', '1 二、重点任务', '2 (一)深入打好蓝天保卫战']);
  });

  it('puts body text into the section open above it, and a title line at the top', () => {
    const { root } = nestedFor('某县乡村振兴实施方案\n一、总体要求\n加快发展。');
    expect(root.children.map((n) => n.type === 'paragraph' && n.role)).toEqual(['title', false]);
    const section = root.children[1]!;
    expect(section.type === 'section' && section.children.map((c) => c.type === 'paragraph' && c.text)).toEqual(['加快发展。']);
  });

  it('opens an appendix at the top: "附件" and its title line close every open section', () => {
    const { root } = nestedFor('一、重点工作\n（一）加强建设\n做好各项工作。\n附件\n2026年民生实事\n1.新增就业18万人以上。\n2.建设养老床位7000张。');
    expect(outline(root.children)).toEqual(['1 一、重点工作', '2 （一）加强建设', '1 附件', '2 2026年民生实事', '3 1.新增就业18万人以上', '3 2.建设养老床位7000张']);
  });

  it('puts parts of a code of rules (第N章, 第N节) above its articles, whatever follows them', () => {
    const { root } = nestedFor('第一章 总则\n第一条 为规范管理，制定本细则。\n第二章 人才奖\n第一节 骨干人才奖励\n第二条 骨干人才奖励如下。\n第二节 高管人才奖励\n第三条 高管人才奖励如下。\n第三章 附则\n第四条 本细则自印发之日起施行。');
    expect(outline(root.children)).toEqual([
      '1 第一章 总则', '2 第一条为规范管理，制定本细则', '1 第二章 人才奖', '2 第一节 骨干人才奖励', '3 第二条骨干人才奖励如下',
      '2 第二节 高管人才奖励', '3 第三条高管人才奖励如下', '1 第三章 附则', '2 第四条本细则自印发之日起施行',
    ]);
    // a sentence naming a chapter is body text
    expect(outline(nestedFor('第一条 依照第三章规定执行。\n第二章第五条另有规定的，从其规定。').root.children)).toEqual(['1 第一条依照第三章规定执行']);
  });

  it('puts a 一、 heading right before an article above the articles, as a chapter; items inside an article stay below it', () => {
    const { root } = nestedFor('一、促进企业发展\n第一条 对新落户的企业给予奖励。\n第二条 对新认定的企业给予奖励。\n二、支持平台建设\n第三条 对平台给予配套：\n（一）最高2000万元落户奖励。\n第四条 对项目给予资助。');
    expect(outline(root.children)).toEqual([
      '1 一、促进企业发展', '2 第一条对新落户的企业给予奖励', '2 第二条对新认定的企业给予奖励', '1 二、支持平台建设',
      '2 第三条对平台给予配套', '3 （一）最高2000万元落户奖励', '2 第四条对项目给予资助',
    ]);
    // a list inside an article whose last item stands right before the next article stays in the article
    expect(outline(nestedFor('第二条 应当提交下列材料：\n一、申请表\n二、营业执照复印件\n第三条 本办法自印发之日起施行。').root.children)).toEqual([
      '1 第二条应当提交下列材料', '2 一、申请表', '2 二、营业执照复印件', '1 第三条本办法自印发之日起施行',
    ]);
    // a 一、 item inside an article's text, not before an article, stays an item of it
    expect(outline(nestedFor('第一条 有下列情形之一的：\n一、逾期未完成的；\n二、弄虚作假的。\n第二条 本办法自印发之日起施行。').root.children)).toEqual([
      '1 第一条有下列情形之一的', '2 一、逾期未完成的', '2 二、弄虚作假的', '1 第二条本办法自印发之日起施行',
    ]);
  });

  it('reads a chapter with its first article run onto its line (an export\'s flattened head)', () => {
    expect(outline(nestedFor('第一章　总则　　第一条 　为规范管理，制定本办法。\n第二条 　本办法适用于全州。\n第二章　附则\n第三条 　本办法自印发之日起施行。').root.children))
      .toEqual(['1 第一章　总则', '2 第一条为规范管理，制定本办法', '2 第二条本办法适用于全州', '1 第二章　附则', '2 第三条本办法自印发之日起施行']);
  });

  it('reads an item whose text opens with a year (3．2020年底前…), after a unit bracket closing the item before', () => {
    expect(outline(nestedFor('（一）减税降费\n1．落实政策。（财政部负责）2．2020年底前开展专项治理。（税务总局负责）').root.children))
      .toEqual(['1 （一）减税降费', '2 1．落实政策', '2 2．2020年底前开展专项治理']);
    // a decimal is no marker
    expect(outline(nestedFor('一、目标\n增长3.5%，达到1.25万亿元。').root.children)).toEqual(['1 一、目标']);
  });

  it('reads a bracketed item run into its heading as the next of a numbering that goes straight through the parts', () => {
    expect(outline(nestedFor('一、提升便利度\n（一）优化审批。\n（二）提升效率。\n二、进一步简化审批和条件（三）进一步降低门槛。').root.children))
      .toEqual(['1 一、提升便利度', '2 （一）优化审批', '2 （二）提升效率', '1 二、进一步简化审批和条件', '2 （三）进一步降低门槛']);
  });

  it('reads a flattened part whose heading opens with a unit-label character (主要任务: 主 opens 主办单位) run into its items', () => {
    expect(outline(nestedFor('三、主要任务（一）国企改革效率提高1.法人治理结构得到改进（1）加快制度化建设。持续做好重组。（2）加强董事会建设。').root.children))
      .toEqual(['1 三、主要任务', '2 （一）国企改革效率提高', '3 1.法人治理结构得到改进', '4 （1）加快制度化建设', '4 （2）加强董事会建设']);
  });

  it('reads a bracketed numeral mid-line before 期, 类 or 至 as a name, not an item run in', () => {
    expect(outline(nestedFor('一、实施老旧小区改造36个（一）期工程6月底前完工。\n二、推进片区开发（二）期项目同步启动。').root.children))
      .toEqual(['1 一、实施老旧小区改造36个（一）期工程6月底前完工', '1 二、推进片区开发（二）期项目同步启动']);
    // 到 after the numeral opens the item's text
    expect(outline(nestedFor('二、主要目标（一）到2025年，比重达到20%。（二）到2030年，比重达到25%。').root.children))
      .toEqual(['1 二、主要目标', '2 （一）到2025年，比重达到20%', '2 （二）到2030年，比重达到25%']);
  });

  it('reads 11.121人才梯队项目 as item 11 after item 10 at a line start, but 增长3.5% as a decimal', () => {
    expect(outline(nestedFor('一、项目\n10.学者项目。\n11.121人才梯队项目。\n12.1.5万元补助。\n3.5万元用于培训。').root.children))
      .toEqual(['1 一、项目', '2 10.学者项目', '2 11.121人才梯队项目', '2 12.1.5万元补助']);
  });

  it('reads 1﹒ (a small full stop) as 1.', () => {
    expect(outline(nestedFor('一、加快建设\n1﹒推进外网建设\n2﹒推进内网改造').root.children)).toEqual(['1 一、加快建设', '2 1﹒推进外网建设', '2 2﹒推进内网改造']);
  });

  it('opens a numbered appendix (附件1) at the top, its title over its items whatever their style, and dates them by it', () => {
    const text = '一、重点工作\n（一）加强建设\n做好各项工作。\n附件1\n2026年省十件民生实事\n坚持民生为大。\n一、提高补贴\n新增就业18万人以上。\n二、建设养老床位\n新增床位7000张。';
    expect(outline(nestedFor(text).root.children)).toEqual(['1 一、重点工作', '2 （一）加强建设', '1 附件1', '2 2026年省十件民生实事', '3 一、提高补贴', '3 二、建设养老床位']);
    expect(parseDocument(text).targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['18万人:2026', '7000张:2026']);
  });

  it('keeps a sentence leading into a list (重点抓好以下十二个方面：) as text, so the items stay under their part and its year', () => {
    const text = '一、2024年工作回顾\n新增企业10家。\n二、2025年工作安排\n2025年是收官之年。\n重点抓好以下十二个方面：\n（一）做实定位，覆盖率达到90%。';
    expect(outline(nestedFor(text).root.children)).toEqual(['1 一、2024年工作回顾', '1 二、2025年工作安排', '2 （一）做实定位，覆盖率达到90%']);
    expect(parseDocument(text).targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['10家:2024', '90%:2025']);
  });

  it('keeps an attachment list of names as text', () => {
    const { root } = nestedFor('一、重点工作\n做好各项工作。\n附件：1.申报表\n2.汇总表');
    expect(outline(root.children)).toEqual(['1 一、重点工作']);
  });

  it('sets furniture aside with its text as written', () => {
    const { root, furniture } = nestedFor('分享到：\n一、总体要求');
    expect(furniture.map((f) => f.text)).toEqual(['分享到：']);
    expect(outline(root.children)).toEqual(['1 一、总体要求']);
  });

  it('cuts annotations out of the section text and keeps them with their units', () => {
    const { root } = nestedFor('1.建设公园(牵头单位:市林业局)');
    const s = root.children[0]!;
    expect(s.type === 'section' && [s.text, s.annotations.map((a) => [a.raw, a.lead])]).toEqual(['建设公园', [['(牵头单位:市林业局)', ['市林业局']]]]);
  });

  it('reads units without brackets right after the marker opening a line, and titles the item by them', () => {
    const doc = parseDocument('一、国家药用植物园\n1.项目内容：打造华北园。\n2.责任单位：水利局、住建局\n3.事项进展：目前已完成。');
    const item = doc.root.children[0]!.type === 'section' ? doc.root.children[0]!.children[1]! : null;
    expect(item?.type === 'section' && [item.title, item.lead, item.responsible]).toEqual(['责任单位：水利局、住建局', [], ['水利局', '住建局']]);
    // mid-line, after a sentence, the label is prose
    const prose = parseDocument('一、任务\n做好工作。2.责任单位：水利局');
    expect(prose.root.children[0]!.type === 'section' && prose.root.children[0]!.responsible).toEqual([]);
  });

  it('gives "( )" that lost its number the style of the bracketed items before it', () => {
    const { root } = nestedFor('(一)加快建设\n( )推动转型');
    expect(root.children.map((n) => n.type === 'section' && n.marker?.style)).toEqual(['paren-cn', 'paren-cn']);
  });

  it('widens a section span to the end of its last child', () => {
    const { root } = nestedFor('一、总体要求\n(一)指导思想');
    const s = root.children[0]!;
    expect(s.type === 'section' && [s.ownPosition.end.line, s.position.end.line]).toEqual([1, 2]);
  });
});
