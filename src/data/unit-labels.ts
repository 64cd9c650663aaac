// Words that open a unit annotation, and which field each one fills.
// 配合/协办/参与/支撑 units share the work without leading it: they go to `responsible`.
// 责任领导/责任人 name people, not units: they open an annotation but fill nothing.
export const UNIT_LABELS: { word: string; field: 'lead' | 'responsible' | null }[] = [
  { word: '牵头单位', field: 'lead' },
  { word: '牵头部门', field: 'lead' },
  { word: '牵头科室', field: 'lead' },
  { word: '牵头处室', field: 'lead' },
  { word: '主责单位', field: 'lead' },
  { word: '牵头考核单位', field: 'lead' },
  { word: '牵头考核部门', field: 'lead' },
  { word: '牵头落实单位', field: 'lead' },
  { word: '牵头实施单位', field: 'lead' },
  { word: '主责部门', field: 'lead' },
  { word: '牵头责任单位', field: 'lead' },
  { word: '牵头责任部门', field: 'lead' },
  { word: '主要责任单位', field: 'responsible' },
  { word: '主要责任部门', field: 'responsible' },
  { word: '责任单位', field: 'responsible' },
  { word: '负责单位', field: 'responsible' },
  { word: '负责部门', field: 'responsible' },
  { word: '责任部门', field: 'responsible' },
  { word: '责任科室', field: 'responsible' },
  { word: '责任处室', field: 'responsible' },
  { word: '配合单位', field: 'responsible' },
  { word: '配合部门', field: 'responsible' },
  { word: '实施部门', field: 'responsible' },
  { word: '实施单位', field: 'responsible' },
  { word: '配合科室', field: 'responsible' },
  { word: '配合处室', field: 'responsible' },
  { word: '协办单位', field: 'responsible' },
  { word: '参与单位', field: 'responsible' },
  { word: '参与部门', field: 'responsible' },
  { word: '支撑单位', field: 'responsible' },
  { word: '支持单位', field: 'responsible' },
  { word: '协助单位', field: 'responsible' },
  { word: '协同单位', field: 'responsible' },
  { word: '责任领导', field: null },
  { word: '牵头领导', field: null },
  { word: '分管领导', field: null },
  { word: '责任人', field: null },
];

/** A task table's column names its units in words of its own as well ("推进单位"): they share the work. */
export const TABLE_UNIT_COLUMNS_MORE = ['推进单位', '推进部门', '落实单位', '责任主体'];

/**
 * The other way to write an annotation, with the units first: "（省能源局牵头，省发展改革委、省科技厅按职责分工
 *负责）". The units before LEAD_WORD lead; those of the next clause, which ends in one of SHARE_WORDS, share.
 */
export const LEAD_WORD = '牵头';
/** What may follow the lead word before the next clause: "（市财政局牵头落实，完成时限：…）". */
export const LEAD_TAILS = ['落实', '负责'];
/** A line ending in these says who handles the work ("建工局牵头，教育局协助办理", "科创局牵头办理"): a table's unit cell, no heading. */
export const UNIT_STATEMENT_ENDS = ['牵头办理', '协助办理', '配合办理', '负责办理',
  // 牵头 or 协办 right after a unit's name (市财政局协办, 科创局牵头; not 党委领导、政府牵头, which heads)
  ...['局', '委', '办', '厅', '中心', '部门', '单位', '公司', '街道'].flatMap((e) => [`${e}牵头`, `${e}协办`])];
export const SHARE_WORDS = ['按职责分工负责', '按职责分工落实', '按职能分工负责', '按职责负责', '共同负责', '负责落实', '配合', '参与', '协助', '协同', '指导', '负责', '落实'];
/** Words that join two units of one list: "（市发展改革委会同市政府相关部门负责落实）". */
export const UNIT_JOINERS = ['会同', '以及'];
/** A last clause naming when the task is due closes such an annotation: "（市商务局负责落实，完成时限：2023年10月）". */
export const DUE_LABELS = ['完成时限', '完成时间', '时间节点', '时限'];
/** How the units share it, before any share word, one or more: "省贸促会、省商务厅按职责分工配合", "…依职责分别负责落实". */
export const SHARE_MANNERS = ['按照职责分工', '按职责分工', '按职能分工', '按职责', '依职责', '依据职责', '分别', '共同'];
/** Words before the lead units that are not part of a name: "（由市科技局牵头…）". */
export const LEAD_OPENERS = ['由'];

