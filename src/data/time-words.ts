// Words of time in a sentence: when it stands (去年, 目前, 现在), what it sets ahead (要, 将, 目标), and the years it names
// relative to the document's own (今年, 今后五年, 本世纪末).

/**
 * A sentence opening with one of these reports the past or the present ("去年汛期,全县共启动应急响应5次"),
 * unless a deadline or 力争/确保 in it sets an aim ("目前,…力争到2027年完成投资20亿元").
 */
export const FACT_SENTENCE_OPENERS = ['去年', '上年', '上一年', '过去一年', '过去的一年', '目前', '截至目前', // and since a congress or plan began:
  ...['党的十八大', '党的十九大', '党的二十大', '十八大', '十九大', '二十大', '“十三五”', '“十四五”', '十三五', '十四五'].map((w) => `${w}以来`)];
/**
 * …and these, where the sentence sets nothing ahead (要, 将, 目标 before the number): "现在，全国有100多个城市…", "这几年来，
 * 国家先后在58个城市…" (not "现在起，每年新增…", "现在，全市要新建…").
 */
export const NOW_SENTENCE_OPENERS = ['现在,', '现在，'];
export const AHEAD_WORDS = ['要', '将', '目标', '预期', '计划', '拟', '起', '到20'];
/** …but not inside these words: "主要农作物", "将近300所", "目标考核", "要求". */
export const NOT_AHEAD_WORDS = [
  '主要', '重要', '需要', '必要', '只要', '首要', '次要', '紧要', '纲要', '摘要', '概要', '提要', '扼要', '纪要', '要求', '要素', '要点', '要件',
  '将近', '目标考核', '目标管理', '目标责任', '起步', '起点', '一起', '发起', '兴起', '引起', '起草', '虚拟', '模拟', '计划生育', '计划单列',
];
/** A time of the document's own century, its year counted from the century's start: 本世纪末 → 2000 in 1988, 本世纪中叶 → 2050. */
export const CENTURY_YEARS: Record<string, number> = { 本世纪末: 100, 本世纪中叶: 50 };
/**
 * A relative year, resolved against the document's year (TARGETS.md §5): 今年 is that year, 明年 the next, 今明两年 ends
 * with the next, 今后五年 with the last of five from it ("今后五年国内生产总值年均增长7.5%" in 2006 → 2010).
 */
export const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 本年度: 0, 当年: 0, 明年: 1, 今明两年: 1, 今后五年: 4, 未来五年: 4, 去年: -1, 上年: -1, 上一年: -1, 过去一年: -1, 过去的一年: -1 };
/** What may follow a relative year inside one time word: 上年末, 去年底, 上年度, 今年以来, 去年同期. */
export const RELATIVE_YEAR_PARTS = ['末', '底', '初', '度', '以来', '同期', '底前', '末前'];
