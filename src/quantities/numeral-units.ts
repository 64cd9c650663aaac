// The unit after a numeral (十万元, 1.2万家, 吨/日, 10GW), what a unit means to the rules, and
// which Chinese numerals read as numbers at all.
import {
  BARE_BOUNDS, BARE_COUNT_UNITS, BARE_TRILLION, BARE_COUNT_VERBS, BARE_MULTIPLIERS, BARE_MULTIPLIER_UNITS, LATIN_BARE_BASES, LATIN_UNIT_BASES, LATIN_UNIT_PREFIXES, PER_SECOND_UNITS, PER_UNITS, PER_WORD, PRICE_SUBUNITS, UNITS, UNIT_LIST, ZERO_DIGITS, type UnitInfo,
} from '../data/units.js';
import { INFIX_COMPARATORS } from '../data/comparators.js';
import { NAME_AFTER_CN_UNIT, NAME_AFTER_UNIT, NAME_BEFORE_UNIT, UNIT_NEEDS_VERB } from '../data/non-quantities.js';
import { CN_DECIMAL_POINT, CN_DIGIT_CHARS, MULTIPLIERS, numeralValueAt, roundSignificant, type Numeral } from '../numerals.js';
import type { Comparator, TargetKind } from '../tree/schema.js';
import { alternation, someEndingAt, wordIndex } from './words.js';
import { codeTable } from '../char-table.js';
import { charSet, firstCodes, inSet } from './char-sets.js';

// Units indexed by their first character, longest first within each bucket (UNIT_LIST order).
const UNITS_BY_FIRST = wordIndex(UNIT_LIST);
/** The buckets by char code: UNIT_SLOT[c] - 1 is c's bucket in UNIT_BUCKETS, 0 none (a Map lookup at every numeral cost more). */
const UNIT_BUCKETS = [...UNITS_BY_FIRST.values()];
const UNIT_SLOT = new Uint16Array(0x10000);
[...UNITS_BY_FIRST.keys()].forEach((c, k) => {
  UNIT_SLOT[c] = k + 1;
});

/** The unit at `p`, longest first; the first character is the bucket's, the second is compared before the rest. */
export function unitAt(text: string, p: number): string | null {
  const slot = UNIT_SLOT[text.charCodeAt(p)]; // undefined past the end (NaN)
  if (slot === undefined || slot === 0) return null;
  const list = UNIT_BUCKETS[slot - 1]!;
  const second = text.charCodeAt(p + 1);
  for (const u of list) if (u.length === 1 || (u.charCodeAt(1) === second && text.startsWith(u, p))) return u;
  return null;
}

const PER_LIST = [...PER_UNITS].sort((a, b) => b.length - a.length);
const SLASH = '/'.charCodeAt(0);

/** The unit `u` read at `at`, and with it a rate: a unit, "/" and a time or count unit are one rate unit (吨/日, 元/人, 个/万人). */
function resolved(text: string, value: number, u: string, at: number, infix: Comparator | null, numEnd: number): Resolved {
  const end = at + u.length;
  if (text.charCodeAt(end) === SLASH && !u.includes('/')) {
    const per = PER_LIST.find((w) => text.startsWith(w, end + 1));
    if (per !== undefined) {
      const perEnd = end + 1 + per.length;
      const second = PER_SECOND_UNITS.find((w) => text.startsWith(w, perEnd)) ?? '';
      return { value, unit: `${u}/${per}${second}`, unitEnd: perEnd + second.length, infix, numEnd };
    }
  }
  const alt = alternativeUnit(text, u, end);
  if (alt !== null) return { value, unit: `${u}(${alt})`, unitEnd: end + alt.length + 2, infix, numEnd };
  return { value, unit: u, unitEnd: end, infix, numEnd };
}

const ALT_OPEN = '(';
const ALT_CLOSE = ')';
const isCountUnit = (u: string) => UNITS[u]?.kind === 'count';
/** "15条(段)", "300台(件)": a count unit with another in brackets right after it counts in either; read as one unit. */
function alternativeUnit(text: string, u: string, end: number): string | null {
  if (text[end] !== ALT_OPEN || !isCountUnit(u)) return null;
  const alt = unitAt(text, end + 1);
  return alt !== null && text[end + 1 + alt.length] === ALT_CLOSE && isCountUnit(alt) ? alt : null;
}
/** The unit an alternative names in brackets qualifies: 条 of 条(段). */
const ALTERNATIVE_RE = /^(.+)\(.+\)$/;

