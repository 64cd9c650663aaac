// Which format a document is in, from its bytes (never its name): magic numbers
// for the binary containers, the shape of the text for HTML and Markdown.
import { decode, type DecodeResult } from '../pipeline/decode.js';
import { BOLD_LINE, FIELD, HEADING, LINK, RULE, TABLE_RULE } from './markdown-shape.js';
import { SourceError } from './source-error.js';
import { SOURCE_FORMATS } from '../data/source-formats.js';

/** The formats read, as `from` accepts them (e.g. the choices of a --from option). */
export { SOURCE_FORMATS };
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Formats met but not read, each with what to convert it to. */
const UNREAD = {
  doc: 'a Word 97–2003 document (.doc, or a WPS file saved in that format): save it as .docx or PDF and read that',
  wps: 'a WPS document (.wps): save it as .docx or PDF in WPS Office and read that',
  ofd: 'an OFD document: print or export it to PDF with an OFD reader and read that',
  ole: 'an OLE2 compound file (a .doc, .wps, .xls or .ppt) but not a Word document: save the text as .docx, PDF or .txt',
} as const;

const TEXT_SAMPLE = 64 * 1024;

/** The format of `bytes`; throws SourceError naming a format that is recognized but not read (DOC, WPS, OFD). */
export function detectFormat(bytes: Uint8Array): SourceFormat {
  return detect(bytes).format;
}

/** A format told from bytes, and for a text whose sample was all of it, that decoding: the reader need not decode it again. */
export type Detected = { format: SourceFormat; decoded?: DecodeResult };

/** detectFormat, with the decoding it made of a text of at most 64 KB. */
export function detect(bytes: Uint8Array): Detected {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (containsAscii(bytes, 'word/document.xml')) return { format: 'docx' };
    if (containsAscii(bytes, 'OFD.xml')) throw unread('ofd');
    return { format: 'text' }; // another zip: decoding reports it as binary data, as for any binary file
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // stream names in the OLE2 directory are UTF-16LE
    if (containsAscii(bytes, 'WordDocument', true)) throw unread('doc');
    throw unread(containsAscii(bytes, 'WpsContent', true) || containsAscii(bytes, 'WPS', true) ? 'wps' : 'ole');
  }
  if (containsAscii(bytes.subarray(0, 1024), '%PDF-')) return { format: 'pdf' };
  const head = sample(bytes);
  if (head === null) return { format: 'text' };
  const text = head.decoded.text;
  // a crawl's Markdown may break lines inside table cells with <br>: Markdown all the same
  const tags = text.match(TAG) ?? [];
  if (looksLikeHtml(text, tags) && !(onlyLineBreakTags(tags) && looksLikeMarkdown(text))) return { format: 'html' };
  if (looksLikeMarkdown(text)) return { format: 'md' };
  return head.whole ? { format: 'text', decoded: head.decoded } : { format: 'text' };
}

function unread(format: keyof typeof UNREAD): SourceError {
  return new SourceError(`${UNREAD[format]}`, format);
}

/** The first 64 KB decoded as decode would, cut at a line end so no character is split (`whole`: nothing cut); null if undecodable. */
function sample(bytes: Uint8Array): { decoded: DecodeResult; whole: boolean } | null {
  let head = bytes;
  if (bytes.length > TEXT_SAMPLE) {
    const cut = bytes.lastIndexOf(0x0a, TEXT_SAMPLE);
    head = bytes.subarray(0, cut > 0 ? cut : TEXT_SAMPLE);
  }
  try {
    return { decoded: decode(head), whole: head === bytes };
  } catch {
    return null;
  }
}

const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(!doctype\s+)?html|<head[\s>]|<body[\s>]|<meta\s|<(p|div|span|table|h[1-6]|section|article|font|center|ul|ol|br)\b[^<>]*>)/i;
const TAG = /<\/?(p|div|span|br|table|tr|td|th|strong|b|i|u|font|h[1-6]|li|ul|ol|a|body|head|meta|section|article|o:p)\b[^<>]*>/gi;

const LINE_BREAK_TAG = /^<br\b/i;
/** Every known tag of a text is a <br>: the inline HTML Markdown allows in a table cell. */
function onlyLineBreakTags(tags: string[]): boolean {
  return tags.length > 0 && tags.every((t) => LINE_BREAK_TAG.test(t));
}

/** Markup from the start, or enough known tags (a fragment without <html>) that it cannot be prose. */
export function looksLikeHtml(text: string, tags: string[] = text.match(TAG) ?? []): boolean {
  if (HTML_START.test(text)) return true;
  return tags.length >= 5 && tags.length >= text.length / 2000;
}

/**
 * A crawler's Markdown, by its shape: header fields, or several of # titles,
 * --- rules, **…** heading lines, [text](url) links and pipe tables. Conservative: one stray
 * `**` or one `#` line in plain text stays text.
 */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split(/\r?\n/, 400);
  let fields = 0;
  let headings = 0;
  let rules = 0;
  let boldLines = 0;
  let links = 0;
  let tables = 0;
  let previous = '';
  for (const line of lines) {
    // a pipe table: its separator row under a header row of pipes
    if (TABLE_RULE.test(line) && previous.trimStart().startsWith('|')) tables++;
    previous = line;
    if (FIELD.test(line)) fields++;
    else if (BOLD_LINE.test(line)) boldLines++;
    else if (HEADING.test(line)) headings++;
    else if (RULE.test(line)) rules++;
    if (LINK.test(line)) links++;
  }
  if (fields >= 2 || boldLines >= 3 || links >= 2 || tables >= 1) return true;
  const kinds = [fields, headings, rules, boldLines, links, tables].filter((n) => n > 0).length;
  return kinds >= 2 && fields + headings + rules + boldLines + links + tables >= 3;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether the ASCII string occurs in the bytes (as UTF-16LE when `wide`). */
function containsAscii(bytes: Uint8Array, s: string, wide = false): boolean {
  const needle = wide ? Buffer.from(s, 'utf16le') : Buffer.from(s, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}
