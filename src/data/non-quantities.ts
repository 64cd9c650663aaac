// Numbers that are not quantities (TARGETS.md §1): names, slogans, codes,
// ordinals, vague amounts. The scanner consults these before emitting.

/** Text inside these is a title or a document number: 《…三年行动计划》, 〔2022〕23号. */
export const NAME_BRACKETS: Record<string, string> = { '《': '》', '〈': '〉', '〔': '〕' };

/** A short quotation is a name or slogan (“六个一”, “人才10条”); a long one quotes a sentence, targets and all. */
export const QUOTES: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };
export const QUOTE_MAX = 24;

/** Fixed expressions that contain a numeral and a measure word but count nothing. */
export const NAME_WORDS = [
  '八项规定', '三重一大', '一岗双责', '双千计划', '百城千兆', '一站式', '一体化', '一流',
  '一批', '若干', '多个', '世界500强', '中国500强', '一带一路', '一次性', '三会一课',
  '四个意识', '四个自信', '两个维护', '两个确立', '千人计划', '万人计划', '一把手', '一揽子',
  '四个全面', '三个代表', '两个一百年', '两学一做', '三严三实', '两个毫不动摇', '三个务必',
  '十四个坚持', '八个明确', '两个结合', '九个必须', '三次产业', '二次', '两个健康', '四个面向', '两个市场两种资源', '两个市场、两种资源', '两个积极性', '二套住房', '二套房',
  // tariffs: 两部制电价 (capacity and energy charges), 两部制输配电价
  '两部制',
  // idioms a verb of making may stand before (推动百家争鸣)
  '百家争鸣', '百花齐放',
  // public finance: income and spending kept apart (实行收支两条线管理)
  '收支两条线',
  // the reports' formulas of the 1980s and 1990s, and a government's four leading bodies (四套班子)
  '四个现代化', '两个文明建设', '两个文明一起抓', '四套班子',
  // every day of it: "认真过好每一天"; places named by pines (新植十万棵松树 counts)
  '每一天', '三棵松', '五棵松', '一波三折',
];

/** Acronyms of a measure an amount may follow unspaced ("每平方公里产出GDP28.62亿元"): no code, unlike P3实验室 or PM2.5. */
export const MEASURED_ACRONYMS = ['GDP', 'GNP', 'CPI', 'PPI'];

/** A measure word right before another numeral makes a slogan: 六个一, 三个一批, 两个一百年. */
export const SLOGAN_NEXT = '一二两三四五六七八九十百千万';

/** A numeral right after these is an ordinal: 第七届, 十四届十二次全会. */
export const ORDINAL_BEFORE = ['第', '届'];

/** "15分钟便民生活圈", "1小时经济圈": a circle of so many minutes is the name of a service area, not a time limit. */
const TIME_CIRCLES = [
  '生活圈', '便民生活圈', '社区生活圈', '品质生活圈', '生活服务圈', '便民服务圈', '服务圈', '养老服务圈', '健身圈',
  '就医圈', '医疗圈', '急救圈', '文化圈', '阅读圈', '商圈', '经济圈', '通勤圈', '交通圈', '出行圈', '物流圈', '配送圈',
];

/**
 * 级 right after a unit makes the amount a tier, a name of a class ("百亿元级重大先进制造业项目", "3000吨级散货出口泊位",
 * "5万吨级、10万吨级泊位"), not a quantity, unless a clause ends after it (吞吐量达到5000万吨级。); 级别, 级差 are words.
 */
export const TIER_MARK = '级';
export const NOT_TIER_AFTER = ['级别', '级次', '级配', '级差', '级数', '级联'];

/** …except these, words of their own after the measure word: "带动就业3000人间接带动就业1万人". */
export const NOT_NAME_AFTER_UNIT = ['间接'];

