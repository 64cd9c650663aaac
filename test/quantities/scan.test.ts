// The scan (src/quantities/scan.ts and the modules it reads with): which numbers are
// quantities, their value, unit and kind, ranges and ranks, and what is no quantity.
import { describe, expect, it } from 'vitest';
import { targets, only, pick, byRaw } from './targets.js';
import { scan } from '../../src/quantities/scan.js';

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

  it('lets 万 before a compound measure word scale the number', () => {
    expect(pick(only('全年培训2万人次。'))).toEqual({ raw: '2万人次', value: 20000, upper: null, unit: '人次', kind: 'count', normalized: 20000 });
  });

  it.each([
    ['棚户区住房改造600多万套。', '600多万套', 6000000, '套'],
    ['全市共有市场主体300余万家。', '300余万家', 3000000, '家'],
    ['粮食产量稳定在1万多亿斤。', '1万多亿斤', 1e12, '斤'],
    ['建成100多个项目。', '100多个', 100, '个'],
    ['建立了2.4万多个社区卫生服务机构。', '2.4万多个', 24000, '个'],
    ['新增装机300多万千瓦。', '300多万千瓦', 3000000, '千瓦'],
    ['年发电量20多亿千瓦时。', '20多亿千瓦时', 2000000000, '千瓦时'],
    ['新建道路1000多万千米。', '1000多万千米', 10000000, '千米'],
  ])('reads 多 or 余 after a number, with the multipliers after it scaling it: %s', (text, raw, value, unit) => {
    expect(only(text)).toMatchObject({ raw, value, unit, comparator: 'gt' });
  });

  it('keeps a multiplier and unit that are one unit together after the infix, and 多个 without a number a word', () => {
    expect(only('降低企业税负5700多亿元。')).toMatchObject({ raw: '5700多亿元', value: 5700, unit: '亿元', comparator: 'gt' });
    expect(targets('建设多个平台，多万户受益。')).toEqual([]);
    // 家 beginning a noun is no measure word: 家庭
    expect(targets('惠及300多万家庭，1000万家庭受益。')).toEqual([]);
    // a named count after a verb of drafting is counted
    expect(targets('到2025年，制定出台十五项准则。').map((t) => t.raw)).toEqual(['十五项']);
  });

  it('reads a bare 百/千 before a money unit', () => {
    expect(pick(only('培育营业收入超百亿元的企业。'))).toEqual({ raw: '百亿元', value: 100, upper: null, unit: '亿元', kind: 'money', normalized: 1e10 });
    const t = only('新增税收过千万元楼宇。');
    expect([t.raw, t.value, t.unit, t.normalized.value, t.comparator]).toEqual(['千万元', 1000, '万元', 1e7, 'gt']);
    expect(only('培育年销售额超千万元的企业。').comparator).toBe('gt');
  });

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
});

