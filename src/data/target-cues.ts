// Words that decide a target's modality, year, role and indicator
// (TARGETS.md §2, §5, §6, §7). Vocabulary only; the logic is in src/quantities/.
import type { Modality } from '../tree/schema.js';
import { RELATIVE_YEAR_PARTS, RELATIVE_YEARS } from './time-words.js';

/** Governs from the word to the end of its sentence (。；; ! ?). */
export const MODALITY_WORDS: Record<string, Modality> = {
  确保: 'commit', 必须: 'commit', 务必: 'commit',
  力争: 'strive', 争取: 'strive', 努力: 'strive', 力求: 'strive',
};

/** Words that may stand between a clause start and a deadline year: "力争到2025年". */
// (and "从现在起到2000年", "在从现在起到本世纪末的七年时间里": the years from now to a deadline)
export const YEAR_CUES = ['到', '至', '直至', '力争', '确保', '争取', '努力', '力求', '预计', '计划', '在', '于', '并', '同时', '其中', '展望', '从现在起', '从现在开始'];
/** "自2022年起", "从2023年1月1日起": the year a measure starts from governs what it sets, as a deadline's does. */
export const START_YEAR_CUES = ['自', '从'];
export const START_YEAR_END = '起';
/** "截至2022年底": the year of a status report; what it governs is a baseline. */
/** What a lead-in names before its colon, for its year to date the list: 主要预期目标定为：, 重点任务是：, 主要经济数据如下：. */
export const LIST_LEAD_NOUNS = ['目标', '任务', '工作', '安排', '计划', '重点', '指标', '要点', '如下', '情况', '数据'];
/** …not inside these words: 计划生育, 工作日. */
export const NOT_LIST_LEAD_WORDS = ['计划生育', '计划单列', '工作日'];
/** Right before a year, words making it one compared with or a source: 与2020年相比：, 我局根据2023年度考核情况：. */
export const COMPARED_LEADS = ['与', '较', '比', '同', '对照', '参照', '根据', '依据', '据', '经', '以'];
/** …ending these words, no compared lead: 面对2025年, 所以2024年, 可以. */
export const NOT_COMPARED_LEADS = ['面对', '针对', '应对', '相对', '绝对', '所以', '可以', '难以', '加以', '予以', '用以', '得以', '足以', '如同', '共同', '协同', '不同'];
/** After a year, the prices an amount is counted in, never its deadline: "（1990年不变价）", "按2020年可比价计算" (not 到2025年价格监测点…). */
export const PRICE_BASE_AFTER = ['不变价', '可比价', '价格)', '价格计算'];
export const STATUS_YEAR_CUES = ['截至', '截止到', '截止'];
/** The cues the place a plan speaks for may stand before: "嘉定区到2025年底", "全市至2027年", "全市计划于2022年底". */
export const PLACE_YEAR_CUES = ['到', '至', '计划', '力争', '确保', '争取'];
/**
 * A date with one of these after it is a deadline wherever it stands in its clause: "支出进度在2026年9月30日前
 * 达到70%", "2026年底之前完成". Read after the year's 年, past its month and day (or 底/末).
 */
export const BEFORE_DATE = ['之前', '以前', '前'];
/** Before a date set inside a clause: "在2026年9月30日前", "于2026年底前". */
export const DATE_PREPOSITIONS = ['在', '于'];
/** Words after a year that keep it a deadline: 2025年底, 2030年左右. */
export const YEAR_TAILS = ['年底前', '年末前', '年底', '年末', '年前', '年内', '年左右', '年以前', '年度', '年'];
/** Sentence and clause ends inside one node's text. */
export const SENTENCE_ENDS = '。;!?\n';
export const CLAUSE_ENDS = '。;!?\n,:';

