// Target, baseline or parameter (src/quantities/role.ts), from the words of the clause and
// what governs it.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { targets, only, roles } from './targets.js';

describe('clause words', () => {
  it.each([
    ['认定高新技术企业300家。', 'target'],
    ['排名进入全国前100。', 'target'],
    ['每年新增上云企业不低于300家。', 'target'],
    ['科研院所研发投入增长20%以上。', 'target'],
    ['依托南方医院赣州医院和省人民医院赣州医院2个国家区域医疗中心,打造平台。', 'baseline'],
    ['加快推进稀土、现代家居两个省级产业科技创新联合体建设。', 'baseline'],
    // a verb of making before the list: things to build
    ['建设竹屿、芦南、平洋三个创新空间。', 'target'],
    ['全市高新技术企业达到了500家。', 'baseline'],
    ['除已选派3人担任指挥长外，其余人选公开选拔。', 'baseline'],
    // 已 under an aim names a kind of thing, not a deed
    ['2026年，确保已开工项目完成投资120亿元以上。', 'target'],
    ['到2027年，已脱贫人口人均纯收入达到2万元。', 'target'],
    // 已有基础上 is where the work starts from, not a deed done
    ['各区属国企在已有基础上打造1至2个党建工作品牌。', 'target'],
    ['党政干部的年龄要求一般在40周岁左右。', 'parameter'],
    ['人均预期寿命达到80岁左右。', 'target'],
    ['干部平均年龄下降到45岁。', 'target'],
    ['引导营收超1亿元的规上企业实现全覆盖。', 'parameter'],
    ['抽查财政资助经费在100万元以上的科技计划项目。', 'parameter'],
    // a verb before the amount makes it what the verb yields, not a threshold
    ['为中小微企业提供1亿元以上的增信担保。', 'target'],
    // a bound on the size of each thing of a kind is a standard; each area's quota is a goal
    ['每个花园总面积2000平方米以上。', 'parameter'],
    ['每条花街以草本花卉为主，连续长度500米以上。', 'parameter'],
    ['每个区市县城镇栽植花卉苗木折合面积不少于400亩。', 'target'],
    ['每个花海每年栽植面积不少于200亩。', 'target'],
    // a share applied by 按照…的比例, and money handed to those who meet conditions, are rules
    ['各级要按照不低于上年度征收额15%的比例，将保障金用于扶持。', 'parameter'],
    ['为符合条件的创业青年发放3万—10万元创业启动资金贷款。', 'parameter'],
    ['交流人数不低于符合条件教师总数的10%。', 'target'],
    ['全年为符合条件的小微企业发放创业担保贷款5亿元以上。', 'target'],
    // the standard's own value, not a count of things its lead qualifies
    ['执行标准为一级A的污水处理厂达到20座。', 'target'],
    ['执行标准为昼间55分贝。', 'parameter'],
    // the last 每 before the amount names what is sized; 力争 makes it a goal; a tolerance under an aim too
    ['每个花园建成水景，每个乡镇新增建设用地面积不少于400亩。', 'target'],
    ['每个开发区规划面积不少于500亩。', 'target'],
    ['力争每所学校的运动场面积达到3000平方米以上。', 'target'],
    ['到2025年，建成城市绿道100km±10km。', 'target'],
    // a unit price is a standard, even in a plan's aim
    ['力争按时采购跨省域增减挂钩指标（单价30万元）。', 'parameter'],
    // 时 right after the amount: the level that triggers what follows
    ['网约车行驶里程达到60万千米时强制报废。', 'parameter'],
    // …not 时 opening a word, nor under an aim
    ['力争全市地区生产总值迈入1000亿元时代。', 'target'],
    ['上半年完成固定资产投资60亿元时间过半。', 'target'],
    ['力争全市地区生产总值达到5000亿元时实现翻番。', 'target'],
    // coverage reached: the share of the noun after 的, not a threshold on it
    ['到2022年，覆盖50%以上的社区卫生服务中心、乡镇卫生院。', 'target'],
    ['对评价突出的平台给予后补助，支持金额不超过300万元/年。', 'parameter'],
    // a rate per so many, applied, is a standard; a deadline makes it a goal
    ['对新建居住小区，按照每千人口不少于10个托位规划建设照护服务设施。', 'parameter'],
    // a sentence that defines a measure: its numbers say what is counted
    ['城市二级及以上医院4公里服务半径覆盖的建设用地占建成区总建设用地面积的比例。', 'parameter'],
    ['人口密度超过每平方公里1.5万人的城市建设用地规模(平方公里)', 'parameter'],
    ['力争建设用地占建成区面积的比例达到90%。', 'target'],
    // how often a routine recurs is a rule; a yearly floor the plan holds itself to, or an event it holds, a goal
    ['每季度向市政府报告1次。', 'parameter'],
    ['每天早晚各测量1次体温。', 'parameter'],
    ['每年召开联席会议不少于2次。', 'target'],
    ['每年开展网络安全攻防演练不少于2次。', 'target'],
    // what is done away with entirely is named by its bound
    ['基本消除66人以上超大班额。', 'parameter'],
    ['新建100家以上企业。', 'target'],
    ['全面消除100个以上空壳村。', 'target'],
    // the level a fee is set to is a rule; its old level a fact
    ['省质检院将各类委托检验收费按原标准降低20%。', 'parameter'],
    ['全年实施重点项目200个，持续扩大有效投资规模。', 'target'],
    ['新增造林5万亩，持续扩大森林面积。', 'target'],
    // 可 opening a word is no permission; a pace by the year is no standard; a ratio with 占 is no money divided
    ['每个社区可回收物回收网点不少于2个。', 'target'],
    ['按照每年新增专精特新企业10家以上的节奏推进。', 'target'],
    ['全年民间投资占固定资产投资总额的60%以上。', 'target'],
    ['老城区的居住小区，2025年前要通过购置、置换等方式，按照每千人口不少于8个托位建设照护服务设施。', 'target'],
    // a bounded count after the noun it measures, before 的 and what it qualifies: a condition; a count a verb sets is a goal
    ['编制50人（含）以上的党政机关至少安排残疾人就业。', 'parameter'],
    ['培育10家以上的龙头企业。', 'target'],
    ['到2025年，每个县建成2个以上的县域医疗次中心。', 'target'],
    ['每千名老年人拥有40张以上的养老床位。', 'target'],
    ['给予一次性奖励不低于10万元。', 'parameter'],
    ['可一次性给予十万元以内的贷款。', 'parameter'],
    ['择优部分青年项目予以连续2年支持。', 'parameter'],
    ['全年“科贷通”贷款累计突破40亿元。', 'target'],
    ['初次信访事项一次性化解率达到93%以上。', 'target'],
    ['一次性给予10万元奖励。', 'parameter'],
    ['赴疆前由派出单位一次性发给制装费10000元。', 'parameter'],
    ['按投资额的30%抵免该企业当年应缴教育费附加。', 'parameter'],
    ['按时完成年度任务的80%。', 'target'],
    // how money is divided is a rule, unless something aims
    ['鼓励采购单位将合同预付款比例提高至合同金额的30%以上。', 'parameter'],
    ['企业足额提取职工教育经费，60%以上用于一线职工教育。', 'parameter'],
    ['到2025年，研发经费占营业收入的比重达到3%。', 'target'],
    ['按计划完成年度投资的80%以上。', 'target'],
    ['按序时进度完成全年计划的50%。', 'target'],
    ['新建C、D、E三个基地。', 'target'],
    ['推动50%的规上企业建立研发机构。', 'target'],
  ])('%s → %s', (text, role) => {
    expect(only(text).role).toBe(role);
  });

  it('makes a rate, a grant and a threshold before a count parameters', () => {
    expect(targets('对年研发投入超过500万元的企业,按10%给予补助,最高不超过100万元。').map((t) => t.role)).toEqual([
      'parameter', 'parameter', 'parameter',
    ]);
    expect(targets('培育年营业收入超100亿元企业5家。').map((t) => t.role)).toEqual(['parameter', 'target']);
    expect(only('营业收入突破1000亿元大关。').role).toBe('target');
  });

  it('reads a level allowed or prescribed, the step of a reward and the first of conditions a 的 closes as rules', () => {
    expect(roles('二、主要任务\n鼓励项目民间资本持股比例可在10%以上。')).toEqual(['10%:parameter']);
    expect(roles('二、主要任务\n严格按规定将预留份额提高至40%以上。')).toEqual(['40%:parameter']);
    expect(roles('二、主要任务\n销售额增量每达1000万元，奖励10万元。')).toEqual(['1000万元:parameter', '10万元:parameter']);
    expect(roles('二、主要任务\n筛选一批总投资5000万元以上、预期收益率不低于行业平均水平的优质项目。')).toEqual(['5000万元:parameter']);
    // a span a review reports took is a fact; one a rule it restates sets is a rule still
    expect(roles('一、2023年工作回顾\n仅用3天就建成方舱医院，提前2个月超额完成任务。')).toEqual(['3天:baseline', '2个月:baseline']);
    expect(roles('一、2023年工作回顾\n出台人才新政，补贴期限3年，审批时限不超过15个工作日。')).toEqual(['3年:parameter', '15个工作日:parameter']);
    // a threshold before 的 in a review's sum; 需 and 须 inside words, or over a commitment, require nothing
    expect(roles('一、2023年工作回顾\n累计引进投资超1亿元的项目25个。')).toEqual(['1亿元:parameter', '25个:baseline']);
    expect(roles('二、主要任务\n给予补贴的同时，需求侧消费规模达到1000亿元以上。')).toEqual(['1000亿元:target']);
    expect(roles('二、主要任务\n市财政给予资金支持，全市必须确保粮食产量不低于100万吨。')).toEqual(['100万吨:target']);
    expect(roles('二、主要任务\n重点招引年营收10亿元以上、研发投入超过5000万元的目标企业。')).toEqual(['10亿元:parameter', '5000万元:parameter']);
    expect(roles('一、2023年工作回顾\n商品房平均成交价格下降到8折左右。')).toEqual(['8折:baseline']);
    // what a grant requires after it, and a price's share
    expect(roles('二、主要任务\n单个充电桩补助不超过2万元且需单个充电桩功率不低于40千瓦。')).toEqual(['2万元:parameter', '40千瓦:parameter']);
    expect(roles('二、主要任务\n通行费7折优惠。到2025年，需新建充电桩不少于1000个。')).toEqual(['7折:parameter', '1000个:target']);
    // amounts a goal lists are no conditions, nor those a 的 closes on a goal; 可在 and 按规定 inside other words set nothing
    expect(roles('到2025年，营业收入超过100亿元、利润达到10亿元。')).toEqual(['100亿元:target', '10亿元:target']);
    expect(roles('第二章 主要目标\n到2025年，实现地区生产总值突破3000亿元、一般公共预算收入超过200亿元的目标。')).toEqual(['3000亿元:target', '200亿元:target']);
    expect(roles('第三章 主要任务\n政务服务事项可在线办理比例达到90%以上，按照规定完成100个老旧小区改造。')).toEqual(['90%:target', '100个:target']);
    // a review's sum stays a fact; only a bound glued to the noun it limits is a threshold
    expect(roles('一、2023年工作回顾\n累计争取中央资金超10亿元支持项目50个。')).toEqual(['10亿元:baseline', '50个:baseline']);
  });

  it('reads the share of a whole a place holds (聚集了全市70%以上的…) as no threshold, the items after it too', () => {
    expect(roles('一、过去五年工作回顾\n辖区聚集了全市70%以上的持牌金融总部机构、50%以上的创投机构、70%的物流总部。'))
      .toEqual(['70%:baseline', '50%:baseline', '70%:baseline']);
    expect(roles('对占全市产值5%以上的企业给予奖励。')).toEqual(['5%:parameter']);
  });

  it('reads a share an aim attains (到2025年，建成区40%以上的面积达到…) as a goal, a threshold on money before 的 still a rule', () => {
    expect(roles('到2025年，建成区40%以上的面积达到海绵城市目标要求。')).toEqual(['40%:target']);
    expect(roles('确保营业收入5亿元以上的工业企业研发机构实现全覆盖。')).toEqual(['5亿元:parameter']);
    // a count after the attainment verb is the goal, the share before 的 its threshold
    expect(roles('到2025年，营业收入年均增长20%以上的企业达到100家。')).toEqual(['20%:parameter', '100家:target']);
  });

  it('reads a from-value only before a change (由…组成 names parts; 从原36家整合为24家 changes)', () => {
    expect(roles('加快构建由10个重点产业集群和30条重点产业链组成的产业体系。')).toEqual(['10个:target', '30条:target']);
    expect(roles('首付比例由30%下调10个百分点。')[0]).toBe('30%:baseline');
    expect(roles('二级子公司从原先的36家整合为24家。')[0]).toBe('36家:baseline');
    expect(roles('审批事项由120项精简为60项。')[0]).toBe('120项:baseline');
    // change words as words: 调研, 减负, 浮动 are none
    expect(roles('由20名专家组成调研组。')).toEqual(['20名:target']);
  });

  it('reads a review\'s total granted in 亿元 as a fact, the amount each is granted a rule', () => {
    const review = (s: string) => roles(`一、2023年工作回顾\n${s}`);
    expect(review('落实1.1亿元人才补贴，发放住房保障货币补贴2.8亿元。')).toEqual(['1.1亿元:baseline', '2.8亿元:baseline']);
    expect(review('对新认定的企业给予奖励50万元。')).toEqual(['50万元:parameter']);
    // a threshold, a 对…的 condition's grant: rules still
    expect(review('对总投资超过10亿元的项目给予补助。')).toEqual(['10亿元:parameter']);
    expect(review('对新引进的世界500强区域总部奖励1亿元。')).toEqual(['1亿元:parameter']);
  });

  it('reads a grant\'s rate and cap (支持比例, 支持额度) as rules', () => {
    expect(roles('单体项目总投资不低于2000万元，支持比例不超过核定总投资的15%。')).toEqual(['2000万元:parameter', '15%:parameter']);
    expect(roles('支持额度不超过5亿元。')).toEqual(['5亿元:parameter']);
    expect(roles('到2025年，建设支持标准化试点示范项目30个。')).toEqual(['30个:target']);
  });

  it('reads a penalty as a rule, and growth in real terms (扣除价格因素) as none', () => {
    expect(roles('年终考核排名末位的，扣除价格监测经费10%。')).toEqual(['10%:parameter']);
    expect(roles('社会商品零售总额扣除价格因素增长7.8%。')).toEqual(['7.8%:target']);
    expect(roles('城镇居民人均可支配收入扣除物价上涨因素增长5%。')).toEqual(['5%:target']);
  });

  it('makes both ends of a reported change baseline', () => {
    expect(targets('R&D活动人员数从5758名增至6006名。').map((t) => t.role)).toEqual(['baseline', 'baseline']);
  });

  it('keeps a planned change a target', () => {
    expect(targets('力争从100家增至200家。').map((t) => t.role)).toEqual(['baseline', 'target']);
  });

  it('reads the start of a change with when or whose level it was between (由去年的, 从人均) as a fact, not in the indicator', () => {
    expect(targets('赤字率从去年的2.1%提高到2.8%。').map((t) => `${t.raw}:${t.role}:${t.indicator}`)).toEqual(['2.1%:baseline:赤字率', '2.8%:target:赤字率']);
    expect(targets('居民收入从人均8.7万元提高到9万元。').map((t) => `${t.raw}:${t.role}`)).toEqual(['8.7万元:baseline', '9万元:target']);
    // (从 opening a word is no start of a change)
    expect(targets('从事研发人员达到500人。').map((t) => t.role)).toEqual(['target']);
  });
});

