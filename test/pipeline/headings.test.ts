// What the headings above a node say about its numbers (src/pipeline/headings.ts).
import { describe, expect, it } from 'vitest';
import { headingContext, horizonYears, opensReview, secondPhraseReviews, secondPhraseYear, sectionYear } from '../../src/pipeline/headings.js';
import { RELATIVE_YEARS } from '../../src/data/time-words.js';
import { scan } from '../../src/quantities/scan.js';
import { parseDocument } from '../../src/index.js';
import { targets, only, roles } from '../quantities/targets.js';

describe('goal and baseline headings', () => {
  it('makes numbers under 发展基础 baselines and under 主要目标 targets, even a time limit', () => {
    const doc = '一、发展基础和主要目标\n\n（一）发展基础\n\n全市养老服务业营业收入约18亿元。\n\n（二）主要目标\n\n进口货物整体通关时间控制在30小时以内，新设企业不低于180家。';
    expect(roles(doc)).toEqual(['18亿元:baseline', '30小时:target', '180家:target']);
  });

  it('reads a heading ending in how the work went (主要工作情况) as a review, not a task naming such a report', () => {
    expect(roles('一、主要工作情况\n\n全年新开工项目107个。\n\n二、2023年工作思路\n\n完成改造25个。')).toEqual(['107个:baseline', '25个:target']);
    expect(roles('一、重点任务\n\n14.扎实做好新增2万个中小学学位等民生实事任务进展情况公开。')).toEqual(['2万个:target']);
    expect(roles('一、任务\n\n（一）建立督查机制，按月通报工作开展情况\n\n到2025年，全区完成老旧小区改造100个。')).toEqual(['100个:target']);
    // a table's caption naming how things stand: its numbers report
    expect(roles('附件2\n\n拟首批移交设施设备运维情况汇总表\n\n雨水管道主管154.84公里。')).toEqual(['154.84公里:baseline']);
    expect(roles('一、任务\n\n推进移交。\n\n附件：\n\n黄浦区公共排水设施移交清单\n\n排水管道430.549公里。')).toEqual(['430.549公里:baseline']);
  });

  it('decides nothing under a heading naming both, or a long title, and keeps rules rules under 主要目标', () => {
    expect(roles('一、发展基础和主要目标\n\n全市营业收入约18亿元。')).toEqual(['18亿元:target']);
    expect(roles('一、重点任务\n\n在15个工作日内完成初审。')).toEqual(['15个工作日:parameter']);
    expect(roles('二、主要目标\n\n对新认定企业一次性奖励50万元。')).toEqual(['50万元:parameter']);
  });

  it('makes numbers under a heading naming rules (申报条件, 奖励标准, 参加办法) parameters, not under a task to make them', () => {
    expect(roles('六、参加办法\n\n（一）以省级体育总会为组队对象，运动员2名，计划12支队。')).toEqual(['2名:parameter', '12支:parameter']);
    expect(roles('三、申报条件\n\n企业上年度营业收入1000万元，研发人员10名。')).toEqual(['1000万元:parameter', '10名:parameter']);
    expect(roles('（三）完善考核办法\n\n全市新增高新技术企业100家。')).toEqual(['100家:target']);
    expect(roles('（一）优化项目申报和管理办法\n\n实现科技项目申报100%网上办理。')).toEqual(['100%:target']);
    expect(roles('（一）基本公共服务标准\n\n每千名老年人拥有养老床位40张以上。')).toEqual(['40张:target']);
  });

  it('reads what each may do as a rule (每队可报, 可申请)', () => {
    expect(roles('每队可报领队1名、教练员1名。代表队可预送1个节目。全市新建学校10所。')).toEqual(['1名:parameter', '1名:parameter', '1个:parameter', '10所:target']);
  });
});