/** Verbs naming something that already exists: "依托…2个国家区域医疗中心医院". */
export const BASELINE_CUES = ['依托', '现有', '截至目前', '原有', '共有'];
/** "已选派3人": what is done already, unless an aim governs (确保已开工项目完成投资120亿元, 到2027年已脱贫人口…). */
export const DONE_CUES = ['已'];
/** 已 in "在已有基础上打造…" names where the work starts from, not a deed done. */
export const DONE_FRAMES = ['已有基础', '已有的基础', '已有工作基础'];
/** A list's lead-in reports work done where 已 comes before one of these: 已建成的主要有：… (not 已批准的任务为：, 已明确的目标是：). */
export const DONE_LEAD_VERBS = ['建成', '完成', '竣工', '投产', '实现', '取得', '累计', '解决', '开通', '落成'];
/** …and the adverbs that may stand between: 已基本建成, 已全面完成, 已顺利竣工. */
export const DONE_LEAD_ADVERBS = ['基本', '全面', '顺利', '如期', '先后', '陆续', '初步', '累计', '提前'];
/** …unless the item itself looks ahead: "已建成的主要有：加固堤防6100公里，明年新建公路1000公里" (words, not 主要, 将近, 计划生育). */
export const AHEAD_IN_ITEM = ['今年', '明年', '下一步', '今后', '力争', '争取', '确保'];
/** …or opens with one of these, at its start or after a comma: "；将新建口袋公园50个", "；拟新建停车场20个". */
export const AHEAD_ITEM_OPENERS = ['还要', '还将', '将', '拟', '计划', '要', '预计'];
/** …but not words opening with them: 将近3000户, 要素市场, 计划生育服务站. */
export const NOT_AHEAD_OPENERS = ['将近', '要素', '要点', '要求', '计划生育', '计划单列', '拟态'];
/** A completed verb right before the number: "达到了500家". */
export const PERFECTIVE = '了';
/** The start of a change, "从5758名增至6006名": the first number is a fact. */
export const BASELINE_FROM = ['从', '由'];
/** …with when or whose level it was between ("由去年的1076亿元增加到1562亿元", "从人均8.7万元提高到…"). */
const FROM_QUALIFIERS = ['去年', '去年的', '上年', '上年的', '上一年的', '人均', '原来的', '原先的'];
export const BASELINE_FROM_FRAMES = BASELINE_FROM.flatMap((w) => [w, ...FROM_QUALIFIERS.map((q) => w + q)]);
/** …only where a change follows it in the clause: "由10个重点产业集群和30条重点产业链组成的" is what a thing is made of. */
export const FROM_CHANGE_WORDS = ['到', '至', '增加', '增长', '增至', '降至', '降低', '下降', '减少', '减至', '压减', '缩减', '缩短', '缩小', '下调', '上调',
  '调高', '调低', '调整', '上浮', '下浮', '提高', '提升', '上升', '扩大', '压缩', '延长', '放宽', '翻',
  // 为 only after a verb of change (从原36家整合为24家, 由120项精简为60项; not 由100名专家组成的专家库为企业…)
  ...['合', '变', '改', '整', '定', '高', '降', '减', '精简', '简化', '优化', '重组'].map((c) => `${c}为`)];
/** A completed change: the number reached is a fact, not a goal. */
export const BASELINE_CHANGE = ['增至', '增加至', '增长至', '提高至', '提升至', '上升至'];

/** A rate applied to something else: "按10%给予补助". */
export const PARAMETER_RATE = ['按照', '按'];
/** …or a share of a base it names: "按投资额的30%抵免", "按实际发放金额的50%给予补贴" (the base at most this long). */
export const RATE_BASE_MAX = 16;
/** The attributive particle that ends a modifier: a rate's base (按投资额的30%), a condition (…的企业), a kind (百亿元以上的). */
export const ATTRIBUTIVE = '的';
export const RATE_BASE_END = ATTRIBUTIVE;
/** 按 in these is no rate: 按时完成…的80%, 按计划完成年度投资的80%. */
export const NOT_RATE_WORDS = ['按时', '按期', '按计划', '按序时', '按进度', '按要求'];
/** Money given to each beneficiary is a rule of a policy: "一次性奖励不低于10万元", "最高可一次性贷款五十万元". */
export const PARAMETER_MONEY_CUES = ['返还', '奖励', '补助', '补贴', '资助', '贴息', '奖补', '给予', '最高', '每家', '每个', '每项', '每人', '单个', '单项'];
/** So is the share of costs an insurance pays back ("住院报销比例三级医院85%左右"), unless the clause reaches it ("报销比例达90%"). */
export const REIMBURSEMENT_WORDS = ['报销'];
/** (the words of TRAILING_WORDS that reach a level, not those that start from one: 从, 由) */
export const REACHED_WORDS = ['达', '达到', '提高到', '提高至', '提升到', '提升至'];
/** …and, for an amount of money only, a one-off payment ("一次性发给制装费10000元"); 一次性化解率 is no payment. */
export const ONE_OFF_CUES = ['一次性'];
/**
 * Money in a range handed to those who meet conditions is what each gets ("为符合条件…的创业青年发放3万—10万元…贷款");
 * a total lent to them is a goal ("全年为符合条件的小微企业发放创业担保贷款5亿元以上").
 */
