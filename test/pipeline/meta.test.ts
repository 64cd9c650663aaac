// Document metadata and the facts about the document the quantity stage reads.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRuleDocument, mayBeSignOff } from '../../src/pipeline/meta.js';
import { BYLINE, DATE_LINE, TITLE_DATE, TITLE_ONE_YEAR, TITLE_PERIOD } from '../../src/data/doc-types.js';
import { compact } from '../../src/pipeline/normalize.js';
import { parseDocument } from '../../src/index.js';

describe('sign-off lines', () => {
  it('passes mayBeSignOff on every text whose compacted form is a date line or a byline', () => {
    const parts = ['2025年12月18日', '2025年5月6日', '2025', '12', '年', '月', '日', ' ', '\u3000', '\n', '\t', '某省发展和改革委员会', '局', '号'];
    const text = fc.array(fc.constantFrom(...parts), { maxLength: 6 }).map((a) => a.join(''));
    let signOffs = 0;
    fc.assert(fc.property(text, (t) => {
      const c = compact(t);
      if (!(DATE_LINE.test(c) || BYLINE.test(c))) return true;
      signOffs++;
      return mayBeSignOff(t);
    }), { numRuns: 5000 });
    expect(signOffs).toBeGreaterThan(50); // the texts did hold sign-offs
  });
});


describe('period', () => {
  const period = (text: string) => parseDocument(text).meta.period;

  it('reads the one year a title names, a range of years, or the five-year plan', () => {
    expect(period('某区2025年政府工作要点\n\n新增企业10家。')).toEqual({ start: 2025, end: 2025 });
    expect(period('某市数字经济三年行动计划（2024—2026年）\n\n新增企业10家。')).toEqual({ start: 2024, end: 2026 });
    expect(period('某市“十五五”规划纲要\n\n新增企业10家。')).toEqual({ start: 2026, end: 2030 });
  });
});

describe('rule documents', () => {
  it('reads the type from the title, a notice that is itself the measures included', () => {
    expect(isRuleDocument({ title: '芜湖市促进科技型企业培育若干措施' })).toBe(true);
    expect(isRuleDocument({ title: '国务院关于支持自由贸易试验区深化改革创新若干措施的通知' })).toBe(true);
    expect(isRuleDocument({ title: '关于做好2026年防汛工作的通知' })).toBe(false);
    // guidelines: a data-export guide's thresholds (累计向境外提供100万人以上个人信息) are rules
    expect(isRuleDocument({ title: '汽车数据出境安全指引（2026版）' })).toBe(true);
    expect(isRuleDocument({ title: '某市产业投资指引' })).toBe(false);
    expect(isRuleDocument({ title: '某省制造业数字化转型发展指引' })).toBe(false);
    expect(isRuleDocument({ title: '关于控制托幼园所收费标准的通知' })).toBe(true);
    // a notice on a price sets prices
    expect(isRuleDocument({ title: '山东省物价局关于降低工商业电价有关事项的通知' })).toBe(true);
    expect(isRuleDocument({ title: '关于调整天然气价格的通知' })).toBe(true);
    expect(isRuleDocument({ title: '关于降低工商业电价的有关事项的通知' })).toBe(true);
    expect(isRuleDocument({ title: '某市稳定物价保障供应工作方案' })).toBe(false);
    expect(isRuleDocument({ title: '某市科技创新工作方案' })).toBe(false);
    // an assessment's indicators ask for levels to reach
    expect(isRuleDocument({ title: '包头市2022年数字政府建设考评办法' })).toBe(false);
  });
});

