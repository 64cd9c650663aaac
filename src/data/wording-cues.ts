// Words of the rules that read a clause's wording (src/quantities/clause-wording.ts): what each may do, how
// money is divided, a rate applied, a routine's frequency, a fee set, a measure defined (TARGETS.md §2).
/** "每千名老年人拥有40张以上的养老床位": how many each has, a level to reach. */
export const POSSESSION_VERBS = ['拥有', '建有', '配有'];
/**
 * A share of a sum of money ("提高至合同金额的30%以上") or a share put to a use ("60%以上用于一线职工教育"): how
 * money is divided is a rule, unless a deadline or 力争/确保 makes it an aim.
 */
export const MONEY_BASES = ['合同金额', '金额', '总额', '投资额', '经费', '资金', '预算', '费用', '额度'];
export const SHARE_USES = ['用于'];
/**
 * A sentence that only defines a measure ends in what it measures ("…覆盖的建设用地占建成区总建设用地面积的比例。"):
 * its numbers say what is counted (4公里服务半径), not what to reach.
 */
export const DEFINITION_TAILS = ['比例', '百分比', '比重', '规模', '面积', '长度', '数量', '总量'];
/**
 * A verb right before an amount makes it the size of what the verb yields, not a threshold on the noun after
 * 的: "为中小微企业提供1亿元以上的增信担保" (against "营收超1亿元的企业").
 */
export const AMOUNT_VERBS = ['提供', '实现', '完成', '形成', '带动', '撬动', '吸引', '争取', '新增', '达到', '覆盖', '扩大到', '扩大至'];
/** …also with the whole it takes a share of between them: "覆盖全国10%左右的县", "扩大到全国80%以上的县". */
export const WHOLE_SCOPES = ['全国', '全省', '全市', '全区', '全县', '全州'];
/** …and the verbs saying a place holds that share of the whole: "辖区聚集了全市70%以上的持牌金融总部机构" (a fact or a goal, no threshold). */
export const HOLDING_VERBS = ['聚集了', '集聚了', '汇聚了', '集中了', '聚集', '集聚', '汇聚', '拥有'];
/** What one may do, before the number in its clause: a permission and its limit ("代表队可预送1个节目", "可申请1次"). */
export const PERMISSION_VERBS = ['可申请', '可申报', '可享受', '可报名', '可派', '可选送', '可预送', '可推荐', '可领取', '可选择',
  // a level the rules prescribe ("严格按规定将预留份额提高至40%以上")
  '按规定将', '按照规定将', '按有关规定将'];
/** …and a level allowed, right before the number: "民间资本持股比例可在10%以上", "可放宽至5年" (not 可在线办理). */
export const ALLOWED_LEVEL_LEADS = ['可在', '可放宽至', '可放宽到'];
/** "占固定资产投资总额的60%": a ratio, not a share of money divided. */
export const RATIO_WORDS = ['占'];
/** "按照每年新增10家以上的节奏": a pace a plan keeps, not a standard. */
export const PACE_CLOSERS = ['目标', '节奏', '进度', '速度'];
/**
 * "每季度召开1次", "每天早晚各测量1次体温": how often a routine recurs is a rule; what a plan holds so many times
 * a year ("每年开展攻防演练不少于2次") is a goal.
 */
export const ROUTINE_PERIODS = ['每年', '每半年', '每季度', '每月', '每两个月', '每周', '每天', '每日', '每学期'];
/**
 * "确保小学一二年级每周4课时", "每学期不得超过1次": how often or how long something runs within a period shorter than
 * a year is a standard of the work, whatever governs it (not "每年新增企业300家", a goal).
 */
