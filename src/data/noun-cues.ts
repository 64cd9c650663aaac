// Words of the noun after a count (src/quantities/noun-after.ts): what ends it, what joins whole items, the
// verbs of a service and of what the counted do, and the frames a listed modifier may stand in.

/** A conjunction right after a quantity starts another condition, not its noun: "超过500万元且研发费用占比…". */
export const CLAUSE_CONJUNCTIONS = ['并且', '或者', '且', '或'];

/**
 * A verb right after a quantity starts what the counted do, so the noun came first: "选派科技特派员120名深入生产一线",
 * "安排资金3000万元用于…". Only verbs that are never the head of a noun after a number.
 */
export const VERBS_AFTER_COUNT = ['深入', '开展', '参加', '参与', '用于', '从事', '带动', '吸纳', '进驻', '入驻', '下沉', '赴', '前往', '驻村', '安排'];
/** What a noun after a number's 的 can do ends its name: "6.5%左右的增速可以实现比较充分的就业" names 增速. */
export const ABILITY_VERBS = ['可以', '能够', '足以', '才能', '就能'];
/** …not where the word before ends in its first character: 人才能够, 英才; 成就能, 造就能. */
export const ABILITY_NOT_AFTER: Record<string, string> = { 才能: '人英天奇口', 就能: '成造' };

/**
 * Joins whole items: a phrase holding one lists things, not one noun with its modifier ("…人才以及综治…等专门人才");
 * right after a count it starts the next item ("企业10家以及项目20个"), and it is no part of a name.
 */
export const ITEM_JOINERS = ['以及'];

/**
 * "为超61万名孕妇免费提供…的产前筛查": 为 before a count of those served, and the verbs of the service after
 * them. What is counted is both: those served and the kind of service (孕妇产前筛查).
 */
export const SERVED_MARK = '为';
export const SERVICE_VERBS = ['免费提供', '提供', '免费开展'];

/**
 * Inside the noun after a count, a verb that starts what the counted do: "40家学生集体用餐配送单位实现全流程检查…全覆盖",
 * "推动40所乡镇中心幼儿园构建…机制". The count names the subject when what it does is the longer part.
 */
export const PREDICATES_OF_COUNTED = ['实现', '构建', '建立', '完成', '落实', '率先'];

/** A modifier opening with these frames a list as its object ("集研发、生产于一体的", "具有博士学位、高级职称的"). */
export const MODIFIER_FRAMES = ['集', '具有', '具备', '拥有', '涵盖', '包括', '包含'];

/**
 * Money allocated, where the words before the amount only say who allocates it ("今年中央财政拿出396亿元用于农村税费改革
 * 转移支付", "今年拟安排430亿元，用于补助…建设"): the verb, the words of when and how around it, and the words that open
 * the purpose after the amount, which names what the money is for.
 */
export const ALLOCATION_VERBS = ['安排', '投入', '拿出', '下达', '筹集', '预留'];
export const ALLOCATION_FILLERS = ['今年', '明年', '今后五年', '为此', '拟', '将', '要', '再', '还', '先', '共'];
/** Who allocates ends so (中央财政, 地方各级财政, 国家): other words before the verb name something else (对年度研发投入). */
export const ALLOCATOR_ENDINGS = ['财政', '政府', '国家', '中央'];
export const PURPOSE_OPENERS = ['主要用于', '专项用于', '重点用于', '专门用于', '用于', '用来', '支持', '实施'];

/**
 * Deeds done to a subject that a list names once: "保障性安居工程基本建成470万套、新开工700万套" — the second amount's
 * deed alone takes the subject of the first, without its deed.
 */
export const SUBJECT_DEEDS = ['基本建成', '新开工', '开工建设', '建成', '开工', '竣工', '新建', '改造', '完成'];
/** What a change is counted from, among its words only: "比上年预计数增长17.6%", "比去年预算增加250亿元" (中央预算 stays a subject). */
export const CHANGE_BASES = ['预计数', '预算数', '预算'];

/**
 * Adverbs a subject ends in before its verb ("三年内参保率均提高到90%", "中央财政将安排…"): never part of its name,
 * except where a word ends in one (人均, 首都, 主要).
 */
export const TRAILING_ADVERBS = ['均', '都', '全都', '也都', '大都', '将', '还将', '也将', '即将', '必将', '要', '也要', '还要'];
export const NOT_ADVERB_ENDINGS = [
  '主要', '重要', '需要', '首要', '必要', '简要', '纲要', '摘要', '少将', '中将', '上将', '大将',
  // a city's name (成都, 首都…), and 均 after what an average is per (人均, 村均, 次均…)
  ...[...'首成花京古国新江丰故宜'].map((c) => `${c}都`), ...[...'人平年户亩日月周季生床村县镇乡区市省校场企店家厂车台件单次组队井船地笔院头师'].map((c) => `${c}均`),
];
/** Adverbs a bare deed opens with ("今年要关停1000万千瓦", "再解决3200万人"): the deed is what they leave. */
export const DEED_ADVERBS = ['还要', '也要', '还将', '也将', '要', '再', '即', '拟', '将', '还', '也', '又'];
/** Words that open with one of DEED_ADVERBS and are no adverb and a deed: 再生资源, 再就业, 拟建项目, 还本付息, 要素投入. */
export const NOT_DEED_WORDS = ['再生', '再就业', '再制造', '再利用', '再教育', '再融资', '再贷款', '再担保', '再保险', '拟建', '还本', '还款', '还贷', '要素', '要件', '即时', '将来', '也门', '又称'];
/** A list closed by 等 and one of these is the scope of what follows ("工业、农业…等领域设备投资规模"), no part of its name. */
export const ETC_SCOPE_NOUNS = ['重点领域', '领域', '重点行业', '行业', '方面']; // (not 地区: 地区生产总值)