describe('headings that build a base', () => {
  it('read as tasks, not as the base as it is', () => {
    const report = '2020年某县政府工作报告\n二、2020年工作安排\n（五）保障改善民生，筑牢高质量发展基础\n医疗费用报销比例达90%。\n（六）发展基础\n全县企业达到500家。';
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['90%:target', '500家:baseline']);
  });

  it('read as tasks when a clause of the title opens with a task\'s verb, not when the base is the subject', () => {
    const report = '2010年某县政府工作报告\n二、2010年主要任务\n（三）加大统筹城乡发展力度，强化农业农村发展基础\n县财政拟安排“三农”投入83亿元。\n（四）发展基础不断强化\n全县企业达到500家。';
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['83亿元:target', '500家:baseline']);
  });

  it('leave a review of a task a review: the base word must end the clause the task verb opens', () => {
    const report = '一、推进法治政府建设的主要成就\n全市行政复议案件办结率达到98%。\n二、推动高质量发展工作总结\n全市地区生产总值增长6.5%。';
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['98%:baseline', '6.5%:baseline']);
  });
});

describe('glossaries', () => {
  it('reads the numbers of a report\'s glossary as reports, unless a year or 力争 makes one an aim', () => {
    const report = '2022年某县政府工作报告\n一、2022年工作安排\n新建学校3所。\n名词解释\n[1]“1530”工程：选拔1位名校长，组建一支11人的团队。\n[2]“三步走”战略：到2025年，全县GDP超过500亿元。';
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['3所:target', '1位:baseline', '11人:baseline', '500亿元:target']);
    // …or a span of time ahead: a plan defined over the next five years (not one of the past five)
    const span = '2022年某县政府工作报告\n一、2022年工作安排\n新建学校3所。\n名词解释\n[1]“1523”培育计划：指五年时间培育百亿元以上企业1家。\n[2]“三个一”：指过去五年内建成园区1个。';
    expect(parseDocument(span).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['3所:target', '百亿元:parameter', '1家:target', '1个:baseline']);
    // a glossary in the middle of a report does not reach the part after it
    const middle = '某县2024年政府工作报告\n一、2023年工作回顾\n全县新增企业40家\n※名词解释※\n“四上”企业：指规模以上工业企业等。\n二、2024年工作安排\n新增“四上”企业30家。\n（一）扩大有效投资\n实施重点项目60个。';
    expect(parseDocument(middle).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['40家:baseline', '30家:target', '60个:target']);
  });
});