export const CONDITIONAL_GRANT_CUES = ['符合条件'];
/** …unless the money is a total: "贷款累计突破40亿元", "融资余额超过15亿元". */
export const AGGREGATE_WORDS = ['累计', '余额', '总额', '总量', '规模', '总计', '合计'];
/**
 * In a review, money a clause sums up or names as an amount, or says was obtained, was paid or collected: a fact, even where
 * the words of a grant or a penalty stand by it ("缴纳罚款共计851万元", "罚款金额22.31万元", "向上争取补助资金6260万元").
 */
export const REPORTED_SUMS = [...AGGREGATE_WORDS, '共计', '金额', '争取', '兑现', '兑付', '拨付', '发放', '核减'];

/** A number followed by 的 modifies a noun (a threshold) unless the noun is the goal itself. */
export const GOAL_NOUNS = ['目标', '任务', '水平'];
/** A bound before the measure itself is its level, no threshold: "50平方公里以上建设用地面积达到…要求". */
export const MEASURE_HEADS = ['面积', '规模', '总量', '长度', '里程', '容量'];

/** List separators inside an enumeration: "稀土、现代家居两个…" (、 first, then 和 及 与). */
export const ENUM_COMMA = '、';
export const ENUM_AND = '和及与';
export const ENUM_ETC = '等';
/** Verbs that bring a listed thing into being, so the count is a goal after all. */
export const NEW_THINGS = ['新增', '新建', '新设', '建成', '组建', '创建', '争创', '培育', '引进', '打造', '申报', '设立'];
/** Verbs that make what a list names: its count sums up things to build ("建设竹屿、芦南、平洋三个创新空间"), not things that exist. */
export const MAKING_VERBS = [...NEW_THINGS, '建设', '形成', '构建'];

/**
 * After a unit that is told to act, these end the subject: what is counted comes after them
 * ("各乡(镇)要储备编织袋不少于5000条" → 储备编织袋). The unit ends as an issuer does (ISSUER_ENDINGS) or in a bracket.
 */
export const SUBJECT_MODALS = ['要', '应当', '应', '须'];
/** How a unit told to act ends (with ISSUER_ENDINGS): "各部门要", "各乡(镇)要". */
export const SUBJECT_ENDINGS = ['部门', '单位', '乡镇', '各地', '街道', ')', '）'];
/** After these a modal is part of a word, not a modal: 应急, 要求, 要素, 须知. */
export const MODAL_WORD_TAILS = ['急', '求', '用', '素', '点', '知', '对'];
/** A modality word before these names an effort, no aim: "加大资金和试点项目争取力度". */
export const MODAL_NOUN_TAILS = ['力度'];
/** Times of the year without a year: "、年底前达到95%" names no subject, it repeats the one before. */
export const TIME_OF_YEAR_WORDS = ['年底前', '年底', '年末', '年中', '上半年', '下半年'];
/** Stripped from the start of an indicator: modality, time and action words. */
export const LEADING_WORDS = [
  // "今年中央财政…", "上年末全市常住人口…" where the document's year is unknown: the relative year whole, with its part
  ...TIME_OF_YEAR_WORDS, ...Object.keys(RELATIVE_YEARS).flatMap((w) => [w, ...RELATIVE_YEAR_PARTS.map((p) => w + p)]),
  ...Object.keys(MODALITY_WORDS), '其中', '同时', '并且', '并', '且', '全年', '每年', '年内', '当年', '累计',
  '成功', '着力', '新增', '新建', '认定', '引进', '培养', '培育', '实施', '组建', '建成', '建设', '建立', '打造', '形成',
  '引入', '评选', '推动', '支持', '鼓励', '引导', '优选', '共建', '储备', '组织', '开展', '完成', '孵化',
  '新培育', '争创', '创建', '获批', '设立', '新设', '按照', '按', '布局', '推进', '加快', '力争', '实现', '达到', '最高', '最多', '最低', '可',
  // "将研发投入强度提高到3%": the object 将 moves before its verb
  '将',
];
/** "在北京、上海等重点城市新设品牌形象店": a leading 在…等… location phrase is not what is counted. */
export const LOCATION_OPEN = '在';
/**
 * "在全县8家银行网点延伸不动产抵押登记服务": after a 在 frame the counted places end at a verb that
 * brings a service to them. Other verbs keep their object ("在2个以上行业领域形成数据接口标准规范").
 */
