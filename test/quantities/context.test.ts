// The year and the modality in force at a quantity (src/quantities/context.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../src/index.js';
import { targets, only, years } from './targets.js';
import { readSentence, sentenceEnd, sentenceStart, type SentenceSpan } from '../../src/quantities/context.js';

describe('deadline years', () => {
  it('reads a year whose clause leads into a list (至2016年底实现：…；…) as governing the list\'s items', () => {
    const text = '二、工作目标\n本着节省用地的原则，至2016年底实现：建成17座垃圾转运站；建成70座城市公厕；改造99座二类公厕。';
    expect(parseDocument(text).targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['17座:2016', '70座:2016', '99座:2016']);
    // a year inside a clause that leads into nothing governs its own sentence only
    expect(parseDocument('二、工作目标\n建成17座垃圾转运站，力争2016年底投用；建成70座城市公厕。').targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['17座:2016', '70座:null']);
  });

  it('ends the reach of an opening year at a unit annotation, which closes a task in a copy run into one line', () => {
    const doc = parseDocument('一、主要任务\n（一）优化布局。2021年完成布局规划，2025年实现布局优化。（责任单位：市教育局）推进学前教育。每个乡镇至少办好1所公办幼儿园。');
    expect(doc.targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['1所:null']);
    // without the annotation the year goes on governing the paragraph
    expect(targets('2025年实现布局优化。每个乡镇至少办好1所公办幼儿园。').map((t) => t.year)).toEqual([2025]);
    // a note inside the sentence closes no task
    const inSentence = parseDocument('一、主要任务\n到2025年，全市新增高新技术企业100家（责任单位：市科技局），培育专精特新企业20家（责任单位：市工信局）。');
    expect(inSentence.targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['100家:2025', '20家:2025']);
  });

  it('reads a year between what is measured and the verb reaching its level as its deadline, not a year compared with', () => {
    expect(targets('全省电力稳定供应能力2025年达到6000万千瓦。风电、光伏发电装机规模2025年达到2500万千瓦以上，2030年达到4000万千瓦以上。').map((t) => `${t.raw}:${t.year}`))
      .toEqual(['6000万千瓦:2025', '2500万千瓦:2025', '4000万千瓦:2030']);
    expect(targets('高价值发明专利拥有量较2020年实现翻番，培育形成3个万亿级产业集群。').map((t) => `${t.raw}:${t.year}`)).toEqual(['3个:null']);
    // a base year, a year compared with or inside a condition dates nothing; the year dates its own clause only
    expect(targets('到2025年，全市粮食产量在2020年达到300万吨的基础上，稳定在320万吨以上。单位GDP能耗相对2020年下降到0.5吨标准煤。').map((t) => `${t.raw}:${t.year}`))
      .toEqual(['300万吨:2025', '320万吨:2025', '0.5吨标准煤:2025']);
    expect(parseDocument('2021年某市政府工作报告\n我省2020年实现粮食总产量680亿斤，今后五年要稳定在700亿斤以上。').targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['680亿斤:2020', '700亿斤:2025']);
    expect(targets('对2023年达到规模以上标准的工业企业，给予一次性奖励10万元。').map((t) => `${t.raw}:${t.year}`)).toEqual(['10万元:null']);
  });

  it('reads a year in a long lead-in to a list of targets as governing its items past the semicolons', () => {
    expect(targets('综合考虑各方面的因素，2008年我市经济社会发展的主要预期目标和约束指标是：本市生产总值增长12%；城镇登记失业率控制在3%以内；居民消费价格总水平涨幅控制在4%左右。').map((t) => `${t.raw}:${t.year}`))
      .toEqual(['12%:2008', '3%:2008', '4%:2008']);
  });

  it('reads a lead-in\'s year after any words, over a paragraph opened by an earlier year, but not a date\'s year', () => {
    const lead = '去年11月召开的会议提出，今年要稳。因此建议2002年我市经济发展的主要预期目标定为：国内生产总值2150亿元，增长12%；工业总产值3593亿元。';
    expect(targets(lead).map((t) => `${t.raw}:${t.year}`)).toEqual(['2150亿元:2002', '12%:2002', '3593亿元:2002']);
    expect(targets('广安市人民政府办公室2019年5月21日附件1新建基地任务分解表面积：亩广安区1800亩').map((t) => `${t.raw}:${t.year}`)).toEqual(['1800亩:null']);
  });

  it('reads a year the prices are counted in as no deadline', () => {
    expect(targets('2002年工业总产值3593亿元\n（1990年不变价），增长16%。').map((t) => `${t.raw}:${t.year}`)).toEqual(['3593亿元:2002', '16%:2002']);
    expect(targets('按2020年可比价计算，地区生产总值增长6%。').map((t) => `${t.raw}:${t.year}`)).toEqual(['6%:null']);
    expect(targets('到2025年价格监测点达到120个。').map((t) => `${t.raw}:${t.year}`)).toEqual(['120个:2025']);
    expect(targets('全市地区生产总值（2020年价格）年均增长6%。').map((t) => `${t.raw}:${t.year}`)).toEqual(['6%:null']);
  });

  it('reads a deadline the years from now run to (从现在起到2000年, 在从现在起到2000年的七年时间里)', () => {
    expect(targets('要实施扶贫攻坚计划，在从现在起到2000年的七年时间里，扶持贫困地区发展经济，基本解决8000万人的温饱问题。').map((t) => `${t.raw}:${t.year}`)).toEqual(['8000万人:2000']);
    expect(targets('从现在起到2000年，新建学校300所。').map((t) => `${t.raw}:${t.year}`)).toEqual(['300所:2000']);
  });

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

  it('reads a 到/至 year after the place the plan speaks for', () => {
    expect(only('根据要求,嘉定区到2025年底,50平方公里以上建设用地面积达到要求。').year).toBe(2025);
    // …or before 计划/力争 and 于
    expect(only('以创业带动就业。全市计划于2022年底，实现返乡下乡创业人数4万人。').year).toBe(2022);
    expect(only('全市要求2022年开展考核，达标4家。').year).toBeNull();
    expect(only('全市至2027年新增企业100家。').year).toBe(2027);
    // a noun that names no place is a subject the year does not follow
    expect(only('新建公园到2025年完成10个。').year).toBeNull();
  });

  it('reads the year a measure starts from (自2022年起, 从2023年1月1日起) as governing what it sets, not a from-value\'s year', () => {
    expect(parseDocument('自2022年起，融资担保放大倍数不低于5倍。其中，担保业务占比不低于80%。').targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['5倍:2022', '80%:2022']);
    expect(parseDocument('二、工作目标\n从2023年1月1日起，新增企业100家。').targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['100家:2023']);
    // "从2020年的82万人次" names the year of the value changed, and starts nothing
    expect(parseDocument('游客人数从2020年的82万人次提高到120万人次。').targets.map((t) => `${t.raw}:${t.year}`)).toEqual(['82万人次:null', '120万人次:null']);
  });

  it('ignores a year used as a name or a subject', () => {
    expect(only('承办2023年火炬活动。力争技术合同成交额超过130亿元。').year).toBeNull();
    expect(only('承办2021年峰会,新增企业5家。').year).toBeNull();
    expect(only('工作基础好,2020年以来新增企业5家。').year).toBeNull();
  });

  it('ignores the year of the title', () => {
    expect(only('2023年全市科技工作要点\n\n一、主要目标\n\n新增企业10家。').year).toBeNull();
  });

  it('reads a date set inside a clause as its deadline, and the subject before it as the indicator', () => {
    const [first, second] = targets('项目资金支出进度在2026年9月30日前达到70%以上、年底前达到95%以上。');
    expect([first!.year, first!.indicator]).toEqual([2026, '项目资金支出进度']);
    expect([second!.year, second!.indicator]).toEqual([2026, '项目资金支出进度']);
  });

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

  it('reads 展望 as a year cue', () => {
    expect(years('展望2035年，全面建成现代物流体系，比率降至12%左右，形成2个国际物流枢纽。')).toEqual(['12%:2035', '2个:2035']);
  });
});

