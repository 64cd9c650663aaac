// Names an amount takes from around its clause (src/quantities/names-around.ts).
import { describe, expect, it } from 'vitest';
import { itemBeforeBracket, labelBefore, sameDeedAgain, topicBefore } from '../../src/quantities/names-around.js';
import { stripEnds } from '../../src/quantities/indicator.js';
import { byRaw } from './targets.js';

/** sameDeedAgain for a clause after the text's last comma. */
const again = (prev: string, ind: string, text: string) => sameDeedAgain(prev, ind, text, text.lastIndexOf(',') + 1);
const show = (text: string) => (a: number, b: number) => text.slice(a, b);

describe('names around a clause', () => {
  it('names a bare deed after its adverb by what the previous amount named, where the deed was done before', () => {
    expect(again('小火电机组', '要关停', '关停5000万千瓦小火电机组,要关停')).toBe('关停小火电机组');
    expect(again('关停小火电机组', '要关停', '关停小火电机组5000万千瓦,要关停')).toBe('关停小火电机组');
    // no deed done before, no adverb (a noun the previous indicator holds), or a word opening with an adverb's character
    expect(again('城镇新增就业', '要培训', '城镇新增就业10万人,要培训')).toBeNull();
    expect(byRaw('开展职业技能培训10万人次，城镇新增就业5万人，还要培训3万人。').get('3万人')!.indicator).not.toContain('就业');
    // past a bare clause between (其中，)
    expect(byRaw('关停小火电机组5000万千瓦，其中，今年要关停1000万千瓦。').get('1000万千瓦')!.indicator).toBe('关停小火电机组');
    expect(again('综合得分', '得分', '综合得分90分,得分')).toBeNull();
    expect(again('城镇新增就业', '再就业', '城镇新增就业10万人,再就业')).toBeNull();
    expect(again('回收废旧家电', '再生资源', '回收废旧家电500万台,再生资源')).toBeNull();
    expect(byRaw('“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦。').get('1000万千瓦')!.indicator).toBe('关停小火电机组');
    expect(byRaw('新开工项目50个，拟建项目30个。').get('30个')!.indicator).toBe('拟建项目');
  });

  it('takes the item right before a bracket, back to the item before it', () => {
    const text = '嘉定老城特定区(3.92平方公里)、幸福片区(3.66平方公里)';
    const open = text.indexOf('(', 10);
    expect(itemBeforeBracket(text, open, 0, show(text), stripEnds)).toBe('幸福片区');
  });
  it('takes a short clause before the comma as the topic, not a clause of time or one holding a number', () => {
    const text = '机动车道井盖井框处置,完成400个';
    expect(topicBefore(text, text.indexOf('完成'), show(text), stripEnds)).toBe('机动车道井盖井框处置');
    const time = '截至目前,完成85%';
    expect(topicBefore(time, time.indexOf('完成'), show(time), stripEnds)).toBe('');
    const number = '新建道路3条,完成400个';
    expect(topicBefore(number, number.indexOf('完成'), show(number), stripEnds)).toBe('');
  });
  it('takes the label before a colon', () => {
    const text = '人均预期寿命:80岁';
    expect(labelBefore(text, text.indexOf('80'), show(text), stripEnds)).toBe('人均预期寿命');
    // through the library
    expect(byRaw('机动车道井盖井框处置，完成400个。').get('400个')!.indicator).toBe('机动车道井盖井框处置');
  });
});