describe('title', () => {
  const title = (text: string) => parseDocument(text).meta.title;
  it('reads a title opening with its region under a page label, past a server page\'s directive', () => {
    const page = '<%@ page language="java" contentType="text/html; charset=UTF-8"%>\n县级考核依据\n石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则\n一、通用考核项目\n组织领导8分。';
    expect(title(page)).toBe('石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则');
  });
  it('reads the plan a notice forwards without who drew it up, and the one it revises', () => {
    expect(title('上海市松江区人民政府办公室关于转发区建设管理委制订的松江区城市更新2025年度实施计划的通知\n一、目标\n新增企业10家。')).toBe('松江区城市更新2025年度实施计划');
    expect(title('关于修订《临港新片区扶持光伏发电项目操作办法》的通知\n一、目标\n新增企业10家。')).toBe('临港新片区扶持光伏发电项目操作办法');
  });
  it('reads the plan out of a wrapper a portal cut short, and takes the plan\'s own title line', () => {
    expect(title('关于印发山西省推进数字经济全面发展实施方案（2026—2028年）的 ...\n各市人民政府：\n现印发给你们。\n山西省推进数字经济全面发展实施方案\n（2026—2028年）\n一、总体要求\n新增企业10家。'))
      .toBe('山西省推进数字经济全面发展实施方案');
  });
  it('reads X out of the wrapper of a notice that issues it, with or without 关于', () => {
    expect(title('关于印发《某市科技创新工作方案》的通知\n一、目标\n新增企业10家。')).toBe('某市科技创新工作方案');
    expect(title('上海市人民政府办公厅印发《关于支持科创走廊建设的若干措施》的通知\n一、目标\n新增企业10家。')).toBe('关于支持科创走廊建设的若干措施');
  });
  it('joins a title centred over two or three lines', () => {
    expect(title('国务院关于支持自由贸易试验区\n深化改革创新若干措施的通知\n一、目标\n新增企业10家。')).toBe('国务院关于支持自由贸易试验区深化改革创新若干措施的通知');
    expect(title('国务院办公厅关于印发“无废城市”建设\n试点工作方案的通知\n一、目标\n新增企业10家。')).toBe('“无废城市”建设试点工作方案');
    expect(title('国务院办公厅关于有效发挥政府性\n融资担保基金作用切实支持小微企业和\n“三农”发展的指导意见\n一、总体要求\n新增企业10家。'))
      .toBe('国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见');
    // after a notice's sign-off, a title whose first line opens with its region (not its issuer)
    expect(title('陕西省发展和改革委员会关于印发《陕西省电动汽车充电基础设施 ...\n\n各设区市人民政府：\n\n我委编制了《陕西省电动汽车充电基础设施建设运营管理办法》，现予以印发。\n\n陕西省发展和改革委员会\n\n2024年5月17日\n\n（1-65〔2024〕5号）\n\n陕西省电动汽车充电基础设施\n\n建设运营管理办法\n\n第一章 总 则\n\n第一条 为规范管理，制定本办法。'))
      .toBe('陕西省电动汽车充电基础设施建设运营管理办法');
    // …but not an issuer's line or a byline opening with the region
    expect(title('我会编制了《陕西省职工技能提升行动方案》，现予以印发。\n\n陕西省总工会\n\n陕西省职工技能提升行动方案\n\n一、目标\n\n培训职工10万人次。')).toBe('陕西省职工技能提升行动方案');
    // (a first line ending in 运动会 or 集团 is no issuer)
    expect(title('我局编制了《陕西省第十七届运动会筹备工作方案》，现予以印发。\n\n陕西省第十七届运动会\n\n筹备工作方案\n\n一、目标\n\n培训志愿者1000人。')).toBe('陕西省第十七届运动会筹备工作方案');
    // an issuer line before a notice opening with 关于 stays apart
    expect(title('安平市财政局　安平市农业农村局\n关于下达2026年专项资金的通知\n一、目标\n新增企业10家。')).toBe('关于下达2026年专项资金的通知');
  });
  it('reads the title of a portal article after its navigation, from the line above its 来源/发布日期 row', () => {
    const page = '首 页\n欢迎您光临南沙区政府！\n您现在的位置：首页 > 投资政策\n本地政策\n南沙新区集聚人才创新发展的若干措施\n来源：南沙区发改局发布日期：2017-10-13\n一、实施人才计划\n给予每人2万元奖励。';
    expect(parseDocument(page).meta).toMatchObject({ title: '南沙新区集聚人才创新发展的若干措施', date: '2017-10-13' });
  });
  it('reads a title after a breadcrumb written as a numbered list, and a version in brackets as a qualifier', () => {
    const crawl = '专题专栏\n\n1. 当前位置：\n2. 首页\n3. / 专题专栏\n4. / 电力服务透明度\n\n上海市发展改革委关于本市居民生活用电试行阶梯电价实施方案的通知\n\n一、基本原则\n\n补偿成本。';
    expect(title(crawl)).toBe('上海市发展改革委关于本市居民生活用电试行阶梯电价实施方案的通知');
    expect(isRuleDocument({ title: '上海市发展改革委关于本市居民生活用电试行阶梯电价实施方案的通知' })).toBe(true);
    const doc = parseDocument('电力需求侧管理办法（2023年版）\n第一章 总则\n第一条 为加强管理，制定本办法。');
    expect([doc.meta.title, doc.meta.period]).toEqual(['电力需求侧管理办法（2023年版）', null]);
  });
  it('reads the plan a notice\'s body names as the title of the line that repeats it, its period aside', () => {
    const notice = '京大数据发〔2024〕1号\n\n各区，各相关部门：\n\n经市政府同意，现将《北京市“数据要素×”实施方案（2024—2026年）》印发给你们，请认真贯彻落实。\n\n北京市大数据工作推进小组\n\n2024年9月27日\n\n北京市“数据要素×”实施方案（2024—2026年）\n\n为充分发挥数据要素作用，制定本方案。\n\n一、总体要求\n\n坚持统筹。';
    expect(title(notice)).toBe('北京市“数据要素×”实施方案');
    // "制定了《X》，经市政府同意，现予印发" names it too
    const drawnUp = '各区人民政府：\n\n为持续优化营商环境，市政府审改办会同市市场监管局等部门制定了《北京市关于深化改革的工作方案》，经市政府同意，现予印发，请认真组织落实。\n\n北京市人民政府审改办\n\n2021年7月1日\n\n北京市关于深化改革的工作方案\n\n一、总体要求\n\n坚持统筹。';
    expect(title(drawnUp)).toBe('北京市关于深化改革的工作方案');
  });
  it('reads a count of articles after a type (政策二十条), a version without 年 (2020版) and a wrapper that 下发s', () => {
    expect(title('各县（市、区）人民政府：《广安市招商引资政策二十条（试行）》已经市政府常务会议审议通过，现印发给你们，请遵照执行。广安市人民政府2022年4月29日广安市招商引资政策二十条（试行）为提升招商引资质量，制定以下政策。一、支持重大项目落地。')).toBe('广安市招商引资政策二十条（试行）');
    expect(title('关于印发《上海市可再生能源和新能源发展专项资金扶持办法（2020版）》的通知\n\n各有关单位：\n\n第一条 为促进发展，制定本办法。')).toBe('上海市可再生能源和新能源发展专项资金扶持办法（2020版）');
    expect(title('上海市绿化和市容管理局关于下发《上海市花白玉兰推广应用三年行动计划（2024-2026年）》的通知\n\n各区绿化市容局：\n\n一、总体要求\n\n坚持统筹。')).toBe('上海市花白玉兰推广应用三年行动计划');
  });
  it('reads a bureau\'s yearly summary as a title, so its heading words do not make the plan after it a review', () => {
    const doc = parseDocument('某区发展和改革局2024年工作总结\n一、主要工作成效\n2024年，全区已完成固定资产投资86亿元。\n二、2025年工作打算\n2025年，全区固定资产投资增长6%以上。\n某区发展和改革局\n2024年12月20日');
    expect(doc.meta.title).toBe('某区发展和改革局2024年工作总结');
    expect(doc.targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['86亿元:baseline', '6%:target']);
    // …and with next year's plan after it, by any of its names (工作计划, 工作思路, 工作打算)
    const both = parseDocument('某局2024年工作总结及2025年工作思路\n一、2024年工作总结\n完成投资86亿元。\n二、2025年工作思路\n投资增长6%以上。');
    expect([both.meta.title, both.meta.period]).toEqual(['某局2024年工作总结及2025年工作思路', { start: 2025, end: 2025 }]);
  });

  it('reads a bare 2024年工作总结 line under a title as a heading that dates what follows', () => {
    const doc = parseDocument('某市商务局2025年工作计划\n2024年工作总结\n全年实现社会消费品零售总额520亿元。\n2025年主要目标\n社会消费品零售总额增长6%。');
    expect(doc.meta.title).toBe('某市商务局2025年工作计划');
    expect(doc.targets.map((t) => `${t.raw}:${t.role}:${t.year}`)).toEqual(['520亿元:baseline:2024', '6%:target:2025']);
  });

  it('names the document its notice publishes in its first paragraphs, after addressees or a stray line', () => {
    expect(title('省药监局，各市、县（区）市场监管局：\n《关于有效应对疫情促进经济稳定增长的若干举措》已经省局局长办公会同意，现印发给你们。\n全省各级部门要加快落实。')).toBe('关于有效应对疫情促进经济稳定增长的若干举措');
    expect(title('各\n《关于完善政府性融资担保体系的若干措施》已经省政府同意，现印发给你们。\n加快落实。')).toBe('关于完善政府性融资担保体系的若干措施');
    // a standing committee's 公告 of a law: the law it names (and repeats as a title line) is the title, its number the docNumber
    const notice = parseDocument('北京市人民代表大会常务委员会公告\n\n〔十五届〕第62号\n\n《北京市接诉即办工作条例》已由北京市第十五届人民代表大会常务委员会第三十三次会议于2021年9月24日通过，现予公布，自公布之日起施行。\n\n北京市第十五届人民代表大会常务委员会\n\n2021年9月24日\n\n北京市接诉即办工作条例\n\n第一章　总　　则\n\n第一条　为了规范接诉即办工作，制定本条例。');
    expect([notice.meta.title, notice.meta.docNumber]).toEqual(['北京市接诉即办工作条例', '〔十五届〕第62号']);
    // a party committee's proposals for the N-th five-year plan: its title, and the plan's period
    const proposals = parseDocument('标题: 中共某区委关于制定某区国民经济和社会发展第十五个五年规划的建议\n发布时间: 2026-01-30 16:15\n==================== 正文 ====================\n一、“十五五”时期是关键时期');
    expect([proposals.meta.title, proposals.meta.period]).toEqual(['中共某区委关于制定某区国民经济和社会发展第十五个五年规划的建议', { start: 2026, end: 2030 }]);
    // a notice publishing two documents is titled by the first it names
    expect(title('各县（市、区）人民政府：《广安市隐患排查治理监督管理办法》《广安市重大隐患挂牌督办管理办法》已经市政府常务会议审议通过，现印发给你们。广安市人民政府办公室2023年12月13日广安市隐患排查治理监督管理办法第一条 为强化责任，制定本办法。')).toBe('广安市隐患排查治理监督管理办法');
    expect(title('关于印发《甲市安全管理办法》和《甲市督办办法》的通知\n各区：\n第一条 为规范，制定本办法。')).toBe('甲市安全管理办法');
  });

  it('composes no title a document does not state (an 意见 named only in its preamble: the seeds\' gold gives null)', () => {
    expect(title('为深入贯彻科学发展观，就推进人才集聚工程（简称“633”人才工程），提出以下实施意见。\n一、总体目标\n加快发展。')).toBeNull();
  });

  it('dates a work report by its speech byline when its metadata row holds no date (发文时间：未知)', () => {
    const doc = parseDocument('标题：2025年某市政府工作报告\n发文时间：未知\n正文：\n——2025年1月21日在某市第十六届人民代表大会第六次会议上\n各位代表：\n一、2024年工作回顾\n过去一年，增长5%。');
    expect([doc.meta.title, doc.meta.date]).toEqual(['2025年某市政府工作报告', '2025-01-21']);
    expect(doc.furniture.map((f) => f.text)).toEqual(['标题：2025年某市政府工作报告', '发文时间：未知', '正文：']);
    // a speech quoted in the body dates nothing
    const quoted = parseDocument('某市2024年推进新型工业化工作方案\n发文时间：未知\n认真贯彻《在全省新型工业化推进大会上的讲话——2023年9月22日在全省新型工业化推进大会上》精神。\n一、目标\n增长7%。');
    expect(quoted.meta.date).toBeNull();
  });

  it('keeps a summed-up year as the document\'s own: 今年 in a 2024年工作总结和2025年工作计划 is 2024', () => {
    const doc = parseDocument('某县农业农村局2024年工作总结和2025年工作计划\n一、工作总结\n今年，全县新建高标准农田3.2万亩。\n二、工作计划\n明年，新建高标准农田4万亩。');
    expect(doc.targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['3.2万亩:2024', '4万亩:2025']);
  });
  it('reads the notice that publishes the document after a page\'s navigation, its metadata as furniture', () => {
    const page = '政民互动\n在线咨询\n我在听，请说话(10s)\n抱歉，没听清，请再说一遍吧\n1. [主题分类] 城乡建设\n2. [制发单位] 北京市城市管理委员会\n3. [发布日期] 2024-11-21\n（失效）北京市城市管理委员会关于印发2024年北京市电动汽车充换电设施建设运营奖励实施细则的通知（京管发〔2024〕9号）\n各区城市管理委：\n一、奖励对象\n给予奖励。';
    const doc = parseDocument(page);
    expect(doc.meta.title).toBe('2024年北京市电动汽车充换电设施建设运营奖励实施细则');
    expect(doc.furniture.map((f) => f.text)).toContain('2. [制发单位] 北京市城市管理委员会');
    expect(doc.root.children.filter((n) => n.type === 'section')).toHaveLength(1);
    // a table of metadata whose title row is 公开事项名称; 规则 and 规程 are types of document
    expect(title('公开事项名称:\t国家能源局关于印发《电力市场注册基本规则》的通知\n第一条 为规范。')).toBe('电力市场注册基本规则');
    expect(isRuleDocument({ title: '深圳市光明区支持新型储能产业加快发展扶持计划操作规程' })).toBe(true);
    // an admission round's plan and a guide set rules for applicants; a plan of work does not
    expect(isRuleDocument({ title: '2026年广州市天河区幼儿园招生工作方案' })).toBe(true);
    expect(isRuleDocument({ title: '南沙区专利质押融资贴息办事指南' })).toBe(true);
    expect(isRuleDocument({ title: '2026年某区教育工作方案' })).toBe(false);
    expect(isRuleDocument({ title: '某市数字经济产业发展指南' })).toBe(false);
  });
  it('reads no menu item as a title, and a portal article\'s title under its 来源/发布时间 row', () => {
    const page = '首页\n新闻中心\n学校公告\n一中新闻\n工作安排\n校长专栏\n校务公开\n推荐阅读\n每周一学（2026年6月11日-6月18日）中组部召开基层党建工作座谈会[06-11]\n文章来源： 作者： 发布时间：2022年10月10日\n关于加强新时代高技能人才队伍建设的意见\n技能人才是支撑中国制造的重要力量。\n一、总体要求\n做好工作。';
    expect(parseDocument(page).meta.title).toBe('关于加强新时代高技能人才队伍建设的意见');
    // a title between two short lines is no menu's item
    expect(title('某市人民政府\n政府工作报告\n市长 张三\n各位代表：\n一、回顾\n做好工作。')).toBe('某市人民政府政府工作报告');
  });
  it('reads the title after a legal database\'s export head, a title run into its number, and a long notice', () => {
    const exported = '    【法宝引证码】 CLI.12.4792728\n原文链接：https://www.pkulaw.com/lar/f06f.html\n阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知\n阿府办发〔2021〕21号\n第一条 为规范管理，制定本办法。';
    expect(title(exported)).toBe('阿坝州政务数据资源管理暂行办法');
    expect(title('国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见国办发〔2020〕24号\n\n各省、自治区：现提出以下意见。\n一、持续提升投资建设便利度')).toBe('国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见');
    const long = '安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发安徽省关于加快对接区域全面经济伙伴关系协定(RCEP)经贸新规则扎实推进高水平开放实施意见的通知\n一、总体要求\n新增企业10家。';
    expect(title(long)).toBe('安徽省关于加快对接区域全面经济伙伴关系协定(RCEP)经贸新规则扎实推进高水平开放实施意见');
  });
  it('reads a notice title run into a repost by the addressees after it', () => {
    const repost = '重点是！要退电费了！看下面！山东省物价局关于降低工商业电价有关事项的通知▼各市物价局，国网山东省电力公司：根据规定，现将有关事项通知如下：一、降低工商业电价单一制电价降低0.019元。';
    expect(title(repost)).toBe('山东省物价局关于降低工商业电价有关事项的通知');
    expect(title('会议指出，要落实关于加强安全生产的通知精神。一、加强领导。')).toBe(null);
    expect(title('会议传达学习了省政府关于加强安全生产工作的通知，各单位要做到：一、加强领导。')).toBe(null);
    // a work report run into one line with its page's head: the title before its speech byline
    expect(title('下载打印【字号：加大还原减小】2026年内蒙古自治区政府工作报告——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上各位代表：现在，我代表自治区人民政府向大会报告工作。一、总体要求。')).toBe('2026年内蒙古自治区政府工作报告');
  });
  it('reads a title without the date it carries in brackets, and no label row as a title\'s head', () => {
    expect(title('标题：中共某省委 某省人民政府关于支持某市加快高质量发展的意见 (2025年9月11日)\n一、总体要求\n新增企业10家。')).toBe('中共某省委 某省人民政府关于支持某市加快高质量发展的意见');
    expect(title('通过或发布日期：2026年1月26日\n\n政府工作报告\n\n一、2025年工作回顾\n新增企业10家。')).toBe('政府工作报告');
  });
  it('closes up a title spaced out letter by letter', () => {
    expect(title('政 府 工 作 报 告\n一、2018年工作回顾\n新增企业10家。')).toBe('政府工作报告');
  });
  it('keeps a title that only mentions issuing', () => {
    expect(title('市政府发布实施方案工作要点\n一、目标\n新增企业10家。')).toBe('市政府发布实施方案工作要点');
  });
});

