// Lookup tables by UTF-16 code unit, for the hot scanning loops: one read per
// character instead of a regex test or a string search. A code read past the
// end of a text (NaN) reads as 0.

/** 1 for every code unit of the strings in `sets` (each a string, or a list of strings). */
export function charTable(...sets: Iterable<string>[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const set of sets) for (const s of set) for (let i = 0; i < s.length; i++) table[s.charCodeAt(i)] = 1;
  return table;
}

/** 1 for each of `codes`. */
export function codeTable(codes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  return table;
}