export const PLACE_VERBS = ['延伸', '提供', '开通', '部署', '推行', '推广', '设置', '配备', '覆盖', '投放', '布设', '试点', '办理', '上线', '入驻', '落地', '开设', '增设', '配置'];
export const LOCATION_MAX = 30;

/** Stripped from the end of an indicator placed before the number: link verbs. */
export const TRAILING_WORDS = [...BASELINE_FROM_FRAMES, '在', '达到', '达', '为', '保持', '实现', '进入', '稳定在', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增至',
  '下降到', '下降至', '降低到', '降低至', '降至', '减少到', '减少至', '减至', '缩短至', '缩短到', '压缩至', '压缩到', '控制到', '控制在', '全国', '全省', '全市',
  // "办理时限分别减至1个月、半个月": a 分别 list's link; "赤字率拟按3%安排": the frame of a level set
  '分别', '拟按', '按', '可在',
  // days a plan allots, after the task (参加党群活动安排685日) or in a bracket after its name (行政处罚（400个工作日）)
  '安排', '('];

/** A list item holding one of these is a clause of its own: "…之比超过全省平均水平、规模以上…". */
export const ITEM_PREDICATES = ['超过', '突破', '达到', '不低于', '不少于', '不超过', '高于', '低于', '保持', '进入', '居', '位居', '处于', '提高到', '提升至', '增长'];

/** Glue that may stand alone between a year and the number: "2030年,并力争达到60家". */
export const LIST_GLUE_WORDS = ['、', ',', '和', '及', '与', '并', '同时', '每年', '全年', '年均'];

/** An indicator made only of these names a change, not a thing: inherit the subject ("年均增加"). */
export const CHANGE_WORDS = ['年均', '每年', '同比', '比上年', '较上年', '比去年', '较去年', '增加', '增长', '新增', '提高', '提升', '下降', '减少', '增幅', '增速', '比增'];
/** A measure named without its subject takes it from the quantity before: "转移支付增加约1.5万亿元、规模近9.8万亿元". */
// (and a share of the amount before: "一般债券及地方政府专项债券22.95亿元，占比45.3%")
export const SUBJECTLESS_MEASURES = ['规模', '总规模', '总量', '总额', '占比', '比重'];
/** A clause of such a verb alone reports the amount of what the clause before names: "桥头跳车整治，完成48处". */
export const AMOUNT_VERBS = ['完成', '实现', '达到'];
/** …unless the clause before says when or how: "截至目前，完成85%", "在此基础上，完成30个". */
export const NOT_TOPIC_OPENERS = ['截至', '截止', '在', '按照', '按', '根据', '依据', '对照', '围绕', '通过', '经过', '目前', '其中', '同时', '此外'];
/** A ratio clause "占GDP比重" takes its subject from the clause before. */
export const RATIO_HEAD = '占';

/** A span of time ahead ("五年时间培育…", "五年内实现…"): in a glossary's definition, what it counts is an aim. */
export const SPAN_AHEAD = /(?<![过去近])[一二三四五六七八九十两0-9]{1,2}年(?:时间|内|之内)/;
/** Before a modality word in a report of the past, these make it a deed: 累计争取资金138亿元. */
export const PAST_MODALITY_MARKERS = ['累计', '共计', '共', '已经', '已', '先后', '成功'];
/**
 * "本次共下达专项资金3860万元，支持项目57个": what a notice hands out now is a fact, not a level to reach.
 * A sentence opening with one of ALLOCATION_NOW (after glue) and holding one of ALLOCATION_VERBS.
 */