describe('status and past facts', () => {
  it('makes what a status year governs baseline', () => {
    expect(targets('截至2022年底,全市共有高新技术企业1200家,比上年增长20%。').map((t) => [t.role, t.year])).toEqual([
      ['baseline', 2022],
      ['baseline', 2022],
    ]);
  });

  it('reads a work summary, and sentences opening with 去年 or 目前, as facts', () => {
    const doc = parseDocument('某镇2025年工作总结和2026年工作计划\n一、2025年工作总结\n全年完成地区生产总值18.6亿元。\n二、2026年工作计划\n力争完成固定资产投资9.9亿元。');
    expect(doc.targets.map((t) => t.role)).toEqual(['baseline', 'target']);
    expect(only('去年汛期，全县共启动防汛应急响应5次。').role).toBe('baseline');
    expect(only('目前，县级防汛物资储备总价值约650万元。').role).toBe('baseline');
    // …and what has been done since a congress or a plan began, the sentence only
    expect(roles('党的十八大以来，国家连续实施三期学前教育行动计划。“十四五”以来，全市新增企业500家。到2025年，新增企业1000家。'))
      .toEqual(['三期:baseline', '500家:baseline', '1000家:target']);
  });

  it('counts what exists as a fact (现有), unless the clause finishes it (完成现有…任务)', () => {
    expect(only('巩固现有17个产业集群。').role).toBe('baseline');
    expect(only('2年内完成现有31条街道托底管理类道路的治理任务。').role).toBe('target');
  });

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

  it('makes results of the year before the plan baselines', () => {
    expect(roles('某区2025年政府工作要点\n\n2024年，全区地区生产总值完成486.3亿元，同比增长5.6%。新增“四上”企业57家。'))
      .toEqual(['486.3亿元:baseline', '5.6%:baseline', '57家:baseline']);
  });
});

