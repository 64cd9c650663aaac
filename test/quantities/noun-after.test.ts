// The noun phrase after a count (src/quantities/noun-after.ts), read through the whole library.
import { describe, expect, it } from 'vitest';
import { byRaw, only, targets } from './targets.js';

describe('the noun after a count', () => {
  it('keeps the head of a listed modifier with its nearest item, at least a third of the phrase', () => {
    expect(only('引进200名能够突破关键技术、发展高新技术产业、带动新兴学科的创新创业领军人才。').indicator).toBe('带动新兴学科的创新创业领军人才');
    expect(only('建设10个有条件、有基础、规模适当的城市。').indicator).toBe('规模适当的城市');
    // a list that is a frame's object is cut nowhere
    expect(only('打造10个集研发、生产、销售、展示、体验于一体的产业园区。').indicator).toBe('集研发、生产、销售、展示、体验于一体的产业园区');
    expect(only('完成200项户政、交管、社保、医保、公积金、就医挂号和适老助残等高频服务上线。').indicator).toBe('就医挂号和适老助残等高频服务上线');
    // without a list the modifier stays whole
    expect(only('建设10个规模适当的城市。').indicator).toBe('规模适当的城市');
  });

  it('reads past a bound on the size of what is counted (1所300张床位以上的…) to the noun it qualifies', () => {
    expect(byRaw('市本级举办1所300张床位以上的示范性养老机构。').get('1所')!.indicator).toBe('示范性养老机构');
    expect(byRaw('各区筹建1所100张床位以上、以介护服务为主的公办护理院。').get('1所')!.indicator).toBe('公办护理院');
    // a sentence between the bound and a 的 is no modifier
    expect(byRaw('新建1个500平方米以上。其中的活动室面积最大。').get('1个')!.indicator).not.toBe('活动室面积最大');
  });

  it('keeps a phrase that joins whole items with 以及', () => {
    expect(byRaw('新建24座环保式公共厕所、2座压缩式生活垃圾转运站以及停车场、城市标识等配套设施。').get('2座')!.indicator)
      .toBe('压缩式生活垃圾转运站以及停车场、城市标识等配套设施');
  });

  it('ends a count\'s noun at 以及 joining the next item, whole on both sides', () => {
    expect(targets('培训200名企业经营管理人才以及100名专业技术人才。').map((t) => t.indicator)).toEqual(['企业经营管理人才', '专业技术人才']);
    expect(targets('新增企业10家以及项目20个。').map((t) => t.indicator)).toEqual(['企业', '项目']);
  });

  it('ends a count\'s noun at the last 、 before the next number of its clause, outside brackets', () => {
    expect(targets('每年招商引资入库1000个以上项目、引进资金1000亿元。').map((t) => t.indicator)).toEqual(['招商引资入库项目', '资金']);
    expect(targets('培育10家高新技术企业、科技型中小企业20家。').map((t) => t.indicator)).toEqual(['高新技术企业', '科技型中小企业']);
    // the phrase of the next count starts past the first 、: items before it may share one number (TARGETS.md §7)
    expect(targets('培育国家级高新技术企业50家、独角兽、瞪羚企业20家。').map((t) => t.indicator)).toEqual(['国家级高新技术企业', '独角兽、瞪羚企业']);
    // a list closed by 和 before the next count keeps its 、
    expect(targets('培育100家专精特新、单项冠军企业和50家高新技术企业。').map((t) => t.indicator)).toEqual(['专精特新、单项冠军企业', '高新技术企业']);
    // a list of nouns with no number after it stays whole; a 、 inside brackets divides no items
    expect(only('引进10名高层次人才、紧缺型人才。').indicator).toBe('高层次人才、紧缺型人才');
    expect(targets('建成1个中央公园（一期、二期）、绿地4.78平方公里。').map((t) => t.indicator)).toEqual(['中央公园（一期、二期）', '绿地']);
  });

  it('names the subject of a count when what it does is the longer part, but not of a share', () => {
    expect(only('推动超40所乡镇中心幼儿园构建城乡学前教育一体化管理资源共享机制。').indicator).toBe('乡镇中心幼儿园');
    expect(only('确保40家学生集体用餐配送单位实现全流程检查评价全覆盖。').indicator).toBe('学生集体用餐配送单位');
    expect(only('推动100家规模以上工业企业实现上云。').indicator).toBe('规模以上工业企业实现上云');
    // a subject too short to name anything keeps its verb
    expect(only('推动50家企业完成股份制改造。').indicator).toBe('企业完成股份制改造');
    expect(only('70%居住区实现垃圾分类实效达标。').indicator).toBe('居住区实现垃圾分类实效达标');
    // a level reached defines which are counted
    expect(only('确保至少有1家县级医院达到三级医院服务能力。').indicator).toBe('县级医院达到三级医院服务能力');
  });

  it('names those served and the kind of service after 为', () => {
    expect(only('为超61万名孕妇免费提供地中海贫血、唐氏综合征、严重致死致残结构畸形的产前筛查。').indicator).toBe('孕妇产前筛查');
    expect(only('为8000名孤独症儿童免费提供康复训练、社会融入等针对性服务。').indicator).toBe('孤独症儿童针对性服务');
    expect(only('为2.5万名失能老年人提供上门服务。').indicator).toBe('失能老年人上门服务');
    // a kind that is only 服务 after 等 keeps the list
    expect(only('为2000户困难家庭提供适老化改造和家庭照护床位等服务。').indicator).toBe('困难家庭适老化改造和家庭照护床位等服务');
    // without 为 the verb stays in the phrase
    expect(only('全年8000名孤独症儿童免费提供康复训练服务。').indicator).toBe('孤独症儿童免费提供康复训练服务');
  });

  it('reads past a bracket restating the count, and ends at a bracket that holds the next number', () => {
    const m = byRaw('全市新增2400户（累计约3600户）大中型餐饮单位纳入监管平台。');
    expect(m.get('2400户')!.indicator).toBe('大中型餐饮单位纳入监管平台');
    // the noun came before the count: the bracket is a remark, nothing after it names the count
    expect(byRaw('开工改造城中村12个（其中续建5个）涉及房屋面积100万平方米。').get('12个')!.indicator).toBe('开工改造城中村');
    const b = byRaw('对248座农村危旧桥梁（含渡改桥3座）进行全面改造。');
    expect([b.get('248座')!.indicator, b.get('3座')!.indicator]).toEqual(['农村危旧桥梁', '含渡改桥']);
  });

  it('names nothing after a count a remark in brackets closes', () => {
    expect(only('人均预期寿命:2030年80.0岁(预期性)').indicator).toBe('人均预期寿命');
  });
});
