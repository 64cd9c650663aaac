// A unit as written → its canonical name: the body's full name after whatever
// prefix the document wrote (市发改委 → 市发展和改革委员会). Aliases from the
// config file name whole units and are tried first.
import { DEPARTMENT_ALIASES } from '../data/departments.js';

/** Config aliases: canonical name → the names that mean it. */
export type DepartmentAliases = Record<string, readonly string[]>;

/** Every full name and short form → the full name, longest first (the longest suffix wins). */
const BODY_NAMES: Array<[string, string]> = Object.entries(DEPARTMENT_ALIASES)
  .flatMap(([full, short]): Array<[string, string]> => [[full, full], ...short.map((s): [string, string] => [s, full])])
  .sort((a, b) => b[0].length - a[0].length);

export type Canonicalizer = (unit: string) => string;

/** One canonicalizer per run: the config's aliases are indexed once. */
export function canonicalizer(extra: DepartmentAliases = {}): Canonicalizer {
  const exact = new Map<string, string>();
  for (const [name, aliases] of Object.entries(extra)) {
    exact.set(name, name);
    for (const a of aliases) exact.set(a, name);
  }
  const memo = new Map<string, string>();
  return (unit) => {
    const name = unit.trim();
    let out = exact.get(name) ?? memo.get(name);
    if (out === undefined) {
      out = name;
      for (const [form, full] of BODY_NAMES) {
        if (name.endsWith(form)) {
          out = name.slice(0, name.length - form.length) + full;
          break;
        }
      }
      memo.set(name, out);
    }
    return out;
  };
}

export const canonicalUnit: Canonicalizer = canonicalizer();