describe('the period of a five-year plan', () => {
  it('reads it from a title naming the plan by its count (第十个五年计划) or its number (十四五), fifteen alone no plan', () => {
    const period = (title: string) => parseDocument(`${title}\n一、目标\n新增企业10家。`).meta.period;
    expect(period('云南省国民经济和社会发展第十个五年计划纲要')).toEqual({ start: 2001, end: 2005 });
    expect(period('某市国民经济和社会发展第十四个五年规划纲要')).toEqual({ start: 2021, end: 2025 });
    expect(period('某县“十五”计划纲要')).toEqual({ start: 2001, end: 2005 });
    expect(period('某市促进消费十五条措施')).toBe(null);
    expect(period('某区“八五”普法规划')).toBe(null);
    expect(period('关于开展“六五”环境日主题宣传活动的通知')).toBe(null);
    expect(period('广东省“十五”科技发展规划')).toEqual({ start: 2001, end: 2005 });
    expect(period('上海市“九五”信息化发展规划')).toEqual({ start: 1996, end: 2000 });
    expect(period('某市“八五”法治宣传教育规划')).toBe(null);
    // through the horizon the title names after the plan, whose year is never the document's own
    expect(period('关于国民经济和社会发展“九五”计划和2010年远景目标纲要的报告')).toEqual({ start: 1996, end: 2010 });
    expect(period('某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')).toEqual({ start: 2021, end: 2035 });
    expect(period('某区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要')).toEqual({ start: 2021, end: 2035 });
    expect(period('某区国民经济和社会发展第十四个五年规划和２０３５年远景目标纲要')).toEqual({ start: 2021, end: 2035 });
    expect(period('某市“六五”环境日宣传活动计划')).toBe(null);
    expect(period('某市“九五”时期民主法治建设规划')).toEqual({ start: 1996, end: 2000 });
  });
});