export const ALLOCATION_NOW = ['本次', '此次', '本批', '此批'];
/** …or a clause of it opening with one of these: "经研究,现将2026年…专项资金5600万元下达给你们". */
export const ALLOCATION_NOW_CLAUSE = ['现将', '现予'];
export const ALLOCATION_VERBS = ['下达', '安排', '分配', '拨付', '下拨', '切块', '核拨'];
/**
 * "安排补助资金860万元": a grant word inside the name of a fund ("补助资金", "奖励资金") that the clause commits
 * names a budget the plan spends, not what one beneficiary gets; it is a rule only with 给予 or a
 * per-beneficiary word in the sentence.
 */
export const FUND_NOUNS = ['资金', '经费', '专项资金', '专项经费'];
/** …and only when the clause commits the budget: "全年计划安排…补助资金860万元" (not "新增企业30家、奖励资金5000万元"). */
export const BUDGET_VERBS = ['安排', '统筹', '筹措', '筹集', '整合', '投入'];
/**
 * "市财政每年安排100万元戏曲发展专项资金": a budget set aside every year stands as a rule of the fund, not a goal
 * (not "每年投入不少于1000万元", what the plan invests, nor 整合, what it pools).
 */
export const STANDING_BUDGETS = ['每年', '每年度'].flatMap((p) => BUDGET_VERBS.filter((v) => v !== '投入' && v !== '整合').map((v) => p + v));
export const PER_BENEFICIARY = ['给予', '每户', '每人', '每家', '每个', '每项', '每亩', '每村', '每所', '每名', '每平方米', '每台', '每套', '最高', '一次性'];
/** Weights and scores of an assessment are rules: "考核权重不低于20%". */
export const ASSESSMENT_WORDS = ['权重', '分值'];
/** After a count right behind a scope word, these say it is the whole that exists: "全镇12个村…全部达到". */
export const TOTALITY_WORDS = ['全部', '均', '都', '所有'];
/** A lead-in to a list of conditions or standards: what it introduces is a rule (parameter). Read at any length. */
export const RULE_LEAD_INS = [
  '以下条件', '下列条件', '申报条件', '应当符合', '应当具备', '须符合', '需符合', '须具备', '需具备', '必须具备', '必须符合',
  '条件如下', '基本条件', '认定条件', '资格条件', '遴选条件', '评选条件', '申报要求', '支持标准', '补助标准', '奖励标准', '补贴标准', '资助标准',
];

/** Grants and awards: a cap on one of them (最多补助3次, 贴息总额控制在100万元以内) is a rule, whatever is capped. */
export const GRANT_WORDS = ['返还', '奖励', '补助', '补贴', '资助', '贴息', '奖补', '扶持资金', '奖金', ...['支持', '扶持'].flatMap((w) => ['金额', '比例', '额度', '上限'].map((n) => w + n))]; // (not 支持标准: 支持标准化建设)
/** Penalties and the adjustments a rule applies: "扣减运维费用的20%", "资金分配时上浮5%". */
export const PENALTY_WORDS = ['扣减', '扣除', '扣回', '核减', '罚款', '处以', '追回', '收回', '上浮', '下浮'];
/** 扣除价格因素: growth in real terms, as statistics state it (社会商品零售总额扣除价格因素增长7.8%), no penalty. */
export const REAL_TERMS = ['因素'].flatMap((f) => ['价格', '物价'].flatMap((p) => ['', '上涨', '上升', '变动'].map((c) => `扣除${p}${c}${f}`)));
/** A prohibition before the number makes it a limit a rule sets: "前期工作经费不得超过项目资金总额的5%". */
export const PROHIBITION_WORDS = ['不得', '严禁', '禁止', '不准', '不允许'];
/** Words that make a bound a standard, not a goal: "建筑面积原则上不低于1000平方米". */
export const STANDARD_WORDS = ['原则上', '一般不低于', '一般不少于', '一般不超过'];
/**
 * "…一次性就业补贴，标准为：本科毕业生为3万元、…为2万元", "执行标准为昼间55分贝": what a standard sets out, however it is
 * listed, is a rule.
 */
