// Words that end the title of a plan document, and the wrapper of a notice
// that publishes one (关于印发《…》的通知).
export const DOC_TYPE_WORDS = [
  '实施方案', '工作方案', '行动方案', '方案', '工作要点', '要点', '行动计划', '计划', '规划', '纲要',
  '实施意见', '意见', '办法', '细则', '规则', '规程', '指引', '措施', '举措', '若干政策', '政策', '通知', '决定', '条例', '规定', '安排', '指南',
  '任务清单', '清单', '任务分解', '责任分工', '工作任务', '工作报告', '报告', '纪要', '公告', '通告',
  '民生实事', '实事项目',
  // a party committee's proposals for a five-year plan (…关于制定…第十五个五年规划的建议)
  '规划的建议',
  // a bureau's yearly summary (…2024年工作总结), often with next year's plan after it (…及2025年工作思路)
  '工作总结', '工作思路', '工作打算',
];
/** A line that names only a period's summary ("2024年工作总结") is a heading inside a document, not its title. */
export const PERIOD_SUMMARY_LINE = /^[0-9]{4}年(?:度|上半年|下半年)?工作总结$/;

/** A notice on a price ("关于降低工商业电价有关事项的通知", "关于调整天然气价格的通知") sets prices: rules too. */
const PRICE_TOPICS = ['电价', '价格', '收费', '费率', '电费', '水价', '气价'];
/** What a notice's title may say after its topic: "…电价有关事项的通知". */
export const TOPIC_TAILS = ['的有关事项', '的有关问题', '有关事项', '相关事项', '有关问题']; // longest first

/** The plans of an admission round (招生工作方案): rules for applicants, not goals. */
const ADMISSION_PLANS = ['招生工作方案', '招生方案', '招生实施方案', '招生工作实施方案'];

/**
 * Titles ending in these name a document of rules (若干措施, 管理办法, 实施细则, 收费标准): its numbers are rules unless a
 * goal governs them (力争, a deadline year, 目标), as in a document of 第N条 articles.
 */
export const RULE_DOCUMENT_TYPES = [
  '措施', '政策', '办法', '细则', '规则', '规程', '规定', '条例', '标准', '须知', '简章', ...PRICE_TOPICS, ...PRICE_TOPICS.map((w) => w + '实施方案'),
  // a guide to a procedure or to what is allowed (not an industry's 发展指南, 招商指南 or 投资指引, which set goals)
  '办事指南', '申报指南', '服务指南', '操作指南', '申请指南', '报考指南', '招生指南',
  '安全指引', '场景指引', '合规指引', '操作指引', '办事指引', '服务指引', '申报指引',
  // an admission's procedure: how many places a round fills, what each applicant may choose
  ...ADMISSION_PLANS,
];
/** Rule documents made of articles (第一条…): a flattened copy runs such a title into its first article. */
export const ARTICLE_DOCUMENT_TYPES = ['办法', '细则', '规则', '规定', '条例', '章程', '准则', '规程'];
/** …except an assessment's: the levels its indicators ask for (综合一窗率90%以上) are what the assessed must reach. */
export const ASSESSMENT_DOCUMENT_TYPES = ['考核办法', '考评办法', '评价办法', '考核细则', '考评细则', '评价细则'];

/** The notice that publishes a plan, with or without 《》 and with the issuer before it:
 * "泉州市商务局关于印发2024年全市商务工作要点的通知". Tested on a line without white space. */
// "关于印发《X》的通知", or the issuer's own "…办公厅印发《X》的通知" (then the 《》 are required); of several
// documents ("关于印发《X》和《Y》的通知") the first
export const TITLE_WRAPPER = /(?:关于(?:印发|转发|下达|下发|公布|发布|修订)《?|(?:印发|转发|下发|公布|发布)《)([^》]+?)(?:》(?:[、和及与]?《[^》]+》)*)?(?:的通知)?$/;

/**
 * Words that open the body of a run-in heading, where a heading was typed into its
 * body without punctuation: "加强组织领导全面加强区委…" → title "加强组织领导".
 * Only used past the first few characters of an over-long first clause.
 */
export const RUN_IN_BODY_OPENERS = [
  '全面', '认真', '落实', '实施', '进一步', '切实', '坚持', '积极', '大力', '加快', '深入', '持续', '着力',
  '围绕', '按照', '充分', '严格', '各级', '各地', '各部门', '通过', '依托', '聚焦',
];

/** Time phrases opening a body run into its heading, however short the heading ("一、2022年工作总结今年来，…"). */
export const RUN_IN_TIME_OPENERS = ['今年来', '今年以来', '一年来', '近年来', '去年以来'];

/** In a title, what a year before another year sums up ("2024年度工作总结和2025年工作计划"): that year is not the plan's. */
export const REVIEW_TITLE_WORDS = ['总结', '回顾', '情况'];
/**
 * A title's long-range horizon after its five-year plan ("…“九五”计划和2010年远景目标纲要", "…第十四个五年规划和二〇三五年
 * 远景目标纲要"): the end of its period, never its own year.
 */
