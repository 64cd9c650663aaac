// The Text token's run (grammar/text-run.ts) and the lexer's first-character dispatch it relies on.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARTICLE_NUMBER, articlesWithSpace, cannotStartRun, headingPhrase, runInArticleAt, runInItemAt, runStartCodes, textRunEnd } from '../../grammar/text-run.js';
import { planLexer } from '../../grammar/lexer.js';
import { Text } from '../../grammar/tokens.js';

describe('textRunEnd', () => {
  it('runs over ordinary text up to a space, line break or bracket', () => {
    expect(textRunEnd('加快建设 步伐', 0)).toBe(4);
    expect(textRunEnd('加快建设\n步伐', 0)).toBe(4);
    expect(textRunEnd('加快建设(试点)', 0)).toBe(4);
  });

  it('starts no run where another token may start', () => {
    for (const t of ['1.加快', '(一)', '第一条', '、加强', '牵头单位:', '①', ' ', '。']) expect(textRunEnd(t, 0)).toBe(0);
  });

  it('ends on a sentence end only where a marker may follow it', () => {
    expect(textRunEnd('完成任务。加强管理。', 0)).toBe(10);
    expect(textRunEnd('完成任务。2.加强管理', 0)).toBe(5);
  });

  it('keeps "，二是" splittable', () => {
    expect(textRunEnd('一是加强,二是完善', 2)).toBe(4); // the run "加强" stops before the comma
  });
});

describe('runInItemAt and headingPhrase', () => {
  it('cuts a heading run into its first item before the 1.', () => {
    const t = '推动能源结构绿色转型1.加快水风光';
    expect(runInItemAt(t, 0, t.length)).toBe(10);
  });

  it('leaves punctuated text and references whole', () => {
    const punctuated = '推动转型,完成1.加快';
    expect(runInItemAt(punctuated, 0, punctuated.length)).toBe(punctuated.length);
    expect(headingPhrase('依照本办法第四条', 0, 8)).toBe(false);
    expect(headingPhrase('做强茶产业', 0, 5)).toBe(true);
  });
});

describe('runStartCodes, the fast path, agrees with cannotStartRun, the definition', () => {
  it('lists only codes that can start a run, every one below 256 among them', () => {
    const codes = runStartCodes();
    expect(codes.every((c) => !cannotStartRun[c])).toBe(true);
    for (let c = 0; c < 256; c++) expect(codes.includes(c)).toBe(!cannotStartRun[c]);
  });

  // The lexer tries at each position only the tokens hinted for its character's dispatch slot; runStartCodes
  // hints one code per slot, by Chevrotain's block size. Were the blocks to change, some character would not
  // reach Text and would lex as the fallback Char: this reads every code that can start a run.
  it('lets the lexer start a Text run at every character that can start one', () => {
    const starts: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (!cannotStartRun[c]) starts.push(String.fromCharCode(c));
    const { tokens, errors } = planLexer.tokenize(starts.join('\n'));
    expect(errors).toEqual([]);
    const notText = tokens.filter((t) => t.tokenType !== Text && t.image !== '\n').map((t) => t.image.charCodeAt(0).toString(16));
    expect(notText).toEqual([]);
    expect(tokens.filter((t) => t.tokenType === Text)).toHaveLength(starts.length);
  });
});

describe('runInArticleAt', () => {
  it('ends a run before an article a chapter heading runs into, and nowhere else', () => {
    const text = '评定。第二章 运动员(队)的奖励第五条 对获得单项项目前8名的运动员';
    const run = text.indexOf('的奖励');
    expect(runInArticleAt(text, run, text.length)).toBe(text.indexOf('第五条'));
    // a reference to an article inside a sentence, or an article without a chapter before it, ends nothing
    for (const t of ['依照本办法第五条 规定执行', '按照第二章有关规定第五条 执行。']) expect(runInArticleAt(t, 1, t.length)).toBe(t.length);
  });

  it('ends one before an article a chapter heading runs into without a space, in a copy flattened of them all', () => {
    const text = '制定本办法。第二章政府投资决策第九条市、县人民政府应当';
    expect(runInArticleAt(text, text.indexOf('政府投资'), text.length)).toBe(text.indexOf('第九条'));
  });
});

describe('headingPhrase and the runs a flattened copy joins', () => {
  it('takes a heading of two phrases apart with one comma, not a sentence', () => {
    const ok = '加快完善金融体系,做大做强金融产业';
    expect(headingPhrase(ok, 0, ok.length)).toBe(true);
    for (const t of ['加快发展,做大产业,提升能级', '加快发展。做大产业', ',做大产业']) expect(headingPhrase(t, 0, t.length)).toBe(false);
  });

  it('ends a run before a numeral and 、 that follow other text, so that 二、 may begin there', () => {
    expect(textRunEnd('区财政金融局二、实施', 0)).toBe(6);
    expect(textRunEnd('区经济发展局2.全面落实', 0)).toBe(6);
    expect(textRunEnd('增长2.5%以上', 0)).toBe(8); // a decimal is no item number
    expect(textRunEnd('一二、三', 0)).toBe(0); // a run never starts at a numeral
  });
});

describe('articlesWithSpace', () => {
  it('finds the articles a global search of the pattern finds', () => {
    const global = new RegExp(`${ARTICLE_NUMBER} `, 'g');
    const pieces = ['第', '条', ' ', '一', '十', '百', '1', '23', '4567', '款', '第一条 ', '第第', '。', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join('')), (s) => {
        expect(articlesWithSpace(s)).toEqual([...s.matchAll(global)].map((m) => m.index));
      }),
      { numRuns: 3000 },
    );
  });
});
