// Brackets closed by another kind, or left open on their line (src/pipeline/brackets.ts).
import { describe, expect, it } from 'vitest';
import { checkBrackets } from '../../src/pipeline/brackets.js';
import { lineIndex } from '../../src/pipeline/positions.js';

const check = (text: string, skip = (_: number) => false, continues?: (line: number) => boolean) =>
  checkBrackets(text, lineIndex(text), skip, continues).map((d) => `${d.position.start.line}:${d.position.start.column} ${d.code}`);

describe('checkBrackets', () => {
  it('reports a bracket closed by another kind', () => {
    expect(check('(赣发2022〕23号)')).toEqual(['1:8 unbalanced-bracket']);
  });

  it('reports a bracket left open on its line, once per line', () => {
    expect(check('加快(建设(\n推动)')).toEqual(['1:6 unbalanced-bracket', '2:3 unbalanced-bracket']);
  });

  it('says nothing of one bracket the line break split, closed first thing on the next line', () => {
    expect(check('加快建设(牵头单位:市发改\n委)全年新增企业100家。')).toEqual([]);
    // not across a blank line, nor when the next line opens another bracket first
    expect(check('加快建设(X\n\n委)')).toEqual(['1:5 unbalanced-bracket', '3:2 unbalanced-bracket']);
    expect(check('加快建设(X\n新增(10家)')).toEqual(['1:5 unbalanced-bracket']);
  });

  it('says nothing of balanced brackets or skipped lines', () => {
    expect(check('《方案》(2024-2026年)【牵头单位:甲】〔乙〕')).toEqual([]);
    expect(check('首页>(>\n正文', (offset) => offset === 0)).toEqual([]);
  });

  it('reads a line that continues the one before together with it', () => {
    expect(check('加快(建设\n推动)', undefined, (line) => line === 2)).toEqual([]);
  });

  it('reads the brackets where the caller says they stand as where it finds them', () => {
    const text = '加快(建设\n(赣发2022〕23号)\n《方案》【牵头单位:甲】推动)';
    const index = lineIndex(text);
    const at: number[] = [];
    for (let i = 0; i < text.length; i++) if ('()[]【】〔〕《》'.includes(text[i]!)) at.push(i);
    expect(checkBrackets(text, index, () => false, undefined, at)).toEqual(checkBrackets(text, index, () => false));
    expect(check(text)).toEqual(['1:3 unbalanced-bracket', '2:8 unbalanced-bracket', '3:15 unbalanced-bracket']);
  });
});
