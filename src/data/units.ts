// Units and measure words a quantity may end with (TARGETS.md §1, §3). One
// table: the scanner, the kind and the normalization all read it.
import type { TargetKind } from '../tree/schema.js';

export type UnitInfo = {
  kind: TargetKind;
  /** Multiplier into the normalized unit (money → CNY, percent → ratio). */
  scale?: number;
  /** Normalized unit name when it differs from the written one. */
  normalizedUnit?: string;
  /** A time span: a rule of a policy (a parameter), never a goal. */
  duration?: boolean;
  /** Only a quantity after a duration cue (连续2年): bare 三年 is mostly a plan's name. */
  needsCue?: boolean;
  /** A deadline as well, before DEADLINE_SUFFIXES (30日内): a day of a month (3月15日) never. */
  deadline?: boolean;
  /** An age: before the noun it bounds (80周岁及以上老年人) it is an eligibility threshold. */
  age?: boolean;
  /** Only after Arabic digits or a Chinese numeral of 万 or 亿 (LARGE_MULTIPLIERS): 一度, 两度 are once and twice, 3000亿度 and 三千亿度 electricity. */
  digitsOnly?: boolean;
  /** A score: what a rule awards or deducts (积2分, 扣5分, 最高20分), a parameter. */
  score?: boolean;
  /** A share of a price only a rule sets (通行费7折优惠), a parameter. */
  rule?: boolean;
};

const count: UnitInfo = { kind: 'count' };
const other: UnitInfo = { kind: 'other' };
const span: UnitInfo = { kind: 'other', duration: true };

