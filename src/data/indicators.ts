// Words for matching the indicators of two documents: the same indicator is
// phrased with or without a leading verb (认定, 新增, 培育) or a counting word
// (数量, 总数), and some have one canonical name among many phrasings.

/** Verbs and qualifiers before the indicator's noun that do not change what is counted. */
export const INDICATOR_LEAD_WORDS: readonly string[] = [
  '新认定', '认定', '新增', '累计', '新培育', '培育', '引进', '新引进', '建成', '新建', '打造', '实现', '达到', '全市', '全区', '全县', '全省', '全国', '年度',
];

/** Counting words after the noun. */
export const INDICATOR_TAIL_WORDS: readonly string[] = ['数量', '总数', '家数', '个数', '人数', '总量', '规模', '数'];

/** Canonical indicator → phrasings that mean it (compared after the words above are stripped). */
export const CANONICAL_INDICATORS: Record<string, readonly string[]> = {
  研发经费投入强度: ['研发投入强度', 'R&D经费投入强度', '全社会研发经费投入强度', '研究与试验发展经费投入强度', '全社会研发投入占地区生产总值比重', '研发经费支出占地区生产总值比重', '全社会研发经费支出占GDP比重', 'R&D经费支出占GDP比重'],
  高新技术企业: ['高企', '国家高新技术企业'],
  科技型中小企业: ['入库科技型中小企业', '科技型中小企业评价入库'],
  地区生产总值增长: ['GDP增长', '地区生产总值增速', '经济增长'],
  城镇新增就业: ['城镇新增就业人数', '新增城镇就业'],
  城镇调查失业率: ['城镇登记失业率', '城镇调查失业率控制'],
  居民消费价格涨幅: ['居民消费价格指数涨幅', 'CPI涨幅', '居民消费价格'],
  技术合同成交额: ['技术合同交易额', '技术交易额', '技术合同登记额'],
};