export const STANDARD_LEADS = ['标准为', '标准是'];
/** …and the level a standard is raised to, right before the amount and where no aim governs ("经费标准提高到25元"). */
export const STANDARD_RAISES = ['标准提高到', '标准提高至', '标准提高为', '标准调整为', '标准调整到'];
/** A grant named anywhere in the sentence: its caps and amounts are rules, totals included ("分阶段给予累计1000万元奖励"). */
export const GRANT_VERBS = [...GRANT_WORDS, '给予'];
/**
 * A document reads as rules, whatever its title, when this share of its quantities (and at least `min`
 * of them) stand in sentences naming a grant (GRANT_VERBS). Measured on every gold set: rule documents
 * 0.85–0.97, plans, reports and fund notices 0.70 at most.
 */
export const RULES_BY_CONTENT = { share: 0.8, min: 8 };
/** Words between a condition's 的 and its grant: "…的,一次性奖励1万元", "…的每间奖励2000元". */
export const GRANT_LEADS = ['一次性', '每年', '每间', '每家', '每户', '每人', '每个', '分别', '可', '按', '均'];
/**
 * "对上年度研发费用超过500万元…的企业", "对于…不少于20家、且…的机构": a clause opening with these and
 * naming its subject after a 的 is a condition; the numbers inside it are thresholds.
 */
export const CONDITION_OPENERS = ['对于', '对'];
/** …but not these words that start with 对: 对标国际先进水平, 对接100家企业. */
export const NOT_CONDITION_OPENERS = ['对标', '对接', '对外', '对口', '对比', '对照', '对应', '对话', '对象', '对冲', '对齐', '对账', '对称', '对焦', '对华'];
/** "按照每300户至500户设置1个投放点的标准": numbers between an opener and a closer of a standard are its rule. */
export const RULE_FRAME_OPENERS = ['按照', '依照', '参照', '依据', '按'];
/** "…按照第一档户均1560度的阶梯基数执行": a rule's noun applied (执行 alone ends goals too: 按照…的目标执行). */
// (and a share applied: "按照不低于上年度征收额15%的比例，将…用于…")
export const RULE_FRAME_CLOSERS = ['标准', '基数执行', '水平执行', '价格执行', '比例执行', '档次执行', '标准执行', '的比例'];
/** Putting things that exist to use: a list summed up in such a clause names them ("发挥…两个联合体作用", "与…等5所高校合作"). */
export const EXISTING_USES = ['发挥', '合作', '依托', '联合', '携手', '对接'];
/** A label naming the projects a plan carries out: the list after it, summed up by a count, is work to do ("实施项目：A、B、C3条公路沿线整治绿化建设"). */
export const WORK_LIST_LABELS = ['实施项目', '建设项目', '重点项目'].flatMap((w) => [w + ':', w + '：']);
/** A clause opening with these counts work to finish: "完成…2个事项在我市落地". */
export const COMPLETION_VERBS = ['完成'];
/** "2年内完成现有31条…的治理任务": what exists is the work to finish, no baseline (BASELINE_CUES' 现有 after 完成). */
export const COMPLETED_EXISTING = COMPLETION_VERBS.map((v) => `${v}现有`);
/** A list of examples summed up by a count whose noun ends in the work done on them is work to do: "推进延长西路、镇坪路等15条美丽街区建设". */
export const WORK_ON_NOUNS = ['建设', '改造', '整治', '治理', '创建', '修复', '整改', '提升'];

