// Where one quantity stands in its node's text: the clause and sentence around it, the words its
// comparator spans and the phrases before and after it. The role and indicator rules read this one
// object (with the facts of their own, see RoleInput and IndicatorInput) instead of argument lists;
// the extraction makes one per node and moves it from quantity to quantity.
import type { Comparator } from '../tree/schema.js';
import type { Quantity, YearMention } from './quantity.js';
import type { WordReader } from './words.js';

export type Clause = {
  /** The node's own text, as the rules read it (text-view.ts). */
  text: string;
  /** roleWords(text): the word lists of the sentence asked last, shared by the quantities of the text. */
  words: WordReader;
  /** The deadline years of the text (deadlines): one inside a phrase ends what comes before it. */
  years: YearMention[];
  /** Source text of view positions [a, b). */
  show: (a: number, b: number) => string;

  q: Quantity;
  clauseStart: number;
  clauseEnd: number;
  /** The sentence around the quantity (a grant named anywhere in it makes its amounts rules). */
  sentenceStart: number;
  sentenceEnd: number;
  /** The comparator (compare), and where its words start before the number and end after it. */
  comparator: Comparator;
  prefixStart: number;
  suffixEnd: number;
  /** 了 right before the number: a completed change, a fact. */
  perfective: boolean;
  /** Where the phrase before the number may begin: the clause start or the previous quantity's end. */
  from: number;
  /** Where the phrase after the number must end: the clause end or the next quantity. */
  to: number;
  /** phraseBefore(text, from, prefixStart, years), when it is read already; phraseAfter(this). */
  before: PhraseBefore | undefined;
  after: PhraseAfter;
  /** A count that sums up the list right before it (isAppositive). */
  appositive: boolean;
  /** A noun phrase stands before the number in its clause ("占比30%以上的企业" vs "推动50%的企业"). */
  nounBefore: boolean;
};

/** The phrase after the number: [a, b), and for a service, [a, b, c, d] — those served, then the service (noun-after.ts). */
export type PhraseAfter = [number, number] | [number, number, number, number];

/** The phrase before a quantity: its whole span, and the span left once lead words are stripped. */
export type PhraseBefore = { span: [number, number]; stripped: [number, number] };
