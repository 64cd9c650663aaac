// Bytes → text. Detection order: BOM, strict UTF-8, then GB18030 (a superset of
// GBK and GB2312) if the bytes look like Chinese text in that encoding.
// Node's own TextDecoder (full ICU) reads all of these; iconv-lite is loaded
// only for an --encoding label that TextDecoder does not know.
import { createRequire } from 'node:module';

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
  /** True when the encoding was guessed as GB18030 after UTF-8 failed. */
  fallback: boolean;
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

export function decode(bytes: Uint8Array, options: { encoding?: string } = {}): DecodeResult {
  if (options.encoding) return decodeAs(bytes, options.encoding);
  if (bytes.length === 0) throw new DecodeError('the file is empty', 'empty');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { text: utf8Strict.decode(bytes.subarray(3)), encoding: 'utf-8', fallback: false };
    } catch {
      // the mark promises UTF-8: do not guess another encoding behind it
      throw new DecodeError('invalid UTF-8 after a UTF-8 byte-order mark (use --encoding to force one)', 'undecodable');
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', fallback: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', fallback: false };
  }
  if (bytes.includes(0)) throw new DecodeError('binary data (NUL bytes), not a text document', 'binary');

  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', fallback: false };
  } catch {
    // not UTF-8: try GB18030 below
  }
  const text = new TextDecoder('gb18030').decode(bytes);
  if (!plausibleChinese(text)) {
    throw new DecodeError('neither valid UTF-8 nor plausible GB18030 text (use --encoding to force one)', 'undecodable');
  }
  return { text, encoding: 'gb18030', fallback: true };
}

function decodeAs(bytes: Uint8Array, name: string): DecodeResult {
  const encoding = name.toLowerCase().replace(/_/g, '-');
  const native = textDecoder(encoding);
  const iconv = native ? null : loadIconv();
  if (!native && !iconv!.encodingExists(encoding)) throw new DecodeError(`unknown encoding "${name}"`, 'unknown-encoding');
  if (bytes.length === 0) throw new DecodeError('the file is empty', 'empty');
  let text = native ? native.decode(bytes) : iconv!.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding, fallback: false };
}

/**
 * GB18030 decodes almost any byte string, so a successful decode proves
 * nothing: require mostly CJK or printable text and few replacement or
 * control characters.
 */
export function plausibleChinese(text: string): boolean {
  if (text.length === 0) return false;
  let bad = 0;
  let cjk = 0;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) bad++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else if (c >= 0x20 && c < 0x7f) printable++;
  }
  const n = text.length;
  return bad / n < 0.01 && (cjk + printable) / n > 0.9 && cjk > 0;
}