/** A clause ending in 的 before a comma is a condition ("对年销售额超过1亿元的,给予…"). */
export const CONDITION_END = ATTRIBUTIVE;
/** A bound in a clause ending in 时 triggers what follows ("当小时降雨量超过30毫米时,立即发出转移信号"): a threshold. */
export const TRIGGER_END = '时';
/** …but not a clause ending in these: "增长8%的同时", "届时". */
export const NOT_TRIGGER_ENDS = ['同时', '届时', '及时', '随时', '适时', '按时', '准时', '实时', '小时', '暂时', '平时'];
/** 时 opening a word right after an amount is no trigger: "迈入1000亿元时代", "60亿元时间过半", "100亿元时序进度". */
export const SHI_WORDS = ['时代', '时间', '时序', '时期', '时段', '时限', '时效', '时长', '时速', '时点', '时节', '时刻', '时尚', '时空'];
/** A clause opening with these continues the rule of the clause before it: "…拨付70%;剩余30%在…后拨付". */
export const CONTINUATION_WORDS = ['剩余', '其余', '余下', '余额部分', '尾款'];
/** "对全市1126个终端开展排查": a count of existing things an action is applied to, after 对 and a scope word. */
export const OBJECT_MARK = '对';
/** The longest scope between 对 and the count: 全市, 辖区内现有. */
export const OBJECT_SCOPE_MAX = 6;
/** What a scope holds, after it: "全国有24万多户国有小企业", "全市共有…". */
export const EXISTENCE_WORDS = ['有', '共有'];
export const SCOPE_WORDS = ['全市', '全区', '全县', '全省', '全镇', '全乡', '辖区内', '辖区', '现有', '所有', '全部', '既有', '存量'];
export const OBJECT_ACTIONS = ['开展', '进行', '实施', '组织', '落实', '完成', '实行', '推行'];
/** A longer scope still names existing things when it opens with a scope word: "对全镇12个村3150户脱贫户、86户监测户". */
export const OBJECT_LIST_MAX = 30;
/** "以全省122个县（市、区）、1609个乡镇为主体": a scope framed by 以…为主体 names what exists, as after 对. */
export const FRAME_MARK = '以';
export const FRAME_CLOSERS = ['为主体', '为重点', '为对象', '为载体', '为单元', '为单位'];

/**
 * Marks that open a list item standing as its own paragraph ("——规模效益。…", "· …"): after a paragraph
 * ending in a colon ("到2030年,…主要指标如下:"), the items inherit the year in force at that colon.
 */
export const LIST_ITEM_MARKS = ['——', '—', '－', '-', '–', '·', '•', '・', '●', '▪'];
/** A node's text ending with one of these introduces what follows it. */
export const INTRO_ENDS = ':';

/**
 * "参保职工30人(含)以下的企业,裁员率不高于…的20%即可享受": a sentence ending in an entitlement names
 * the conditions to meet; every number before it is a threshold.
 */
export const ENTITLEMENT_WORDS = ['即可享受', '方可享受', '均可享受', '可享受', '即可申请', '方可申请', '即可获得', '方可获得'];

/**
 * A limit on a time span is a goal when the clause sets it: "审批时限压缩至15个工作日以内",
 * "1个工作日内办结"; a duration of a rule stays a parameter ("补助期限不超过5年").
 */
export const TIME_LIMIT_VERBS = ['压缩至', '压缩到', '压减至', '压减到', '缩短至', '缩短到', '缩减至', '缩减到', '降至', '降低至', '降低到', '减少至', '减少到', '减至', '控制在'];
/** …or right after the span, a verb of getting a matter done: "1个工作日内办结". */
export const TIME_LIMIT_DONE = ['办结', '办毕', '办好'];
/** …unless the span runs from an event, the way a procedure is timed: "自受理之日起15个工作日内办结". */
export const TIME_LIMIT_ANCHORS = ['之日起', '日起', '起', '后'];
/** A span named a 期限 or 期 is the term of a rule: "贷款期限控制在3年以内", "公示期压缩至5个工作日". */
export const TIME_LIMIT_RULE_NOUNS = ['期限', '期'];
/** …but a 周期 is how long a procedure takes, which a plan shortens: "资金兑付周期压缩至10个工作日以内". */
export const TIME_LIMIT_CYCLES = ['周期'];
/** How long something takes, capped right before the number, is a level to reach: "审批时间不超过15个工作日". */
export const TIME_LIMIT_SUBJECTS = ['时间', '用时', '时长'];

/**
 * Verbs of reaching a level: in a document of rules, a number they bring is still a goal ("企业开办时间压缩至
 * 1个工作日以内", "审批比例达到80%以上").
 */
/** Verbs of finishing: no rate's base holds one. */
export const DONE_VERBS = ['完成'];
export const ATTAINMENT_VERBS = ['达到', '实现', '突破', '提高到', '提高至', '提升到', '提升至', '增长到', '增至', '压缩至', '压缩到', '缩短至', '缩短到'];

/**
 * In a document made of 第N条 articles (管理办法, 实施细则) numbers are rules unless a goal word governs
 * them: a modality word, a deadline year, or one of these earlier in the node ("年度绩效目标为:").
 */
