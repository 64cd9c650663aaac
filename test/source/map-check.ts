// Shared check for the offset maps of the source stage.
import type { OffsetMap } from '../../src/source/index.js';

/** Characters the adapters insert themselves (line ends, cell separators, collapsed white space). */
const INSERTED = new Set(['\n', '\t', ' ']);

/**
 * Every character of `text` not inserted by the adapter is found at its mapped
 * offset in `source`, or sits where an entity (`&…;`) starts; the map never
 * goes backwards and stays inside the source. Returns the first failure.
 */
export function mapProblem(source: string, text: string, map: OffsetMap): string | null {
  const at = map.offsets;
  if (at.length !== text.length + 1) return `map has ${at.length} entries for ${text.length} characters`;
  for (let i = 0; i < text.length; i++) {
    if (at[i] < 0 || at[i] > source.length) return `offset ${at[i]} of text[${i}] outside the source`;
    if (i > 0 && at[i] < at[i - 1]) return `map goes backwards at text[${i}]`;
    const c = text[i];
    if (INSERTED.has(c)) continue;
    if (source[at[i]] !== c && source[at[i]] !== '&') {
      return `text[${i}] ${JSON.stringify(c)} maps to ${at[i]}: ${JSON.stringify(source.slice(at[i], at[i] + 8))}`;
    }
  }
  return null;
}