describe('units', () => {
  it.each([
    ['商贸领域安全生产事故起数不超过3起。', '3起', 3, '起', 'lte'],
    ['新增种猪约2000只。', '2000只', 2000, '只', 'approx'],
    ['组织企业参加境外重点展会不少于80场次。', '80场次', 80, '场次', 'gte'],
    ['全年保障航班3000架次。', '3000架次', 3000, '架次', 'eq'],
    ['全年培训干部约600人次。', '600人次', 600, '人次', 'approx'],
    ['改造老旧住宅120栋。', '120栋', 120, '栋', 'eq'],
    ['万人公共交通车辆保有量达10标台以上。', '10标台', 10, '标台', 'gte'],
  ])('%s', (text, raw, value, unit, comparator) => {
    const t = only(text);
    expect({ raw: t.raw, value: t.value, unit: t.unit, kind: t.kind, comparator: t.comparator })
      .toEqual({ raw, value, unit, kind: 'count', comparator });
  });

  it('reads a lower bound then an upper bound of one unit as one range (3人以上9人以下), but not two clauses\' bounds', () => {
    expect(only('对发生亡3人以上9人以下的火灾，给予处分。')).toMatchObject({ raw: '3人以上9人', value: 3, upper: 9, comparator: 'between' });
    expect(only('投资额1000万元以上（含）2000万元以下的项目。')).toMatchObject({ raw: '1000万元以上（含）2000万元', value: 1000, upper: 2000 });
    expect(targets('新增企业100家以上，培训500人以下。').map((t) => `${t.raw}:${t.comparator}`)).toEqual(['100家:gte', '500人:lte']);
    expect(targets('新增企业100家以上，其中200家以下。').map((t) => `${t.raw}:${t.comparator}`)).toEqual(['100家:gte', '200家:lte']);
  });

  it('reads a range whose bounds both carry a Latin unit as one (20cm-30cm), and keeps 5G and 3D names', () => {
    expect(only('树穴底部应加铺20cm-30cm厚度碎石。')).toMatchObject({ raw: '20cm-30cm', value: 20, upper: 30, unit: 'cm', comparator: 'between' });
    expect(targets('建成5G基站100个，推广3D打印。').map((t) => t.raw)).toEqual(['100个']);
  });

  it('reads energy in 吉瓦时 and lessons in 节', () => {
    expect(pick(only('储能电池产能达到200吉瓦时。'))).toMatchObject({ raw: '200吉瓦时', unit: '吉瓦时' });
    expect(pick(only('建设精品课程50节。'))).toMatchObject({ raw: '50节', unit: '节', kind: 'count' });
  });

  it.each([
    ['新建蓄水池300口。', '300口', 300, '口', 'count'],
    ['每年培训不少于40学时。', '40学时', 40, '学时', 'other'],
    ['开设课程120课时。', '120课时', 120, '课时', 'other'],
    ['全省算力总规模超过12EFLOPS。', '12EFLOPS', 12, 'EFLOPS', 'other'],
    ['新增光伏装机10GW。', '10GW', 10, 'GW', 'other'],
    ['新增变电容量100MVA。', '100MVA', 100, 'MVA', 'other'],
    ['实现年节能量20吨标准煤以上（含）的项目。', '20吨标准煤', 20, '吨标准煤', 'other'],
    ['年降碳量30吨二氧化碳。', '30吨二氧化碳', 30, '吨二氧化碳', 'other'],
    ['力争节能8000万吨标准煤。', '8000万吨标准煤', 80000000, '吨标准煤', 'other'],
    ['淘汰平板玻璃3500万标准箱。', '3500万标准箱', 35000000, '标准箱', 'other'],
    ['平板玻璃产量7600万重量箱。', '7600万重量箱', 76000000, '重量箱', 'other'],
    ['建成充电设施25万枪。', '25万枪', 250000, '枪', 'count'],
    ['存储容量达到5TB。', '5TB', 5, 'TB', 'other'],
    ['建筑高度大于27m的住宅建筑。', '27m', 27, 'm', 'other'],
    ['新建5000m2的消防站。', '5000m2', 5000, 'm2', 'other'],
    ['任一楼层建筑面积大于1000㎡的建筑。', '1000㎡', 1000, '㎡', 'other'],
    ['宽带接入速率达到100Mbps。', '100Mbps', 100, 'Mbps', 'other'],
    ['处理能力达到300吨/日。', '300吨/日', 300, '吨/日', 'other'],
    ['年产能5万吨/年。', '5万吨/年', 50000, '吨/年', 'other'],
    ['每万人拥有床位3个/万人。', '3个/万人', 3, '个/万人', 'other'],
    ['土壤有机质含量达到28克/千克。', '28克/千克', 28, '克/千克', 'other'],
    ['泄洪能力达到600立方米/秒。', '600立方米/秒', 600, '立方米/秒', 'other'],
    ['新增变（配）电容量650万千伏安。', '650万千伏安', 6500000, '千伏安', 'other'],
    ['每百亿元GDP生产安全事故死亡人数0.6人/百亿元。', '0.6人/百亿元', 0.6, '人/百亿元', 'other'],
  ])('%s', (text, raw, value, unit, kind) => {
    const t = only(text);
    expect([t.raw, t.value, t.unit, t.kind, t.normalized.value, t.normalized.unit]).toEqual([raw, value, unit, kind, value, unit]);
  });

  it.each([
    ['人均补助200元/人。', '200元/人', 200, '元/人', 200, 'CNY/人'],
    ['全员劳动生产率达到30万元/人。', '30万元/人', 30, '万元/人', 300000, 'CNY/人'],
    ['电价降低0.2元/千瓦时。', '0.2元/千瓦时', 0.2, '元/千瓦时', 0.2, 'CNY/千瓦时'],
    ['容量补偿353元/千瓦·年。', '353元/千瓦·年', 353, '元/千瓦·年', 353, 'CNY/千瓦·年'],
    ['换电站运营奖励2400元/台·月。', '2400元/台·月', 2400, '元/台·月', 2400, 'CNY/台·月'],
  ])('a rate of money is money, normalized to CNY per the same thing: %s', (text, raw, value, unit, normalized, normalizedUnit) => {
    const t = only(text);
    expect([t.raw, t.value, t.unit, t.kind, t.normalized.value, t.normalized.unit]).toEqual([raw, value, unit, 'money', normalized, normalizedUnit]);
  });

  it('reads electricity: 度 after digits only, 分 as a price in a rate and as a score after digits, 克 and 毫米', () => {
    expect(pick(only('新能源发电量超3000亿度。'))).toMatchObject({ raw: '3000亿度', value: 300000000000, unit: '度', kind: 'other' });
    expect(pick(only('上网电价下调2分/千瓦时。'))).toEqual({ raw: '2分/千瓦时', value: 2, upper: null, unit: '分/千瓦时', kind: 'money', normalized: 0.02 });
    expect(pick(only('供电煤耗降至300克/千瓦时以下。'))).toMatchObject({ raw: '300克/千瓦时', unit: '克/千瓦时', kind: 'other' });
    expect(pick(only('禁止生产厚度小于0.01毫米的地膜。'))).toMatchObject({ raw: '0.01毫米', unit: '毫米' });
    expect(targets('曾一度下降，两度获评，十分重要。')).toEqual([]);
    // a Chinese numeral of 万 or 亿 counts electricity too
    expect(pick(only('发电量达到四千零七十三亿度。'))).toMatchObject({ raw: '四千零七十三亿度', value: 407300000000, unit: '度' });
    expect(targets('在一万度的高温下冶炼。')).toEqual([]);
    expect(pick(only('年发电量达到五千万度。'))).toMatchObject({ raw: '五千万度', value: 50000000 });
  });

  it('reads an engine\'s litres and horsepower and a building\'s floors, not a rise or a layer', () => {
    expect(targets('购买2.0升及以下排量燃油乘用车，支持20马力以下拖拉机，老旧小区7层及以下住宅加装电梯。').map((t) => `${t.raw}:${t.unit}:${t.comparator}`))
      .toEqual(['2.0升:升:lte', '20马力:马力:lte', '7层:层:lte']);
    expect(targets('指数由85升至90，产业升级，多层次一层，构建3层次人才培养体系，每户每月减少用水1升水。')).toEqual([]);
    // temperatures, gross tonnage, trips of vehicles
    expect(targets('在15摄氏度以上的条件下，推进400总吨以上运输船舶改造，日服务能力不少于80车次/日，气温35℃以上。').map((t) => `${t.raw}:${t.unit}`))
      .toEqual(['15摄氏度:摄氏度', '400总吨:总吨', '80车次/日:车次/日', '35℃:℃']);
    // concentrations and samples (一组 is a set)
    expect(targets('由每立方米18.6微克降至17.9微克，浓度低于100毫克/升，抽样不低于30组，组建一组专家队伍。').map((t) => `${t.raw}:${t.unit}`))
      .toEqual(['18.6微克:微克', '17.9微克:微克', '100毫克/升:毫克/升', '30组:组']);
    expect(targets('（三）保障措施。1组织领导。选派5组团式医疗队，检查组86组次。').map((t) => `${t.raw}:${t.unit}`)).toEqual(['86组次:组次']);
    expect(targets('混凝土试块120组合格率达到100%。').map((t) => t.raw)).toEqual(['120组', '100%']);
  });

  it('reads steam tons, a price\'s share and a bare trillion, not a kind of room', () => {
    expect(pick(only('淘汰65蒸吨/小时以上燃煤锅炉。'))).toMatchObject({ raw: '65蒸吨/小时', unit: '蒸吨/小时' });
    expect(pick(only('通行费7折优惠。'))).toMatchObject({ raw: '7折', value: 7, unit: '折' });
    expect(pick(only('累计突破万亿元。'))).toMatchObject({ raw: '万亿元', value: 1, unit: '万亿元', normalized: 1e12 });
    expect(targets('提高2人间、3人间病房占比，推进万众创新，惠及千家万户。')).toEqual([]);
    // a bare 万 after a bound
    expect(targets('服务规上企业近万家，引进超万名海归人才。').map((t) => `${t.raw}:${t.value}:${t.unit}`)).toEqual(['万家:10000:家', '万名:10000:名']);
    expect(targets('公共部门28人折算为3.5人。').map((t) => t.raw)).toEqual(['28人', '3.5人']);
    expect(targets('改革进程一波三折，政策落实不能七折八扣，带动数以万亿元计的投资。')).toEqual([]);
    expect(targets('直接带动就业3000人间接带动就业1万人。').map((t) => t.raw)).toEqual(['3000人', '1万人']);
    // tiers in a list are tiers still; 12部门 a body of government
    expect(targets('建成5万吨级、10万吨级泊位各2个，联合市直12部门开展整治。').map((t) => t.raw)).toEqual(['2个']);
  });

  it('reads an amount glued to the acronym of what it measures (GDP28.62亿元), not to a code\'s letters (P3, PM2.5)', () => {
    expect(pick(only('每平方公里产出GDP28.62亿元。'))).toMatchObject({ raw: '28.62亿元', value: 28.62, unit: '亿元' });
    expect(targets('建设P3实验室，推进5G建设。')).toEqual([]);
    expect(pick(only('考核积2分。'))).toMatchObject({ raw: '2分', unit: '分', kind: 'other' });
  });

  it('counts 颗, and 发 after a verb of making or launching only', () => {
    expect(pick(only('发射600颗商业卫星。'))).toMatchObject({ raw: '600颗', unit: '颗', kind: 'count' });
    expect(pick(only('年产50发商业火箭。'))).toMatchObject({ raw: '50发', unit: '发', kind: 'count' });
    expect(targets('推动3发展方向。')).toEqual([]);
  });

  it('reads a range with an inclusion mark after its lower bound, in one money unit or two, and in foreign money', () => {
    expect(pick(only('实缴注册资本500万元（含）至5000万元的企业。'))).toEqual({ raw: '500万元（含）至5000万元', value: 500, upper: 5000, unit: '万元', kind: 'money', normalized: 5000000 });
    expect(pick(only('实缴注册资本5000万元(不含)至1亿元的企业。'))).toMatchObject({ value: 5000, upper: 10000, unit: '万元' });
    expect(pick(only('实缴注册资本100万美元（含）至1000万美元的企业。'))).toEqual({ raw: '100万美元（含）至1000万美元', value: 1000000, upper: 10000000, unit: '美元', kind: 'other', normalized: 1000000 });
  });

  it('counts no teams where a row\'s number runs into 支持, and counts them before the word that follows apart', () => {
    expect(targets('（牵头）12支持养老机构发展。')).toEqual([]);
    expect(targets('新增专业队伍3支，支持发展。').map((t) => t.raw)).toEqual(['3支']);
  });

  it('reads a count of people before 才能 (达到10人才能申请), and a programme only before 人才 and its noun', () => {
    expect(targets('企业新录用高校毕业生达到10人才能申请，每班学员不少于30人才可开班。').map((t) => t.raw)).toEqual(['10人', '30人']);
    expect(targets('实施121人才梯队项目。')).toEqual([]);
    // the base a rate is counted per
    expect(targets('年均火灾十万人口死亡率控制在0.25以内。')).toEqual([]);
  });

  it('keeps a bracket restating an included bound in the quantity (100—500亩（含500亩）), whose suffix then bounds it', () => {
    expect(targets('对新发展的100—500亩（含500亩）的基地，年销售收入500万元（含500万元）以上的企业。').map((t) => `${t.raw}:${t.comparator}`))
      .toEqual(['100—500亩（含500亩）:between', '500万元（含500万元）:gte']);
    expect(targets('对购买价格10万元（含10万元）至20万元的汽车，年销售收入1000万元（含1000万）以上的企业。').map((t) => `${t.raw}:${t.comparator}`))
      .toEqual(['10万元（含10万元）至20万元:between', '1000万元（含1000万）:gte']);
    // a bracket naming another amount is its own quantity
    expect(targets('总投资1亿元（含财政资金2000万元）。').map((t) => t.raw)).toEqual(['1亿元', '2000万元']);
  });

  it('does not join a unit to a "/" that names no rate', () => {
    const t = only('新增企业300家/个体户。');
    expect([t.raw, t.unit]).toEqual(['300家', '家']);
  });

  it('reads 标箱 with 万 in the number, 列 and compute P', () => {
    expect(pick(only('集装箱吞吐量达到50.2万标箱。'))).toEqual({ raw: '50.2万标箱', value: 502000, upper: null, unit: '标箱', kind: 'other', normalized: 502000 });
    expect(pick(only('中欧班列开行1160列。'))).toMatchObject({ raw: '1160列', value: 1160, unit: '列', kind: 'count' });
    expect(only('新增智能算力3000P以上。')).toMatchObject({ raw: '3000P', value: 3000, unit: 'P', comparator: 'gte' });
    expect(only('存储容量达到10PB。').unit).toBe('PB');
  });

  it('reads a count unit with another in brackets as one unit (15条（段）), and 段 after digits only', () => {
    expect(pick(only('建设美丽街区15条（段）。'))).toMatchObject({ raw: '15条（段）', unit: '条(段)', kind: 'count', normalized: 15 });
    expect(only('回收设备300台(件)以上。')).toMatchObject({ raw: '300台(件)', unit: '台(件)', comparator: 'gte' });
    expect(only('整治河道20段。').unit).toBe('段');
    expect(only('强力关停自备井226眼。').unit).toBe('眼');
    expect(targets('一眼望去，采购3眼镜。')).toEqual([]);
    expect(only('补建市政消火栓169具。').unit).toBe('具');
    expect(only('安装路灯300盏。').unit).toBe('盏');
    expect(targets('打造特色美食20道，保护修缮15幢历史风貌建筑，一道工序。').map((t) => t.raw)).toEqual(['20道', '15幢']);
    // a road's code, and a package of measures named by its count
    expect(targets('整治国道104段沿线环境，落实十五条硬措施。')).toEqual([]);
    // a dust-fall rate: per month and per square kilometre
    expect(only('确保降尘量不高于9吨/月·平方公里。')).toMatchObject({ unit: '吨/月·平方公里', indicator: '降尘量', comparator: 'lte' });
    expect(targets('企业中有3具备条件的。')).toEqual([]);
    expect(targets('经过一段时间的努力，新增企业5个（含）以上。').map((t) => `${t.raw}:${t.unit}`)).toEqual(['5个:个']);
  });
});