describe('reviews', () => {
  const report = (body: string) => `2025年某县政府工作报告\n\n${body}`;

  it('makes everything under a review heading, and its subsections, baselines', () => {
    const doc = report('一、2024年工作回顾\n\n（一）产业发展提质增效。新增规模以上工业企业9家，装机规模达到560万千瓦。\n\n二、2025年主要预期目标\n\n新增规模以上工业企业10家。');
    expect(roles(doc)).toEqual(['9家:baseline', '560万千瓦:baseline', '10家:target']);
  });

  it('reads a past year with 成效 or 完成情况 as a review heading, but not the plan year', () => {
    expect(roles(report('一、2024年主要成效\n\n（一）产业发展\n\n新增企业9家。'))).toEqual(['9家:baseline']);
    expect(roles(report('一、2025年完成情况\n\n（一）产业发展\n\n新增企业9家。'))).toEqual(['9家:target']);
    // a heading that is only the work of a year before the plan's reports it, the plan year's work aims, and a task
    // on work of a year past is no review
    expect(roles(report('一、2024年重点工作\n\n（一）产业发展\n\n新增企业9家。'))).toEqual(['9家:baseline']);
    expect(roles(report('一、2025年重点工作\n\n（一）产业发展\n\n新增企业9家。'))).toEqual(['9家:target']);
    expect(roles(report('一、做好2024年遗留工作收尾\n\n（一）产业发展\n\n新增企业9家。'))).toEqual(['9家:target']);
  });

  it('reads a report of one year dated after it as a review of that year, and one dated in it as that year\'s plan', () => {
    const body = '\n\n2022年，片区谋划重点项目8个，铺设管道166公里。';
    expect(roles('标题: 某片区管理局2022年度工作报告\n发布时间: 2023-01-09 11:40' + body)).toEqual(['8个:baseline', '166公里:baseline']);
    expect(roles('标题: 某市2022年政府工作报告\n发布时间: 2022-01-20 11:40' + body)).toEqual(['8个:target', '166公里:target']);
  });

  it('reads money a review sums up, names as an amount or says was obtained as what was paid, not as a grant\'s rule', () => {
    const doc = report('一、2024年工作回顾\n\n共作出行政处罚66件，罚款金额22.31万元，缴纳罚款共计851万元，向上争取各类补助资金6260万元。\n\n二、2025年重点工作\n\n对违法企业处以罚款5万元。');
    expect(roles(doc)).toEqual(['66件:baseline', '22.31万元:baseline', '851万元:baseline', '6260万元:baseline', '5万元:parameter']);
    expect(roles(report('一、2024年工作回顾\n\n共兑付财政优惠政策奖补资金60.6亿元，评审总金额858.22亿元，核减120.29亿元。'))).toEqual(['60.6亿元:baseline', '858.22亿元:baseline', '120.29亿元:baseline']);
    // 共 inside a word (共性, 公共, 中共) sums nothing up
    expect(roles(report('一、2024年工作回顾\n\n对新认定的国家级共性技术研发平台奖励100万元，对省级公共服务平台补助50万元。'))).toEqual(['100万元:parameter', '50万元:parameter']);
    // a rule the review describes stays one: what each is given, or at most
    expect(roles(report('一、2024年工作回顾\n\n出台奖补办法，对新认定的高新技术企业给予奖励金额20万元，个人贷款金额最高不超过30万元。'))).toEqual(['20万元:parameter', '30万元:parameter']);
  });

  it('reads a review heading a flattened copy ran into its body as a review', () => {
    const doc = '某区财政发展第十四个五年规划\n\n一、“十三五”时期财政改革和发展回顾“十三五”时期是全面建成小康社会的决胜阶段，财政部门坚持稳中求进。\n\n（一）经济质量得到有效提升\n\n累计减税降费11.13亿元。\n\n二、主要目标\n\n新增减税降费20亿元。';
    expect(roles(doc)).toEqual(['11.13亿元:baseline', '20亿元:target']);
    // a task's sentence holding 总结 or 成就 is no review heading
    expect(roles('某区城市更新工作方案\n\n二、重点任务\n\n1.及时总结推广城市更新试点经验做法，到2026年改造城镇老旧小区300个。\n\n2.用好十四五时期发展成就宣传阵地，到2026年新增城市公园绿地100公顷。')).toEqual(['300个:target', '100公顷:target']);
  });

  it('reads a heading saying achievements were made (取得伟大成就的五年) as a review, not one setting out to make them', () => {
    const doc = '各位代表：\n一、改革开放和现代化建设取得伟大成就的五年\n国民经济持续发展，城镇新增就业1500万人。\n二、为创造新的伟大成就而奋斗\n今年新增就业1000万人。';
    expect(roles(doc)).toEqual(['1500万人:baseline', '1000万人:target']);
    expect(roles('某县工作方案\n二、着力在科技创新上取得重大成就\n全县研发投入强度达到2.5%。')).toEqual(['2.5%:target']);
    expect(roles('某市第十五个五年规划纲要\n第三章 努力使今后五年成为高质量发展取得新成就的五年\n到2030年，全市地区生产总值达到5000亿元。')).toEqual(['5000亿元:target']);
    expect(roles('某市第十五个五年规划纲要\n一、努力使今后五年成为取得重大成就的五年\n全市地区生产总值年均增长6%。')).toEqual(['6%:target']);
  });

  it('reads a heading naming a five-year plan before the plan\'s with a word of review as a review', () => {
    const doc = '标题: 中共某区委关于制定某区第十五个五年规划的建议\n\n一、“十五五”时期是关键时期\n\n1.“十四五”时期发展取得明显成效。77项改革创新成果入选。\n\n2.“十五五”时期主要目标。新增就业1万人。';
    expect(roles(doc)).toEqual(['77项:baseline', '1万人:target']);
  });

  it('reads a speech\'s heading reporting a year\'s work before its own as a review, its year written full-width too', () => {
    const doc = '各位代表：\n现在，我代表国务院向大会作政府工作报告。\n首先报告２００１年的工作\n城镇居民人均可支配收入实际增长８．５％。\n一、扩大内需\n２００２年是非常重要的一年。做好今年各项工作，意义重大。今年拟发行１５００亿元长期建设国债。';
    expect(parseDocument(doc).targets.map((t) => `${t.raw}:${t.role}:${t.year}`)).toEqual(['８．５％:baseline:2001', '１５００亿元:target:2002']);
  });

  it('reads a title that only sums up a year as written after it: that year\'s work reports, the next year\'s aims', () => {
    const doc = '某局关于2022年度监管工作情况的报告\n\n一、2022年主要工作\n\n一级国企从原8家整合为4家。\n\n二、2023年工作计划\n\n计划实施项目30个。';
    expect(roles(doc)).toEqual(['8家:baseline', '4家:baseline', '30个:target']);
  });

  it('makes a paragraph looking back a baseline, and its 累计争取 no aim', () => {
    const ts = targets(report('三、重点工作\n\n过去五年，我们累计完成投资612亿元；累计争取各类资金138亿元。\n\n争取各类资金150亿元。'));
    expect(ts.map((t) => `${t.raw}:${t.role}:${t.modality}`)).toEqual(['612亿元:baseline:null', '138亿元:baseline:null', '150亿元:target:strive']);
    expect(roles(report('三、重点工作\n\n五年来，新建学校12所。'))).toEqual(['12所:baseline']);
    expect(roles(report('三、重点工作\n\n这五年，新建学校12所。'))).toEqual(['12所:baseline']);
    // …and a sentence opening so (这几年来), or with 现在, where it sets nothing ahead
    expect(roles(report('三、重点工作\n\n推进企业改组。这几年来，国家先后在58个城市进行了试点。现在，全国有100多个城市建立了保障制度。'))).toEqual(['58个:baseline', '100多个:baseline']);
    expect(roles(report('三、重点工作\n\n现在起，每年新增城镇就业5000人以上。这几年，我县将每年培训农村劳动力3000人次。现在，全市要新建中小学校30所。'))).toEqual(['5000人:target', '3000人次:target', '30所:target']);
    // (要 in 主要 and 目标 in 目标考核 set nothing ahead)
    expect(roles(report('三、重点工作\n\n现在，全市主要农作物耕种收综合机械化率达到85%。现在，全县已实现目标考核全覆盖，累计培训干部3000人次。'))).toEqual(['85%:baseline', '3000人次:baseline']);
    expect(roles(report('三、重点工作\n\n现在，全市虚拟电厂达到12家，会议纪要电子化率达到90%。'))).toEqual(['12家:baseline', '90%:baseline']);
    // a look back after a short scope in the first clause
    expect(roles(report('三、重点工作\n\n在经济领域，过去一年里取得的最重要的成绩是调整结构。全国社会总产值达到18774亿元。\n\n在工业领域，今后五年要新建企业100家。'))).toEqual(['18774亿元:baseline', '100家:target']);
    expect(roles(report('三、重点工作\n\n到2027年，三年间全市累计新建中小学30所。经测算，五年间全市累计可减少二氧化碳排放500万吨。'))).toEqual(['30所:target', '500万吨:target']);
    expect(roles(report('三、重点工作\n\n未来五年，新建学校12所。'))).toEqual(['12所:target']);
  });
});