describe('period out of range', () => {
  it('keeps no year out of any plan range', () => {
    expect(parseDocument('某市科技创新行动计划（2024—9999年）\n一、目标\n新增企业10家。').meta.period).toEqual({ start: 2024, end: null });
  });
});

describe('the title without its date or period', () => {
  // stripPeriod runs the patterns only on a title that ends in a closing bracket
  it('is read from patterns that all end in a closing bracket', () => {
    for (const re of [TITLE_DATE, TITLE_PERIOD, TITLE_ONE_YEAR]) expect(re.source.endsWith('[)）]\\s*$')).toBe(true);
  });

  it('drops a period or a date in brackets at the end, spaces after it too', () => {
    const title = (line: string) => parseDocument(`${line}\n一、总体要求\n加快发展。`).meta.title;
    expect(title('某市科技创新行动方案（2024—2026年） ')).toBe('某市科技创新行动方案');
    expect(title('标题: 政府工作报告（2025）\n发布时间: 2025-01-20 14:54\n==================== 正文 ====================\n各位代表：')).toBe('政府工作报告');
    expect(title('某市科技创新实施意见(2025年9月11日)')).toBe('某市科技创新实施意见');
    expect(title('某市科技创新行动方案')).toBe('某市科技创新行动方案');
  });
});