describe('ranks', () => {
  it('reads ranks', () => {
    expect(pick(only('力争排名进入全国前100。'))).toEqual({ raw: '前100', value: 100, upper: null, unit: null, kind: 'rank', normalized: 100 });
    expect(pick(only('综合科技创新指数前移1位。'))).toEqual({ raw: '前移1位', value: 1, upper: null, unit: '位', kind: 'rank', normalized: 1 });
    expect(only('排名进入全省前三。').value).toBe(3);
  });

  it('reads a rank from the bottom (后N位) only with its unit: 后3年 is a time', () => {
    expect(pick(only('PM2.5指数退出全省后30位。'))).toEqual({ raw: '后30位', value: 30, upper: null, unit: '位', kind: 'rank', normalized: 30 });
    expect(targets('此后3年完成投资10亿元。').map((t) => t.raw)).toEqual(['10亿元']);
  });
});

describe('ranges', () => {
  it.each([
    ['建设省工程研究中心1-3个。', '1-3个', 1, 3],
    ['建设省工程研究中心1～3个。', '1～3个', 1, 3],
    ['建设省工程研究中心1~3个。', '1~3个', 1, 3],
    ['突破关键技术2—3项。', '2—3项', 2, 3],
    ['建设示范园区1至2个。', '1至2个', 1, 2],
    // a dash doubled as the separator
    ['打造2--3个中医重点专科。', '2--3个', 2, 3],
    ['引进龙头企业2到3家。', '2到3家', 2, 3],
    ['利润增长20%-30%。', '20%-30%', 20, 30],
    ['建设基地一至两个。', '一至两个', 1, 2],
    ['安排资金1-2亿元。', '1-2亿元', 1, 2],
    // the upper bound's scale scales the lower too, unless the lower names its own or the unit took it
    ['新增就业1-3万人。', '1-3万人', 10000, 30000],
    ['向广东送电160～300万千瓦。', '160～300万千瓦', 1600000, 3000000],
    ['新增1万-3万人。', '1万-3万人', 10000, 30000],
    ['奖励5-10万元。', '5-10万元', 5, 10],
    // a lower bound written in full is not scaled past the upper
    ['年均吸纳就业800-1.5万人。', '800-1.5万人', 800, 15000],
  ])('%s', (text, raw, value, upper) => {
    const t = only(text);
    expect([t.raw, t.value, t.upper, t.comparator]).toEqual([raw, value, upper, 'between']);
  });

  it('does not read a falling pair or a phone number as a range', () => {
    expect(targets('咨询热线:400-066-2698。')).toEqual([]);
  });
});