describe('heading years', () => {
  it('lets a bracketed year of a section heading govern its own text', () => {
    const doc = '四、进度安排\n\n（一）排查整治阶段（2025年5月—10月）。开展全面排查，重大隐患整改率达到100%。';
    expect(only(doc).year).toBe(2025);
    expect(only('四、进度安排\n\n（一）排查整治阶段。开展全面排查，整改率达到100%。').year).toBeNull();
    expect(only('（一）化学农药使用量较2024年下降百分之十。').year).toBeNull();
  });

  it('lets a dated heading above give its year to everything under it that names none (TARGETS.md §5)', () => {
    const report = '2026年某县政府工作报告\n\n一、2025年工作回顾\n\n（一）产业发展\n\n新增企业9家。2024年新增企业7家。\n\n二、2026年重点工作\n\n（一）产业发展\n\n新增企业10家。';
    expect(targets(report).map((t) => `${t.raw}:${t.year}:${t.role}`)).toEqual(['9家:2025:baseline', '7家:2024:baseline', '10家:2026:target']);
  });

  it('reads the end of a range, a relative year and a five-year horizon in a heading, but not a year compared with', () => {
    const years = (heading: string) => targets(`2026年某市政府工作报告\n\n${heading}\n\n（一）新增企业9家。`).map((t) => t.year);
    expect(years('一、2030—2035年目标')).toEqual([2035]);
    expect(years('三、扎实做好今年重点工作')).toEqual([2026]);
    expect(years('三、明年工作打算')).toEqual([2027]);
    expect(years('二、“十五五”时期主要目标')).toEqual([2030]);
    expect(years('二、较2024年增长情况')).toEqual([null]);
    expect(years('二、重点工作')).toEqual([null]);
  });

  it('reads a long review heading of a work report as a review', () => {
    const report = '2026年某省政府工作报告\n\n一、2025年主要工作和“十四五”发展成就\n\n（一）产业发展\n\n新增企业9家。\n\n二、“十五五”时期的主要目标任务\n\n（一）新增企业20家。';
    expect(targets(report).map((t) => `${t.raw}:${t.year}:${t.role}`)).toEqual(['9家:2025:baseline', '20家:2030:target']);
  });

  it('takes the later of two five-year horizons a heading names', () => {
    const doc = '2026年某市政府工作报告\n\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\n（一）到期末，新增企业90家。';
    expect(targets(doc).map((t) => t.year)).toEqual([2030]);
  });
});

