// The matches of a global regex, for the per-node and per-heading searches: String#matchAll clones the
// regex on every call (and the clone starts cold), which costs more than the search itself in short texts.

/** `[...text.matchAll(re)]` for a global, non-unicode `re`, read with exec; `re.lastIndex` is left at 0. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++; // as matchAll steps past an empty match
  }
  re.lastIndex = 0;
  return out;
}