describe('durations', () => {
  it.each([
    ['在我市依法登记注册，正常经营2年以上。', '2年', 'gte', '正常经营'],
    ['相关资料保存期限不少于10年。', '10年', 'gte', '保存期限'],
    ['按每张床位每年500元给予补助，补助期限不超过5年。', '5年', 'lte', '补助期限'],
    ['对在养老机构连续从业满3年的本科毕业生给予奖励。', '3年', 'gte', '连续从业'],
    // the policy's own term: every annotation reads it as a rule of the policy
    ['本办法自2024年6月1日起施行，有效期3年。', '3年', 'eq', '有效期'],
    // a term extended, a cycle, a floor of 不足, a ban it lasts
    ['承包期再延长30年。', '30年', 'eq', '承包期再延长'],
    ['规划每5年修订一次。', '5年', 'eq', '每'],
    ['距法定退休年龄不足5年的人员。', '5年', 'lt', '距法定退休年龄'],
    ['对弄虚作假的，4年内不准申报。', '4年', 'lte', '不准申报'],
    ['支持6年（含）以上车龄的车辆更新。', '6年', 'gte', '车龄'],
    ['运行年限超25年的机组。', '25年', 'gt', '运行年限'],
    ['贷款贴息期限延长2年。', '2年', 'eq', '贷款贴息期限延长'],
    ['连续缴费不足15年，不予发放。', '15年', 'lt', '连续缴费'],
  ])('%s', (text, raw, comparator, indicator) => {
    const t = byRaw(text).get(raw)!;
    expect(t).toBeDefined();
    expect([t.value, t.unit, t.kind, t.comparator, t.role]).toEqual([Number(raw.slice(0, -1)), '年', 'other', comparator, 'parameter']);
    expect(t.indicator).toContain(indicator);
  });

  it('does not read a span valid within, a window, a plan name or a time span as a duration', () => {
    expect(targets('本办法自印发之日起3年内有效。')).toEqual([]);
    expect(targets('本办法有效期至2030年12月31日。')).toEqual([]);
    expect(targets('三年内完成改造。')).toEqual([]);
    // a measure lengthened, a fact bounded by 不足 outside a condition, a goal's span (不再)
    expect(targets('到2025年，人均预期寿命再延长1年。')).toEqual([]);
    expect(targets('到2025年，人均预期寿命可延长1年。')).toEqual([]);
    expect(targets('我国中小企业平均寿命不足3年。')).toEqual([]);
    expect(targets('确保5年内不再发生重大安全事故。')).toEqual([]);
    expect(targets('近三年内未发生重大安全事故。')).toEqual([]);
    expect(targets('制定三年行动计划。')).toEqual([]);
    expect(targets('用两年内时间完成改造。')).toEqual([]);
  });

  it('reads days as a deadline before 内 or after a bound, never a day of a month; a term\'s 最长为 is an upper bound', () => {
    expect(targets('火灾发生后3日内上报，自受理之日起十五日以内办结，延期最长不超过30日。').map((t) => [t.raw, t.value, t.unit, t.comparator, t.role])).toEqual([
      ['3日', 3, '日', 'lte', 'parameter'], ['十五日', 15, '日', 'lte', 'parameter'], ['30日', 30, '日', 'lte', 'parameter'],
    ]);
    expect(targets('于每月15日前报送，3月15日内完成，自2024年2月11日起施行。')).toEqual([]);
    // a term moved or counted from an event: 延长, 提前, 后, 前 before the days
    expect(targets('许可期限可以延长10日，应当提前30日提出申请，期满后15日内办结。').map((t) => t.raw)).toEqual(['10日', '30日', '15日']);
    expect(targets('3月15日后施行，每月15日前报送。')).toEqual([]);
    // a month's days, after 的 or in a list, and a holiday's day are dates; a policy's own validity is no quantity
    expect(targets('每月的5日内报送上月进度，每月10日、20日内公示，国庆节前10日完成大检查。')).toEqual([]);
    expect(targets('本措施自印发之日起3年内有效。本办法自施行之日起30日内有效。')).toEqual([]);
    expect(targets('每次续展期最长为三年，服务期最短为2年，自清退之日起2年内不得再申请。').map((t) => [t.raw, t.comparator])).toEqual([['三年', 'lte'], ['2年', 'gte'], ['2年', 'lte']]);
  });
});

