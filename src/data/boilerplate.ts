// Web-page furniture that surrounds documents copied from government sites.
// A line that matches one of these (after normalization, spaces removed) is
// kept out of the tree and targets, and reported as `boilerplate-removed`.

/**
 * A repost's byline: the account, the date and time, and where it was posted from ("顺德发布  2026-03-06 18:30  广东").
 * Tested on the line as written, spaces included: they part the account from the date.
 */
export const ARTICLE_BYLINE = /^\s*[^\s\d:：]{2,20}\s+(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?:\s+[^\s\d:：]{2,8})?\s*$/;

/** After one of these lines (the end of a repost's article), everything left is the page's: links, buttons, credits. */
export const ARTICLE_END_LINES: RegExp[] = [
  /^[-—–]*END[-—–]*$/i,
  /^(往期推荐|推荐阅读|往期回顾|相关阅读|延伸阅读|猜你喜欢|相关推荐|热点推荐|热门推荐|为您推荐)$/,
  // a news portal's repost: its disclaimer, then links to other stories
  /^(特别声明|免责声明|版权声明)[:]/,
  /^\/?阅读下一篇\/?$/,
];

/** Whole-line patterns. Tested against the line with all white space removed. */
export const FURNITURE_LINE_PATTERNS: RegExp[] = [
  /^您(现在)?(所在|当前)的?位置/,
  /^当前位置/,
  /^首页(>|»|›)/,
  /^[^。;]{0,40}>[^。;]{0,40}>[^。;]*$/, // breadcrumbs: 首页>政务公开>…
  /^分享到/,
  /^(浏览量|浏览次数|阅读量|阅读次数|访问量|访问次数|点击量|点击数|点击率)[:]?\d*(次|人次)?$/,
  /^字体[:]?(?:[【[(][大中小]*[】\])]|[大中小])*$/, // 字体【 】, 字体:【大】【中】【小】, 字体:【大中小】, 字体:大中小
  /^字号[:]?(大|中|小)*$/,
  /^【?(打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错|下载|分享|转发|点赞|在看|赞赏|写留言|留言)】?$/,
  /^(\[|【)?(打印本页|关闭窗口|返回顶部)(\]|】)?(\[|【)?(打印本页|关闭窗口|返回顶部)?(\]|】)?$/,
  /^(手机扫码浏览|扫一扫在手机打开当前页|扫码打开|微信扫一扫)/,
  /^(咨询|服务|联系)?(热线|电话)[:]?[\d()-]+(转\d+)?$/,
  /^(上一篇|下一篇)[:]?/,
  /^(发表时间|发布时间|更新时间|来源|作者|发布)[:]/,
  /^(索引号|主题分类|主题词|发布机构|发文机关|发文单位|生成日期|发布日期|成文日期|制发日期|实施日期|失效日期|制发单位|文件编号|文号|发文字号|有效性|公开范围|公开方式|公开时限|信息来源|标题|原标题|公开事项名称)[:]/,
  // labels that also open sentences ("栏目：政策解读。各部门…"): a row only with a short value and no sentence in it
  /^(栏目|所属栏目|发文时间|发文日期)[:][^。;,]{0,40}$/,
  // a crawl's label over the body it copied: "正文："
  /^正文[:]$/,
  // the same rows as a crawl writes a portal's list of them: "[主题分类] 城乡建设", "[制发单位] 北京市城市管理委员会"
  /^\[(索引号|主题分类|主题词|发布机构|发文机关|发文单位|制发单位|生成日期|发布日期|成文日期|制发日期|实施日期|失效日期|文件编号|文号|发文字号|有效性|公开范围|公开方式)\]/,
  // a repost's credits: "编辑:陈思琪|审核:梁伟", "(来源:顺德区发展和改革局)"
  /^(编辑|责任编辑|责编|审核|校对|初审|复审|终审|审校|排版|美编)[:]/,
  /^\(来源:[^()]*\)$/,
  // a WeChat repost's head and tail: "点击蓝字关注我们", "—END—", "往期推荐" (its byline: ARTICLE_BYLINE)
  /^点击(上方)?(蓝字|蓝色字体)/,
  ...ARTICLE_END_LINES,
  // a page number left by a PDF copy: "— 2 —", "-3-", "第2页共5页"
  /^[-—–]{1,2}\d{1,4}[-—–]{1,2}$/,
  /^第\d{1,4}页(,?共\d{1,4}页)?$/,
  /^(相关附件|附件下载|相关链接|相关文章|相关新闻)[:]?$/,
  // a legal database's export head: "【法宝引证码】 CLI.12.4638041", "原文链接:https://…"
  /^【法宝引证码】/,
  // a server page's directive left in its copy: <%@ page language="java" … %>
  /^<%.*%>$/,
  /^(原文链接|原文地址|文章链接|本文链接)[:]/,
  /^(无障碍|长者模式|繁体版|English|网站地图|设为首页|加入收藏)$/i,
  // a portal's columns in its navigation, each a link on a line of its own
  /^(通知公告|公示公告|政务公开|政府信息公开|政策解读|政策文件|政府文件|新闻动态|政务动态|部门动态|回应关切|政民互动|政务服务)$/,
  // site footer: sponsor, site code, licence and registration numbers
  /^(主办|承办|主管|协办)(单位)?[:]/,
  /^网站标识码/,
  /ICP备|公网安备/,
  /^分享到[:]?(微信|微博|QQ空间|QQ|朋友圈|\s)*$/,
];