const LATIN_UNIT_RE = new RegExp(
  `(?:[${LATIN_UNIT_PREFIXES}](?:${alternation(LATIN_UNIT_BASES)})|(?:${alternation(LATIN_BARE_BASES)}))(?![A-Za-z0-9])`, 'y',
);
/** A Latin-letter unit starting at `p` (10GW, 12EFLOPS), or null: 5G and 4K are names. */
export function latinUnitAt(text: string, p: number): string | null {
  LATIN_UNIT_RE.lastIndex = p;
  const m = LATIN_UNIT_RE.exec(text);
  return m === null ? null : m[0];
}

export type Resolved = { value: number; unit: string; unitEnd: number; infix: Comparator | null; numEnd: number };

/** INFIX_COMPARATORS by the char code of its one-character words. */
const INFIX_BY_CODE = new Map<number, Comparator>();
for (const [w, c] of Object.entries(INFIX_COMPARATORS)) if (w.length === 1) INFIX_BY_CODE.set(w.charCodeAt(0), c);
/** What may stand right after a numeral that has a unit: the unit, or an infix before it. */
const UNIT_OR_INFIX_FIRST = codeTable([...UNITS_BY_FIRST.keys(), ...INFIX_BY_CODE.keys()]);
const INFIX_FIRST = codeTable(INFIX_BY_CODE.keys());

/**
 * The unit after a numeral. A trailing 万/亿/千 may begin the unit instead of
 * ending the number (十万元 → 10 万元; 100千瓦 → 100 千瓦), else it scales the
 * number (1.2万家 → 12000 家).
 */
export function resolveUnit(text: string, start: number, num: Numeral): Resolved | null {
  if (text.startsWith(BARE_TRILLION, start) && text[start - 1] !== COUNTED_BY) return resolved(text, 1, BARE_TRILLION, start, null, start); // 突破万亿元: one
  for (let k = Math.max(num.multStart, start + 1); k < num.end; k++) {
    const u = unitAt(text, k);
    if (u === null || k + u.length <= num.end) continue;
    const value = numeralValueAt(text, start, k);
    if (value !== null) return resolved(text, value, u, k, null, k);
  }
  // The unit first (cheap, and most numerals have none); both are needed, in either order.
  let p = num.end;
  if (UNIT_OR_INFIX_FIRST[text.charCodeAt(p)] !== 1) return null;
  let infix: Comparator | null = null;
  const inf = INFIX_FIRST[text.charCodeAt(p)] === 1 ? INFIX_BY_CODE.get(text.charCodeAt(p)) : undefined;
  if (inf && unitAt(text, p + 1) !== null) {
    infix = inf;
    p++;
  } else if (inf) {
    // "600多万套", "300余万家": the multipliers after the infix scale the number before the unit, which may begin with
    // one of them ("300多万千瓦": 千瓦)
    let m = p + 1;
    let scaled: string | null = null;
    while (MULTIPLIER_FIRST[text.charCodeAt(m)] === 1) {
      m++;
      scaled = unitAt(text, m);
      if (scaled !== null) break;
    }
    const value = scaled === null ? null : numeralValueAt(text, start, num.end);
    if (value !== null) return resolved(text, roundSignificant(value * multiplierValue(text.slice(p + 1, m))), scaled!, m, inf, num.end);
  }
  const u = unitAt(text, p);
  if (u === null) return null;
  // (a bare 万 is ten thousand: 超万家; goodNumeral decides where it may stand)
  const value = numeralValueAt(text, start, num.end) ?? (num.end - start === 1 && text.charCodeAt(start) === WAN ? multiplierValue('万') : null);
  if (value === null) return null;
  return resolved(text, value, u, p, infix, num.end);
}

const MULTIPLIER_FIRST = codeTable(firstCodes(Object.keys(MULTIPLIERS).filter((m) => m.length === 1)));
/** The value of a run of multipliers: 万 → 1e4, 万亿 → 1e12. */
const multiplierValue = (run: string) => [...run].reduce((v, c) => v * MULTIPLIERS[c]!, 1);
const TEN = '十'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);
/** "数以万亿元计": counted in trillions, no amount. */
const COUNTED_BY = '以';
const BARE_MULTIPLIER_SET = charSet(BARE_MULTIPLIERS);
const ZERO_DIGIT_SET = charSet(ZERO_DIGITS);
const CN_DIGIT_SET = charSet(CN_DIGIT_CHARS);