describe('a wrapper title over several lines', () => {
  it('joins the lines up to the one closing the 《 the first left open, whatever comes first on the page', () => {
    const page = ['摘要', '支持对象：高校。支持方式：财政资金。', '广东省人民政府办公厅关于印发《高等教育', '“冲一流、补短板、强特色”提升计划', '实施方案（2026—2030年）》的通知', '粤府办〔2026〕7号', '各地级以上市人民政府：', '现印发给你们。', '一、总体要求', '坚持。'];
    expect(parseDocument(page.join('\n')).meta.title).toBe('高等教育“冲一流、补短板、强特色”提升计划实施方案');
  });
  it('joins up to four lines when the last closes the 《', () => {
    const four = ['摘要', '支持对象：村镇。', '关于印发《某县', '“十四五”', '城乡供水', '规划》的通知', '各乡镇：', '现印发给你们。', '一、总体要求', '坚持。'];
    expect(parseDocument(four.join('\n')).meta.title).toBe('某县“十四五”城乡供水规划');
  });
  it('keeps a title line cut short, with nothing after it closing its 《, as it is', () => {
    const page = ['关于印发《某区推动科技创新实施方案(2023—2035年)', '浏览量:', '字体【 】', '一、总体要求', '坚持。'];
    expect(parseDocument(page.join('\n')).meta.title).toBe('某区推动科技创新实施方案');
  });
});