export const SCHEDULE_PERIODS = ROUTINE_PERIODS.filter((w) => w !== '每年');
export const SCHEDULE_UNITS = ['次', '课时', '小时', '分钟', '节'];
export const HELD_EVENTS = ['开展', '组织', '举办', '培训', '参加'];
/** Verbs of doing away with a kind of thing entirely ("基本消除66人以上超大班额"): a bound before its noun defines the kind. */
export const ABOLITION_VERBS = ['消除', '杜绝', '清零', '取消'];
/**
 * A fee a body charges ("注册费由3.27万元下降至2.289万元", "委托检验收费按原标准降低20%"), or a price it sets ("小麦最低收购价每50公斤
 * 提高5到7元"): the level it is set to is a rule.
 */
/** …but not a sum spared, a count of fees or a deed done: 为企业减免行政事业性收费8000万元, 涉企收费项目减少30%, 收费总额下降10%, 已减免…. */
export const FEE_SUM_WORDS = ['减免', '减轻', '减少', '总额', '项目', '已', '累计'];
export const FEE_NAMES = ['收费', '注册费', '检测费', '检验费', '服务费', '挂号费', '评审费', '认证费', '登记费', '手续费', '鉴定费', '收购价'];
/**
 * …and where a tax starts or what it or a contribution takes ("增值税起征点从月销售额10万元提高到15万元", "现行16%的税率降至13%",
 * "单位缴费比例…降至16%"): the level is a rule, not the measure of those who pay (参保缴费比例保持在95%以上, 企业平均税率下降到12%,
 * 起征点以下的纳税人占比).
 */
export const TAX_RULE_NAMES = ['起征点', '免征额', '税率', '单位缴费比例', '个人缴费比例'];
/** Before a tax's name, words that make it a measure of those who pay. */
export const TAX_MEASURE_BEFORE = ['平均', '综合', '实际', '参保'];
/** After it, words that make it a bound of who is counted. */
export const TAX_MEASURE_AFTER = ['以下', '以上', '占比'];
/** "按照每千人口不少于10个托位规划": a rate per so many applied is a standard, unless something aims (2025年前…). */
export const RATE_FRAME_OPENERS = ['按照每', '依照每', '参照每', '按每'];
/**
 * "商品房项目投资达到25%以上，即可办理预售许可": the clause after a bound says what meeting it allows: a threshold
 * (not "…1000个以上，即可基本满足需求": what reaching a goal achieves).
 */
export const CONSEQUENCE_OPENERS = ['即可', '方可'].flatMap((w) => ['办理', '申请', '申报', '享受', '领取', '获得', '纳入'].map((v) => w + v));
/** "严格执行“…首付款比例不低于20%…”的政策": numbers quoted after a verb of carrying out are the rule carried out. */
export const EXECUTION_VERBS = ['执行'];
/** "赤字率拟按3%安排": 按 before a level the plan sets for itself, not a rate applied to a base. */
export const PLAN_SETTING_VERBS = ['安排'];
/** A number glued to the rule it sets: "降低工商业电价5%政策", "应纳税所得额100万元至300万元部分" (a tax bracket). */
export const RULE_NOUNS_AFTER = ['政策', '部分', '的部分'];

/**
 * What a bound on the size of each thing of a kind measures ("每个花园总面积2000平方米以上", "每条花街连续长度500米以上"):
 * a standard the things must meet, not how much a plan makes.
 */
export const SIZE_NOUNS = ['面积', '长度', '宽度', '高度'];
/** The things counted one by one whose size a standard bounds: 每个花园, 每条花街, 每座, 每处 (not 每年, 每人). */
export const EACH_THING_CLASSIFIERS = ['个', '条', '座', '处', '所', '间', '块', '门'];
/** …but not each area governed, whose quota is a goal ("每个区市县城镇…面积不少于400亩", "每个乡镇", "每个县（市、区）"). */
export const GOVERNED_AREA_STARTS = [
  '县', '区', '镇', '乡', '村', '街道', '社区', '园区', '片区', '设区市', '市县', '市(', '市（', '省', '苏木', '开发区', '经开区', '高新区', '园',
  '地市', '地级市', '盟', '旗', '城市', '州', '行政村', '自然村', '嘎查',
];