export const HORIZON_TITLE_YEAR = /(\d{4}|[〇零一二三四五六七八九]{4})年远景/; // read on the title's readable years (○, full width)
export const HORIZON_TITLE_TAIL = '年远景';
/** Words of a title that plans what is left of a year: "…上半年工作总结和下半年工作计划", "…情况及下半年工作安排的报告". */
const PLAN_TITLE_WORDS = ['计划', '安排', '打算', '思路', '要点', '目标'];
/** A part of a year a title sums up: the rest of that year is still ahead. */
const PART_OF_YEAR = '(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|[0-9]{1,2}月)';
/**
 * A title whose last year only sums up work ("关于2022年度国资国企监管工作情况的报告", "2022年工作总结"): the year
 * reviewed. Not a part of the year, nor a title that plans the rest of it.
 */
export const SUMMED_UP_YEAR = new RegExp(
  `(\\d{4})年(?!${PART_OF_YEAR})[^\\d]*(?:${REVIEW_TITLE_WORDS.join('|')})(?![^\\d]*(?:${PLAN_TITLE_WORDS.join('|')}))[^\\d]*$`,
);
/**
 * A report titled by one year ("…管理局2022年度工作报告") reports that year when it is dated after it; a 政府工作报告 is
 * delivered in the year it is titled by, and plans it.
 */
export const REPORTED_YEAR = /(\d{4})年度?[^\d]*报告[^\d]*$/;
/** A work report's review part ("一、过去一年和五年工作回顾"): the year its body opens with is the year before the report's. */
export const REVIEW_PART_WORDS = ['回顾', '过去一年'];

/** The work a run-in heading's second phrase dates (三、脚踏实地，做实做细做成2021年工作…): that year is the heading's. */
export const DATED_WORK_NOUNS = ['工作', '各项工作', '重点工作', '主要任务', '目标任务', '工作安排'];
/** The time a work report's review heading opens with, before its paired phrases: "一年来，我们坚持事不避难、真抓实干，发展质量稳步提升". */
export const REVIEW_HEADING_OPENER = /^(?:[一二三四五十]年来|过去[一二三四五十]年|这[一二三四五]年),/;

