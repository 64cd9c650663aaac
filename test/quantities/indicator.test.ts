// What a quantity measures (src/quantities/indicator.ts).
import { describe, expect, it } from 'vitest';
import { targets, only, byRaw } from './targets.js';

describe('the phrase around the number', () => {
  it.each([
    ['技术合同成交额超过130亿元。', '技术合同成交额'],
    ['入库科技型中小企业1750家。', '入库科技型中小企业'],
    ['规模以上工业企业研发支出占营业收入比重达1.31%。', '规模以上工业企业研发支出占营业收入比重'],
    ['引进10名高层次人才。', '高层次人才'],
    ['建成6家以上具备行业代表性科技创新平台。', '具备行业代表性科技创新平台'],
    ['力争技术合同成交额每年保持20%左右增幅。', '技术合同成交额每年增幅'],
    ['全社会研发支出之比超过全省平均水平、规模以上企业研发支出占比达1.31%。', '规模以上企业研发支出占比'],
    // 将 moves the object before its verb; a 分别 list's link is no part of the name
    ['将研发投入强度提高到3%。', '研发投入强度'],
    ['将商标变更业务办理时限分别减至1个月。', '商标变更业务办理时限'],
    // days a plan allots name the task, not the bracket or the verb of allotting
    ['3.行政处罚(400个工作日)对违法行为进行处罚。', '行政处罚'],
    ['非执法工作日:参加党群活动安排685日。', '参加党群活动'],
    // 着力 before a verb of making is how hard, not what is measured
    ['着力打造城区步行15分钟的人社服务圈。', '城区步行'],
    // words of when and the adverbs a subject ends in are no part of its name; nor what the noun after 的 can do
    ['今年粮食产量要达到6500亿公斤。', '粮食产量'],
    ['三年内参保率均提高到90%以上。', '三年内参保率'],
    ['6.5%左右的增速可以实现比较充分的就业。', '增速'],
    ['上年末全市常住人口为850万人。', '全市常住人口'],
    ['今年内江市地区生产总值增长6%。', '内江市地区生产总值增长'],
    ['全市GDP2025年达到3000亿元。', '全市GDP'],
    ['到2025年，城乡居民收入增速均6%以上。', '城乡居民收入增速'],
    ['沈阳、大连等地区生产总值突破1万亿元。', '沈阳、大连等地区生产总值'],
    ['今年以来全市规上工业增加值增长8%。', '全市规上工业增加值增长'],
    ['缴费基数核定为6000元。', '缴费基数'],
    // a tier is part of the noun the count counts
    ['新开工建设2个以上百亿元级重大先进制造业项目。', '百亿元级重大先进制造业项目'],
    ['建成4个3000吨级散货出口泊位。', '3000吨级散货出口泊位'],
    ['排放总量削减为5万吨。', '排放总量'],
    // a level set with 为
    ['今年经济增长速度的宏观调控目标，定为8%。', '经济增长速度的宏观调控目标'],
  ])('%s → %s', (text, indicator) => {
    expect(only(text).indicator).toBe(indicator);
  });

  it('names a share of a whole a place holds by the noun after its 的, as a share a verb yields', () => {
    expect(targets('园区聚集了全市70%以上的持牌金融总部机构。').map((t) => t.indicator)).toEqual(['园区聚集了持牌金融总部机构']);
  });

  it('strips no leading word that would leave one character of a noun (建成区, not 区)', () => {
    expect(targets('到2025年，建成区40%以上的面积达到海绵城市目标要求。').map((t) => [t.role, t.indicator])).toEqual([['target', '建成区']]);
  });

  it('names both ends of a change stated with 为 by the subject before 由', () => {
    expect(targets('非常设机构由85个减为26个。').map((t) => t.indicator)).toEqual(['非常设机构', '非常设机构']);
  });

  it('gives each item of a list sharing one verb its own noun', () => {
    const ts = targets('认定独角兽、瞪羚企业20家,高新技术企业300家,“专精特新”企业100家。');
    expect(ts.map((t) => t.indicator)).toEqual(['独角兽、瞪羚企业', '高新技术企业', '“专精特新”企业']);
    const before = targets('力争成功引进10名高层次人才、10名紧缺型人才和100名“双创”人才。');
    expect(before.map((t) => t.indicator)).toEqual(['高层次人才', '紧缺型人才', '“双创”人才']);
  });

  it('names a measure given without its subject by the quantity before', () => {
    const ts = targets('中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元。');
    expect(ts.map((t) => t.indicator)).toEqual(['中央对地方转移支付增加', '中央对地方转移支付规模']);
    expect(targets('全市实现地区生产总值5000亿元，规模以上工业增加值增长6%。')[1]!.indicator).toBe('规模以上工业增加值增长');
    // a share of the amount before it, and a change by 比增
    expect(targets('一般债券及地方政府专项债券22.95亿元，占比45.3%。')[1]!.indicator).toBe('一般债券及地方政府专项债券占比');
    expect(targets('年度计划投资19.36亿元，比增3.8%。')[1]!.indicator).toBe('年度计划投资比增');
  });

  it('names an amount whose clause holds only 完成 or a bound by the short clause before it', () => {
    const ts = targets('机动车道井盖井框处置，完成400个；桥头跳车整治，完成48处。');
    expect(ts.map((t) => t.indicator)).toEqual(['机动车道井盖井框处置', '桥头跳车整治']);
    expect(only('解决人行道梗阻问题，不小于16处。').indicator).toBe('解决人行道梗阻问题');
    // …or only a modality and a link verb ("力争控制在")
    expect(targets('确保物价上涨幅度有明显回落，力争控制在15%左右。')[0]!.indicator).toBe('物价上涨幅度有明显回落');
    // a clause of time or manner names no task
    expect(only('截至目前，完成85%。').indicator).not.toBe('截至目前');
    expect(only('在此基础上，完成30个。').indicator).not.toBe('在此基础上');
    // a clause before holding a number, or one too long to be a topic, names nothing; nor does a clause with more words
    expect(targets('新增企业20家，完成100家。')[1]!.indicator).toBe('完成');
    expect(only('坚持以人民为中心的发展思想推动全市高质量发展取得显著成效，完成100家。').indicator).toBe('完成');
    expect(only('加大投入，新建学校5所。').indicator).toBe('学校');
  });

  it('names each value of an indicator table run into one line by its own row', () => {
    const table = '主要指标2025年属性1基本养老保险参保率≥95%约束性2失能特困人员集中供养率≥60%预期性3特殊困难老年人月探访率100%约束性';
    expect(targets(table).map((t) => t.indicator)).toEqual(['基本养老保险参保率', '失能特困人员集中供养率', '特殊困难老年人月探访率']);
    // 性 in a name is no 属性 cell
    expect(only('提高可持续性20%。').indicator).toBe('提高可持续性');
  });

  it('starts the name at the action right after a list closed by 等, the means or the scope', () => {
    expect(only('依托产业园区、龙头企业等建设创新平台30个。').indicator).toBe('创新平台');
    expect(only('“30”是指利用道路连接带、隔离带、公园绿地园路等新增白玉兰特色道路30条。').indicator).toBe('白玉兰特色道路');
    // an action whose object is a head noun alone names a kind with the list
    expect(only('到2025年，新增村卫生室、乡镇卫生院等建设项目50个。').indicator).toBe('村卫生室、乡镇卫生院等建设项目');
    // a list closed by 等 before a noun names the kind
    expect(only('培育高新技术企业、专精特新企业等市场主体100家。').indicator).toBe('高新技术企业、专精特新企业等市场主体');
  });

  it('names an amount alone in brackets by the item before them', () => {
    expect(targets('推进幸福片区与封浜片区（3.66平方公里）、马陆社区（4.42平方公里）海绵城市建设达标评估。').map((t) => t.indicator)).toEqual(['幸福片区与封浜片区', '马陆社区']);
    // a bracket holding more than the amount restates a part: its own words name it
    expect(byRaw('全市新增企业100家（其中高新技术企业30家）。').get('30家')!.indicator).toBe('高新技术企业');
  });

  it('never gives an empty name: the words before the number, else those after it', () => {
    expect(only('新增78家。').indicator).toBe('新增');
    expect(only('确保新增450家以上。').indicator).toBe('新增');
    expect(only('企业要按规定足额提取和使用职工教育经费，60%以上用于一线职工教育和培训。').indicator).toBe('用于一线职工教育和培训');
  });

  it('leaves the frame of a level set (拟按…安排) out of the name', () => {
    expect(only('赤字率拟按2.8%左右安排、比去年有所下调。').indicator).toBe('赤字率');
  });

  it('does not prefix a short noun with the item before it in a list', () => {
    expect(targets('2025年创建6个国家级汽摩运动营地和2个星级营地。').map((t) => t.indicator)).toEqual(['国家级汽摩运动营地', '星级营地']);
    expect(targets('开工建设韩江、鉴江干流治理工程和40宗堤防。')[0]!.indicator).toBe('堤防');
  });

  it('keeps an action verb rather than borrow a subject from another clause', () => {
    expect(targets('每千人口执业医师数达到3.2人,建设4.5万平方米。')[1]!.indicator).toBe('建设');
  });

  it('takes the noun after 的 when nothing stands before the number', () => {
    expect(only('推动50%的规上企业建立研发机构。').indicator).toBe('规上企业建立研发机构');
    // after a verb that yields the amount, the verb and the noun after 的
    expect(only('到2022年，覆盖50%以上的社区卫生服务中心、乡镇卫生院。').indicator).toBe('覆盖社区卫生服务中心、乡镇卫生院');
    expect(only('为中小微企业提供1亿元以上的增信担保。').indicator).toBe('为中小微企业提供增信担保');
    // the examples a noun is qualified by are no part of its name
    expect(only('各地至少建立1个以上以大学生创业园区、创业沙龙为代表的创业苗圃。').indicator).toBe('创业苗圃');
    // a qualifier that defines the noun stays
    expect(only('到2025年，以公共交通为主体的绿色出行比例达到70%以上。').indicator).toBe('以公共交通为主体的绿色出行比例');
  });

  it('takes the noun before a count that a verb follows', () => {
    expect(only('选派科技特派员120名深入生产一线开展技术服务。').indicator).toBe('选派科技特派员');
    expect(only('引进10名高层次人才。').indicator).toBe('高层次人才');
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

  it('names what lasts before a duration, not what follows it', () => {
    expect(byRaw('剩余30%在项目连续稳定运行满一年并经绩效评价合格后拨付。').get('一年')!.indicator).toBe('在项目连续稳定运行');
  });

  it('takes the noun before a threshold followed by a conjunction', () => {
    expect(byRaw('对上年度研发费用超过500万元且研发费用占营业收入比例不低于3%的企业给予补助。').get('500万元')!.indicator)
      .toContain('上年度研发费用');
  });

  it('drops a leading 在…等 location phrase', () => {
    expect(only('在北京、上海等重点城市新设品牌形象店15家。').indicator).toBe('品牌形象店');
    expect(only('在长沙、株洲等地建设数据中心10个。').indicator).toBe('数据中心');
  });

  it('keeps a 在 phrase without 等, and a noun starting with 在', () => {
    expect(only('在全市建设数据中心10个。').indicator).toContain('数据中心');
    expect(only('在校学生人数达到5000人。').indicator).toBe('在校学生人数');
  });

  it('ends counted places at the verb that brings a service to them', () => {
    expect(only('在全县8家银行网点延伸不动产抵押登记服务。').indicator).toBe('银行网点');
    expect(only('在2个以上行业领域形成数据接口标准规范。').indicator).toBe('行业领域形成数据接口标准规范');
    expect(only('新建8家银行网点。').indicator).toBe('银行网点');
  });
});

describe('the indicator before', () => {
  it('carries the subject to a clause that names none', () => {
    const ts = targets('力争2025年,挂牌上市企业达到5家,2030年达到8家。');
    expect(ts.map((t) => t.indicator)).toEqual(['挂牌上市企业', '挂牌上市企业']);
    const ratio = targets('全区R&D经费支出超过10亿元,占GDP比重达到1.2%。');
    expect(ratio[1]!.indicator).toBe('全区R&D经费支出占GDP比重');
    // a change against last year names no thing of its own
    const yoy = targets('年末规模以上企业销售收入达到81亿元，同比增长16%，研发投入强度较上年提高0.2个百分点。');
    expect(yoy.map((t) => t.indicator)).toEqual(['规模以上企业销售收入', '规模以上企业销售收入同比增长', '研发投入强度较上年提高']);
    // one change, not two: the subject without its own change word
    expect(targets('单位GDP能耗下降3%，比上年下降0.5个百分点。').map((t) => t.indicator)).toEqual(['单位GDP能耗下降', '单位GDP能耗比上年下降']);
    // counted from last year's estimate or budget: still only the change
    expect(targets('中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。').map((t) => t.indicator))
      .toEqual(['中央财政拟投入社会保障资金', '中央财政拟投入社会保障资金比上年预计数增加', '中央财政拟投入社会保障资金增长']);
    // a year between what is measured and its verb: the subject before it names the amount (not a cue's 到2027年)
    expect(targets('数字经济规模2025年达到1500亿元。风电装机规模2025年达到2500万千瓦以上，2030年达到4000万千瓦以上。').map((t) => t.indicator))
      .toEqual(['数字经济规模', '风电装机规模', '风电装机规模']);
    expect(targets('力争软件业务收入年均增长15%以上，到2027年突破2500亿元。').map((t) => t.indicator)).toEqual(['软件业务收入年均增长', '软件业务收入年均增长']);
    // a deed alone takes the subject of the amount before it, without that one's deed; a deed alone before lends none
    expect(targets('保障性安居工程基本建成470万套、新开工700万套。').map((t) => t.indicator)).toEqual(['保障性安居工程基本建成', '保障性安居工程新开工']);
    expect(targets('基本建成500万套，新开工700万套以上。').map((t) => t.indicator)).toEqual(['基本建成', '新开工']);
    // a subject ending in 预算 keeps it
    expect(targets('争取中央预算3亿元，同比增长20%。').map((t) => t.indicator)).toEqual(['中央预算', '中央预算同比增长']);
  });

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