/** The units of days of work a plan may allot to a task (行政处罚（400个工作日）, 执法队工作安排40日). */
export const ALLOTTED_TIME_UNITS = ['个工作日', '工作日', '日', '天'];
/** …never a procedure's time limit or an entitlement: "办结时限（3个工作日）", "公示（5个工作日）", "审查（20个工作日）", "年休假（5天）". */
export const TIME_LIMIT_NAMES = ['时限', '期限', '期', '时间', '时效', '公示', '审查', '审批', '受理', '办理', '假', '培训'];

/** "打造城区步行15分钟…的服务圈", "1小时经济圈": a span that names the circle a plan builds, not a rule's term. */
export const CIRCLE_WORD = '圈';
/** The spans a circle is named by. */
export const CIRCLE_SPAN_UNITS = ['分钟', '小时', '个小时'];
/** The verbs that build one, before the span in its clause. */
export const CIRCLE_VERBS = ['打造', '构建', '形成', '建成', '建设'];
/**
 * A cohort a clause opens with and counts, nothing done to it ("今年高校毕业生将达727万人，要…", "今年高校毕业生749万人，为历史最高"):
 * how many there will be, a forecast the plan works with, not a level it sets out to reach (吸纳高校毕业生1000人 is one).
 */
export const COHORT_OPENERS = ['今年', '明年', '全年', '当年'];
export const COHORT_QUALIFIERS = ['全国', '应届', '普通', '高校', '高等学校', '大学'];
export const COHORT_NOUNS = ['毕业生', '新成长劳动力'];
export const COHORT_FORECASTS = ['将高达', '将达到', '将达', '预计达', '预计', '约', '达'];
/**
 * Money per head a policy sets ("人均公用经费分别提高到300元和500元", "人均公共卫生服务经费不低于15元", "新标准提高到人均1196元"):
 * a standard, a rule; not a measure of people (人均可支配收入).
 */
export const PER_CAPITA = '人均';
export const PER_CAPITA_FUNDS = ['经费', '补助', '补贴', '标准'];
/** …set to its level by these, right before the amount (人均 between them may stand: 提高到人均1196元). */
export const PER_CAPITA_SETTERS = ['提高到', '提高至', '提高为', '调整为', '调整到', '增加到', '不低于', '不少于', '分别提高到'];
/** …and not a measure of what people spend, earn or have. */
export const PER_CAPITA_MEASURES = ['支出', '收入', '可支配', '消费'];
/** "装机规模2025年达到2500万千瓦以上": a year right before the verb reaching the level (or its 底/末) dates its own clause. */
export const YEAR_THEN_VERBS = ['达到', '达', '实现', '突破', '超过', '力争', '争取', '提高到', '提升到', '增加到', '增长到', '下降到', '降至', '控制在'];

/** 原则上 in a sentence's first clause makes the sentence's numbers standards (see clause-wording.ts standardSentence). */
export const STANDARD_SENTENCE_WORDS = ['原则上'];
/** …in a later clause where it says what each gets or should get: "…，每个…配备专职人员2名", "…的县，应建设1所". */
export const STANDARD_CARRIERS = ['每', '各', '应', '须'];
/** …not inside these: "应急物资储备库", "相应新增". */
export const NOT_CARRIER_WORDS = ['应急', '相应', '供应', '适应', '反应', '对应', '响应', '应用', '效应', '应对', '理应'];

/** The bounds a list of conditions holds after a threshold on money ("总投资5000万元以上、预期收益率不低于…的优质项目"). */
export const CONDITION_BOUNDS = ['不低于', '不少于', '不超过', '不高于', '以上', '以下', '超过', '达到'];
/** …and what its 的 may close on that is no thing counted: a state ("…的良好态势"), beside the goal nouns. */
export const STATE_NOUNS = ['良好态势', '态势', '局面', '格局', '跨越', '成绩', '成效'];
/** A goal noun with these after it stands as a word of its own ("…的目标全面实现"; not 目标企业). */
export const GOAL_VERBS_AFTER = ['全面', '基本', '如期', '顺利', '实现', '完成', '达成', '得到'];