describe('sound levels, tolerances and classes', () => {
  it('reads 分贝 and dB, a value with its tolerance as one quantity, and a class\'s name as none', () => {
    expect(targets('执行标准为昼间55分贝，按夜间55dB（A）执行，距离为50m±5m。').map((t) => `${t.raw}:${t.unit}:${t.comparator}:${t.role}`)).toEqual([
      '55分贝:分贝:eq:parameter', '55dB:dB:eq:target', '50m±5m:m:approx:parameter',
    ]);
    expect(targets('划定0类声环境功能区、3类标准适用区域，培育50类产品。').map((t) => t.raw)).toEqual(['50类']);
    // counts of kinds stay counts
    expect(targets('打造10类标准化示范区域，将全市划分为3类区域。').map((t) => t.raw)).toEqual(['10类', '3类']);
  });
});

describe('one after a floor', () => {
  it('reads 一 as a count where a floor frames it in its clause (至少配备一名), as the article elsewhere', () => {
    expect(targets('每个区县至少配备一名专职教研员，确保零就业家庭至少有一人就业。').map((t) => t.raw)).toEqual(['一名', '一人']);
    expect(targets('至少，打造一个首位产业。')).toEqual([]);
    expect(targets('至少将一部分土地出让收益用于农业农村，各部门至少推行一件事一次办。')).toEqual([]);
    expect(targets('全年编制发布两个公报，每层配备四只手提式干粉灭火器。').map((t) => t.raw)).toEqual(['两个', '四只']);
  });
});

