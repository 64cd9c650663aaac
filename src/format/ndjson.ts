// Newline-delimited JSON: one compact document per line, for streams and `jq -c`.
import type { Document } from '../tree/schema.js';
import { jsonPieces } from './json.js';

export function toNdjson(docs: Document | Document[]): string {
  return (Array.isArray(docs) ? docs : [docs]).map((d) => JSON.stringify(d) + '\n').join('');
}

/** One document's line in pieces (see jsonPieces): a huge document is never one string. */
export function* ndjsonPieces(doc: Document): Generator<string> {
  yield* jsonPieces(doc);
  yield '\n';
}