/** A document number: "京政服发〔2022〕10号", and a standing committee's announcement number "〔十五届〕第62号". */
export const DOC_NUMBER_SOURCE = '(?:[\\u4e00-\\u9fff]{1,12}[〔\\[(（【]\\d{4}[〕\\])）】]|[〔\\[(（【][一二三四五六七八九十]{1,3}届[〕\\])）】]第)\\d{1,4}号';
/** A document number ("某政办〔2025〕17号") or a date ("2025年5月6日") on a line of its own: header and sign-off, never headings. */
export const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER_SOURCE}$`);
/** What joins the years of a plan's period: 2024-2026, 2024—2026, 2024——2026, 2024～2026, 2024至2026, 2024到2026. */
export const PERIOD_DASHES = '-—–~～至到';
/** A title's period in brackets at its end: "（2024——2026年）", "(2023-2035)"; on source or normalized text. */
export const TITLE_PERIOD = new RegExp(`\\s*[(（]\\s*\\d{4}\\s*[${PERIOD_DASHES}]+\\s*\\d{4}\\s*年?\\s*[)）]\\s*$`);
/** A title's one year in brackets at its end: "政府工作报告（2025）", "…工作要点（2024年）". */
export const TITLE_ONE_YEAR = /\s*[(（]\s*\d{4}\s*年?\s*[)）]\s*$/;
/** The year and number that end a document number ("〔2020〕24号"), right after its issuer's prefix (国办发). */
export const DOC_NUMBER_TAIL = /[〔\[(（【]\d{4}[〕\])）】]\d{1,4}号[)）]?\s*$/;
/** The longest prefix of a document number: 皖政办秘, 包府办发. */
export const DOC_NUMBER_PREFIX_MAX = 8;
/** The date a title carries in brackets: "…的意见（2025年9月11日）". */
export const TITLE_DATE = /\s*[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*$/;
/** The line under a work report's title: "——2025年1月15日在广东省第十四届…会议上". */
/** The speech byline without its anchor, to find it run in after a title. */
export const SPEECH_BYLINE_SOURCE = String.raw`[—-]{1,2}\d{4}年\d{1,2}月\d{1,2}日在`;
export const SPEECH_BYLINE = new RegExp(`^${SPEECH_BYLINE_SOURCE}`);
/** A line that is only such a period, under a title that wrapped before it. */
export const PERIOD_LINE = new RegExp(`^${TITLE_PERIOD.source}`);

/**
 * A notice's words naming the plan it publishes: "关于印发《X》的通知", "《X》已经…同意", "现将《X》印发给你们",
 * "制定了《X》,经市政府同意,现予印发", a 公告 of a law: "《X》已由…常务委员会…通过". A notice publishing several ("《A》《B》已经…审议通过") names the first.
 */
export const NOTICE_NAMES_PLAN = /关于(?:印发|转发)《([^》]{4,60})》(?:[、和及与]?《[^》]{4,60}》)*的通知|《([^》]{4,60})》(?:[、和及与]?《[^》]{4,60}》)*[。，,]?\s*(?:已经|已由|现印发|现予印发|印发)|(?:制定|制订|修订|编制|起草)了《([^》]{4,60})》[^《》。]{0,20}?印发/;

/** A count of articles after a type names the same document: "招商引资政策二十条", "稳增长措施10条". */
export const ARTICLE_COUNT = /[一二三四五六七八九十百0-9]+条$/;
/** A qualifier after a title that does not change what the document is: "…政府工作报告（摘要）", "（2020版）". */
export const TITLE_QUALIFIER = /[(（](摘要|节选|试行|暂行|征求意见稿|草案|修订稿|修订|送审稿|(?:[0-9]{4}年?)?(?:修订)?版)[)）]$/;

/** Lines that open a speech or a letter: "各位代表：". They address people; they head nothing. */
export const SALUTATIONS = ['各位代表', '各位委员', '各位同志', '同志们', '尊敬的', '各位领导'];
/** A line opening with these and ending in a colon names a notice's addressees ("各有关单位:"): no heading. */
export const ADDRESSEE_OPENERS = ['各'];
/**
 * A line with these that ends in a colon leads into a list ("重点抓好以下十二个方面:", "“十个持续推进”即重点抓好十方面工作:"):
 * no heading.
 */
export const LEAD_IN_WORDS = ['以下', '如下', '即', '方面'];
/** …and one whose verb ends it, where the line says something ("今年经济社会发展的主要预期目标是:"): a heading names, it does not say. */
export const LEAD_IN_ENDS = ['是', '为', '有', '包括'];
/** …and one that counts what follows right before its colon ("今年重点抓好五件事:", "必须抓好三项工作:"). */
export const LEAD_IN_COUNT = /[\u4e00-\u9fff]{2}[一二三四五六七八九十两]+[件项个条点大][\u4e00-\u9fff]{0,6}$/;

/** What a sign-off's date ends with: a line that ends otherwise is neither a date line nor a byline. */
export const DATE_END = '日';
const SIGN_OFF_DATE = `\\d{4}年\\d{1,2}月\\d{1,2}${DATE_END}`;
export const DATE_LINE = new RegExp(`^${SIGN_OFF_DATE}$`);
/** A byline: the issuer and the date on one line ("某省发展和改革委员会  2025年12月18日"). */
export const BYLINE = new RegExp(`^(\\S{2,30}?)\\s*(${SIGN_OFF_DATE})$`);
/** Names that end an issuing body, for reading the line above a sign-off date as the issuer. */
export const ISSUER_ENDINGS = ['人民政府', '办公厅', '办公室', '委员会', '领导小组', '局', '厅', '委', '部', '院', '中心', '小组', '政府'];

/**
 * A line opening the list of attachments at a document's end ("附件:1.…", "附表:1、…"): the numbered names after it
 * are attachments, not sections. Tested on the compacted, normalized piece.
 */
export const ATTACHMENTS_LEAD = /^附[件表][0-9一二三四五六七八九十]{0,3}[:]?$/;
/**
 * An attachment's number and its title on one line, "附件1：持续污染防治攻坚2026年行动计划": it heads the attachment
 * beside the others (its year governs what it holds), whatever the line after it (a task table). Tested compacted.
 */
export const ATTACHMENT_TITLE = /^附件[0-9一二三四五六七八九十]{1,3}[:：][^。;,]{2,40}(?:计划|方案|清单|要点|措施|办法|细则|目录|名单)$/;
/**
 * A work report's glossary ("※名词解释※", "附:名词解释", "有关名词解释", "※注释※"): notes after the report, closing its every part.
 * A bare "注释:" is a table's note, no glossary.
 */
export const GLOSSARY_HEADING = /^(?:[※【[]?(?:附[:]?)?(?:本报告)?(?:有关|相关|部分)?(?:名词解释|名词注释|名词解析)[※】\]]?[:]?|[※【[]注释[※】\]])$/;

/**
 * A year that opens a body run into its heading ("总体目标2026年，全县…"), read right after the heading:
 * the year (digits half- or full-width, after 到/至, with 底/末) and the comma after it.
 */
export const BODY_YEAR_SOURCE = '(?:到|至)?[0-9０-９]{4}年(?:底|末)?[,，]';
/** The shortest heading phrase left before such a year. */
export const RUN_IN_YEAR_HEADING_MIN = 2;