/** After the measure word, these make the whole a name: 十二次全会, (二期), 二期工程. */
export const NAME_AFTER_UNIT: Record<string, string[]> = {
  分钟: TIME_CIRCLES,
  小时: TIME_CIRCLES,
  次: ['全会', '会议', '党代会', '代表大会'],
  // "惠及300多万家庭", "1000万家庭": 家 there begins a noun (家庭, 家族, 家园, 家乡), no measure word
  家: ['庭', '族', '园', '乡'],
  // "121人才梯队项目": 人 there begins 人才, the number names a programme; "火灾十万人口死亡率": the base a rate is counted per;
  // "2人间、3人间病房": a kind of room
  人: ['才工程', '才计划', '才项目', '才梯队', '才政策', '才专项', '口死亡率', '口发生率', '口发病率', '间'],
  期: [')', '工程', '项目', '建设', '扩建'],
  列: ['入', '为', '出', '明', '席', '举'],
  // "12支持养老…": a table row's number run into 支持 counts no teams
  支: ['持', '付', '出', '援', '撑'],
  // "十件民生实事": the name of a yearly programme, not a count to reach
  件: ['民生实事', '实事'],
  // "重点抓好以下十个方面": the parts of the text itself; "统筹国内国际两个大局", "十个指头弹钢琴": a formula
  个: ['方面', '大局', '指头'],
  // "3眼镜": 眼 begins a word
  眼: ['镜', '睛', '光', '界'],
  // "3具备…": 具 begins a verb
  具: ['备', '有', '体'],
  // "五位一体", "“政—银—担—企—户”5位一体": a formula's name
  位: ['一体'],
  // "国家发展改革委等八部委联合评定", "联合市直12部门": bodies of government, no count of works (出版3部专著)
  部: ['委', '门'],
  // "28人折算为3.5人", "折合": 折 there begins a verb, no price's share
  折: ['算', '合', '旧', '叠', '线', '射', '返', '服', '腾', '中', '损', '扣', '八扣', '页', '抵', '为', '现'],
  // "由85升至90", "升级", "升高": 升 there begins a verb, no volume
  升: ['至', '到', '为', '级', '高', '降', '格', '值', '温', '幅', '学', '入', '任', '水'],
  // "3层次人才培养体系", "多层级": levels of a system, no floors
  层: ['次', '级', '面'],
  // "1组织领导", "选派5组团式医疗队": 组 there begins a word (not 3组成员)
  组: ['织', '建', '团', '件'],
  // "1000度高温": a temperature, no electricity
  度: ['高温', '的高温', '低温', '的低温'],
  // "0类声环境功能区", "3类标准适用区域": a class's name, not a count of kinds (培育50类产品, 划分为3类区域)
  类: ['声环境功能区', '功能区', '标准适用'],
};

/**
 * Right before the numeral, these make the whole a name: "招商引资政策二十条", "人才十条", "政策20条（试行）" name a package of
 * rules, when the numeral is Chinese or a name's end follows (NAME_END_AFTER); "出台惠企政策35条" counts policies.
 */
export const NAME_BEFORE_UNIT: Record<string, string[]> = { 条: ['政策', '新政', '措施', '举措', '人才'] };
export const NAME_END_AFTER = ['(', '（', '》', '”', '"', '解读'];

/** After a Chinese numeral only: "做好“强城”“兴村”“融合”三篇文章" and "迈开两条腿" are figures of speech; "刊发100篇文章" counts. */
export const NAME_AFTER_CN_UNIT: Record<string, string[]> = {
  // "落实十五条硬措施", "出台二十条措施": a package of measures named by its count
  篇: ['文章', '大文章'], 条: ['腿', '措施', '硬措施', '举措', '政策措施'],
  // "实施荣乌高速二期、…": a phase closing a project's name; "两位数增长": double digits
  期: ['、', ',', '，', '。', ';', '；'], 位: ['数'],
  // "三棵树公司", "九棵树森林公园", names of a company and a place; trees planted are counted in digits (植树1000棵)
  棵: ['树'],
  // principles, codes and positions named by their count: 和平共处五项原则, 教师职业行为十项准则, 八项主张, 四项基本原则,
  // 中美三个联合公报; "两只手都要硬": a figure of speech
  项: ['原则', '基本原则', '准则', '基本准则', '主张'], 个: ['联合公报', '公报的原则'], 只: ['手都', '手抓'],
};
/** …unless a verb of drafting stands right before the count: "制定出台十五项准则" counts what is drafted. */
export const DRAFTING_VERBS = ['制定', '出台', '修订', '研究制定', '制定出台', '印发', '起草'];

/**
 * Measure words that count only after a verb of their kind, earlier in the clause: 举办3期培训班,
 * 开展培训2期; elsewhere N期 is a phase ("算力中心二期建成投用").
 */
