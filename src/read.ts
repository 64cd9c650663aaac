// Files and stdin → decoded text, with one clear error per bad input.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { decode, DecodeError, type DecodeResult } from './pipeline/decode.js';
import { lineIndex } from './pipeline/positions.js';
import { parseDocument } from './parse-document.js';
import { diagnostic } from './diagnostics/report.js';
import type { Diagnostic, Document, SourceFormat } from './tree/schema.js';
// the source stage's detection only: its adapters (source/index.js) are loaded when a format needs them
import { detect, type Detected } from './source/detect.js';
import { MARKDOWN_NAME } from './data/source-formats.js';
import { SourceError } from './source/source-error.js';
import type { SourceText } from './source/index.js';

/** An input that cannot be read as a document; `message` names the file and the reason. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Inputs larger than this are refused unless ReadOptions.maxBytes says otherwise: no plan is 64 MiB of text. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type ReadOptions = {
  encoding?: string;
  maxBytes?: number;
  /** Read the bytes as this format instead of detecting it from them (--from). */
  from?: SourceFormat;
};

/** Why a stat'ed path is no file to read, or null for a regular file. */
function notRegular(s: Stats): string | null {
  if (s.isFile()) return null;
  if (s.isDirectory()) return 'is a directory';
  if (s.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (s.isCharacterDevice()) return 'is a character device, not a regular file';
  if (s.isBlockDevice()) return 'is a block device, not a regular file';
  if (s.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

function errnoError(label: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : `cannot be read (${code ?? (e as Error).message})`;
  return new InputError(label, reason);
}

const tooLarge = (label: string, maxBytes: number) => new InputError(label, `is larger than ${maxBytes} bytes (--max-bytes)`);

/**
 * All of a stream's bytes, refusing more than maxBytes (a pipe has no size to
 * check first); read errors become InputErrors. A stream on a file descriptor
 * is fstat'ed first: Node reads stdin redirected from a folder as empty.
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, label: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const fd = (stream as { fd?: unknown }).fd;
    if (typeof fd === 'number') {
      const s = fstatSync(fd);
      if (s.isDirectory()) throw new InputError(label, 'is a directory');
      if (s.isFile() && s.size > maxBytes) throw tooLarge(label, maxBytes);
    }
    for await (const c of stream) {
      const chunk = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(label, maxBytes); // leaving the loop destroys the stream
      chunks.push(chunk);
    }
  } catch (e) {
    throw errnoError(label, e);
  }
  return Buffer.concat(chunks, total);
}

/**
 * A regular file's bytes (`label` names it in errors). It is stat'ed before it is opened, since opening a
 * FIFO blocks until a writer comes and /dev/zero never ends; the size is
 * checked then and again while reading, as a file can grow. The calls are synchronous: each asynchronous
 * one waited a turn of the event loop, and six of them a file left a run of many small files idle a fifth
 * of its time.
 */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES, label = path): Promise<Uint8Array> {
  let fd: number | undefined;
  try {
    const s = statSync(path);
    const why = notRegular(s);
    if (why) throw new InputError(label, why);
    if (s.size > maxBytes) throw tooLarge(label, maxBytes);
    // O_NONBLOCK: should the path have become a FIFO since, open() returns and fstat refuses it
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const now = fstatSync(fd);
    const whyNow = notRegular(now);
    if (whyNow) throw new InputError(label, whyNow);
    return readAll(fd, now.size, label, maxBytes);
  } catch (e) {
    throw errnoError(label, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** An open file's bytes to its end, refusing more than maxBytes; `size` is where the end was when stat'ed. */
function readAll(fd: number, size: number, label: string, maxBytes: number): Buffer {
  // a byte more than the size: a file that has grown since is seen growing
  let buffer = Buffer.allocUnsafeSlow(Math.min(size, maxBytes) + 1);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      const larger = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, total);
      buffer = larger;
    }
    const n = readSync(fd, buffer, total, buffer.length - total, null);
    if (n === 0) return buffer.subarray(0, total);
    total += n;
    if (total > maxBytes) throw tooLarge(label, maxBytes);
  }
}

/** The text a document is read from, and what reading it had to say. */
export type ReadText = {
  format: SourceFormat;
  /** The document's text: what is parsed, and what `plan-parse text` prints. */
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
  /** Not read as text: the decoded original (HTML, Markdown) and where each text offset stands in it. */
  original?: { text?: string; offsets?: Int32Array };
  /** Metadata rows the source left out of the text: a crawler's Markdown front matter ("标题: …", "文号: …"). */
  metaRows?: string[];
};

/** The format the bytes are read as: --from, else told from them; DOC, WPS and OFD are an InputError. */
function formatOf(bytes: Uint8Array, label: string, options: ReadOptions): Detected {
  try {
    if (options.from !== undefined) return { format: options.from };
    const detected = detect(bytes);
    return detected.format === 'text' && MARKDOWN_NAME.test(label) ? { format: 'md' } : detected;
  } catch (e) {
    if (e instanceof SourceError) throw new InputError(label, e.message);
    throw e;
  }
}

/**
 * Bytes → the document's text: plain text decoded here, an HTML page, a crawler's Markdown, a DOCX or a PDF
 * through its adapter (src/source/, each loaded only when met). `label` names the input in errors.
 */
export async function readText(bytes: Uint8Array, label: string, options: ReadOptions = {}): Promise<ReadText> {
  const { format, decoded } = formatOf(bytes, label, options);
  let read: ReadText;
  if (format === 'text') read = { format, ...decodeText(bytes, label, options.encoding, decoded) };
  else {
    const { readSource } = await import('./source/index.js');
    let src;
    try {
      src = await readSource(bytes, { from: format, encoding: options.encoding });
    } catch (e) {
      if (e instanceof SourceError) throw new InputError(label, e.message);
      throw e;
    }
    const zero = { line: 1, column: 1, offset: 0 };
    read = {
      format,
      text: src.text,
      encoding: src.encoding,
      diagnostics: src.fallback ? [diagnostic('encoding-fallback', { start: zero, end: zero }, { encoding: src.encoding })] : [],
      original: src.map.unit === 'char' && src.original !== undefined ? { text: src.original, offsets: src.map.offsets } : {},
      metaRows: metaRowsOf(src),
    };
  }
  if (read.text.trim().length === 0) throw new InputError(label, 'contains no text');
  return read;
}

/** `known`: the bytes as detection decoded them (with no encoding asked), used instead of decoding them again. */
function decodeText(bytes: Uint8Array, label: string, encoding: string | undefined, known?: DecodeResult): Omit<ReadText, 'format'> {
  let decoded;
  try {
    decoded = (encoding ? undefined : known) ?? decode(bytes, { encoding });
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(label, e.message);
    throw e;
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  return { text, encoding: decoded.encoding, diagnostics: decodeDiagnostics(decoded, text, encoding) };
}

/** Bytes of any format → document; `label` is the name used in messages and source.path. */
export async function readDocument(bytes: Uint8Array, label: string, options: ReadOptions = {}): Promise<Document> {
  return documentOf(await readText(bytes, label, options), bytes, label);
}

/**
 * Bytes of a text file → document, synchronously (any encoding). Bytes of another format (HTML, Markdown,
 * DOCX, PDF) are refused with the reason: readDocument reads them.
 */
export function parseBytes(bytes: Uint8Array, label: string, options: ReadOptions = {}): Document {
  const { format, decoded } = formatOf(bytes, label, options);
  if (format !== 'text') throw new InputError(label, `is ${format}, not plain text: read it with readDocument or parseFile`);
  const read = { format, ...decodeText(bytes, label, options.encoding, decoded) };
  if (read.text.trim().length === 0) throw new InputError(label, 'contains no text');
  return documentOf(read, bytes, label);
}

function documentOf(read: ReadText, bytes: Uint8Array, label: string): Document {
  return parseDocument(read.text, {
    path: label,
    format: read.format,
    encoding: read.encoding,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    diagnostics: read.diagnostics,
    ...(read.original ? { original: read.original } : {}),
    ...(read.metaRows?.length ? { metaRows: read.metaRows } : {}),
  });
}

/** The kind of furniture that holds a document's metadata fields (src/source/markdown.ts). */
const META_FURNITURE = 'header-field';
function metaRowsOf(src: Pick<SourceText, 'original' | 'furniture'>): string[] {
  const original = src.original;
  if (original === undefined || !src.furniture) return [];
  // one row per line: a front matter is a block of "key: value" lines between its "---"
  return src.furniture.filter((f) => f.kind === META_FURNITURE).flatMap((f) => original.slice(f.start, f.end).split(/\r?\n/)).filter((row) => row.trim() !== '');
}

/** What decoding has to say: a guessed encoding, U+FFFD put for bad bytes (at the first), an --encoding that overrode UTF-8 (named as asked). */
function decodeDiagnostics(decoded: DecodeResult, text: string, asked?: string): Diagnostic[] {
  const zero = { line: 1, column: 1, offset: 0 };
  const { encoding } = decoded;
  const out: Diagnostic[] = [];
  if (decoded.fallback) out.push(diagnostic('encoding-fallback', { start: zero, end: zero }, { encoding }));
  if (decoded.overrodeUtf8) out.push(diagnostic('encoding-override', { start: zero, end: zero }, { encoding: asked ?? encoding }));
  if (decoded.replaced > 0) {
    const at = text.indexOf('\ufffd');
    out.push(diagnostic('undecodable-bytes', lineIndex(text).position(at, at + 1), { encoding, count: String(decoded.replaced) }));
  }
  return out;
}

export async function parseFile(path: string, options: ReadOptions = {}): Promise<Document> {
  return readDocument(await readInput(path, options.maxBytes), path, options);
}
