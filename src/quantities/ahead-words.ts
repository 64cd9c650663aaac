// Words a sentence sets something ahead with (要, 将, 目标, 到2025…), read as words: not inside 主要, 将近, 目标考核.
import { AHEAD_WORDS, NOT_AHEAD_WORDS } from '../data/time-words.js';
import { wordsIn } from './words.js';

/** Some word of AHEAD_WORDS stands in text[a, b), not as part of a word of NOT_AHEAD_WORDS. */
export const setsAhead = wordsIn(AHEAD_WORDS, NOT_AHEAD_WORDS);