describe('modality', () => {
  it('lets a 力争 beyond the quantity\'s clause outlast a 确保 before it, and the first word govern otherwise', () => {
    const later = targets('确保年内跃升至全省A类，力争建成院士工作站1个，新增高新技术企业3家。');
    expect(later.map((t) => t.modality)).toEqual(['strive', 'strive']);
    const first = targets('力争研发投入强度达到3.35%，确保财政资金增幅高于收入增幅，研发费用与营收之比达到3.25%左右。');
    expect(first.map((t) => t.modality)).toEqual(['strive', 'strive']);
    expect(targets('确保完成改造任务，新增企业3家。').map((t) => t.modality)).toEqual(['commit']);
  });
  it('lets 力争 at the start of a sentence govern its whole list', () => {
    const ts = targets('力争入库科技型中小企业1750家,认定独角兽、瞪羚企业20家,高新技术企业300家。新增平台3个。');
    expect(ts.map((t) => t.modality)).toEqual(['strive', 'strive', 'strive', null]);
  });

  it('ends at ; and lets a later word win', () => {
    const ts = targets('至2025年,确保企业总数达到50家,至2030年,力争达到60家;技术合同成交额超过10亿元。');
    expect(ts.map((t) => t.modality)).toEqual(['commit', 'strive', null]);
  });

  it('lets a later word govern its own clause only, and the sentence\'s first word the rest', () => {
    const ts = targets('力争研发投入强度达到3.35%,确保财政科技资金增幅高于收入增幅,规上工业企业研发费用与营收之比达到3.25%左右。');
    expect(ts.map((t) => t.modality)).toEqual(['strive', 'strive']);
    expect(targets('全年新增企业10家,确保完成投资20亿元,其中工业投资8亿元。').map((t) => t.modality)).toEqual([null, 'commit', 'commit']);
  });

  it.each([
    ['确保', 'commit'], ['必须', 'commit'], ['务必', 'commit'],
    ['力争', 'strive'], ['争取', 'strive'], ['努力', 'strive'], ['力求', 'strive'],
  ])('%s → %s', (word, modality) => {
    expect(only(`${word}新增高新技术企业10家。`).modality).toBe(modality);
  });

  it('reads no aim in a modality word that names an effort (争取力度)', () => {
    expect(only('加大资金和试点项目争取力度，全年实施县以上重点项目不少于50个。').modality).toBeNull();
    expect(only('争取新增企业10家。').modality).toBe('strive');
  });

  it('reads a modality word split by stray spaces', () => {
    expect(only('力 争新增企业10家。').modality).toBe('strive');
  });

  it('keeps a year led by 力争 or 截止 in its clause, and reads facts only where nothing aims', () => {
    const strive = parseDocument('某县2026年科技创新工作方案\n（一）力争2026年，全县研发投入强度达到1.8%。');
    expect(strive.targets.map((t) => [t.role, t.year, t.modality])).toEqual([['target', 2026, 'strive']]);
    const status = parseDocument('某县2026年科技创新工作方案\n（一）截止2025年，全县研发投入强度达到1.8%。');
    expect(status.targets.map((t) => t.role)).toEqual(['baseline']);
    expect(only('目前，全县正加快推进项目建设，力争到2027年完成投资20亿元。').role).toBe('target');
    // a cap for the plan's own year is a rule
    const cap = parseDocument('某县2026年工作方案\n一、2026年，单个企业申报项目不得超过3个。');
    expect(cap.targets.map((t) => t.role)).toEqual(['parameter']);
  });
});