describe('list lead-ins', () => {
  it('lets a year opening a paragraph that ends its sentence govern the —— items after it, and only them', () => {
    const doc = '一、主要目标\n\n到2025年，产业规模持续壮大。\n\n——新增企业50家。\n\n——建成平台8个。\n\n二、重点任务\n\n新增园区3个。';
    expect(targets(doc).map((t) => `${t.raw}:${t.year}`)).toEqual(['50家:2025', '8个:2025', '3个:null']);
    expect(targets('到2025年，产业规模持续壮大。\n\n新增企业50家。').map((t) => t.year)).toEqual([null]);
  });
});

describe('part headings', () => {
  it('lets an unnumbered part heading date the numbered sections after it, until the next part', () => {
    const doc = '2026年某区政府工作报告\n\n“十四五”时期发展成就和2025年工作回顾\n\n新增企业9家。\n\n“十五五”时期主要目标和2026年重点工作\n\n一、做强产业\n\n（一）新增企业10家。\n\n二、改善民生\n\n新建学校3所。';
    expect(targets(doc).map((t) => `${t.raw}:${t.year}`)).toEqual(['9家:2025', '10家:2026', '3所:2026']);
  });
  it('takes no year from a title line read as a heading', () => {
    const doc = '江州市教育局2026年工作要点\n\n一、重点任务\n\n新建学校3所。';
    expect(targets(doc).map((t) => t.year)).toEqual([null]);
  });
});

