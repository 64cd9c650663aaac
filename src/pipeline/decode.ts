// Bytes → text. Detection order: BOM; UTF-16 if there are NUL bytes; strict
// UTF-8; then GB18030 (a superset of GBK and GB2312) or UTF-16 without NULs,
// if the bytes read as plausible Chinese text in it. Whatever the encoding, a
// decoded text with NUL characters, lone surrogates or too many undecodable
// bytes is refused. Node's own TextDecoder (full ICU) reads all of these;
// iconv-lite is loaded only for an --encoding label that TextDecoder does not know.
import { createRequire } from 'node:module';
import { COMMON_HANZI_CODES, GB18030_SUBSET_LABELS, HANZI_RANGES, TEXT_SYMBOL_RANGES, WIDE_PUNCTUATION_RANGES } from '../data/encodings.js';

const loadIconv = () => createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');

function textDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { ignoreBOM: false });
  } catch {
    return null; // not a WHATWG encoding label
  }
}

export type DecodeResult = {
  text: string;
  encoding: string;
  /** True when the encoding was guessed after UTF-8 failed: GB18030, or UTF-16 without a byte-order mark. */
  fallback: boolean;
  /** Characters the decoder put in place of bytes the encoding does not map (U+FFFD). */
  replaced: number;
  /** --encoding named another encoding for bytes that are valid UTF-8 (and not plain ASCII). */
  overrodeUtf8: boolean;
};

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly reason: 'empty' | 'binary' | 'undecodable' | 'unknown-encoding',
  ) {
    super(message);
  }
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
type Utf16 = 'utf-16le' | 'utf-16be';
const utf16Strict = {
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};
const isUtf8 = (bytes: Uint8Array) => {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const result = (text: string, encoding: string, fallback = false, replaced = 0, overrodeUtf8 = false): DecodeResult => ({ text, encoding, fallback, replaced, overrodeUtf8 });

export function decode(bytes: Uint8Array, options: { encoding?: string } = {}): DecodeResult {
  if (options.encoding) return decodeAs(bytes, options.encoding);
  if (bytes.length === 0) throw new DecodeError('the file is empty', 'empty');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return result(utf8Strict.decode(bytes.subarray(3)), 'utf-8');
    } catch {
      // the mark promises UTF-8: do not guess another encoding behind it
      throw new DecodeError('invalid UTF-8 after a UTF-8 byte-order mark (use --encoding to force one)', 'undecodable');
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return result(afterUtf16Mark(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return result(afterUtf16Mark(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  return guess(bytes);
}

function guess(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0)) {
    const utf16 = utf16Guess(bytes, false);
    if (utf16) return result(utf16.text, utf16.encoding, true);
    const hint = zeroBytesAtOneParity(bytes) ? ' (for UTF-16 without a byte-order mark, use --encoding utf-16le or utf-16be)' : '';
    throw new DecodeError(`binary data (NUL bytes), not a text document${hint}`, 'binary');
  }
  try {
    return result(utf8Strict.decode(bytes), 'utf-8');
  } catch {
    // not UTF-8: try GB18030, then UTF-16 of hanzi only, below
  }
  const text = new TextDecoder('gb18030').decode(bytes);
  const t = tally(text);
  if (plausible(t, true)) return result(text, 'gb18030', true, t.replaced);
  const utf16 = utf16Guess(bytes, true);
  if (utf16) return result(utf16.text, utf16.encoding, true);
  throw new DecodeError('neither valid UTF-8 nor plausible GB18030 text (use --encoding to force one)', 'undecodable');
}

/** The bytes after a UTF-16 byte-order mark: the mark promises UTF-16, so nothing else is guessed, but it must read as text. */
function afterUtf16Mark(bytes: Uint8Array, encoding: Utf16): string {
  const name = encoding.toUpperCase();
  // UTF-16 with no NUL byte has no ASCII, not even a line end; valid UTF-8 as well, it is UTF-8 (ASCII read as UTF-16 is all hanzi)
  if (bytes.length > 0 && !bytes.includes(0) && isUtf8(bytes)) {
    throw new DecodeError(`UTF-8 text after a ${name} byte-order mark (the mark is wrong: remove it)`, 'undecodable');
  }
  let text;
  try {
    text = utf16Strict[encoding].decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${name} after a ${name} byte-order mark (an unpaired surrogate or an odd last byte)`, 'undecodable');
  }
  if (text.includes('\0')) throw new DecodeError(`binary data (NUL characters) after a ${name} byte-order mark`, 'binary');
  if (!plausible(tally(text), false)) throw new DecodeError(`no plausible ${name} text after a ${name} byte-order mark (use --encoding to force one)`, 'undecodable');
  return text;
}

/** UTF-16 without a byte-order mark, little-endian first (as Windows writes it), if either reads as plausible text. */
function utf16Guess(bytes: Uint8Array, chinese: boolean): { text: string; encoding: Utf16 } | null {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text;
    try {
      text = utf16Strict[encoding].decode(bytes);
    } catch {
      continue;
    }
    if (text.length > 0 && !text.includes('\0') && plausible(tally(text), chinese)) return { text, encoding };
  }
  return null;
}

/** Most zero bytes on even or on odd offsets, and many of them: the mark of UTF-16 text that did not read as text. */
function zeroBytesAtOneParity(bytes: Uint8Array): boolean {
  const zeros = [0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) zeros[i & 1]!++;
  const most = Math.max(zeros[0]!, zeros[1]!);
  return most >= 0.9 * (zeros[0]! + zeros[1]!) && most >= 0.2 * (bytes.length / 2);
}

function gb18030Subset(label: string): boolean {
  return GB18030_SUBSET_LABELS.has(label.replace(/[^a-z0-9]/g, '')) || textDecoder(label)?.encoding === 'gbk';
}

/** Replaced characters beyond this share of a forced decoding mean the encoding is wrong, not a few bad bytes. */
const MAX_REPLACED_FORCED = 0.1;

/** --encoding: the user's call, decoded even if it looks wrong, unless it decodes to binary or mostly U+FFFD. */
function decodeAs(bytes: Uint8Array, name: string): DecodeResult {
  const label = name.toLowerCase().replace(/_/g, '-');
  const encoding = gb18030Subset(label) ? 'gb18030' : label;
  const native = textDecoder(encoding);
  const iconv = native ? null : loadIconv();
  if (!native && !iconv!.encodingExists(encoding)) throw new DecodeError(`unknown encoding "${name}"`, 'unknown-encoding');
  if (bytes.length === 0) throw new DecodeError('the file is empty', 'empty');
  let text = native ? native.decode(bytes) : iconv!.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) throw new DecodeError(`binary data (NUL characters) when decoded as ${encoding}`, 'binary');
  let replaced = 0;
  if (text.includes('\ufffd')) {
    const t = tally(text);
    replaced = t.replaced;
    if (replaced > MAX_REPLACED_FORCED * t.chars) {
      throw new DecodeError(`not ${encoding}: ${replaced} of ${t.chars} characters could not be decoded`, 'undecodable');
    }
  }
  const utf8 = native?.encoding === 'utf-8' || label.replace(/[^a-z0-9]/g, '') === 'utf8';
  const overrodeUtf8 = !utf8 && bytes.some((b) => b >= 0x80) && isUtf8(bytes);
  return result(text, encoding, false, replaced, overrodeUtf8);
}

/** What a decoded text is made of; white space is not counted. */
export type Tally = {
  chars: number;
  /** Control characters, U+FFFD, lone surrogates, noncharacters. */
  bad: number;
  replaced: number;
  /** Characters of no kind a Chinese document is made of (Hangul, Yi, private use…). */
  odd: number;
  hanzi: number;
  /** Hanzi among the common ones of GB2312 and Big5. */
  common: number;
  wide: number;
};

const inRanges = (ranges: readonly (readonly [number, number])[], c: number) => ranges.some(([a, b]) => c >= a && c <= b);

export function tally(text: string): Tally {
  const t: Tally = { chars: 0, bad: 0, replaced: 0, odd: 0, hanzi: 0, common: 0, wide: 0 };
  const common = commonHanzi();
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3000) continue;
    t.chars++;
    if (c > 0x20 && c < 0x7f) continue;
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) c = text.codePointAt(i++)!;
    if (c === 0xfffd) t.replaced++, t.bad++;
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) t.bad++;
    else if (inRanges(HANZI_RANGES, c)) t.hanzi++, (t.common += c >= 0x4e00 && c <= 0x9fff ? common[c - 0x4e00]! : 0);
    else if (inRanges(WIDE_PUNCTUATION_RANGES, c)) t.wide++;
    else if (!inRanges(TEXT_SYMBOL_RANGES, c)) t.odd++;
  }
  return t;
}

/** Under 1% bad (as before: no replaced character in a short text), at most 10% odd, and one hanzi in five (and one more) uncommon. */
const MAX_BAD = 0.01;
const MAX_ODD = 0.1;
const MAX_UNCOMMON = 0.2;

/**
 * Whether a decoding reads as text; `chinese` also asks for hanzi or full-width
 * punctuation, for a guess that the bytes are Chinese. Bytes in the wrong
 * encoding decode to characters of every kind or to rare hanzi (ASCII read as
 * UTF-16 is all hanzi), so the share of common hanzi tells them apart even in
 * a short text.
 */
export function plausible(t: Tally, chinese: boolean): boolean {
  if (t.chars === 0) return !chinese;
  return t.bad < MAX_BAD * t.chars && t.odd <= MAX_ODD * t.chars && t.hanzi - t.common <= 1 + MAX_UNCOMMON * t.hanzi && (!chinese || t.hanzi + t.wide > 0);
}

let commonTable: Uint8Array | null = null;

/** 1 for each common hanzi of U+4E00–U+9FFF, decoded once from the code ranges of the table. */
function commonHanzi(): Uint8Array {
  if (commonTable) return commonTable;
  const table = new Uint8Array(0xa000 - 0x4e00);
  for (const { encoding, leads, trails } of COMMON_HANZI_CODES) {
    const bytes: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++) for (const [a, b] of trails) for (let trail = a; trail <= b; trail++) bytes.push(lead, trail);
    for (const ch of new TextDecoder(encoding).decode(Uint8Array.from(bytes))) {
      const c = ch.codePointAt(0)!;
      if (c >= 0x4e00 && c <= 0x9fff) table[c - 0x4e00] = 1;
    }
  }
  return (commonTable = table);
}