describe('a remark on the number before it', () => {
  it('gives its modality to that number only ("4.5%-5%、努力争取更好结果")', () => {
    const ts = targets('一、主要目标\n\n地区生产总值年均增速4.5%-5%、努力争取更好结果，全员劳动生产率达58万元/人左右，研发投入占比6%以上。');
    expect(ts.map((t) => `${t.raw}:${t.modality}`)).toEqual(['4.5%-5%:strive', '58万元/人:null', '6%:null']);
    expect(targets('一、目标\n\n增长5%—5.5%，在实际工作中努力争取更好结果；失业率5.5%左右。').map((t) => t.modality)).toEqual(['strive', null]);
    // …and in the same element after an amount of about; in a clause of its own after one, it only hopes beyond the level set
    expect(targets('一、目标\n\n细颗粒物浓度控制在29微克/立方米左右、争取更优水平。').map((t) => t.modality)).toEqual(['strive']);
    expect(targets('一、目标\n\n增长5%左右，在实际工作中努力争取更好结果；失业率5.5%左右。').map((t) => t.modality)).toEqual([null, null]);
    expect(targets('一、目标\n\n地区生产总值增长5.5%左右，努力争取更好结果。').map((t) => t.modality)).toEqual([null]);
    expect(targets('一、目标\n\n增长6%左右；在实际工作中努力争取更好结果。增长约6%，在实际工作中努力争取更好结果。').map((t) => t.modality)).toEqual([null, null]);
  });
  it('leaves 力争 before a number governing as before', () => {
    expect(targets('一、目标\n\n力争新增企业10家、平台5个。').map((t) => t.modality)).toEqual(['strive', 'strive']);
  });
});

describe('readSentence', () => {
  it('gives the sentence sentenceStart and sentenceEnd give, for positions read in order', () => {
    const parts = ['。', '!', '\n', ',', '甲', '新增10家', 'x'.repeat(150), '乙'.repeat(390), '；'];
    const text = fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (t, raw) => {
      const positions = raw.map((p) => p % (t.length + 1)).sort((a, b) => a - b);
      const last: SentenceSpan = { pos: -1, start: 0, end: 0 };
      for (const pos of positions) {
        readSentence(t, pos, last);
        expect([last.start, last.end]).toEqual([sentenceStart(t, pos), sentenceEnd(t, pos)]);
      }
    }), { numRuns: 500 });
  });
});

