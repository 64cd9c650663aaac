// The JSON written in pieces is byte for byte the JSON.stringify output it replaces.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../../src/read.js';
import { jsonPieces, toJson } from '../../src/format/json.js';
import { ndjsonPieces, toNdjson } from '../../src/format/ndjson.js';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.txt$/i.test(name)) out.push(p);
  }
  return out;
}

describe('jsonPieces', () => {
  const files = walk('fixtures');
  it.each(files)('%s: pieces join to JSON.stringify, pretty and compact', (file) => {
    let doc;
    try {
      doc = parseBytes(readFileSync(file), file);
    } catch {
      return; // binary and empty inputs have no document
    }
    expect([...jsonPieces(doc, { pretty: true })].join('')).toBe(JSON.stringify(doc, null, 2) + '\n');
    expect([...jsonPieces(doc)].join('')).toBe(JSON.stringify(doc));
    expect([...ndjsonPieces(doc)].join('')).toBe(toNdjson(doc));
    expect(toJson(doc)).toBe(JSON.stringify(doc));
  });

  it('keeps JSON.stringify’s rules for undefined, empty containers and odd keys', () => {
    const value = { a: undefined, b: [undefined, 1, { c: [] }], d: {}, '1': 'x', 'e"f': [[{ g: { h: [2] } }]], i: 'line\nbreak' };
    for (const pretty of [true, false]) {
      const expected = pretty ? JSON.stringify(value, null, 2) + '\n' : JSON.stringify(value);
      expect([...jsonPieces(value, { pretty })].join('')).toBe(expected);
    }
  });
});
