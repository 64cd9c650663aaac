// The heading phrase a flattened copy ran its first item into ("二、发展壮大乡村特色产业(一)做强茶产业",
// "(二)坚持精准防控,落实科学施策一是坚持…"), or a year's lead-in before its items ("2019年,一是…"): read from
// the tokens the lexer has made, which end with the phrase.
import type { IToken, TokenType } from 'chevrotain';
import { YEAR_LEAD_IN } from '../src/data/marker-styles.js';
import type { MarkerPayload } from './marker-sequence.js';
import { headingPhrase, RUN_IN_HEADING_MAX } from './text-run.js';
import { SENTENCE_ENDS } from './chars.js';

/** `token` is a marker ranked above `rank`: a heading phrase may follow it. */
export const markerAbove = (token: IToken | undefined, rank: number) => {
  const payload = token?.payload as Partial<MarkerPayload> | undefined;
  return payload?.rank !== undefined && payload.rank < rank;
};

/**
 * The readers of the phrase the tokens end with: its tokens are `phraseTokens` (Text runs, numbers such as
 * "2024年工作情况", and the single characters that cannot start a run: "主要任务" lexes as 主 + 要任务), and
 * `breaks` end a line or a sentence before it.
 */
export function phraseReaders(phraseTokens: Set<TokenType>, breaks: Set<TokenType>) {
  /** Where the phrase starts. */
  const phraseStart = (tokens: IToken[]): number => {
    let i = tokens.length;
    while (i > 0 && tokens.length - i < RUN_IN_HEADING_MAX && phraseTokens.has(tokens[i - 1]!.tokenType)) i--;
    return i;
  };
  const phraseFrom = (tokens: IToken[], at: number) => {
    let phrase = '';
    for (let i = at; i < tokens.length; i++) phrase += tokens[i]!.image;
    return phrase;
  };
  /** A marker of `rank` may follow a heading phrase without a break: the phrase right before, after a marker ranked above. */
  const runInHeading = (tokens: IToken[], rank: number, commasMax = 1): boolean => {
    const at = phraseStart(tokens);
    if (at === tokens.length) return false;
    const phrase = phraseFrom(tokens, at);
    if (phrase.length > RUN_IN_HEADING_MAX || !headingPhrase(phrase, 0, phrase.length, commasMax)) return false;
    return markerAbove(tokens[at - 1], rank);
  };
  /** "2019年,一是…": a year and its comma opening a line or sentence lead into the items after them. */
  const afterYearLeadIn = (tokens: IToken[]): boolean => {
    const at = phraseStart(tokens);
    const phrase = phraseFrom(tokens, at);
    // a sentence end inside the phrase's Text runs ("完成任务。2019年,") starts the lead-in after it
    let cut = phrase.length - 1;
    while (cut >= 0 && !SENTENCE_ENDS.includes(phrase[cut]!)) cut--;
    const before = tokens[at - 1];
    return YEAR_LEAD_IN.test(phrase.slice(cut + 1)) && (cut >= 0 || before === undefined || breaks.has(before.tokenType));
  };
  return { phraseStart, runInHeading, afterYearLeadIn };
}
