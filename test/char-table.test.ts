import { describe, expect, it } from 'vitest';
import { charTable, codeTable } from '../src/char-table.js';

/** The definition: a table of its own with 1 at each code, 0 elsewhere. */
function plainTable(codes: number[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  return table;
}

describe('char tables cut from shared blocks', () => {
  it('read as a table of their own: 1 at each code given, 0 everywhere else', () => {
    // more tables than one block holds, so some come from a second block
    const sets = Array.from({ length: 70 }, (_, i) => [i, 0x4e00 + i * 7, 0xffff - i, 0x3000 + (i % 5)]);
    const tables = sets.map((codes, i) => (i % 2 ? codeTable(codes) : charTable(String.fromCharCode(...codes))));
    tables.forEach((table, i) => {
      expect(table.length).toBe(0x10000);
      expect(Buffer.from(table).equals(Buffer.from(plainTable(sets[i]!)))).toBe(true);
    });
  });

  it('does not share a byte with another table', () => {
    const a = charTable('甲');
    const b = charTable('乙');
    expect(b['甲'.charCodeAt(0)]).toBe(0);
    expect(a['乙'.charCodeAt(0)]).toBe(0);
  });

  it('reads NaN, a code past the end of a text, as no member', () => {
    expect(charTable('a')[''.charCodeAt(0)]).toBeFalsy();
  });
});