describe('counts of documents and signs', () => {
  it('reads 份, 面, 幅 after digits and 航次, never 一份 or 两面', () => {
    expect(targets('制作询问笔录728份，增设1477面警示牌，完成数字地形图11757幅，执法巡查96航次。').map((t) => `${t.raw}:${t.kind}`)).toEqual(['728份:count', '1477面:count', '11757幅:count', '96航次:count']);
    expect(targets('印发一份文件，做到两面兼顾，3月份完成。')).toEqual([]);
  });
});

describe('not quantities', () => {
  it.each([
    ['years and dates', '2023年4月26日发布,2023-2035年规划,2023.4印发,2030年-2035年。'],
    ['the plan period', '实施“十四五”规划,十四五期间加快发展。'],
    ['ordinals', '召开第七届大会,贯彻十九届六中全会精神,处于第一梯队,省委十四届十二次全会,省第十五党代会。'],
    ['ordinals in a list', '认真落实市委六届二次、三次、四次全会精神。'],
    ['codes', '加快5G建设,推进03专项,落实1+5+N产业体系,建设P3实验室,打造2+4+X体系。'],
    ['slogans in quotes', '落实“人才10条”,开展“六个一”活动,推进“百场校招”,组织“四套班子”。'],
    ['names', '引进世界500强企业,坚持三重一大,落实一岗双责,实施双千计划,推进百城千兆,落实中央八项规定精神。'],
    ['book titles', '出台《三年行动方案(2021-2023年)》,印发《人才10条》。'],
    ['document numbers and phones', '依据赣发〔2022〕23号,咨询电话400-066-2698,索引号A25030--2024-0053。'],
    ['words that are not numbers', '培育一批企业,实施若干项目,建设多个平台,提供一站式服务,推进一体化发展,建设一流大学。'],
    ['principles, codes and positions named by their count', '坚持和平共处五项原则,坚持八项主张,落实教师职业行为十项准则。'],
    ['formulas of the reports named by their count', '坚持四项基本原则,两只手都要硬,恪守中美三个联合公报的原则,实现四个现代化,加强两个文明建设。'],
    ['the indefinite article', '打造一个首位产业,统一部署,建设一支队伍。'],
    ['tiers, the name of a class', '建设百万千瓦级核电机组,引进百亿元级项目,改造万吨级码头。'],
    ['vague amounts', '培育数十家企业,建设十几个平台,三四个基地。'],
    ['the name of a yearly programme', '办好2026年省十件民生实事。'],
    ['the parts of the text itself', '重点抓好以下十个方面。'],
    ['a two-part tariff', '两部制电价降低,两部制输配电价降低。'],
    ['figures of speech of work reports', '统筹国内国际两个大局,做好“强城”“兴村”“融合”三篇文章。'],
    ['walking on two legs', '以更大力度迈开两条腿、对接各部委。'],
    ['a company and a place named by trees', '支持三棵树公司发展，实施九棵树森林公园建设，建设三棵松片区环湖公园。'],
    ['the bodies issuing', '国家发展改革委等八部委联合评定，工业和信息化部等七部门印发实施意见。'],
    ['a government\'s leading bodies and every day', '四套班子领导身先士卒，认真过好每一天。'],
    ['income and spending kept apart', '若存在经营收益的，实行收支两条线管理。'],
    ['a formula of work reports', '统筹用好国内国际两个市场两种资源，用好两个市场、两种资源。'],
    ['a buyer\'s second home', '二套住房最低首付款比例不低于。'],
    ['a programme named by a number before 人才', '实施121人才梯队项目。'],
    ['a formula named by its parts', '推广应用“政—银—担—企—户”5位一体业务模式。'],
    ['an idiom of balancing work', '善于运用十个指头“弹钢琴”。'],
    ['idioms after a verb of making', '推动百家争鸣、百花齐放。'],
    ['a digit and 元 before a noun or a 、', '破除城乡二元结构，引导三元、元盛等企业转型。'],
    ['counts of the plan\'s own indicators', '设置预期性指标12个、约束性指标5个,六项主要经济指标全部位列第一。'],
    ['bare 百 千 万', '实施千人计划,推进万众创新,百家争鸣。'],
    ['plan names and spans', '实施三年行动计划,提前2年完成,毕业两年内注册。'],
    ['project phases', '推进学院二期项目建设,建设资源圃(二期)。'],
    ['the title line', '关于印发2025年新增企业100家实施方案的通知'],
    ['slogans of numerals', '坚持四个全面,落实三个一批,实施十个一工程,推进三次产业融合。'],
    ['a package of rules named by its count', '落实招商引资政策二十条，兑现人才新政三十条。'],
    ['a project\'s phase closing its name, double digits, a package named 人才十条', '加快实施荣乌高速二期，实施县直幼儿园二期、五中二期。实现两位数增长，落实人才十条。'],
    ['a quoted list of numbered names', '以“一条主线、一个目标、两项行动、五条赛道、十个持续推进”为政府工作主抓手。'],
  ])('%s', (_name, text) => {
    expect(targets(text).map((t) => t.raw)).toEqual([]);
  });

  it('reads digits after 数 (人数23万人): only a Chinese numeral after 数 or 几 is vague', () => {
    expect(pick(only('待遇享受人数23万人以上。'))).toMatchObject({ raw: '23万人', value: 230000, unit: '人' });
    expect(targets('培育数十家企业，数百个项目。')).toEqual([]);
  });

  it('keeps money written with one Chinese digit at a clause end', () => {
    expect(pick(only('每人每月补助五元。'))).toMatchObject({ raw: '五元', value: 5, unit: '元' });
  });

  it('counts 门 (课程100门) and a bare 千 after 带动/培训', () => {
    expect(pick(only('新开发老年教育课程100门。'))).toMatchObject({ raw: '100门', unit: '门', kind: 'count' });
    expect(pick(only('带动千名青年入乡发展。'))).toMatchObject({ raw: '千名', value: 1000, unit: '名' });
  });

  it('does not read a circle of minutes as a quantity', () => {
    expect(targets('新建15分钟便民生活圈12个。').map((t) => t.raw)).toEqual(['12个']);
    expect(targets('打造1小时经济圈。')).toEqual([]);
  });

  it('keeps a bare 百/千 elsewhere out, and 过 inside 通过/经过 is no comparator', () => {
    expect(targets('实施千人计划，推进百城千兆，千家万户受益。')).toEqual([]);
    expect(targets('投入百万人力。')).toEqual([]);
    expect(only('通过认定企业120家。').comparator).toBe('eq');
    expect(only('经过120家企业试点。').comparator).toBe('eq');
  });

  it('keeps 5G, 4K, 3D, 2B and other letter codes names', () => {
    expect(targets('建设5G基站，发展4K超高清、3D打印和2B业务，推进5GA、5G-A和P3实验室。')).toEqual([]);
    expect(targets('应用5G技术。')).toEqual([]);
  });

  it('does not read 零 opening a word as a number', () => {
    expect(targets('推动汽车零部件、零配件产业发展，实现零排放。')).toEqual([]);
    expect(only('新增汽车零部件企业20家。').raw).toBe('20家');
  });

  it('keeps names that look like units out', () => {
    expect(targets('推广1080P高清视频，建设5G基站。')).toEqual([]);
    expect(targets('将3列入重点项目。')).toEqual([]);
  });

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

  it('reads a long quotation as a list of names only when every item opens with a numeral', () => {
    // a quotation of targets, too long to be a name, keeps them
    expect(targets('实现“新增企业10家、新建项目20个、引进人才30名、完成投资50亿元”目标。').map((t) => t.raw)).toEqual(['10家', '20个', '30名', '50亿元']);
    expect(targets('落实“一条主线、新增企业10家、两项行动、五条赛道、十个持续推进”。').map((t) => t.raw)).toEqual(['10家', '两项', '五条', '十个']);
  });

  it('reads the items of a numbered quotation holding amounts, and counts of policies issued', () => {
    expect(targets('力争实现“一年新增市场主体1万户、两年新增市场主体3万户、三年新增市场主体5万户”的目标。').map((t) => t.raw)).toEqual(['1万户', '3万户', '5万户']);
    expect(targets('全年累计出台惠企政策35条。').map((t) => t.raw)).toEqual(['35条']);
    expect(targets('印发招商引资政策20条（试行）。')).toEqual([]);
  });

  it('reads 平米 as 平方米 is read, and a count of sessions (举办三期培训班)', () => {
    expect(targets('建筑面积超98万平米，建设4750平米的研究所。').map((t) => `${t.raw}|${t.value}|${t.unit}`)).toEqual(['98万平米|980000|平米', '4750平米|4750|平米']);
    expect(targets('举办三期培训班。').map((t) => t.raw)).toEqual(['三期']);
  });

  it('reads a bare 百 after a bound or a verb of doing as an amount, not in an idiom', () => {
    expect(targets('开工建设超百万平米回迁区，创建美丽乡村达百个，完成百件以上惠民实事。').map((t) => `${t.raw}|${t.value}`)).toEqual(['百万平米|1000000', '百个|100', '百件|100']);
    expect(targets('走进千家万户，实施千人计划，百家争鸣。')).toEqual([]);
  });

  it('reads 块 as a measure word', () => {
    expect(targets('完成店招店牌整治1500块，户外广告整治230块。').map((t) => `${t.raw}|${t.indicator}`)).toEqual(['1500块|店招店牌整治', '230块|户外广告整治']);
  });

  it('reads 枚 as a measure word', () => {
    expect(only('力争冰柿产能达到1500万枚。')).toMatchObject({ raw: '1500万枚', kind: 'count', indicator: '冰柿产能' });
  });

  it('reads no rounds in a slogan or 新一轮, and no decimal without digits after 点', () => {
    expect(targets('坚持创新和改革两轮驱动。')).toEqual([]);
    expect(targets('推进新一轮改革。')).toEqual([]);
    expect(targets('抓好三点工作。')).toEqual([]);
    expect(targets('杜绝零排放以外的情况。')).toEqual([]);
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

describe('machine text', () => {
  it('finds no quantity or year inside a URL, an e-mail address or a file name', () => {
    const text = '原文链接：https://www.gov.cn/a%E5%86%9C%20/t20251031_123.html 邮箱sci2025@kj.gov.cn，附件2025年10个项目.xlsx，新增企业10家，www.a.cn/15%';
    const found = scan(text);
    expect(found.quantities.map((q) => text.slice(q.start, q.end))).toEqual(['10个', '10家']);
    expect(found.years.map((y) => y.year)).toEqual([2025]);
  });
});

describe('bare 百 and 千', () => {
  it('counts 百项/百家 a verb of making sets, but not an idiom', () => {
    const text = '突破百项前沿关键核心技术，打造百家领军企业，推动千名科技特派员下乡，走进千家万户，百家争鸣。';
    expect(scan(text).quantities.map((q) => `${text.slice(q.start, q.end)}=${q.value}`)).toEqual(['百项=100', '百家=100', '千名=1000']);
  });
  it('counts N篇文章 in digits, not the figure of speech in Chinese numerals', () => {
    const text = '全年刊发100篇文章，做好“强城”“兴村”三篇文章。';
    expect(scan(text).quantities.map((q) => text.slice(q.start, q.end))).toEqual(['100篇']);
  });
  it('counts homes, not a buyer\'s second home (二套住房); a formula only as a whole (两个市场两种资源)', () => {
    const text = '筹集五百套住房，二套住房首付比例下调，限购两套住房，已拥有三套及以上住房的家庭暂停贷款。';
    expect(scan(text).quantities.map((q) => text.slice(q.start, q.end))).toEqual(['五百套', '两套', '三套']);
    const market = '新建两个市场化运作的人才公寓项目，新建两个市场监管所。';
    expect(scan(market).quantities.map((q) => market.slice(q.start, q.end))).toEqual(['两个', '两个']);
  });
});
