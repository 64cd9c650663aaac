// A lead-in to conditions inside a node's own text ("应当同时具备以下条件:"): the numbers
// after it are rules. One rule, RULE_LEAD_RE; ruleLeadEnd is its fast path, built from the same parts.
import { RULE_LEAD_INS } from '../data/target-cues.js';
import { codeTable } from '../char-table.js';
import { escapeRegExp, wordIndex } from './words.js';

/** Between the lead-in word and its colon: at most GAP_MAX characters, none of GAP_STOPS. */
const GAP_STOPS = ',;。:\n';
const GAP_MAX = 8;
const COLON = ':';

const escapeInClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
/** The rule: a lead-in word, a short gap, the colon. */
export const RULE_LEAD_RE = new RegExp(`(?:${RULE_LEAD_INS.map(escapeRegExp).join('|')})[^${escapeInClass(GAP_STOPS)}]{0,${GAP_MAX}}${escapeRegExp(COLON)}`);

const GAP_STOP_CODES = codeTable([...GAP_STOPS].map((c) => c.charCodeAt(0)));
/** The lead-in words by first character, in the order listed (the regex tries them so). */
const LEAD_BY_FIRST = wordIndex(RULE_LEAD_INS.filter((w) => w.length > 0));
const LEAD_FIRST = codeTable(LEAD_BY_FIRST.keys());
const LEAD_EMPTY = RULE_LEAD_INS.some((w) => w.length === 0);
const COLON_CODE = COLON.charCodeAt(0);
/** How far before its colon a lead-in can start: the longest word and the gap after it. */
const REACH = Math.max(0, ...RULE_LEAD_INS.map((w) => w.length)) + GAP_MAX;

/**
 * Where the first RULE_LEAD_RE match in `text` ends, or Infinity: the leftmost lead-in word (the first
 * listed at one position) whose greedy gap is followed by the colon.
 */
export function ruleLeadEnd(text: string): number {
  if (LEAD_EMPTY) {
    const lead = RULE_LEAD_RE.exec(text);
    return lead ? lead.index + lead[0].length : Infinity;
  }
  // A match ends on a colon at most REACH after its start: only those stretches are read.
  for (let colon = text.indexOf(COLON), p = 0; colon >= 0; colon = text.indexOf(COLON, colon + 1)) {
    for (p = Math.max(p, colon - REACH); p < colon; p++) {
      const end = leadEndAt(text, p);
      if (end >= 0) return end;
    }
  }
  return Infinity;
}

/** Where a lead-in starting at `p` ends with its colon, or -1. */
function leadEndAt(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (LEAD_FIRST[c] !== 1) return -1;
  for (const w of LEAD_BY_FIRST.get(c)!) {
    if (!text.startsWith(w, p)) continue;
    let q = p + w.length;
    const limit = q + GAP_MAX;
    while (q < limit && q < text.length && GAP_STOP_CODES[text.charCodeAt(q)] !== 1) q++;
    if (text.charCodeAt(q) === COLON_CODE) return q + 1;
  }
  return -1;
}
