// The JSON written in pieces is byte for byte the JSON.stringify output it replaces.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../../src/read.js';
import { jsonPieces, piecewise, toJson } from '../../src/format/json.js';
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
    // the walk taken for a document too large to take whole gives the same bytes
    expect([...piecewise(doc, { pretty: true })].join('')).toBe(JSON.stringify(doc, null, 2) + '\n');
    expect([...piecewise(doc)].join('')).toBe(JSON.stringify(doc));
    expect([...ndjsonPieces(doc)].join('')).toBe(toNdjson(doc));
    expect(toJson(doc)).toBe(JSON.stringify(doc));
  });

  it('keeps JSON.stringify’s rules for undefined, empty containers and odd keys', () => {
    const value = { a: undefined, b: [undefined, 1, { c: [] }], d: {}, '1': 'x', 'e"f': [[{ g: { h: [2] } }]], i: 'line\nbreak' };
    for (const pretty of [true, false]) {
      const expected = pretty ? JSON.stringify(value, null, 2) + '\n' : JSON.stringify(value);
      expect([...jsonPieces(value, { pretty })].join('')).toBe(expected);
      expect([...piecewise(value, { pretty })].join('')).toBe(expected);
    }
  });

  it('walks a value whose JSON could come near the string cap value by value', () => {
    const big = { text: 'x'.repeat(12_000_000) }; // bounded at 6 characters each: past 2^26
    const pieces = [...jsonPieces(big)];
    expect(pieces.join('')).toBe(JSON.stringify(big));
    expect(pieces.length).toBe(1); // the walk hands out whole values; the cut of a whole string makes 64K pieces
  });

  it('never cuts a surrogate pair between pieces (each piece is encoded alone)', () => {
    // '"' then 65,534 characters: the pair 𠀀 (U+20000) straddles the 65,536th character
    const value = 'a'.repeat(65_534) + '𠀀' + 'b'.repeat(10);
    const pieces = [...jsonPieces(value)];
    expect(pieces.join('')).toBe(JSON.stringify(value));
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
  });
});
