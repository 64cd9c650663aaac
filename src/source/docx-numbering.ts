// Word's automatic numbering, rendered as the marker Word displays: the level
// definitions of numbering.xml, the numbering a paragraph style carries, and
// the counters that run through the document (restarts included).
import type { XmlNode } from './xml-tree.js';
import { attr, child, children } from './xml-tree.js';

type Level = { start: number; format: string; text: string; suffix: string; restart?: number; legal: boolean };
type Num = { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> };
export type NumPr = { numId: string; ilvl: number };

const CN = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (Word's chineseCounting). */
export function chineseCounting(n: number, digits = CN, units = '十百千'): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let zero = false;
  places.forEach((d, i) => {
    const unit = i < 3 ? units[2 - i] : '';
    if (d === 0) {
      zero = parts.length > 0;
      return;
    }
    if (zero) parts.push(digits[0] === '〇' ? '零' : digits[0]);
    zero = false;
    // 十一, not 一十一, when ten is the leading place
    parts.push((d === 1 && i === 2 && parts.length === 0 ? '' : digits[d]) + unit);
  });
  return parts.join('');
}

const roman = (n: number): string => {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
};
const letter = (n: number): string => String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));

/** The counter `n` written in w:numFmt `format`; an unknown format falls back to decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, CN_LEGAL, '拾佰仟');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CN[+d]).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'ideographTraditional':
      return TIANGAN[n - 1] ?? String(n);
    case 'ideographZodiac':
      return DIZHI[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + +d)).join('');
    case 'decimalEnclosedParen':
      return n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

function readLevel(lvl: XmlNode): Level {
  const restart = attr(child(lvl, 'w:lvlRestart'), 'w:val');
  return {
    start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? 1),
    format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
    text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
    suffix: attr(child(lvl, 'w:suff'), 'w:val') ?? 'tab',
    restart: restart === undefined ? undefined : Number(restart),
    legal: child(lvl, 'w:isLgl') !== undefined,
  };
}

/** numbering.xml read once; `marker` then renders paragraph after paragraph in document order. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly seen = new Set<string>();

  constructor(numbering: XmlNode | undefined) {
    for (const abs of children(numbering, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of children(abs, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), readLevel(lvl));
      this.abstracts.set(attr(abs, 'w:abstractNumId') ?? '', levels);
    }
    for (const num of children(numbering, 'w:num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of children(num, 'w:lvlOverride')) {
        const start = attr(child(o, 'w:startOverride'), 'w:val');
        const lvl = child(o, 'w:lvl');
        overrides.set(Number(attr(o, 'w:ilvl') ?? 0), { start: start === undefined ? undefined : Number(start), level: lvl && readLevel(lvl) });
      }
      this.nums.set(attr(num, 'w:numId') ?? '', { abstractId: attr(child(num, 'w:abstractNumId'), 'w:val') ?? '', overrides });
    }
  }

  private level(num: Num, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.abstracts.get(num.abstractId)?.get(ilvl);
  }

  /**
   * The marker Word shows before the next paragraph numbered `numPr`, with the
   * separator Word puts after it; '' when the paragraph is not numbered.
   * Lists (w:num) sharing an abstract definition share its counters, as in Word,
   * until a w:startOverride restarts them at the list's first paragraph.
   */
  marker({ numId, ilvl }: NumPr): string {
    const num = this.nums.get(numId);
    const level = num && this.level(num, ilvl);
    if (!num || !level) return '';
    let counters = this.counters.get(num.abstractId);
    if (!counters) this.counters.set(num.abstractId, (counters = []));
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      for (const [l, o] of num.overrides) if (o.start !== undefined || o.level) counters[l] = undefined;
    }
    counters[ilvl] = (counters[ilvl] ?? this.start(num, ilvl) - 1) + 1;
    for (let l = ilvl + 1; l < 9; l++) {
      const restart = this.level(num, l)?.restart;
      if (restart === undefined || (restart !== 0 && restart - 1 <= ilvl)) counters[l] = undefined;
    }
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const shown = this.level(num, l);
      const format = level.legal && l < ilvl ? 'decimal' : (shown?.format ?? 'decimal');
      return formatNumber(counters[l] ?? this.start(num, l), format);
    });
    if (level.format === 'bullet' || level.format === 'none' || text === '') return '';
    // after "一、" or "（一）" nothing is needed; after "第一条" a space keeps words apart
    return text + (level.suffix !== 'nothing' && !/[、.．)）\]】:：]$/.test(text) ? ' ' : '');
  }

  private start(num: Num, ilvl: number): number {
    return num.overrides.get(ilvl)?.start ?? this.level(num, ilvl)?.start ?? 1;
  }
}