export const UNIT_NEEDS_VERB: Record<string, string[]> = {
  // rounds of ammunition or rockets (年产50发火箭); elsewhere 发 is a verb (3发展, 1发文)
  发: ['产', '发射', '生产', '制造', '研制', '交付'],
  轮: ['开展', '组织', '进行', '实施', '举办', '检查', '督查', '巡查', '排查', '巡视', '巡察', '评估', '培训', '抽查', '谈判', '招商'],
  期: ['举办', '开展', '组织', '举行', '开设', '开办', '召开', '培训', '轮训', '办班', '出版', '发行', '编印', '编发', '刊发', '印发', '推出', '实施'],
};

/**
 * A Chinese numeral and measure word right before a short quotation, or one holding a numeral, make a
 * slogan: 三个“一”, 两个“确保”; 两个“专精特新”企业 still counts firms.
 */
export const SLOGAN_QUOTES = '“"「『';
export const SLOGAN_QUOTE_MAX = 2;

/** Vague amounts: 数十家, 几百个, 十几个, 十来个. */
export const VAGUE_BEFORE = ['数', '几', '好几'];
export const VAGUE_AFTER = ['几', '来'];

/**
 * 一 before a measure word of things is the indefinite article ("一个首位产业",
 * "统一部署"), not a count; money and percent are unaffected (一亿元).
 */
export const ARTICLE_NUMERALS = ['一'];
/** …unless a floor frames it, close before it in its clause: "至少配备一名", "确保每个家庭至少有一人就业". */
export const ARTICLE_COUNT_CUES = ['至少', '最少', '不少于'];
/** …but never these words a floor may stand before: "至少将一部分土地出让收益…", "至少推行一件事一次办". */
export const ARTICLE_IDIOMS = ['一部分', '一件事', '一次办', '一次性', '一网通', '一站式', '一张网', '一张图', '一盘棋', '一揽子', '一体化'];
export const ARTICLE_COUNT_REACH = 8;

/** Characters that glue a number into a code: 5G, P3, 1+5+N, A25030. */
export const CODE_NEIGHBOUR = /[A-Za-z+＋]/;

/**
 * Machine text a number inside is never a quantity of (TARGETS.md §1): a URL (its %E5%86 encoding), an
 * e-mail address, a file name. ASCII only, so a URL run into Chinese text ends where the Chinese begins.
 */
export const MACHINE_TEXT = [
  String.raw`(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+`,
  String.raw`www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+`,
  String.raw`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+`,
  String.raw`[A-Za-z0-9_\-.%]*[A-Za-z0-9_%]\.(?:s?html?|pdf|docx?|xlsx?|wps|ofd|zip|rar|jpe?g|png|gif|jsp|aspx?|php)(?![A-Za-z])`,
];
/** Without one of these no MACHINE_TEXT can be present: the scanner looks no further where none is. */
export const MACHINE_TEXT_CUE = String.raw`://|@|\.[A-Za-z]`;

/** A year a plan names: 2030年-2031.5年 or 2030-99999999999999999999年 names none, and is no quantity either. */
export const PLAUSIBLE_YEARS = { from: 1900, to: 2100 };

/**
 * A count of the plan's own indicators is no quantity (设置预期性指标12个, 六项主要经济指标): the counted noun ends
 * in one of these, right before the number or within INDICATOR_NOUN_REACH characters after its unit.
 */
export const INDICATOR_NOUNS = ['指标'];
export const INDICATOR_NOUN_REACH = 8;

/**
 * A single Chinese digit and one of these units before a noun or a 、 is a word: 城乡二元结构, 多元、二元; money written
 * with one Chinese digit ends its clause (每人每月五元。).
 */
export const DIGIT_WORD_UNITS = ['元'];

/** A note mark that sends the reader to a report's glossary: [22], 【7】, 〔3〕. */
export const NOTE_MARK_SOURCE = String.raw`(?:\[\d{1,3}\]|【\d{1,3}】|〔\d{1,3}〕)`;
/** The longest term (in characters after the measure word) a glossary defines or a label names. */
export const TERM_MAX = 8;
/** What a label's list of parts opens with after its colon: "两个站位：一是…", "四个歼灭战：即，…". */
export const LABEL_LIST_OPENERS = ['一是', '一要', '一为', '即', '是指', '指'];
/** A number right after these is a road's code, not a count: "整治国道104段沿线环境", "省道233". */
export const ROAD_CODE_BEFORE = ['国道', '省道', '县道', '乡道'];
