// Rules that read a clause's wording (src/quantities/clause-wording.ts), through the roles they decide.
import { describe, expect, it } from 'vitest';
import { AMOUNT_VERB_BEFORE } from '../../src/quantities/clause-wording.js';
import { only, targets } from './targets.js';

describe('clause wording', () => {
  it.each([
    // what each may do is a rule; a word opening with 可 is no permission
    ['每队可报领队1名。', 'parameter'],
    ['每个社区可回收物回收网点不少于2个。', 'target'],
    // how money is divided is a rule; a ratio with 占 is a level to reach
    ['鼓励采购单位将合同预付款比例提高至合同金额的30%以上。', 'parameter'],
    ['全年民间投资占固定资产投资总额的60%以上。', 'target'],
    // a rate per so many applied is a standard; a pace by the year is not
    ['新建小区按照每千人口不少于10个托位规划建设。', 'parameter'],
    // what meeting a bound allows makes it a threshold; a deadline keeps it a goal
    ['商品房项目投资达到25%以上，即可办理预售许可。', 'parameter'],
    ['到2025年，覆盖率达到90%以上，即可基本满足需求。', 'target'],
    ['新建充电桩1000个以上，即可基本满足全市新能源汽车充电需求。', 'target'],
    // a quoted rule carried out; a quotation without 执行 is no rule
    ['严格执行“个人通过商业银行和公积金贷款购买首套住房最低首付款比例不低于20%”的政策。', 'parameter'],
    ['提出“全年全市城镇新增就业人数在上年的基础上再增加1万人以上”的目标。', 'target'],
    // 按 before a level the plan sets itself is no rate
    ['赤字率拟按3%安排。', 'target'],
    ['按3%给予补贴。', 'parameter'],
    // a number glued to the rule it sets: a policy's rate, a tax bracket
    ['降低工商业电价5%政策延长到今年年底。', 'parameter'],
    ['对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税。', 'parameter'],
    // a count before 政策 counts policies
    ['年内出台10项政策。', 'target'],
    ['按照每年新增专精特新企业10家以上的节奏推进。', 'target'],
    // how often a routine recurs is a rule; a yearly floor the plan holds itself to is a goal
    ['每季度向市政府报告1次。', 'parameter'],
    ['每年召开联席会议不少于2次。', 'target'],
    // a sentence that only defines a measure holds rules; a goal sentence ending in the same word does not
    ['城市二级及以上医院4公里服务半径覆盖的建设用地占建成区总建设用地面积的比例。', 'parameter'],
    ['新增造林5万亩，持续扩大森林面积。', 'target'],
    // days of work a plan allots to a task are how much it will do; a time limit's days stay a rule
    ['非执法工作日:参加党群活动安排685日。', 'target'],
    ['非执法工作日:病假、事假安排 400日。', 'target'],
    ['3.行政处罚(400个工作日)对违法行为进行处罚。', 'target'],
    ['办结时限(3个工作日)。', 'parameter'],
    // a procedure's limit or an entitlement in a bracket stays a rule, as does one in prose after a clause
    ['公示(5个工作日)无异议后，予以公布。', 'parameter'],
    ['受理部门审查(20个工作日)，作出决定。', 'parameter'],
    ['新任职干部参加岗前培训(7天)。', 'parameter'],
    ['自受理之日起15个工作日内办结。', 'parameter'],
    // minutes that name the circle a plan builds; a time limit in minutes stays a rule
    ['着力打造城区步行15分钟的人社服务圈。', 'target'],
    ['审批时限压缩在15分钟，服务圈内办结。', 'parameter'],
    // the growth of a fund a grant word names measures the budget; a grant's rate stays a rule
    ['其中县级基本财力保障机制奖补资金等增幅均超过10%。', 'target'],
    ['按10%给予奖补资金支持。', 'parameter'],
    ['奖补比例增长10%。', 'parameter'],
    // a standard raised to its level, and a price a policy sets, are rules
    ['今年全国人均基本公共卫生服务经费标准提高到25元。', 'parameter'],
    // (not a later sum in its sentence, nor a standard raised under an aim)
    ['城乡居民医保财政补助标准调整为每年，全年筹集医保基金达到30亿元。', 'target'],
    ['力争2024年底前将全市最低工资标准提高到2200元。', 'target'],
    ['到2025年，农村居民人均收入提高到2万元。', 'target'],
    // where a tax starts is a rule, as a fee's level is
    ['小规模纳税人增值税起征点提高到月销售额15万元。', 'parameter'],
    // so is a tax's rate, named before the amount or right after it
    ['保持6%一档的税率不变。', 'parameter'],
    ['将增值税税率降至13%。', 'parameter'],
    ['逐步将平均担保费率降至1%以下。', 'target'],
    // …but not the measure of those who pay
    ['城乡居民基本养老保险参保缴费比例保持在95%以上。', 'target'],
    ['推动企业平均税率下降到12%。', 'target'],
    ['个人所得税起征点以下的纳税人占比达到70%。', 'target'],
    // a time limit with a circle later in its clause stays a rule
    ['消防救援站接警后应在5分钟内到达辖区内的商圈。', 'parameter'],
    // years of schooling are a measure, not a term
    ['劳动年龄人口平均受教育年限提高到11.3年。', 'target'],
    // all of them yield to what governs the clause
    ['到2025年，按照每千人口不少于8个托位建设照护服务设施。', 'target'],
  ])('%s → %s', (text, role) => {
    expect(only(text).role).toBe(role);
  });

  it('reads a price a policy sets as a rule', () => {
    expect(targets('今年小麦最低收购价每50公斤提高5到7元。').map((t) => [t.raw, t.role])).toEqual([['50公斤', 'parameter'], ['5到7元', 'parameter']]);
  });

  it('finds a verb of yielding right before an amount', () => {
    expect(AMOUNT_VERB_BEFORE('为中小微企业提供1亿元', 8)).toBe(true);
    expect(AMOUNT_VERB_BEFORE('营收超1亿元', 3)).toBe(false);
  });
});