describe('horizonYears', () => {
  it('dates 十N五期间/时期/末 in running text by the plan\'s last year, not a plan named', () => {
    expect(horizonYears('“十一五”期间，城市污水处理率由52%提高到72%。').map((y) => y.year)).toEqual([2010]);
    expect(horizonYears('到十四五末，新增企业100家。').map((y) => y.year)).toEqual([2025]);
    expect(horizonYears('认真落实“十四五”规划。')).toEqual([]);
    // a period compared with dates nothing, as a year compared with does not; one read from ("从…看") still dates
    expect(horizonYears('全区消防响应时间相比“十四五”时期明显缩短。')).toEqual([]);
    expect(horizonYears('较大以上亡人火灾事故较“十三五”时期同比下降。')).toEqual([]);
    expect(horizonYears('从“十三五”末主要经济指标看，在全省32个同类县中。').map((y) => y.year)).toEqual([2020]);
  });

  it('dates an earlier plan named in its quotes (“十五”, “九五”), not fifteen, and a plan\'s average over its years', () => {
    expect(horizonYears('“十五”期间年均经济增长速度预期目标为7％左右。').map((y) => y.year)).toEqual([2005]);
    expect(horizonYears('“九五”时期，国内生产总值年均增长8.3％。').map((y) => y.year)).toEqual([2000]);
    expect(horizonYears('十五期间，出台十五项措施。')).toEqual([]);
    expect(horizonYears('“十一五”年均增长7.5%，将会超过要求。').map((y) => y.year)).toEqual([2010]);
    expect(sectionYear('二、“十五”期间的奋斗目标和指导方针', null)?.year).toBe(2005);
    // a heading's year written full-width or spaced out
    expect(sectionYear('一、１９９６年国内工作的回顾', null)?.year).toBe(1996);
    expect(sectionYear('二、关于1 9 9 8 年政府工作的建议', null)?.year).toBe(1998);
    expect(sectionYear('专栏1 2020年主要成就', null)?.year).toBe(2020);
    expect(sectionYear('3.2 2030年目标', null)?.year).toBe(2030);
    expect(sectionYear('一、二○三五年远景目标', null)?.year).toBe(2035);
    // a plan twenty years and more before the document's is another series' (the eighth 普法 five years)
    expect(horizonYears('“八五”期间，全县建成法治文化阵地100个。', 2021)).toEqual([]);
    expect(horizonYears('“十三五”期间，全县建成法治文化阵地100个。', 2021).map((y) => y.year)).toEqual([2020]);
    // a plan's average compared with dates nothing
    expect(horizonYears('研发经费投入年均增长10%以上，快于“十三五”年均增长水平。')).toEqual([]);
    // a horizon read against (对照) still dates; 期末 is the plan's end
    expect(horizonYears('对照“十四五”末目标要求，全市新能源装机容量达到500万千瓦。').map((y) => y.year)).toEqual([2025]);
    expect(horizonYears('到“十四五”期末，全市新建充电站100座。').map((y) => y.year)).toEqual([2025]);
    // a plan named as setting the numbers after it, not one named as a task's object
    expect(horizonYears('“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七。').map((y) => y.year)).toEqual([1990]);
    expect(horizonYears('“十四五”规划提出，数字经济核心产业增加值占比达到10%。').map((y) => y.year)).toEqual([2025]);
    expect(horizonYears('认真落实“十四五”规划，新建企业100家。')).toEqual([]);
    expect(horizonYears('过去一年，“十四五”规划确定的主要目标任务进展顺利，生产总值增长6%。')).toEqual([]);
    expect(horizonYears('“十三五”规划提出后，全省累计新建学校200所。')).toEqual([]);
  });

  it('makes the results of a five-year period before the plan baselines', () => {
    const doc = parseDocument('国家环境保护“十二五”规划\n一、环境形势\n“十一五”期间，城市污水处理率由52%提高到72%。\n二、主要目标\n到2015年，城市污水处理率达到85%。');
    expect(doc.targets.map((t) => `${t.raw}:${t.role}:${t.year}`)).toEqual(['52%:baseline:2010', '72%:baseline:2010', '85%:target:2015']);
  });
});

describe('secondPhraseYear', () => {
  it('reads the year of the work a heading\'s second phrase names, where a flattened copy cut the title at its comma', () => {
    expect(secondPhraseYear('脚踏实地，做实做细做成2021年工作艰难方显勇毅，磨砺始得玉成。', '脚踏实地')?.year).toBe(2021);
    // a year in the body after the heading, or a year not naming the work, dates nothing
    expect(secondPhraseYear('加快发展，2021年完成投资100亿元。', '加快发展')).toBeNull();
    expect(secondPhraseYear('脚踏实地，比2020年增长10%。', '脚踏实地')).toBeNull();
    const report = '一、回顾\n过去一年，全年完成投资100亿元。\n三、脚踏实地，做实做细做成2021年工作艰难方显勇毅，磨砺始得玉成。新开工项目320个，完成投资130亿元。';
    expect(parseDocument(report).targets.filter((t) => t.role !== 'baseline').map((t) => `${t.raw}:${t.year}`)).toEqual(['320个:2021', '130亿元:2021']);
  });
});