const countVerbBefore = someEndingAt(BARE_COUNT_VERBS);
/** 百项 after a verb of making, not an idiom (千家万户: another multiplier follows). */
function bareCount(text: string, start: number): boolean {
  const unit = text[start + 1];
  return unit !== undefined && BARE_COUNT_UNITS.includes(unit) && countVerbBefore(text, start) && !inSet(MULTIPLIER_AFTER_SET, text, start + 2);
}
const MULTIPLIER_AFTER_SET = charSet('百千万亿');
const boundBefore = someEndingAt(BARE_BOUNDS);

export function goodNumeral(text: string, start: number, num: Numeral): boolean {
  if (!num.chinese) return true;
  const first = text.charCodeAt(start);
  // A bare 百/千/万 is an idiom (千人计划, 百城千兆); 十 alone is ten; but 超百亿元, 过千万元 are amounts.
  if (MULTIPLIER_FIRST[first] === 1 && first !== TEN) {
    // (a bare 万 only as a trillion, 突破万亿元, or after a bound, 超万家, 近万人: 万众创新 and 千家万户 are idioms)
    if (!inSet(BARE_MULTIPLIER_SET, text, start)) return (text.startsWith(BARE_TRILLION, start) && text[start - 1] !== PER_WORD) || (first === WAN && boundBefore(text, start));
    // "每百亿元GDP": after 每 the amount is what a rate is counted per, no amount of its own
    const amount = text[start - 1] !== PER_WORD && BARE_MULTIPLIER_UNITS.some((u) => text.startsWith(u, start + 1));
    if (!amount && !bareCount(text, start) && !boundBefore(text, start)) return false;
  }
  // 零 or 〇 opening a numeral is a word (零部件, 零排放), never a count; 零点五 is a decimal.
  if (inSet(ZERO_DIGIT_SET, text, start) && text[start + 1] !== CN_DECIMAL_POINT) return false;
  // 三四个 (three or four) is vague; 二〇二三 is a year, read positionally.
  const length = num.end - start;
  if (length <= 1 || length === 4) return true;
  for (let k = start; k < num.end; k++) if (!inSet(CN_DIGIT_SET, text, k)) return true;
  return false;
}

export const isYearNumber = (start: number, end: number, value: number) =>
  end - start === 4 && Number.isInteger(value) && value >= 1000 && value <= 2999;

/**
 * What the rules ask of a unit: its UNITS entry and kind, its NAME_AFTER_UNIT (and, after a Chinese numeral,
 * NAME_AFTER_CN_UNIT), NAME_BEFORE_UNIT and UNIT_NEEDS_VERB words.
 */
export type UnitFacts = {
  info: UnitInfo | null; kind: TargetKind; nameAfter: string[] | undefined; nameAfterChinese: string[] | undefined; nameBefore: string[] | undefined;
  verbs: string[] | undefined;
};
function factsOf(unit: string): UnitFacts {
  const base = ALTERNATIVE_RE.exec(unit)?.[1];
  if (base !== undefined) return { ...unitFacts(base), info: { ...UNITS[base]!, normalizedUnit: unit } };
  const info = UNITS[unit] ?? rateInfo(unit);
  return {
    info, kind: info?.kind ?? 'other', nameAfter: NAME_AFTER_UNIT[unit], nameAfterChinese: NAME_AFTER_CN_UNIT[unit], nameBefore: NAME_BEFORE_UNIT[unit],
    verbs: UNIT_NEEDS_VERB[unit],
  };
}
/** A rate of money (30万元/人, 0.2元/千瓦时, 5分/千瓦时) is money, normalized to CNY per the same thing; any other rate is kind other. */
function rateInfo(unit: string): UnitInfo | null {
  const slash = unit.indexOf('/');
  if (slash < 0) return null;
  const first = unit.slice(0, slash);
  const base = UNITS[first];
  const scale = base?.kind === 'money' ? base.scale : PRICE_SUBUNITS[first];
  return scale === undefined ? null : { kind: 'money', scale, normalizedUnit: `CNY${unit.slice(slash)}` };
}
/** Looked up once per listed unit; a rate unit (吨/日) is asked each time. */
const UNIT_FACTS = new Map(UNIT_LIST.map((u) => [u, factsOf(u)]));
export const unitFacts = (unit: string) => UNIT_FACTS.get(unit) ?? factsOf(unit);
