// Chinese numerals → numbers: 一…九十九 for ordinals; 百 千 万 亿 composites,
// 两 and 〇/零 for quantities (五十万 → 500000, 一百二十 → 120).
import { charTable, isDigitCode } from './char-table.js';

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CN_DIGIT_CHARS = '〇零一二三四五六七八九两';
export const CN_NUMERAL_CHARS = CN_DIGIT_CHARS + '十百千万亿';
/** Every character a numeral can start with: Arabic digits and the Chinese numerals. */
export const NUMERAL_CHARS = '0123456789' + CN_NUMERAL_CHARS;
/** The decimal point of a Chinese numeral: 三点五 → 3.5, 零点五 → 0.5. */
export const CN_DECIMAL_POINT = '点';
/** Digits read after 点, one by one (两 never stands there). */
const CN_FRACTION_DIGITS = '〇零一二三四五六七八九';

/** Value of a Chinese numeral such as 十二, 一百二十, 五十万, 三千五; null if it is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  if (s.length === 1) {
    // The loop below, for one character: a digit, 十/百/千 alone, else (万, 亿, 点, other) none.
    const d = DIGITS[s];
    if (d !== undefined) return d;
    const u = SMALL_UNITS[s];
    return u !== undefined ? u : null;
  }
  const point = s.indexOf(CN_DECIMAL_POINT);
  if (point >= 0) return parseChineseDecimal(s, point);
  // Digits alone are read positionally: 二〇二三 → 2023.
  if (allDigits(s)) return Number([...s].map((ch) => DIGITS[ch]).join(''));
  let total = 0; // completed 万/亿 groups
  let section = 0; // the group below 万 being read
  let digit: number | null = null;
  // Units fall as a reader reads them: 十十, 百千, 一万万, 一亿亿 are no numerals (一万二千亿 is 1.2万亿).
  let lastSmall = Infinity;
  let lastBig = '';
  let seenYi = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 二三十: not a numeral
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      if (unit >= lastSmall) return null;
      lastSmall = unit;
      section += (digit ?? 1) * unit; // 十 alone is 10
      digit = null;
    } else if (ch in BIG_UNITS) {
      const group = section + (digit ?? 0);
      if (ch === '万' ? group === 0 || lastBig === '万' : seenYi || (lastBig === '' && group === 0)) return null;
      total = ch === '亿' ? (total + group) * BIG_UNITS[ch]! : total + group * BIG_UNITS[ch]!;
      if (ch === '亿') seenYi = true;
      lastBig = ch;
      lastSmall = Infinity;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** Every character of `s` is one of DIGITS. */
function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!(s[k]! in DIGITS)) return false;
  return true;
}

/** 三点五 → 3.5, 零点零五 → 0.05, 一点二万 → 12000: an integer part, 点, digits, then multipliers. */
function parseChineseDecimal(s: string, point: number): number | null {
  const whole = parseChineseNumeral(s.slice(0, point));
  if (whole === null) return null;
  let k = point + 1;
  let digits = '';
  while (k < s.length && CN_FRACTION_DIGITS.includes(s[k]!)) digits += String(DIGITS[s[k++]!]);
  if (digits === '') return null;
  let value = Number(`${whole}.${digits}`);
  for (; k < s.length; k++) {
    const m = MULTIPLIERS[s[k]!];
    if (m === undefined) return null;
    value *= m;
  }
  return roundSignificant(value);
}

/** Ordinal of a heading numeral, 一 → 1 … 九十九 → 99; null outside that range. */
export function parseOrdinal(s: string): number | null {
  if (/^[0-9]{1,3}$/.test(s)) return Number(s);
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return null;
  const n = parseChineseNumeral(s);
  return n !== null && n >= 1 && n <= 99 ? n : null;
}

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳

export function circledOrdinal(ch: string): number | null {
  const c = ch.charCodeAt(0);
  return c >= CIRCLED_FIRST && c <= CIRCLED_LAST ? c - CIRCLED_FIRST + 1 : null;
}

/** Multipliers that may follow digits: 1.2万, 3千, 5000万, 1.5万亿. */
export const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

export type Numeral = {
  /** End of the numeral, multipliers included. */
  end: number;
  /** Start of the trailing run of multipliers (十百千万亿); `end` when there is none. */
  multStart: number;
  chinese: boolean;
};

// Char-code tables for the hot scanning loops (same sets as the strings above).
const MULTIPLIER_CODES = charTable(Object.keys(MULTIPLIERS).join(''));
const CN_NUMERAL_CODES = charTable(CN_NUMERAL_CHARS);
export const NUMERAL_CODES = charTable(NUMERAL_CHARS);
const FRACTION_DIGIT_CODES = charTable(CN_FRACTION_DIGITS);
const CN_DECIMAL_POINT_CODE = CN_DECIMAL_POINT.charCodeAt(0);

const COMMA = ','.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);
const POINT = '.'.charCodeAt(0);

