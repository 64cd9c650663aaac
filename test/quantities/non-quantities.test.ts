// The cue of machine text (src/quantities/non-quantities.ts): found by its first characters as the regex finds it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MACHINE_TEXT_CUE } from '../../src/data/non-quantities.js';
import { MACHINE_TEXT_CUE_FIRSTS, hasMachineCue, isDefinedTerm, machineSpans } from '../../src/quantities/non-quantities.js';
import { targets } from './targets.js';

describe('hasMachineCue', () => {
  it('each alternative of the cue opens with a literal character, the one it is looked for by', () => {
    const alternatives = MACHINE_TEXT_CUE.split('|');
    expect(MACHINE_TEXT_CUE_FIRSTS).toHaveLength(alternatives.length);
    for (const [k, a] of alternatives.entries()) {
      expect(MACHINE_TEXT_CUE_FIRSTS[k]).toHaveLength(1);
      expect(/^(?:\\[^\w\s]|[^\\[(.^$|?*+{])/.test(a)).toBe(true);
    }
  });

  it('agrees with the regex of MACHINE_TEXT_CUE', () => {
    const re = new RegExp(MACHINE_TEXT_CUE);
    const parts = [':', '//', '://', '@', '.', '.x', '.Z', '.1', 'www', 'a', '年', '。', 'http', '3.5', ':/'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((a) => a.join('')), (t) => {
      expect(hasMachineCue(t)).toBe(re.test(t));
    }), { numRuns: 1000 });
  });

  it('finds the spans of a URL and an e-mail address', () => {
    const text = '详见https://www.gov.cn/a.html。邮箱abc@gov.cn。';
    expect(machineSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['https://www.gov.cn/a.html', 'abc@gov.cn']);
  });
});

describe('isDefinedTerm', () => {
  const at = (text: string, count: string) => isDefinedTerm(text, text.indexOf(count), text.indexOf(count) + count.length);
  it('reads a Chinese-numeral count whose term a glossary note defines, or that labels its line, as a name', () => {
    expect(at('围绕全县四个发展定位[22]，全面落实', '四个')).toBe(true);
    expect(at('两个站位：一是强势开局', '两个')).toBe(true);
    expect(at('说明如下。\n[16] 四个歼灭战：即，路界内垃圾歼灭战', '四个')).toBe(true);
    expect(at('【7】三个注重：注重研究规律', '三个')).toBe(true);
    expect(at('坚持“两个毫不动摇”，围绕三个重点：一是新增企业', '三个')).toBe(true);
    // the text of a node that ends at the label's colon, its 一是 items nodes of their own
    expect(at('我县明确两个站位：', '两个')).toBe(true);
  });
  it('keeps a count in a sentence, even before a colon', () => {
    expect(at('建成三个中心：A中心、B中心', '三个')).toBe(false);
    expect(at('新建学校四个，改造两所', '四个')).toBe(false);
    // a note mark after the count itself marks the noun before it, work to do
    expect(at('全年改造提升农贸市场五个[3]，新建便民服务中心', '五个')).toBe(false);
    expect(at('三个示范村：张庄村、李庄村、王庄村，年底前全部建成', '三个')).toBe(false);
  });

  it('counts things the words of a formula only begin: 三个现代化农业园区, 两个文明城市, 五个文明建设示范村', () => {
    expect(targets('新建三个现代化农业园区，打造两个文明城市，创建五个文明建设示范村。').map((t) => t.raw)).toEqual(['三个', '两个', '五个']);
    // levels counted are no tier, nor a level reached before a 、 that lists no tier; a room for two counts no people
    expect(targets('职称评定提升2个级别。').map((t) => t.raw)).toEqual(['2个']);
    expect(targets('到2025年，港口吞吐量达到5000万吨级、集装箱吞吐量达到100万标箱。').map((t) => t.raw)).toEqual(['5000万吨', '100万标箱']);
    expect(targets('到2025年，养老机构护理型床位中2人间占比不低于50%。').map((t) => t.raw)).toEqual(['50%']);
    // works and trees still counted, and a level reached that ends its clause
    expect(targets('出版3部专著，植树1000棵，新植十万棵松树。').map((t) => t.raw)).toEqual(['3部', '1000棵', '十万棵']);
    expect(targets('到2025年，港口吞吐量达到5000万吨级，铺筑50公里级配碎石路面。').map((t) => t.raw)).toEqual(['5000万吨', '50公里']);
  });
});

describe('voltage grades', () => {
  it('reads a voltage right before a facility as its grade, not an amount', () => {
    expect(targets('配套110KV供电线路两条，新建35kV线路10公里。').map((t) => t.raw)).toEqual(['两条', '10公里']);
    expect(targets('最高电压达到500kV。').map((t) => t.raw)).toEqual(['500kV']);
  });
});

describe('days that are no quantity', () => {
  it.each([
    ['市应急局安排5日上午召开动员会，安排15日开展联合检查。'],
    ['会议定于下周一（15日）召开。'],
    ['各单位于本月底（30日）前报送总结材料。'],
    ['企业应当在收到整改通知后（15日）内完成整改。'],
  ])('%s', (text) => expect(targets(text)).toEqual([]));

  it('reads a unit\'s days right after its units label, where the note ran on into the text', () => {
    expect(targets('责任单位：基础处（30日）以上企业根据年度工作安排适时确定检查时间。').map((t) => [t.raw, t.indicator])).toEqual([['30日', '基础处']]);
  });

  it('reads days a plan allots that close their clause', () => {
    expect(targets('非执法工作日：参加党群活动安排685日；值班安排 410日。').map((t) => t.raw)).toEqual(['685日', '410日']);
  });
});