describe('titles named by wrappers and notices', () => {
  it('takes the plan a wrapper notice names from the title line repeating it, and a document number above the body', () => {
    const nav = Array.from({ length: 30 }, (_, i) => `栏目${i + 1}`).join('\n');
    const page = `${nav}\n公文种类：\n通知\n达市府办发〔2022〕25号\n达州市人民政府办公室关于印发达州市促进房地产市场良性循环健康发展十条措施的通知\n各县（市、区）人民政府：\n现印发你们。\n达州市促进房地产市场良性循环健康发展十条措施\n第一条 新出让用地按不低于起始价的20%确定竞买保证金。`;
    const { meta } = parseDocument(page);
    expect([meta.title, meta.docNumber]).toEqual(['达州市促进房地产市场良性循环健康发展十条措施', '达市府办发〔2022〕25号']);
    // a number cited in the body is not the document's
    expect(parseDocument('某县实施方案\n一、总体要求\n依据\n赣府发〔2023〕5号\n执行。').meta.docNumber).toBeNull();
  });

  it('reads a title past a portal\'s column named by a type alone, inside a wrapper\'s quotes, and from a notice run into its plan', () => {
    expect(parseDocument('工作报告\n高唐县2025年政府工作报告\n各位代表：\n一、2024年工作回顾\n增长5%。').meta.title).toBe('高唐县2025年政府工作报告');
    expect(parseDocument('某区人民政府办公室关于转发区建设管理委《某区城市更新行动方案（2023-2025年）》的通知\n一、总体要求').meta.title).toBe('某区城市更新行动方案');
    const oneLine = '陕发改能电力[2021] 634号陕西省发展和改革委员会陕西省林业局关于印发《全省国有林场老旧电网改造升级工程实施方案》的通知各设区市发展改革委：为提升供电能力，我们制定了本方案。一、指导思想。';
    expect(parseDocument(oneLine).meta.title).toBe('全省国有林场老旧电网改造升级工程实施方案');
  });

  it('reads a report\'s title broken over two lines above its byline, and its type alone where nothing else names it', () => {
    const doc = parseDocument('政府工作报\n告\n\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n国务院总理 李克强\n各位代表：\n一、2020年工作回顾\n过去一年，增长2.3%。');
    expect(doc.meta.title).toBe('政府工作报告');
    // a portal's column named by the type stays out where a title line names the document
    expect(parseDocument('工作报告\n高唐县2025年政府工作报告\n——2025年1月15日在县人民代表大会上\n一、2024年工作回顾').meta.title).toBe('高唐县2025年政府工作报告');
    // an untitled report to deputies names its own year in a sentence opening with it
    const speech = parseDocument('各位代表：\n现在，我代表国务院，向大会报告工作。\n一、过去五年工作回顾\n五年来，国内生产总值年均增长9.3%。\n二、对今年工作的建议\n2013年是全面贯彻落实党的十八大精神的开局之年。今年国内生产总值增长7.5%左右。');
    expect(speech.meta.period).toEqual({ start: 2013, end: 2013 });
    expect(speech.targets.find((t) => t.raw === '7.5%')?.year).toBe(2013);
    // …or "…的第一年，做好今年政府工作" (a year the paragraph calls 今年), whatever years its review opens with
    const older = parseDocument('各位代表：\n一、过去五年政府工作的回顾\n国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元。\n二、对今年政府工作的建议\n2003年是全面贯彻落实党的十六大精神的第一年，做好今年政府工作，意义重大。今年经济增长预期目标为7%左右。');
    expect(older.meta.period).toEqual({ start: 2003, end: 2003 });
    expect(older.targets.find((t) => t.raw === '7%')?.year).toBe(2003);
    // a review's year called its own (…开局之年) gives way to the year after it the report plans
    const review = parseDocument('各位代表：\n一、2023年工作回顾\n2023年是全面贯彻党的二十大精神的开局之年。国内生产总值增长5.2%。\n二、2024年经济社会发展总体要求\n2024年是中华人民共和国成立75周年，是实现目标任务的关键一年。今年国内生产总值增长5%左右。');
    expect(review.meta.period).toEqual({ start: 2024, end: 2024 });
    // …but a plan's heading (二、2025年工作安排) after a review of 过去一年 leads to no later year
    expect(parseDocument('各位代表：\n一、过去一年工作回顾\n过去一年，增长5.5%。\n二、2025年工作安排\n2025年是“十四五”规划收官之年。增长6%左右。').meta.period).toEqual({ start: 2025, end: 2025 });
    // a year summed up as 极不平凡的一年 is no own year beside one called 收官之年
    expect(parseDocument('各位代表：\n2024年是极不平凡的一年。全市增长5.5%，为今年发展打下了坚实基础。\n2025年是“十四五”规划的收官之年。增长6%左右。').meta.period).toEqual({ start: 2025, end: 2025 });
    // a paragraph calling the year its own that looks ahead only after it; a year it calls just past
    expect(parseDocument('各位代表：\n一、过去五年的回顾\n五年来成就巨大。\n各位代表！１９９３年是促进国民经济既快又好地向前发展的一年。今年要做好各项工作，今后五年要加快发展。').meta.period).toEqual({ start: 1993, end: 1993 });
    expect(parseDocument('各位代表：\n刚刚过去的１９８４年，是我国各族人民取得巨大成就的一年。\n（一）关于经济形势\n１９７９到１９８３年，工农业总产值年均增长7.9%。').meta.period).toEqual({ start: 1985, end: 1985 });
    // after a greeting, and written full-width or spaced out
    expect(parseDocument('各位代表：\n一、１９９４年国内工作的回顾\n工业增长较快。\n各位代表！１９９５年是重要的一年。在今年的政府工作中，要保持增长。').meta.period).toEqual({ start: 1995, end: 1995 });
    expect(parseDocument('各位代表：\n一、关于过去五年的政府工作\n二、关于1 9 9 8 年政府工作的建议\n1 9 9 8 年是全面贯彻落实十五大精神的第一年，做好今年工作意义重大。').meta.period).toEqual({ start: 1998, end: 1998 });
    // not a year summed up, one ahead or one in history
    const period = (body: string) => parseDocument(`各位代表：\n现在报告工作。\n${body}\n今年地区生产总值增长7%左右。`).meta.period;
    expect(period('一、过去一年工作回顾\n2017年是极不平凡的一年，增长7.5%。')).toEqual({ start: 2018, end: 2018 }); // (the review's year is the one before)
    expect(period('一、过去一年工作回顾\n刚刚过去的一年，全市团结奋进。2017年是极不平凡的一年，增长7.5%。')).toEqual({ start: 2018, end: 2018 }); // (a year summed up: the next is the report's)
    expect(period('二、今后五年的目标任务\n今后五年是关键时期。2020年是全面建成小康社会之年。')).toBe(null);
    expect(period('今年是改革开放40周年。1978年是我国改革开放的起始之年，四十年来，成就巨大。')).toBe(null);
    // a type that is a portal's column alone names nothing
    expect(parseDocument('政策\n各区人民政府，市政府各部门：\n现将有关事项通知如下。\n一、总体要求\n到2025年，全市新增就业5万人。').meta.title).toBe(null);
  });
});
