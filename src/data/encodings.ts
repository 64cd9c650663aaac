// Tables for decoding: encoding labels, the characters plausible text is made
// of, and where the common hanzi are coded (read by src/pipeline/decode.ts).

/**
 * Encodings GB18030 extends (GBK, GB2312, code page 936), as labels lower-cased
 * with everything but letters and digits dropped. They are decoded as GB18030:
 * a GBK decoder drops GB18030's four-byte sequences and the digits inside them
 * ('10家' was read as '610家').
 */
export const GB18030_SUBSET_LABELS: ReadonlySet<string> = new Set([
  'gbk', 'gb2312', 'gb231280', 'cp936', 'ms936', 'windows936', '936', 'euccn', 'xeuccn', 'xgbk',
  'chinese', 'csgb2312', 'csgbk', 'isoir58', 'csiso58gb231280',
]);

/** Ideographs: CJK extension A, the unified block, compatibility ideographs, the supplementary planes. */
export const HANZI_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];

/** Full-width punctuation and forms: with hanzi, what says "Chinese" to the GB18030 guess. */
export const WIDE_PUNCTUATION_RANGES: readonly (readonly [number, number])[] = [
  [0x3000, 0x303f], // 、。《》【】〔〕
  [0xff00, 0xffef], // ，：；（）％
];

/** Other characters a Chinese document is made of, besides hanzi and ASCII. */
export const TEXT_SYMBOL_RANGES: readonly (readonly [number, number])[] = [
  [0x00a0, 0x024f], // Latin-1 (· × °) and Latin extended (pinyin tone marks)
  [0x02b0, 0x02ff], // modifier letters (ˇ ˉ, in GB2312)
  [0x0370, 0x04ff], // Greek and Cyrillic (in GB2312)
  [0x2000, 0x20cf], // general punctuation (“ ” — … ‰ ※), super- and subscripts, currency
  [0x2100, 0x23ff], // letterlike (℃ №), number forms (Ⅰ Ⅻ), arrows, mathematics (≥ ≤), technical
  [0x2460, 0x27bf], // enclosed numbers (① ⑴ ⒈), box drawing, shapes (■ ○), symbols (★), dingbats
  [0x2e80, 0x2fdf], // CJK radicals
  [0x3040, 0x312f], // kana, bopomofo
  [0x3200, 0x33ff], // enclosed CJK (㈠), CJK compatibility (㎡)
  [0xfe30, 0xfe6f], // CJK compatibility and small forms
];

/**
 * Where the common hanzi are coded: GB2312 level 1 (3755 simplified) and Big5
 * level 1 (5401 traditional), as lead-byte and trail-byte ranges. Chinese text
 * is almost all of these (98% or more of every document here); the hanzi that
 * mis-decoded bytes make are a third of them at most.
 */
export const COMMON_HANZI_CODES: readonly { encoding: string; leads: readonly [number, number]; trails: readonly (readonly [number, number])[] }[] = [
  { encoding: 'gb18030', leads: [0xb0, 0xd7], trails: [[0xa1, 0xfe]] },
  { encoding: 'big5', leads: [0xa4, 0xc5], trails: [[0x40, 0x7e], [0xa1, 0xfe]] },
  { encoding: 'big5', leads: [0xc6, 0xc6], trails: [[0x40, 0x7e]] },
];
