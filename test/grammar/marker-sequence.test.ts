// Where a marker stands in the numbering lexed so far (grammar/marker-sequence.ts).
import { describe, expect, it } from 'vitest';
import { planLexer } from '../../grammar/lexer.js';
import { afterLastGb2312Circled, lastOrdinal, nextAfterUnitList } from '../../grammar/marker-sequence.js';

const tokensOf = (text: string) => planLexer.tokenize(text).tokens;

describe('the numbering so far', () => {
  it('reads the last ordinal of a style, and none where no marker of it stands', () => {
    const tokens = tokensOf('一、总体要求\n(一)指导思想\n(二)基本原则\n');
    expect([lastOrdinal(tokens, 'paren-cn'), lastOrdinal(tokens, 'cn-comma'), lastOrdinal(tokens, 'arabic-dot')]).toEqual([2, 1, null]);
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
});