describe('secondPhraseReviews', () => {
  it('reads a flattened heading\'s cut second phrase as a review: a past year and its results, or a look back run in after it', () => {
    expect(secondPhraseReviews('深入贯彻新发展理念，2017年成果丰硕。全年完成投资100亿元。', '深入贯彻新发展理念', 2018)).toBe(true);
    expect(secondPhraseReviews('深入贯彻新发展理念，“加油干”成果丰硕刚刚过去的一年，在省委领导下', '深入贯彻新发展理念', 2018)).toBe(true);
    // the plan's own year, a look back far into the body, or no comma after the title: nothing
    expect(secondPhraseReviews('做好三篇文章，全力推进2018年各项工作成果', '做好三篇文章', 2018)).toBe(false);
    expect(secondPhraseReviews('深入贯彻新发展理念，狠抓落实，加快建设现代化经济体系，推动经济社会高质量发展取得新的更大成效，过去的一年，', '深入贯彻新发展理念', 2018)).toBe(false);
    expect(secondPhraseReviews('深入贯彻新发展理念刚刚过去的一年，', '深入贯彻', 2018)).toBe(false);
    // a past year without a word of review, and an opener with a tail after its prefix
    expect(secondPhraseReviews('坚持创新驱动，较2017年翻一番。', '坚持创新驱动', 2018)).toBe(false);
    expect(secondPhraseReviews('坚持创新驱动，成绩显著过去五年来，我们', '坚持创新驱动', 2018)).toBe(true);
  });

  it('makes the numbers of a run-in review part baselines and dates the next part by its second phrase', () => {
    const report = '一、深入贯彻新发展理念，“加油干2017”成果丰硕刚刚过去的一年，我们全力攻坚。地区生产总值234.4亿元，增长8.5%。二、做好“三篇文章”，全力推进2018年各项工作再上新台阶主要预期目标是：地区生产总值增长9.5%。';
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.role}:${t.year}`)).toEqual(['234.4亿元:baseline:null', '8.5%:baseline:null', '9.5%:target:2018']);
  });

  it('takes 刚刚过去的一年 as a look back opening a paragraph', () => {
    expect(opensReview('刚刚过去的一年，我们全力攻坚。')).toBe(true);
    expect(opensReview('刚过去的2017年，')).toBe(true);
  });
});

describe('sectionYear', () => {
  it('reads no year from a heading without 年 or 五: every relative year word holds 年, every year the scan reads ends in it', () => {
    for (const w of Object.keys(RELATIVE_YEARS)) expect(w).toContain('年');
    for (const t of ['2025年重点工作', '2030—2035年目标', '今年主要任务', '十五五时期主要目标', '(2025-2026)']) {
      for (const y of scan(t).years) expect(t.slice(y.start, y.end)).toMatch(/年$/);
    }
    expect(sectionYear('2030—2035年目标', null)?.year).toBe(2035);
    expect(sectionYear('“十五五”时期主要目标', null)?.year).toBe(2030);
    // a heading opening with the plan is about its period; one that only mentions it is not
    expect(sectionYear('“十四五”总体思路', null)?.year).toBe(2025);
    expect(sectionYear('“十三五”发展回顾', null)?.year).toBe(2020);
    expect(sectionYear('贯彻落实“十四五”要求', null)).toBeNull();
    // a heading that works toward the plan names the plan, no horizon; its goals are one
    expect(sectionYear('围绕“十四五”规划开好局起好步，深化政府重点工作全过程公开', null)).toBeNull();
    expect(sectionYear('全面完成“十四五”规划目标任务', null)?.year).toBe(2025);
    // opening with the plan, a heading must name a part of it: its first year or its review are no horizon
    expect(sectionYear('“十四五”开局之年的主要任务', null)).toBeNull();
    expect(sectionYear('“十五五”规划建议编制工作', null)).toBeNull();
    expect(sectionYear('(2025-2026)工作安排', null)).toBeNull();
    expect(sectionYear('加强组织领导', 2025)).toBeNull();
  });
});

describe('headingContext', () => {
  it('reads how things stand as a review, a task surveying them as none', () => {
    expect(headingContext('发展现状', 2026)).toBe('baseline');
    expect(headingContext('持续开展土壤污染防治现状调查', 2026)).toBe(undefined);
    expect(headingContext('开展重点行业现状评估', 2026)).toBe(undefined);
    // a survey named as a noun is a review still
    expect(headingContext('发展现状分析', 2026)).toBe('baseline');
    expect(headingContext('现状调查', 2026)).toBe('baseline');
  });
});