export const UNITS: Record<string, UnitInfo> = {
  // money, as written (130亿元 stays 130, unit 亿元)
  元: { kind: 'money', scale: 1, normalizedUnit: 'CNY' },
  万元: { kind: 'money', scale: 1e4, normalizedUnit: 'CNY' },
  亿元: { kind: 'money', scale: 1e8, normalizedUnit: 'CNY' },
  万亿元: { kind: 'money', scale: 1e12, normalizedUnit: 'CNY' },
  // foreign money: no rate to CNY is known, so kind other and 万/亿 in the number (100万美元 → 1000000 美元)
  美元: other, 欧元: other, 港元: other, 日元: other,
  // percent and per mille
  '%': { kind: 'percent', scale: 0.01, normalizedUnit: 'ratio' },
  '‰': { kind: 'percent', scale: 0.001, normalizedUnit: 'ratio' },
  // percentage points: a change of a percent, as a ratio too (提高5个百分点 → 0.05)
  个百分点: { kind: 'percent', scale: 0.01, normalizedUnit: 'ratio' },
  百分点: { kind: 'percent', scale: 0.01, normalizedUnit: 'ratio' },
  // measure words of things and people
  家: count, 个: count, 项: count, 名: count, 人: count, 位: count, 件: count,
  次: count, 人次: count, 所: count, 座: count, 条: count, 批: count, 支: count,
  套: count, 台: count, 部: count, 篇: count, 场: count, 期: count, 户: count,
  种: count, 款: count, 例: count, 辆: count, 艘: count, 架: count, 张: count,
  起: count, 只: count, 场次: count, 架次: count, 批次: count, 户次: count, 家次: count, 班次: count,
  栋: count, 间: count, 床: count, 头: count, 口: count, 列: count,
  处: count, 轮: count, 颗: count, 发: count, 门: count, 枚: count, 块: count,
  // 不少于50类; 一、二、三类新药 are classes
  类: { kind: 'count', digitsOnly: true }, 宗: count, 笔: count, 棵: count, 株: count, 节: count,
  // 整治50段道路; 一段时间 is a while. 关停自备井226眼; 一眼 is a glance
  段: { kind: 'count', digitsOnly: true }, 眼: { kind: 'count', digitsOnly: true },
  // 补建市政消火栓169具
  具: { kind: 'count', digitsOnly: true }, 盏: count, 幢: count,
  // documents and signs a review counts (制作询问笔录728份, 增设1477面警示牌, 数字地形图11757幅, 执法巡查96航次); 一份, 两面 are words
  份: { kind: 'count', digitsOnly: true }, 面: { kind: 'count', digitsOnly: true }, 幅: { kind: 'count', digitsOnly: true }, 航次: count,
  // 特色美食20道; 一道 is a way of doing
  道: { kind: 'count', digitsOnly: true },
  // charging connectors (建成充电设施25万枪); 一枪 is a shot
  枪: { kind: 'count', digitsOnly: true },
  // an age measures years of life, not things: kind other (人均预期寿命达到80岁)
  周岁: { kind: 'other', age: true }, 岁: { kind: 'other', age: true },
  // physical units and ratios
  亩: other, 公顷: other, 平方米: other, 平米: other, 平方公里: other, 公里: other, 千米: other,
  米: other, 毫米: other, 厘米: other, '㎡': other, '㎞': other, '㎥': other, 吨: other, 蒸吨: other, 千瓦: other, 千瓦时: other,
  兆瓦: other, 平方千米: other, 吉瓦: other, 吉瓦时: other, 兆瓦时: other, 千伏安: other, 兆伏安: other, 立方米: other, 千克: other, 公斤: other, 斤: other, 微克每立方米: other, '微克/立方米': other, 倍: other,
  // a price as a share of the full one: 通行费7折优惠
  折: { kind: 'other', rule: true },
  学时: other, 课时: other, 标箱: other, 克: other, 分贝: other,
  // engines and machines: 2.0升及以下排量, 20马力以下拖拉机 (一升 is no volume; 由85升至90 a rise: NAME_AFTER_UNIT)
  升: { kind: 'other', digitsOnly: true }, 马力: other,
  // temperatures (在15摄氏度以上的条件下), ships' gross tonnage (400总吨以上运输船舶), trips of vehicles (80车次/日)
  摄氏度: other, '℃': other, 总吨: other, 车次: count,
  // concentrations (由每立方米18.6微克降至17.9微克, 浓度低于100毫克/升) and samples (抽样检测量不低于30组; 一组 is a set)
  微克: other, 毫克: other, 组: { kind: 'count', digitsOnly: true }, 组次: count,
  // floors of a building (老旧小区7层及以下); 一层 is a layer
  层: { kind: 'count', digitsOnly: true },
  // buses counted in standard units (每万人拥有公共交通车辆10标台)
  标台: count,
  // energy saved and carbon cut: 年节能量20吨标准煤, 年降碳量30吨二氧化碳 (as a rate's base already: 元/吨标准煤);
  // 万 before them belongs to the number, as before 吨 (节能8000万吨标准煤 → 80000000)
  吨标准煤: other, 吨二氧化碳: other,
  // flat glass by the standard or weight case (淘汰平板玻璃3500万标准箱)
  标准箱: other, 重量箱: other,
  // electricity: 度 is a kilowatt-hour (发电量3000亿度); 分 a score (积2分, 最高20分), after digits only (十分 is "very")
  度: { kind: 'other', digitsOnly: true }, 分: { kind: 'other', digitsOnly: true, score: true },
  // durations
  年: { ...span, needsCue: true },
  // 自受理之日起20日内, 最长不超过60日; 3月15日 is a date
  日: { ...span, needsCue: true, deadline: true },
  个月: span, 天: span, 小时: span, 个小时: span, 分钟: span, 个工作日: span, 工作日: span,
};

/**
 * What may follow a unit after "/" to make one rate unit: 300吨/日, 5万吨/年, 200元/人, 3个/万人.
 * A rate is kind other, its value and unit as written.
 */
export const PER_UNITS = [
  '日', '天', '年', '月', '周', '小时', '时', '分钟', '秒', '人', '万人', '千人', '百人', '人次', '户', '家', '亩', '公顷', '平方米', '平米',
  '平方公里', '平方千米', '公里', '千米', '吨', '千瓦', '千瓦时', '台', '辆', '床', '次', '元', '万元', '度',
  // contents and intensities: 28克/千克, 0.5毫克/升, 0.6人/百亿元
  '千克', '公斤', '升', '立方米', '亿元', '百亿元',
  // energy and carbon: 1200元/吨标准煤, 800元/吨二氧化碳
  '吨标准煤', '吨二氧化碳',
];
/** A rate per two things at once: 元/千瓦·年, 元/台·月 (the middle dot as written, or as a katakana dot). */
export const PER_SECOND_UNITS = ['年', '月', '日', '天', '次', '平方公里', '平方千米'].flatMap((u) => ['·' + u, '・' + u]);