/**
 * A bracket that closes a task line and holds only names of units, "（市科委、市卫生健康委）", names the units
 * that do the task (responsible). Each name ends as a unit's name does.
 */
export const UNIT_NAME_ENDINGS = [
  '人民政府', '政府', '办公厅', '办公室', '委员会', '领导小组', '小组', '管委会', '中心', '局', '厅', '委', '办', '部', '院', '署', '站',
  '协', '联', '会', '区', '县', '银行', '分行', '支行', '海关', '公司', '集团', '大学', '学院', '各有关单位', '单位', '部门',
  // fire and police brigades: 深圳市消防救援支队, 交警大队
  '支队', '大队', '总队',
];
/**
 * Towns and state firms share a task's work too, but "（城乡）", "（重点镇）" name places: in a bracket they are units
 * only beside an office or after 各/区属 ("（各街镇、区属国企）").
 */
export const TOWN_NAME_ENDINGS = ['镇', '街道', '乡', '园区', '国企'];
/** A bracket's part opening so says what a figure covers, it names no unit: "（含开发区、高新区）", "（不含深汕特别合作区）". */
export const SCOPE_OPENERS = ['含', '不含', '包括', '其中', '除', '即'];
/** Endings of a place, not an office: a bracket of these alone after a sentence lists places ("（福田区、南山区）"). */
export const PLACE_NAME_ENDINGS = ['区', '县'];
export const TOWN_LIST_OPENERS = ['各', '区属', '市属', '县属'];
/** A task table's columns of categories before its 序号 ("任务类型 / 序号 / 工作任务 / 推进单位"). */
export const TABLE_CATEGORY_COLUMNS = ['类型', '类别', '领域', '板块', '分类'];
/** A task table's cell naming a time, not units ("全年推进", "2019年3月", "长期坚持"). */
export const TABLE_TIME_CELL = /\d{4}年|[0-9一二三四五六七八九十]月|季度|年底|年内|全年|长期|持续/;
/** A task table's unit cell names the towns and task forces that share the work as well ("各街镇（园区）", "区“两旧”专班"). */
export const TABLE_UNIT_NAME_ENDINGS = [...UNIT_NAME_ENDINGS, ...TOWN_NAME_ENDINGS.filter((e) => e !== '国企'), '专班'];
/** The longest name read as a unit's. */
export const UNIT_NAME_MAX = 20;

/**
 * A document's note on how its lists of units name the lead: the units before the first comma lead
 * ("（逗号前为牵头单位，其余按职责分工负责，下同）", "列逗号之前的为牵头单位"), or the first unit listed does ("排在第一位的为牵头单位").
 */
const LEAD_NOTE_END = '(?:单位|部门)?为牵头(?:单位|部门)';
export const LEAD_BEFORE_COMMA_NOTE = new RegExp(`逗号之?前的?${LEAD_NOTE_END}`);
/** "排在第一位的为牵头单位", "列第一位者为牵头单位", "排名第一的为牵头部门", "第一个为牵头单位". */
export const LEAD_FIRST_NOTE = new RegExp(`(?:排在|排名|排|列|位列)?(?:第一位|首位|第一个|第一)(?:的|者)?${LEAD_NOTE_END}`);
/** Words of a note that closes a list of units ("…，下同", "以下均需各片区配合落实，不再列出"), none a unit's name. */
export const LIST_NOTE_WORDS = ['下同', '不再列出', '不再一一列出', '以下均'];

/** The 等 closing a list before how its units share the work, with the kind of units it sums up ("省自然资源厅等部门按职责分工负责"). */
export const ETC_UNIT_TAILS = ['等有关单位', '等相关单位', '等有关部门', '等相关部门', '等成员单位', '等部门和单位', '等单位和部门', '等单位', '等部门'];
/**
 * A table cell's names broken at a line (a Markdown cell's <br>): a piece opening with these, or one of these organ types
 * alone, goes on the name before ("区发展改革委 等", "区商务委 配合", "区科委 （区知识产权局）", "市人民政府 办公厅").
 */
export const CELL_NAME_TAIL_STARTS = ['等', '(', '（', '配合', '牵头', '按', '负责', '参与', '协助'];
export const CELL_ORGAN_TYPES = ['办公厅', '办公室', '委员会', '管委会', '领导小组'];