export const ARTICLE_GOAL_CUES = ['目标'];
/**
 * …and a deed of building, or an event held, before the number is the plan's own work, even among rules:
 * "年内开工建设撤并建制村畅通工程71.7公里", "举办超150场网络招聘会" (not 申报 or 引进: "单个企业最多申报5人" caps;
 * not 参加, which a subsidy's condition names: "并参加社会保险").
 */
export const ARTICLE_DEEDS = ['开工建设', '新建', '建成', '新增', '实施', '完成', '建立', '举办', '组织'];
/** …that only qualify the buildings and estates a rule is for after them: 新建居住区, 新建大型公共建筑, 新建住宅小区. */
export const DEED_ATTRIBUTE_NOUNS = ['居住区', '住宅', '小区', '大型公共建筑', '公共建筑', '建筑', '停车场', '商品房', '厂房'];
/** …but not where a word of its own goes on from the noun: 建筑业, 建筑面积, 建筑垃圾. */
export const NOT_BUILDING_AFTER = ['业', '面积', '垃圾', '材料', '节能'];
/** The deeds that may so qualify (not 完成, 实施, 新增: 年内完成小区改造30个 is work). */
export const QUALIFYING_DEEDS = ['新建', '建成'];


/**
 * "总投资11.4亿元的食品产业园基础设施PPP项目": an investment named before the amount measures the project after
 * its 的, up to the last of these nouns ("…项目总投资"), whatever the words before the amount ending in INVESTMENT.
 */
export const INVESTMENT = '投资';
/** The investment words kept after the project's name, longest first. */
export const INVESTMENT_WORDS = ['计划总投资', '总投资', '计划投资'];
/** …or the project the next clause acts on: "投资6.6亿元,实施两河圣山景区基础设施建设". */
export const PROJECT_VERBS = ['实施', '建设', '推进', '启动', '新建', '改造'];
export const PROJECT_NOUNS = ['工程', '项目', '园区', '产业园', '基地', '广场', '场馆', '设施', '公园', '道路', '管网', '中心', '市场', '建设', '改造', '提升', '电站'];

/** "空气优良天数达到350天", "平均受教育年限提高到11.3年": days or years counted as a measure, not a time span a rule sets. */
export const DAY_COUNT_NOUNS = ['天数', '日数', '小时数', '受教育年限'];

/** "针对首年关税为零的2034种出口商品": a count in the clause a measure is aimed at names what exists (a baseline). */
export const AIMED_AT_WORDS = ['针对'];

/** An age is an eligibility rule (年龄要求在40周岁左右, 年满60岁), except an age a plan measures (人均预期寿命达到80岁, 平均年龄下降到45岁). */
export const MEASURED_AGE_WORDS = ['寿命', '平均年龄'];

/** "“十四五”批复的6个沙戈荒大基地": a count of things already designated, right after a verb of designating and 的. */
export const DESIGNATION_VERBS = ['批复', '认定', '公布', '命名', '确定', '遴选', '获批', '入选', '评定', '授牌', '批准'];
/** "推动7个国家物流枢纽提质升级": raising the grade of what a count names means those things exist (a baseline). */
export const UPGRADE_ACTIONS = ['提质升级', '提能升级', '提档升级', '提级扩能', '高效运营'];

/** The bounds of a size that qualifies a counted noun ("1所300张床位以上的示范性养老机构"). */
export const SIZE_BOUNDS = ['以上', '以下'];
/** "每25—30公里", "每5年": 每 right before a number makes it the base a rate is counted by. */
export const PER_BASE = '每';
/** Money paid each beneficiary by the period ("从每人每月2375元提高到2423元"): the new rate is a rule; the old one, after 从, a fact. */
export const PER_PERIOD_CUES = (() => {
  const periods = ['每年', '每月', '每天', '每日'];
  // (…or by the length of road, the area or the bed it keeps: "县道每年每公里1万元", "每床每日50元")
  const heads = ['每人', '每户', '每生', '每公里', '每亩', '每床'];
  return [...heads.flatMap((h) => periods.flatMap((p) => [h + p, p + h])), '每月'];
})();
/** "不低于当地最低生活保障标准的1.6倍": a multiple of a standard is a standard; so is a unit price ("（单价30万元）"). */
export const STANDARD_OF = ['标准的', '单价', '单价为'];
