// The base a rate is counted by: 每 right before the number ("每5年进行一次修编") or before its comparator ("增量每达1000
// 万元"); or 每 and a unit before a limit, the intensity a standard sets ("建筑垃圾产生量每万平方米低于300吨",
// "养老服务用房每百户不少于20平方米"),
// where nothing makes it a goal or a fact (an aim, a goals heading, a past year: 路网密度每平方公里达到8公里 measures).
import { FROM_CHANGE_WORDS, PER_BASE } from '../data/target-cues.js';
import { PREFIX_COMPARATORS } from '../data/comparators.js';
import { UNITS, UNIT_LIST } from '../data/units.js';
import type { RoleInput } from './role-input.js';

/** Units of things measured, not of time: 每年不少于3000万元 is a yearly amount, no intensity. */
const MEASURE_UNITS = UNIT_LIST.filter((u) => UNITS[u]?.duration !== true);
/** 每, a number or a multiplier, a unit, at a text's end: "每万平方米", "每100公里". */
const PER_UNIT_AT_END = new RegExp(`${PER_BASE}(?:[0-9.]+|[十百千万亿]+)?(?:${MEASURE_UNITS.join('|')})$`);
/** The longest such base read: 每, a number, the longest unit. */
const PER_UNIT_REACH = 1 + 8 + Math.max(...MEASURE_UNITS.map((u) => u.length));
/** The words of a limit a standard sets (低于, 不超过, 不少于…; not 控制在 or 超过, a goal's). */
const CAP_WORDS = Object.entries(PREFIX_COMPARATORS).filter(([w, c]) => (c === 'lt' || c === 'lte' || c === 'gte') && w !== '控制在').map(([w]) => w);

/** The amount is a rate's base or an intensity a standard caps. */
export function perBase(r: Pick<RoleInput, 'text' | 'q' | 'prefixStart' | 'aims' | 'governed' | 'pastYear' | 'context'>): boolean {
  const { text } = r;
  if (text.startsWith(PER_BASE, r.q.start - PER_BASE.length) || text.startsWith(PER_BASE, r.prefixStart - PER_BASE.length)) return true;
  if (r.aims || r.governed || r.pastYear || r.context === 'goal' || r.context === 'baseline') return false;
  return CAP_WORDS.includes(text.slice(r.prefixStart, r.q.start).trim())
    && PER_UNIT_AT_END.test(text.slice(Math.max(0, r.prefixStart - PER_UNIT_REACH), r.prefixStart));
}

/** Where the text before `at` ends once a base right before it is set aside ("由每立方米18.6微克": the 由 before 每立方米). */
export function beforePerUnit(text: string, at: number): number {
  const m = PER_UNIT_AT_END.exec(text.slice(Math.max(0, at - PER_UNIT_REACH), at));
  return m === null ? at : at - m[0].length;
}

/** A change word right after the amount (降至, 提高到…): a start read past a base must be one (not 由每立方米30微克的目标值分解到各区). */
export function changeRightAfter(text: string, at: number): boolean {
  const next = text.slice(at, at + CHANGE_REACH);
  return FROM_CHANGE_WORDS.some((w) => next.includes(w));
}
const CHANGE_REACH = 4;
