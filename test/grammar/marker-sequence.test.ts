// Where a marker stands in the numbering lexed so far (grammar/marker-sequence.ts).
import { describe, expect, it } from 'vitest';
import { planLexer } from '../../grammar/lexer.js';
import { afterLastGb2312Circled, lastOrdinal, lastOrdinalWord, nextAfterBracket, nextAfterUnitList, secondOrdinalWordAhead } from '../../grammar/marker-sequence.js';

const tokensOf = (text: string) => planLexer.tokenize(text).tokens;

describe('the numbering so far', () => {
  it('reads the last ordinal of a style, and none where no marker of it stands', () => {
    const tokens = tokensOf('一、总体要求\n(一)指导思想\n(二)基本原则\n');
    expect([lastOrdinal(tokens, 'paren-cn'), lastOrdinal(tokens, 'cn-comma'), lastOrdinal(tokens, 'arabic-dot')]).toEqual([2, 1, null]);
  });

  it('reads the last 第N, item apart from the 一是 items after it, and finds a paragraph opening 第二, ahead', () => {
    expect(lastOrdinalWord(tokensOf('第一,深化改革。\n第二,转变职能。一是理顺关系。二是减少层次。\n'))).toBe(2);
    expect(lastOrdinalWord(tokensOf('一是理顺关系。二是减少层次。'))).toBe(null);
    expect(secondOrdinalWordAhead('第一,深化改革。\n  第二,转变职能。', 0)).toBe(true);
    expect(secondOrdinalWordAhead('第一,深化改革,第二,转变职能。', 0)).toBe(false);
  });

  it('takes a "?" for a lost circled marker only after ⑩ or a lost one', () => {
    expect(afterLastGb2312Circled(tokensOf('⑨建设公园。⑩改造道路。'))).toBe(true);
    expect(afterLastGb2312Circled(tokensOf('①建设公园。②改造道路。'))).toBe(false);
    expect(afterLastGb2312Circled(tokensOf('建设公园。'))).toBe(false);
  });

  it('takes the next item after a units label\'s list, not another number', () => {
    const text = '(一)推动发展。责任单位:区财政金融局(二)';
    const m = /\(二\)/.exec(text)!;
    const tokens = tokensOf(text.slice(0, m.index));
    expect(nextAfterUnitList(tokens, 2, m, 'paren-cn')).toBe(true);
    expect(nextAfterUnitList(tokens, 3, m, 'paren-cn')).toBe(false);
    // a name in the list may hold a bracket of its own
    const bracketed = '12.发挥作用。责任单位:各片区管理局,农业农村局(乡村振兴局),各非遗保护单位13.提升水平';
    const n = /13\./.exec(bracketed)!;
    expect(nextAfterUnitList(tokensOf(bracketed.slice(0, n.index)), 13, n, 'arabic-dot')).toBe(true);
  });

  it('takes an item right after a closing bracket as the first of a list whose second follows, or the next of its numbering', () => {
    const first = '1.重点检查对象(120个工作日)(1)危险化学品经营企业:对2家企业进行检查。责任单位:危化处(60日)(2)烟花爆竹企业';
    const m = /\(1\)/.exec(first)!;
    expect(nextAfterBracket(tokensOf(first.slice(0, m.index)), 1, m, 'paren-arabic', '(2)')).toBe(true);
    // no second item near: a bracket cited in prose
    const alone = '按照《办法》(2021年版)(1)项执行';
    const a = /\(1\)/.exec(alone)!;
    expect(nextAfterBracket(tokensOf(alone.slice(0, a.index)), 1, a, 'paren-arabic', '(2)')).toBe(false);
    const next = '10.办理登记(130个工作日)11.完成任务(335个工作日)';
    const n = /11\./.exec(next)!;
    const tokens = tokensOf(next.slice(0, n.index));
    expect(nextAfterBracket(tokens, 11, n, 'arabic-dot', '2.')).toBe(true);
    expect(nextAfterBracket(tokens, 12, n, 'arabic-dot', '2.')).toBe(false);
    // a list after a bracket closing no heading (a clause before it) is prose's
    const prose = '10.办理登记。责任制单位:法规处30日,安劳支队(100日)11.完成任务';
    const p = /11\./.exec(prose)!;
    expect(nextAfterBracket(tokensOf(prose.slice(0, p.index)), 11, p, 'arabic-dot', '2.')).toBe(false);
    // a link in brackets ends an attachment's name, not a heading
    const link = '附件:1.林木采伐申请(common/preview.action?id=41e8&type=doc)2.采伐作业设计表';
    const l = /2\./.exec(link)!;
    expect(nextAfterBracket(tokensOf(link.slice(0, l.index)), 2, l, 'arabic-dot', '2.')).toBe(false);
  });
});