/**
 * Latin-letter units after a number (12EFLOPS, 10GW, 5TB, 100Mbps): an optional SI prefix and a base.
 * A base in LATIN_BARE_BASES may stand alone (100bps); the others need a prefix, so 5G, 4K, 3D and 2B
 * (a prefix or a letter with nothing after it) stay names.
 */
export const LATIN_UNIT_PREFIXES = 'kKMGTPE';
/** Lengths, areas and volumes in Latin symbols (建筑高度大于27m, 5000m2): each stands alone. */
const METRIC_SYMBOLS = ['m', 'm2', 'm²', 'm3', 'm³', 'km', 'km2', 'km²', 'cm', 'mm'];
// (VA before V: a transformer's capacity, 新增变电容量100MVA)
export const LATIN_UNIT_BASES = ['FLOPS', 'Flops', 'flops', 'bps', 'Wh', 'Hz', 'VA', 'W', 'B', 'V'];
// (and a sound level: 昼间70dB（A）)
export const LATIN_BARE_BASES = ['FLOPS', 'Flops', 'flops', 'bps', 'Hz', 'Wh', 'P', 'dB', ...METRIC_SYMBOLS];
/** Latin units that, right before a Chinese word, name a grade: "110KV供电线路", "35kV变电站" (a voltage class, no amount). */
export const GRADE_UNIT_BASES = ['V'];
/** Written like a unit but a name: video resolutions (1080P, 720P). */
export const LATIN_NAME_CODES = ['480P', '720P', '1080P', '1440P', '2160P', '4320P', '480p', '720p', '1080p', '1440p', '2160p', '4320p'];
/** A 前N rank is a deadline instead after a time word: "6月底前100%清偿", "年前", "之前". */
export const NOT_RANK_BEFORE = ['底', '月', '日', '年', '之', '末', '旬', '节'];

/** Parts of a yuan: in a rate they are a price (下降5分/千瓦时 → 0.05 CNY/千瓦时). */
export const PRICE_SUBUNITS: Record<string, number> = { 分: 0.01, 角: 0.1 };

/** Longest unit first, so 万元 wins over 元 and 个月 over 个. */
export const UNIT_LIST: string[] = Object.keys(UNITS).sort((a, b) => b.length - a.length);

/**
 * Words after which a bare N年 is a duration: 连续2年, 为期3年, 正常经营2年 — a rule noun
 * or verb, possibly with one of DURATION_BOUNDS between (保存期限不少于10年).
 */
export const DURATION_CUES = [
  '连续', '分', '为期', '期限为', '期限', '满', '长达', '经营', '运营', '保存', '服务期', '从业', '工作', '补助', '补贴', '支持', '任期',
  // a term set (留存五年, 期为一年); not 近/过去 (过去五年 opens a work report's review)
  '留存', '期为',
  // counted from an event: 自清退之日起2年内不得再申请
  '之日起',
  // the policy's own term (有效期5年, 有效期为五年): a rule of the policy, as every annotation of it reads it
  '有效期', '有效期是',
  // a term extended (承包期再延长30年, 到期后再延长30年, 优惠政策再延长三年; not 人均预期寿命延长1年) or a cycle (每三年修订一次)
  ...['期', '期后', '期限', '期满后', '政策'].flatMap((w) => [`${w}延长`, `${w}再延长`]), '每',
];
/** A span measured, as it is raised: 平均受教育年限从10.23年提高到10.8年 (not 使用年限提高到15年, which is no quantity here). */
export const MEASURED_SPAN_BEFORE = /受教育年限(?:从|(?:从[0-9.]+年)?(?:提高到|提高至|达到|达|为))?$/;
/** A bound right before N年 makes it a duration on its own: 不少于10年, 不超过5年. */
/** Money counted in these is a total, never what one payer pays or one item costs. */
export const TOTALS_ONLY_UNITS = ['亿元', '万亿元'];
export const DURATION_BOUNDS = ['不足', '超', '不少于', '不低于', '不超过', '不得超过', '不得少于', '不得低于', '至少', '最长为', '最短为', '最长', '最短', '最多', '超过', '满', '达到', '达'];
/** After a unit that may be a deadline (日): 30日内, 15日以内. */
export const DEADLINE_SUFFIXES = ['内', '以内', '之内'];
/** …or before it, a term moved: 可以延长10日, 应当提前30日 (a holiday's 节前10日 is a date). */
export const DEADLINE_CUES = ['延长', '提前'];
/** …or days of work a plan allots to a task: 执法队工作安排40日, 病假、事假安排 400日 (spaces may stand between). */
export const ALLOTMENT_CUES = ['安排'];
/** After a span and its 内, a ban it lasts: 3年内不予受理, 4年内不准申报 (PROHIBITION_WORDS, and these; not 不再, a goal's: 3年内不再新增…). */
export const BANNED_AFTER = ['不予'];
/** A bound that makes a span a condition only before 的 or 者, or a ban (距退休年龄不足5年的人员, 不足15年，不予发放; not 平均寿命不足3年). */
export const CONDITION_ONLY_BOUNDS = ['不足'];
/** After a span, the policy's own validity: "自印发之日起3年内有效" is no quantity (TARGETS.md §1). */
export const VALIDITY_AFTER = ['有效'];
/** …and so does a suffix bound: 2年以上, 5年及以上. */
export const DURATION_SUFFIXES = ['及以上', '以上', '(含)以上', '(含)及以上'];

