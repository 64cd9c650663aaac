// Lookup tables by UTF-16 code unit, for the hot scanning loops: one read per
// character instead of a regex test or a string search. A code read past the
// end of a text (NaN) reads as 0.

const TABLE_SIZE = 0x10000;
/**
 * Tables are cut from shared blocks of 32: about 90 are built at every start, and a 64 KiB
 * ArrayBuffer of its own cost each one a zeroed allocation (15 ms in all). A block's pages stay
 * untouched, and zero, until a table writes to them.
 */
const TABLES_PER_BLOCK = 32;
let block: ArrayBuffer | null = null;
let used = 0;

/** A table of zeros, a view of its own part of a block. */
function emptyTable(): Uint8Array {
  if (block === null || used === TABLES_PER_BLOCK) {
    block = new ArrayBuffer(TABLES_PER_BLOCK * TABLE_SIZE);
    used = 0;
  }
  return new Uint8Array(block, TABLE_SIZE * used++, TABLE_SIZE);
}

/** 1 for every code unit of the strings in `sets` (each a string, or a list of strings). */
export function charTable(...sets: Iterable<string>[]): Uint8Array {
  const table = emptyTable();
  for (const set of sets) for (const s of set) for (let i = 0; i < s.length; i++) table[s.charCodeAt(i)] = 1;
  return table;
}

/** 1 for each of `codes`. */
export function codeTable(codes: Iterable<number>): Uint8Array {
  const table = emptyTable();
  for (const c of codes) table[c] = 1;
  return table;
}

/**
 * A 1024-bit filter of `codes`: read before a table in loops over many characters, it stays in the
 * first-level cache where the 64 KiB table read at Chinese char codes does not. Built from the codes,
 * not by reading a table's 65,536 entries: that costs milliseconds at every start.
 */
export function codeBits(codes: Iterable<number>): Uint32Array {
  const bits = new Uint32Array(32);
  for (const c of codes) bits[(c >> 5) & 31]! |= 1 << (c & 31);
  return bits;
}

/** codeBits of every code unit of the strings in `sets`. */
export function charBits(...sets: Iterable<string>[]): Uint32Array {
  const codes: number[] = [];
  for (const set of sets) for (const s of set) for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
  return codeBits(codes);
}

/** Char code `c` may be one of the codes `bits` filters (NaN, past the end, then fails on the table). */
export const maybe = (bits: Uint32Array, c: number): boolean => (bits[(c >> 5) & 31]! & (1 << (c & 31))) !== 0;

/** The class [\u3400-\u9fff] (CJK ideographs) by char code; NaN, past the end, is none. */
export const isIdeograph = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
/** The class [0-9] by char code; NaN, past the end, is none. */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
