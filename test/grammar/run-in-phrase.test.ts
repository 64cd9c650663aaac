// The heading phrase or year lead-in the lexer's tokens end with (grammar/run-in-phrase.ts).
import { describe, expect, it } from 'vitest';
import { planLexer } from '../../grammar/lexer.js';
import { markerAbove, phraseReaders } from '../../grammar/run-in-phrase.js';
import { Char, CnNumeral, Digits, LineBreak, SentenceEnd, Text } from '../../grammar/tokens.js';
import { STYLE_RANK } from '../../src/data/marker-styles.js';

const { phraseStart, runInHeading, afterYearLeadIn } = phraseReaders(new Set([Text, Char, Digits, CnNumeral]), new Set([LineBreak, SentenceEnd]));
const tokens = (text: string) => planLexer.tokenize(text).tokens;

describe('phraseReaders', () => {
  it('finds the phrase after a heading\'s marker, and whether an item of a rank below may follow it', () => {
    const t = tokens('(二)坚持精准防控,落实科学施策');
    expect(phraseStart(t)).toBe(1);
    expect(markerAbove(t[0], STYLE_RANK['cn-shi'])).toBe(true);
    // two phrases need commas allowed; a sentence is no heading
    expect(runInHeading(t, STYLE_RANK['cn-shi'], 2)).toBe(true);
    expect(runInHeading(tokens('(二)坚持精准防控。落实科学施策'), STYLE_RANK['cn-shi'], 2)).toBe(false);
    // no marker above it: a phrase at a line start heads nothing
    expect(runInHeading(tokens('坚持精准防控'), STYLE_RANK['cn-shi'], 2)).toBe(false);
  });

  it('reads a year and its comma alone at a line or sentence start as a lead-in', () => {
    expect(afterYearLeadIn(tokens('2019年,'))).toBe(true);
    expect(afterYearLeadIn(tokens('完成任务。2019年底,'))).toBe(true);
    expect(afterYearLeadIn(tokens('我们在2019年,'))).toBe(false);
  });
});