/** 百分之三十 → 30 %, 千分之五 → 5 ‰. */
export const FRACTION_WORDS: Record<string, string> = { 百分之: '%', 千分之: '‰' };
/** The whole written as a fraction of itself: 百分之百 → 100 %. */
export const WHOLE_FRACTION_WORDS: Record<string, [string, number]> = { 百分之百: ['%', 100], 千分之千: ['‰', 1000] };

/** Rank moves, "前移1位": the word is part of `raw`, the unit is 位. */
export const RANK_SHIFT_WORDS = ['前移', '前进', '上升', '提升', '提高'];
/** Rank within a list, "进入全国前100": 前 then the number, optionally one of these. */
export const RANK_PREFIX = '前';
export const RANK_UNITS = ['名', '位', '强'];
/** …and from the bottom, "退出全省后30位": 后 then the number and a rank unit, always (后3年 is a time). */
export const RANK_FROM_BOTTOM = '后';

/** 每: what follows counts what a rate is per (每万人口, 每百亿元GDP). */
export const PER_WORD = '每';
/** What may scale a unit written in a name's bracket: 万人, 万平方米, 亿元. */
export const UNIT_MULTIPLIERS = '万亿千百';
/** A Chinese numeral ending in these counts in a digits-only unit: 三千亿度, 五千万度 (never once or twice). */
export const LARGE_MULTIPLIERS = '万亿';
/** After a bare 百 or 千 (no digit before it), only a money unit makes an amount: 超百亿元, 过千万元. */
export const BARE_MULTIPLIERS = '百千';
export const BARE_MULTIPLIER_UNITS = ['万亿元', '亿元', '万元', '元'];
/** …and 万亿元 with no digit before it is a trillion yuan: "累计突破万亿元" (a bare 万 is otherwise an idiom, 万众创新). */
export const BARE_TRILLION = '万亿元';
/** "突破百项关键技术", "打造百家领军企业": a bare 百/千 counts when a verb of making sets it and a measure word follows. */
export const BARE_COUNT_UNITS = ['项', '家', '个', '所', '名', '条', '件'];
export const BARE_COUNT_VERBS = ['完成', '突破', '形成', '打造', '开拓', '制定', '培育', '建设', '建成', '引进', '认定', '新增', '推出', '推广', '遴选', '支持', '带动', '吸引', '培训', '服务', '帮扶', '推动'];
/** After a bound, a bare 百/千/万 is an amount whatever its unit: 超百万平米, 达百个. */
export const BARE_BOUNDS = ['超', '达', '逾', '突破', '近'];
/** A numeral opening with these is a word: 零部件, 零排放. */
export const ZERO_DIGITS = '零〇';

/** "50m±5m": a value and its tolerance, one quantity, a specification (a rule). */
export const TOLERANCE = '±';
