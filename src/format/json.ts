// The document as JSON, in pieces: the same bytes as JSON.stringify(doc, null, 2)
// (or JSON.stringify(doc) when compact). A document whose JSON could come near V8's
// cap on a string (about 512 MB) is made value by value, never as one string.
import type { Document } from '../tree/schema.js';

export type JsonOptions = { pretty?: boolean };

/** Pieces are gathered up to this many characters before one is handed out. */
const PIECE = 1 << 16;

/** One document: pretty with a final newline, or compact on one line without one. */
export function toJson(doc: Document, options: JsonOptions = {}): string {
  return options.pretty ? JSON.stringify(doc, null, 2) + '\n' : JSON.stringify(doc);
}

/** toJson(doc) in pieces of about 64K characters; joined, they are exactly toJson(doc). Any JSON value will do. */
export function* jsonPieces(doc: Document | unknown, options: JsonOptions = {}): Generator<string> {
  if (!smallDocument(doc) && jsonLengthWithin(doc, WHOLE_MAX, 0) < 0) return yield* piecewise(doc, options);
  const json = toJson(doc as Document, options);
  for (let at = 0; at < json.length; ) {
    let end = Math.min(at + PIECE, json.length);
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end--; // a piece is encoded alone: never half a pair
    yield json.slice(at, end);
    at = end;
  }
}

/**
 * Values whose JSON is surely shorter than this are made by one JSON.stringify, in C++ (in a cold process, a
 * fifth of the time of the piecewise walk), and then cut: an eighth of V8's limit on a string's length.
 */
const WHOLE_MAX = 1 << 26;

/**
 * A document read from at most 256 KiB of text, HTML or Markdown: its JSON needs no bound walked (which takes
 * half the time of JSON.stringify itself), as even a hundred characters of JSON a byte stay within WHOLE_MAX.
 */
function smallDocument(v: unknown): boolean {
  const source = (v as { source?: Partial<Document['source']> } | null)?.source;
  return typeof source?.bytes === 'number' && source.bytes <= 1 << 18 && (source.format === 'text' || source.format === 'html' || source.format === 'md');
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * What is left of `budget` after an upper bound of v's JSON length (each character as an escape of 6, a value
 * and its indentation as 16 + 2 per level), or a negative number as soon as the bound passes it.
 */
function jsonLengthWithin(v: unknown, budget: number, depth: number): number {
  budget -= 16 + 2 * depth;
  if (typeof v === 'string') return budget - 6 * v.length;
  if (v === null || typeof v !== 'object') return budget;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && budget >= 0; i++) budget = jsonLengthWithin(v[i], budget, depth + 1);
    return budget;
  }
  for (const k in v) {
    if (budget < 0) break;
    budget = jsonLengthWithin((v as Record<string, unknown>)[k], budget - 6 * k.length, depth + 1);
  }
  return budget;
}

/** jsonPieces made value by value, never the whole JSON as one string: for a value too large for jsonPieces to take whole. */
export function* piecewise(doc: unknown, options: JsonOptions = {}): Generator<string> {
  let buffer = '';
  for (const s of serialize(doc, options.pretty ? '  ' : '', '')) {
    buffer += s;
    if (buffer.length >= PIECE) {
      yield buffer;
      buffer = '';
    }
  }
  if (options.pretty) buffer += '\n';
  if (buffer) yield buffer;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A value JSON.stringify takes whole: no array of objects, nothing deeper than an object of objects (a position). */
function small(v: object): boolean {
  if (Array.isArray(v)) return v.every(flat);
  for (const x of Object.values(v)) {
    if (x === null || typeof x !== 'object') continue;
    if (Array.isArray(x) ? !x.every(flat) : !Object.values(x).every(flat)) return false;
  }
  return true;
}
const flat = (x: unknown) => x === null || typeof x !== 'object' || (!Array.isArray(x) && Object.values(x).every((y) => y === null || typeof y !== 'object'));

/** JSON.stringify's own layout, value by value; `pad` is the indentation of the line the value starts on. */
function* serialize(v: unknown, indent: string, pad: string): Generator<string> {
  if (v === null || typeof v !== 'object' || (typeof (v as { toJSON?: unknown }).toJSON === 'function')) {
    yield JSON.stringify(v) ?? 'null';
    return;
  }
  if (small(v)) {
    const s = JSON.stringify(v, null, indent);
    yield indent && pad ? s.replace(/\n/g, '\n' + pad) : s; // a string never holds a raw newline
    return;
  }
  const inner = pad + indent;
  const open = indent ? '\n' + inner : '';
  const close = indent ? '\n' + pad : '';
  if (Array.isArray(v)) {
    if (v.length === 0) return yield '[]';
    for (let i = 0; i < v.length; i++) {
      yield (i ? ',' : '[') + open;
      yield* serialize(skipped(v[i]) ? null : (v[i] as Json), indent, inner);
    }
    return yield close + ']';
  }
  const keys = Object.keys(v).filter((k) => !skipped((v as Record<string, unknown>)[k]));
  if (keys.length === 0) return yield '{}';
  for (let i = 0; i < keys.length; i++) {
    yield (i ? ',' : '{') + open + JSON.stringify(keys[i]) + (indent ? ': ' : ':');
    yield* serialize((v as Record<string, unknown>)[keys[i]!], indent, inner);
  }
  yield close + '}';
}
