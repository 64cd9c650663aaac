// Files and stdin → decoded text, with one clear error per bad input.
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { decode, DecodeError } from './pipeline/decode.js';
import { parseDocument } from './parse-document.js';
import { diagnostic } from './diagnostics/report.js';
import type { Document } from './tree/schema.js';

/** An input that cannot be read as a document; `message` names the file and the reason. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export type ReadOptions = { encoding?: string };

export async function readInput(path: string): Promise<Uint8Array> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new InputError(path, 'is a directory');
    return await readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be read (${code ?? (e as Error).message})`;
    throw new InputError(path, reason);
  }
}

/** Decoded bytes → document; `label` is the name used in messages and source.path. */
export function parseBytes(bytes: Uint8Array, label: string, options: ReadOptions = {}): Document {
  let decoded;
  try {
    decoded = decode(bytes, { encoding: options.encoding });
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(label, e.message);
    throw e;
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim().length === 0) throw new InputError(label, 'contains no text');
  const zero = { line: 1, column: 1, offset: 0 };
  return parseDocument(text, {
    path: label,
    encoding: decoded.encoding,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    diagnostics: decoded.fallback ? [diagnostic('encoding-fallback', { start: zero, end: zero }, { encoding: decoded.encoding })] : [],
  });
}

export async function parseFile(path: string, options: ReadOptions = {}): Promise<Document> {
  return parseBytes(await readInput(path), path, options);
}