describe('time limits', () => {
  it('reads a time limit on how long something takes as a goal, a rule term as a parameter', () => {
    expect(only('审批时间不超过15个工作日。').role).toBe('target');
    expect(only('资金兑付周期压缩至10个工作日以内。').role).toBe('target');
    expect(only('公示期压缩至5个工作日。').role).toBe('parameter');
    expect(only('贷款期限不超过3年。').role).toBe('parameter');
    expect(only('城市急救平均反应时间控制在12分钟以内。').role).toBe('target');
  });

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
});

describe('thresholds', () => {
  it('reads a bound in a clause ending in 时 as the threshold that triggers what follows', () => {
    expect(roles('当小时降雨量超过30毫米时，要立即发出转移信号。')).toEqual(['30毫米:parameter']);
    // 同时 and 小时 end no trigger
    expect(roles('实现地区生产总值增长6%以上的同时，新增就业1万人。')).toEqual(['6%:target', '1万人:target']);
    expect(roles('审批时间压缩至3个小时。')).toEqual(['3个小时:target']);
  });

  it('makes an age bounding the people it names a parameter, and a life expectancy a target', () => {
    const age = targets('对80周岁及以上老年人每餐补助3元。')[0]!;
    expect([age.raw, age.unit, age.kind, age.comparator, age.role]).toEqual(['80周岁', '周岁', 'other', 'gte', 'parameter']);
    expect(only('人均预期寿命达到80岁。').role).toBe('target');
  });

  it('makes an upper bound glued to a counted noun a threshold, not a lower one', () => {
    expect(roles('允许入境8座以下小汽车通行。')).toEqual(['8座:parameter']);
    expect(roles('培育100家以上企业。')).toEqual(['100家:target']);
  });

  it('counts a list summed up (等58项) as the goal when a deadline governs it, as a fact when none does', () => {
    expect(roles('2020年底前实现市场主体登记注册、学历公证等58项事项异地办理。')).toEqual(['58项:target']);
    // under a heading dating the plan's own year the list is its work; under the review, a fact
    const report = parseDocument('2022年某市政府工作报告\n一、2021年工作回顾\n建成创业路、瑞新街等5条道路。\n二、2022年主要目标任务\n打通创业路、瑞新街等10条断头路。');
    expect(report.targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['5条:baseline', '10条:target']);
    expect(targets('统筹用好国内国际两个市场两种资源，充分发挥中央和地方两个积极性。')).toEqual([]);
    // …unless the clause puts things that exist to use (TARGETS.md §2's own example)
    const used = parseDocument('2025年某市工作要点\n二、2025年工作计划\n充分发挥稀土、现代家居两个省级产业科技创新联合体作用。深化与北京大学、清华大学等5所高校合作。');
    expect(used.targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['两个:baseline', '5所:baseline']);
  });

  it('counts a list of projects after 实施项目： summed up by a count as work to do, without 等 or a year', () => {
    expect(roles('（八）推进公路铁路沿线整治绿化。实施项目：北厝-敖东、平原-苏澳、流水-仙人井3条公路沿线整治绿化建设。')).toEqual(['3条:target']);
    expect(roles('充分发挥稀土、现代家居两个联合体作用。')).toEqual(['两个:baseline']);
  });

  it('counts a list of examples (…等15条) as work to do when its noun names the work, but not an exact list of what exists', () => {
    expect(roles('推进延长西路、镇坪路等15条（段）“美丽街区”建设。')).toEqual(['15条（段）:target']);
    expect(roles('推进嘉闵线、机场联络线等7条轨交线路建设。')).toEqual(['7条:target']);
    expect(roles('推进延长西路、镇坪路等15条美丽街区。')).toEqual(['15条:baseline']);
    // the seeds' own: the two that exist, named one by one
    expect(roles('加快推进稀土、现代家居两个省级产业科技创新联合体建设。')).toEqual(['两个:baseline']);
    // a clause that attains or finishes them makes them work to do
    expect(roles('实现行政许可、行政处罚、行政奖励等8类公共信用信息跨地区共享。')).toEqual(['8类:target']);
    expect(roles('完成临时居民身份证办理、误收多缴退还保险费申请2个事项在我市落地。')).toEqual(['2个:target']);
  });

  it('counts what a measure is aimed at (针对…的2034种商品) as what exists', () => {
    expect(roles('针对首年关税为零的2034种出口商品，加大市场开拓力度，新增出口企业100家。')).toEqual(['2034种:baseline', '100家:target']);
  });

  it('makes a rate paid each beneficiary a rule, the old rate after 从 a fact, and a multiple of a standard a rule', () => {
    expect(roles('集中供养孤儿基本生活保障省定最低标准从每人每月2375元提高到2423元。')).toEqual(['2375元:baseline', '2423元:parameter']);
    expect(roles('学生意外伤害责任保险保费由每生每年5元提高至10元。')).toEqual(['5元:baseline', '10元:parameter']);
    expect(roles('变更注册费由3.27万元下降至2.289万元。')).toEqual(['3.27万元:baseline', '2.289万元:parameter']);
    expect(roles('特困人员基本生活标准不低于当地最低生活保障标准的1.6倍。')).toEqual(['1.6倍:parameter']);
    // the base a rate is counted by, right after 每, whatever the part: a rule
    expect(roles('强化管理站人员配置，每25—30公里乡道、村道配备不少于一名专管员。')).toEqual(['25—30公里:parameter', '一名:parameter']);
    expect(roles('每1万人口拥有社会体育指导员不少于23人。').at(-1)).toBe('23人:target');
    // how often or how long work runs within a week or a term is a standard, whatever governs it; a yearly count is a goal
    expect(roles('确保小学一二年级每周4课时，控制考试次数，每学期不得超过1次。')).toEqual(['4课时:parameter', '1次:parameter']);
    expect(roles('每年新增上云企业不低于300家。')).toEqual(['300家:target']);
    // money a standard sets out, after its colon and in a list
    expect(roles('干满5年可享受一次性就业补贴，标准为：普通高等院校毕业生为3万元、职业学校毕业生为2万元。')).toEqual(['5年:parameter', '3万元:parameter', '2万元:parameter']);
    // a rate by the length of road it keeps, each year: every item of the list
    expect(roles('日常养护的总额不得低于县道每年每公里1万元，乡道每年每公里5000元，村道每年每公里3000元。')).toEqual(['1万元:parameter', '5000元:parameter', '3000元:parameter']);
  });

  it('makes a level a policy sets this year a rule, a later deadline or 力争 a goal, and a sum in 亿元 spared a goal', () => {
    const report = '2012年某省政府工作报告\n三、2012年主要任务\n今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。\n今年城乡居民医保补助标准提高到240元。\n到2025年，检测费降至50元。\n力争检测费降至30元。\n全年减少企业税负3500亿元左右、涉企收费约2000亿元。';
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.role}`)).toEqual([
      '50公斤:parameter', '7.4元:parameter', '16元:parameter', '240元:parameter', '50元:target', '30元:target', '3500亿元:target', '2000亿元:target',
    ]);
  });

  it('keeps a sum of fees spared, a count of fees and a deed done out of the fee rule', () => {
    const report = '2024年政府工作报告\n二、2024年主要工作\n全年为企业减免行政事业性收费8000万元。今年涉企收费项目减少30%。2024年，全市涉企收费总额下降10%。今年已减免各类涉企收费3000万元。今年检测费降至50元。';
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['8000万元:target', '30%:target', '10%:target', '3000万元:baseline', '50元:parameter']);
  });

  it('makes a cohort a clause opens with and counts a fact the plan works with, not one it acts on or dates ahead', () => {
    const report = '2014年某省政府工作报告\n今年高校毕业生将达727万人，要开发更多就业岗位。今年高校毕业生820多万人，为历史最高。吸纳高校毕业生1000人。到2025年高校毕业生10万人。';
    expect(parseDocument(report).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['727万人:baseline', '820多万人:baseline', '1000人:target', '10万人:target']);
  });

  it('keeps a cohort that is part of a goal a goal: under a goals heading, or after 其中', () => {
    expect(parseDocument('2024年政府工作报告\n二、主要目标\n今年城镇新增就业5万人，其中：高校毕业生1万人。\n三、重点工作\n做好就业工作，其中：高校毕业生5000人。').targets.map((t) => `${t.raw}:${t.role}`))
      .toEqual(['5万人:target', '1万人:target', '5000人:target']);
  });

  it('makes a share of a whole a verb covers or extends to a goal, and money per head a policy sets a rule', () => {
    expect(roles('新型农村社会养老保险试点要覆盖全国10%左右的县（市）。试点范围扩大到全国80%以上的县（市、区）。对营收增长20%以上的企业给予奖励。'))
      .toEqual(['10%:target', '80%:target', '20%:parameter']);
    // a threshold after a whole and a verb stays a threshold
    expect(roles('实现全市500万元以上的工业项目全部入库管理。覆盖全省100人以上的企业。')).toEqual(['500万元:parameter', '100人:parameter']);
    expect(roles('把小学、初中学生人均公用经费分别提高到300元和500元。城乡居民人均公共卫生服务经费不低于15元。新标准提高到人均1196元。城乡居民人均可支配收入达到5万元。到2025年，人均公用经费提高到800元。'))
      .toEqual(['300元:parameter', '500元:parameter', '15元:parameter', '1196元:parameter', '5万元:target', '800元:target']);
    // grown or reached, or what people spend or earn: goals
    expect(roles('人均教育经费支出比上年增加500元。全市人均科普经费达到3元以上。农村居民人均可支配收入达到省定标准1.2万元。'))
      .toEqual(['500元:target', '3元:target', '1.2万元:target']);
  });

  it('makes a cap on how many each thing takes, or at least one for each, a standard; a floor above one a goal', () => {
    expect(roles('每门课程教材不超过5种。每所优质普通高中至少托管帮扶1所薄弱县中。每个二级节点接入企业不少于200家。每个县建成2个以上的医疗次中心。'))
      .toEqual(['5种:parameter', '1所:parameter', '200家:target', '2个:target']);
    // each area governed has a quota: a goal
    expect(roles('每个地级市至少有1所三级甲等医院。每个行政村至少有1所标准化村卫生室。每个盟市至少有1所公办养老院。')).toEqual(['1所:target', '1所:target', '1所:target']);
  });

  it('makes every item of a list of time limits a clause shortens a goal, and shares the unit the last item spells out', () => {
    const doc = parseDocument('将审批时间分别压减至5个、10个工作日以内。建设3个、5个项目。');
    expect(doc.targets.map((t) => `${t.raw}:${t.unit}:${t.role}`)).toEqual(['5个:个工作日:target', '10个工作日:个工作日:target', '3个:个:target', '5个:个:target']);
    // a complete unit is its own, whatever the next item's begins with
    expect(parseDocument('全年累计走访企业800家、2300家次。培训5000人、1.2万人次。').targets.map((t) => `${t.raw}:${t.unit}`)).toEqual(['800家:家', '2300家次:家次', '5000人:人', '1.2万人次:人次']);
  });

  it('makes a score a parameter: what a rule awards or deducts', () => {
    expect(roles('工作年限每满1年积2分，最高分值为20分。').slice(1)).toEqual(['2分:parameter', '20分:parameter']);
  });

  it('counts days named as a measure (优良天数), not as a time span', () => {
    expect(roles('空气优良天数达到350天。')).toEqual(['350天:target']);
    expect(roles('补贴期限为3年，每年不少于30天。')[1]).toBe('30天:parameter');
  });

  it('makes a bound glued to a noun a threshold', () => {
    expect(roles('新签约总投资100亿元以上项目25个。')).toEqual(['100亿元:parameter', '25个:target']);
    expect(roles('增长1.5倍以上。')).toEqual(['1.5倍:target']);
    // a verb right before the amount makes it what is yielded
    expect(roles('力争到2030年，累计完成50万平方米以上商业设施更新。')).toEqual(['50万平方米:target']);
    expect(roles('支持建设100万元以上项目。')).toEqual(['100万元:parameter']);
    // a bound before the measure itself is its level
    expect(roles('到2025年底,50平方公里以上建设用地面积达到海绵城市建设要求。')).toEqual(['50平方公里:target']);
    expect(roles('建设5000平方米以上面积的商业综合体。')).toEqual(['5000平方米:parameter']);
    // without a deadline or an aim the bound sizes what a rule covers
    expect(roles('新建1万平方米以上公共建筑面积达到绿色建筑二星级标准。')).toEqual(['1万平方米:parameter']);
  });

  it('makes a number inside a condition a parameter', () => {
    expect(roles('对年销售额超过1亿元的，给予奖励。')).toEqual(['1亿元:parameter']);
    expect(roles('对带动农户1000户的，优先支持。')).toEqual(['1000户:parameter']);
    expect(roles('带动农户1000户，优先支持龙头企业。')).toEqual(['1000户:target']);
  });

  it('makes every number between 对 and the subject after 的 a parameter, however far from 的', () => {
    expect(roles('对上年度研发费用超过500万元且研发费用占营业收入比例不低于3%的企业，按增量部分的10%给予补助。'))
      .toEqual(['500万元:parameter', '3%:parameter', '10%:parameter']);
    expect(roles('对年服务科技型企业不少于20家、且绩效评价为优秀的科技服务机构，给予最高20万元奖励。'))
      .toEqual(['20家:parameter', '20万元:parameter']);
    expect(roles('对带动农户50户以上的电商主体，优先给予场租补贴。')).toEqual(['50户:parameter']);
    expect(roles('对于年营业收入超过2000万元的企业，给予奖励。')).toEqual(['2000万元:parameter']);
  });

  it('leaves goals alone: no 的 subject, a 对 word, a plain count with no grant, a goal noun', () => {
    expect(roles('对120家企业开展诊断服务。')).toEqual(['120家:target']);
    expect(roles('对标先进地区，新增不少于20家的企业。')).toEqual(['20家:target']);
    expect(roles('对接不少于30家企业的融资需求。')).toEqual(['30家:target']);
    expect(roles('对120家规上的企业开展诊断。')).toEqual(['120家:target']);
    expect(roles('力争新增企业不少于20家的目标。')).toEqual(['20家:target']);
  });

  it('makes a bounded count defining the noun a threshold, and the count after it a target', () => {
    const ts = targets('培育年出栏100头以上的养殖大户15户。');
    expect(ts.map((t) => `${t.raw}:${t.role}`)).toEqual(['100头:parameter', '15户:target']);
    expect(ts[1]!.indicator).toBe('养殖大户');
    expect(roles('培育100家以上的企业。')).toEqual(['100家:target']);
    expect(roles('新增100家以上的目标企业5家。')).toEqual(['100家:target', '5家:target']);
  });
});

describe('grants, penalties and standards', () => {
  it('makes a limit under a prohibition, and an adjustment a rule applies, parameters', () => {
    expect(only('用于项目前期工作的经费不得超过项目资金总额的5%。').role).toBe('parameter');
    expect(only('下一年度资金分配时在测算结果基础上上浮5%。').role).toBe('parameter');
  });

  it('makes a cap on a grant a parameter, however it is counted', () => {
    expect(roles('每家企业每年最多补助3次。')).toEqual(['3次:parameter']);
    expect(roles('单个企业年度贴息总额控制在100万元以内。')).toEqual(['100万元:parameter']);
    expect(roles('同一企业获得的奖补资金合计不超过300万元。')).toEqual(['300万元:parameter']);
    expect(roles('安全生产事故起数不超过3起。')).toEqual(['3起:target']);
    expect(roles('政府债务总额控制在100亿元以内。')).toEqual(['100亿元:target']);
  });

  it('makes penalties and standards parameters', () => {
    expect(roles('考核不合格的扣减运维费用的20%。')).toEqual(['20%:parameter']);
    expect(roles('中心建筑面积原则上不低于1000平方米。')).toEqual(['1000平方米:parameter']);
    // 原则上 makes its whole sentence a standard, but not a clause with an aim of its own
    expect(roles('原则上常住人口5万人以上的县，应建设1所普通高中。')).toEqual(['5万人:parameter', '1所:parameter']);
    expect(roles('单站规模原则上不低于10万千瓦，到2028年全省独立储能装机达到350万千瓦。')).toEqual(['10万千瓦:parameter', '350万千瓦:target']);
    expect(roles('原则上每个县至少建设1所示范性高中，全省普通高中毛入学率达到95%。')).toEqual(['1所:parameter', '95%:target']);
    expect(roles('各县区原则上应于10月底前开工，全年完成改造老旧小区120个。')).toEqual(['120个:target']);
    expect(roles('各乡镇原则上应建设1个综合文化站，每个综合文化站配备专职人员2名。')).toEqual(['1个:parameter', '2名:parameter']);
    // a later clause only where it says what each gets or should, not a deed of its own
    expect(roles('原则上，全年开展充电设施安全专项检查4次。')).toEqual(['4次:target']);
    expect(roles('原则上常住人口5万人以上的县，应建设1所普通高中。')).toEqual(['5万人:parameter', '1所:parameter']);
    expect(roles('项目原则上应于6月底前开工，年底前新建标准化厂房10万平方米。')).toEqual(['10万平方米:target']);
    expect(roles('原则上每个乡镇建设1个应急物资储备库，今年新建应急物资储备库10个。')).toEqual(['1个:parameter', '10个:target']);
    expect(roles('新建养老服务设施面积不低于1000平方米。')).toEqual(['1000平方米:target']);
  });

  it('makes caps and amounts of a granting sentence parameters, 累计 or not', () => {
    expect(roles('按成交额的20%给予补助，单个合同补助最高50万元，每家企业每年累计不超过150万元。'))
      .toEqual(['20%:parameter', '50万元:parameter', '150万元:parameter']);
    expect(roles('对首发上市的企业，分阶段给予累计1000万元奖励。')).toEqual(['1000万元:parameter']);
  });

  it('makes the share of costs an insurance pays back a rule', () => {
    expect(roles('在职职工住院报销比例三级医院85%左右、二级医院87%左右。')).toEqual(['85%:parameter', '87%:parameter']);
    // …unless the clause reaches it
    expect(roles('医疗费用报销比例达90%。')).toEqual(['90%:target']);
  });

  it('makes a budget set aside every year a rule of its fund, but not what a plan invests each year', () => {
    expect(roles('市财政每年安排100万元戏曲发展专项资金，扶持地方戏曲艺术振兴发展。')).toEqual(['100万元:parameter']);
    expect(roles('与省自然科学基金委设立联合基金，每年投入不少于1000万元，支持青年项目80项。')).toEqual(['1000万元:target', '80项:target']);
    expect(roles('全年安排专项资金2亿元以上。')).toEqual(['2亿元:target']);
  });

  it('keeps a total a goal when nothing is granted', () => {
    expect(roles('力争科技贷款累计突破40亿元。')).toEqual(['40亿元:target']);
    expect(roles('全年每家企业累计融资规模突破5亿元。')).toEqual(['5亿元:target']);
  });

  it('makes the numbers of a standard parameters', () => {
    expect(roles('按照每300户至500户设置1个集中投放点的标准，建设投放点。')).toEqual(['300户至500户:parameter', '1个:parameter']);
  });

  it('keeps a goal applied by 按照…的目标执行 a goal: only a rule\'s noun before 执行 closes the frame', () => {
    expect(roles('各县要按照全年新增签约项目50个以上的目标执行。')).toEqual(['50个:target']);
  });

  it('makes what a rule is applied by parameters (按照…执行), even in a dated clause', () => {
    expect(roles('2012年7-12月用电量按照第一档户均1560度的阶梯基数执行。')).toEqual(['1560度:parameter']);
    expect(roles('按照第三档0.30元的平均加价水平执行。')).toEqual(['0.30元:parameter']);
  });

  it('needs both ends', () => {
    expect(roles('按照规划建设投放点1200个。')).toEqual(['1200个:target']);
    expect(roles('建设1个标准化投放点。')).toEqual(['1个:target']);
    expect(roles('到2025年，按照规划建成投放点1200个，抓好执行。')).toEqual(['1200个:target']);
  });

  it('reads the conditions of an entitlement as parameters', () => {
    expect(roles('参保职工30人（含）以下的企业，裁员率不高于参保职工总数的20%即可享受。')).toEqual(['30人:parameter', '20%:parameter']);
    // A bounded count before 的 and its noun defines a class (TARGETS §2): a threshold, entitlement or not.
    expect(roles('参保职工30人以下的企业新增50家。')).toEqual(['30人:parameter', '50家:target']);
  });

  it('reads a refund rate as a parameter', () => {
    expect(roles('对上年度未裁员或裁员率不高于5.5%的参保企业，按不超过企业上年度实际缴纳失业保险费的60%返还。'))
      .toEqual(['5.5%:parameter', '60%:parameter']);
  });

  it('makes the weight of an assessment a rule', () => {
    expect(roles('督查结果纳入年度考核，考核权重不低于20%。')).toEqual(['20%:parameter']);
    // the weight named right after the amount
    expect(roles('1.耕（36%权重）秸秆还田，作业面积5万亩。')).toEqual(['36%:parameter', '5万亩:target']);
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

describe('allocations and scopes', () => {
  it('takes the funds a notice hands out now as no target', () => {
    const roles = targets('经研究，现将2026年专项资金5600万元下达给你们，其中中央资金3200万元。').map((t) => t.role);
    expect(roles).toEqual(['baseline', 'baseline']);
  });

  it('makes an allocation a notice hands out now a baseline, under its 下达情况 heading too', () => {
    expect(roles('本次共下达专项资金3860万元，支持项目57个。')).toEqual(['3860万元:baseline', '57个:baseline']);
    expect(roles('一、资金下达情况\n\n其中技术改造项目32个。')).toEqual(['32个:baseline']);
    expect(roles('本次行动新增企业30家。')).toEqual(['30家:target']);
  });
});