/** Web pages set several of these side by side, separated by a wide gap (two or more spaces). */
export const FURNITURE_GAP = / {2,}/;

/**
 * A crawl's line between its header of fields and the document: "==================== 正文 ====================".
 * Everything above it is the crawl's header.
 */
export const BODY_SEPARATOR = /^[=\-—_*#~]{3,}正文[=\-—_*#~]{3,}$/;

/** A metadata table row names several fields on one line: "发布机构: X 生成日期: Y". */
export const META_FIELD_LABELS = [
  '索引号', '主题分类', '发布机构', '发文机关', '发文单位', '生成日期', '发布日期', '成文日期', '发表时间',
  '发布时间', '更新时间', '文件编号', '文号', '发文字号', '主题词', '标题', '有效性', '公开范围', '公开方式', '浏览次数', '浏览量', '作者', '来源',
  '公开事项名称', '制发日期', '制发单位', '实施日期', '发布单位', '栏目', '所属栏目', '发文时间', '发文日期',
];

/** A flattened table's header opens with its serial column; its last row may be a total. */
/** The label of a portal's list of attachments, and the file types it lists (attachment-meta.ts). */
export const ATTACHMENT_LABELS = ['相关附件', '附件下载'];
export const ATTACHMENT_FILE_TYPES = ['pdf', 'docx', 'doc', 'ofd', 'wps'];
/** How a portal says it published a file, in brackets after its title. */
export const PUBLICATION_NOTES = ['主动公开', '依申请公开', '不予公开'];
export const TABLE_SERIAL_HEADERS = ['序号', '编号'];
/** How a table's title ends ("…建设推进计划表", "…情况一览表"): the cells after it are its header. */
export const TABLE_TITLE_ENDINGS = ['表'];
export const TABLE_TOTAL_CELLS = ['合计', '小计', '总计', '汇总'];
/** The fields a table may give under its title, before its header: "填表单位：…", "填表日期：…". */
export const TABLE_FIELD_LABELS = ['填表单位', '填报单位', '制表单位', '报送单位', '统计单位', '填表日期', '填报日期', '制表日期', '报送日期', '统计日期', '统计时间', '填表人', '填报人', '制表人', '审核人', '联系人', '联系电话'];
/** A row under a header numbering its columns ("代号 / —— / —— / 1 / 2 / 3"): what it opens with. */
export const TABLE_CODE_LABELS = ['代号', '栏次', '栏号'];
/** An indicator table's column of units ("单位"): its rows' values take the unit in their row. */
export const TABLE_UNIT_COLUMNS = ['单位', '计量单位'];
/**
 * A line above a table giving one unit for all its numbers ("单位：万元", "面积单位：亩", "（金额单位：万元）"): what
 * may stand before 单位, at most this many characters (面积, 金额, 计量).
 */
export const TABLE_UNIT_LINE_LABEL_MAX = 4;
/** Columns a table's unit line does not measure: counts, periods and ranks ("项目个数", "建设周期", "排名"). */
export const TABLE_UNITLESS_HEADER_ENDINGS = ['数', '数量', '周期', '年限', '期限', '排名', '时间', '年份', '年度'];
/** Words of the column naming each row's indicator ("指标名称", "主要指标"). */
export const TABLE_NAME_COLUMNS = ['指标', '名称'];
/** Words of a column that reports where the plan starts from ("2025年基期值", "现状值"): its values are baselines. */
export const TABLE_BASE_COLUMNS = ['基期', '现状', '基数', '基准', '现值', '已建', '截至', '进展'];
/** …but progress planned is an aim: "2025年计划进展". */
export const TABLE_PLANNED_COLUMNS = ['计划进展', '预计进展'];
/** A date column of when the work starts ("开工时间"), not when it is done: one naming both ("开竣工时间") ends it. */
export const TABLE_START_COLUMNS = ['开工', '开始', '启动'];
export const TABLE_END_COLUMNS = ['竣工', '完成', '完工', '建成', '投产', '截止'];
/** Words of a table's title or column that sets work ("2021年任务", "…建设推进计划表"): its values aim, even at a year past. */
export const TABLE_AIM_WORDS = ['任务', '目标', '计划', '规划'];
/**
 * An indicator table's 属性 column and its cells: run into one line, the cell ending a row and the next row's
 * serial stand before the next indicator's name ("…≥95%约束性2失能特困人员集中供养率≥60%").
 */
export const TABLE_ROW_ATTRIBUTES = ['约束性', '预期性', '属性'];
