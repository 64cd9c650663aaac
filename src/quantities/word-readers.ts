// The quantities that start with a word rather than a numeral: fractions (百分之五, 三成),
// rank shifts (提升5位) and ranks (前100, 前10名).
import { RANGE_SEPARATORS } from '../data/comparators.js';
import { BASELINE_FROM } from '../data/target-cues.js';
import { FRACTION_WORDS, NOT_RANK_BEFORE, RANK_SHIFT_WORDS, RANK_UNITS, WHOLE_FRACTION_WORDS } from '../data/units.js';
import { numeralValue, readNumeral } from '../numerals.js';
import { isIdeograph } from './words.js';
import { codeTable } from '../char-table.js';
import { charSet, firstCodes, inSet } from './char-sets.js';
import { goodNumeral, unitAt, unitFacts } from './numeral-units.js';
import type { Quantity } from './quantity.js';

const FRACTIONS = Object.entries(FRACTION_WORDS);
const WHOLES = Object.entries(WHOLE_FRACTION_WORDS);

/** First characters of the words tryWords reads. */
export const WORD_FIRST = codeTable(firstCodes([...WHOLES.map(([w]) => w), ...FRACTIONS.map(([w]) => w), ...RANK_SHIFT_WORDS]));
/** tryWords found none of its words (or a rank-shift word without its 位): go on as if it had not looked. */
export const NO_WORD = -1;

const YEAR = '年';
const FROM_WORDS = BASELINE_FROM;
/** "百分之八至九", "百分之三到百分之五": the upper bound of a fraction's range after `at`, its word said again or not; else null. */
function fractionUpper(text: string, at: number, word: string, lower: number): { value: number; end: number } | null {
  if (!RANGE_SEPARATORS.includes(text[at] ?? '\n')) return null;
  const from = text.startsWith(word, at + 1) ? at + 1 + word.length : at + 1;
  const num = readNumeral(text, from);
  const value = num && goodNumeral(text, from, num) ? numeralValue(text.slice(from, num.end)) : null;
  // (a numeral with a unit of its own is another quantity: "百分之五至十年")
  return num !== null && value !== null && value > lower && unitAt(text, num.end) === null && text[num.end] !== YEAR ? { value, end: num.end } : null;
}

/** The fraction and rank-shift words (WHOLES, FRACTIONS, RANK_SHIFT_WORDS), then a numeral, at `i`. */
export function tryWords(text: string, i: number, out: Quantity[]): number {
  for (const [word, [unit, value]] of WHOLES) {
    if (!text.startsWith(word, i)) continue;
    const { kind, info } = unitFacts(unit);
    out.push({ start: i, end: i + word.length, value, upper: null, unit, kind, info, infix: null, range: false });
    return i + word.length;
  }
  for (const [word, unit] of FRACTIONS) {
    if (!text.startsWith(word, i)) continue;
    const at = i + word.length;
    const num = readNumeral(text, at);
    const value = num && goodNumeral(text, at, num) ? numeralValue(text.slice(at, num.end)) : null;
    if (num === null || value === null) return at;
    const { kind, info } = unitFacts(unit);
    // (after 从 or 由 the second fraction is where a change goes: "比重从百分之三十到百分之三十五")
    const upper = FROM_WORDS.includes(text[i - 1] ?? '') ? null : fractionUpper(text, num.end, word, value);
    out.push({ start: i, end: upper?.end ?? num.end, value, upper: upper?.value ?? null, unit, kind, info, infix: null, range: upper !== null });
    return upper?.end ?? num.end;
  }

  for (const word of RANK_SHIFT_WORDS) {
    if (!text.startsWith(word, i)) continue;
    const at = i + word.length;
    const num = readNumeral(text, at);
    if (num === null || !goodNumeral(text, at, num) || text[num.end] !== '位') break;
    const value = numeralValue(text.slice(at, num.end));
    if (value === null) break;
    out.push({ start: i, end: num.end + 1, value, upper: null, unit: '位', kind: 'rank', info: null, infix: null, range: false });
    return num.end + 1;
  }
  return NO_WORD;
}

const RANK_UNIT_SET = charSet(RANK_UNITS);
const NOT_RANK_BEFORE_SET = charSet(NOT_RANK_BEFORE);

/** `前` and a numeral at `i`: a rank (前100, 前10名), unless it is a span, a count or a deadline. */
export function tryRank(text: string, i: number, out: Quantity[], unitRequired = false): number {
  const num = readNumeral(text, i + 1);
  if (num !== null && goodNumeral(text, i + 1, num)) {
    const value = numeralValue(text.slice(i + 1, num.end));
    let end = num.end;
    const unit = inSet(RANK_UNIT_SET, text, end) ? text[end]! : null;
    if (unitRequired && unit === null) return i + 1;
    if (unit) end++;
    // 前100 ends there; 前3年 and 前5家 are spans and counts, not ranks; "6月底前100%清偿" is a deadline.
    const deadline = inSet(NOT_RANK_BEFORE_SET, text, i - 1);
    const measured = unit === null && (text[end] === '%' || unitAt(text, end) !== null);
    if (value !== null && !deadline && !measured && (!isIdeograph(text.charCodeAt(end)) || text[end] === '的')) {
      out.push({ start: i, end, value, upper: null, unit, kind: 'rank', info: null, infix: null, range: false });
      return end;
    }
  }
  return i + 1;
}