/**
 * Where the Arabic numeral at `i` (a digit) ends: digits, or one to three digits and groups of a separator
 * and exactly three digits (1,200 and 12,000,000; 3 000 as GB/T 15835 groups them; in 1,2000 the comma
 * ends it), then decimals. Read by hand: the scanner reads every numeral, and a regex call costs more.
 */
function arabicEnd(text: string, i: number): number {
  let end = i;
  while (isDigitCode(text.charCodeAt(end))) end++;
  // Groups of one separator (the first one sets it) and exactly three digits, after one to three digits.
  if (end - i <= 3) {
    const sep = text.charCodeAt(end);
    if (sep === COMMA || sep === SPACE) {
      while (text.charCodeAt(end) === sep && isDigitCode(text.charCodeAt(end + 1)) && isDigitCode(text.charCodeAt(end + 2))
        && isDigitCode(text.charCodeAt(end + 3)) && !isDigitCode(text.charCodeAt(end + 4))) end += 4;
    }
  }
  if (text.charCodeAt(end) === POINT && isDigitCode(text.charCodeAt(end + 1))) {
    end += 2;
    while (isDigitCode(text.charCodeAt(end))) end++;
  }
  return end;
}

/** The extent of an Arabic (with multipliers) or Chinese numeral starting at `i`; null if none starts there. */
export function readNumeral(text: string, i: number): Numeral | null {
  // Table lookups by char code: NaN (past the end) reads as undefined, i.e. not in the set.
  let end: number;
  let chinese = false;
  const c0 = text.charCodeAt(i);
  // An Arabic numeral starts with a digit.
  if (isDigitCode(c0)) {
    end = arabicEnd(text, i);
    while (MULTIPLIER_CODES[text.charCodeAt(end)] === 1) end++;
  } else if (CN_NUMERAL_CODES[c0] === 1) {
    chinese = true;
    end = i;
    while (CN_NUMERAL_CODES[text.charCodeAt(end)] === 1) end++;
    // A decimal: 三点五, 零点五, 一点二万.
    if (text.charCodeAt(end) === CN_DECIMAL_POINT_CODE && FRACTION_DIGIT_CODES[text.charCodeAt(end + 1)] === 1) {
      end++;
      while (FRACTION_DIGIT_CODES[text.charCodeAt(end)] === 1) end++;
      while (MULTIPLIER_CODES[text.charCodeAt(end)] === 1) end++;
    }
  } else return null;
  let multStart = end;
  while (multStart > i && MULTIPLIER_CODES[text.charCodeAt(multStart - 1)] === 1) multStart--;
  return { end, multStart, chinese };
}

const GROUP_SEPARATORS = /[, ]/g;

/** DIGITS and SMALL_UNITS by char code (-1: neither), for a numeral of one character read in place. */
const ONE_CHAR_VALUE = new Int16Array(0x10000).fill(-1);
for (const [ch, v] of [...Object.entries(DIGITS), ...Object.entries(SMALL_UNITS)]) ONE_CHAR_VALUE[ch.charCodeAt(0)] = v;

/**
 * `numeralValue(text.slice(start, end))` (0 <= start <= end <= text.length), without the slice for the
 * numerals most often read: digits alone and one Chinese character.
 */
export function numeralValueAt(text: string, start: number, end: number): number | null {
  const len = end - start;
  if (len === 1) {
    const c = text.charCodeAt(start);
    if (isDigitCode(c)) return c - 0x30;
    const v = ONE_CHAR_VALUE[c]!;
    if (v >= 0) return v;
  } else if (len > 1 && len <= 12) {
    let value = 0;
    let k = start;
    while (k < end && isDigitCode(text.charCodeAt(k))) value = value * 10 + (text.charCodeAt(k++) - 0x30);
    if (k === end) return value;
  }
  return numeralValue(text.slice(start, end));
}

/** Value of a numeral as written: 38.5, 1,200, 1.2万 → 12000, 五十 → 50, 两千 → 2000; null if not one. */
export function numeralValue(s: string): number | null {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    const plain = plainNumber(s);
    if (plain >= 0) return plain;
    const end = arabicEnd(s, 0);
    const digits = s.slice(0, end);
    let value = Number(digits.replace(GROUP_SEPARATORS, ''));
    for (const ch of s.slice(end)) {
      const m = MULTIPLIERS[ch];
      if (m === undefined) return null;
      value *= m;
    }
    return roundSignificant(value);
  }
  return parseChineseNumeral(s);
}

/**
 * Most numbers are digits alone, or with one decimal point (2.6): their value without arabicEnd, or -1. At most
 * 12 digits, so roundSignificant would give back Number(s) itself.
 */
function plainNumber(s: string): number {
  if (s.length > 13) return -1;
  let value = 0;
  let point = -1;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === POINT && point < 0 && k > 0 && k < s.length - 1) point = k;
    else if (isDigitCode(c)) value = value * 10 + (c - 0x30);
    else return -1;
  }
  if (point < 0) return s.length > 12 ? -1 : value;
  return Number(s);
}

/** Rounds away binary noise (1.2 × 10000, 1.31 / 100) to 12 significant digits. */
export function roundSignificant(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}
