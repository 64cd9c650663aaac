// Brackets that are closed by a bracket of another kind, or not closed on
// their line: "(赣发2022〕23号)" is a typing slip worth reporting.
import type { Diagnostic } from '../tree/schema.js';
import { diagnostic } from '../diagnostics/report.js';
import type { LineIndex } from './positions.js';

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '】': '【', '〕': '〔', '》': '《' };
/** The opener each closer pairs with, by UTF-16 unit; openers map to 0. */
const OPENER_OF = new Map<number, number>();
for (const [close, open] of Object.entries(PAIRS)) {
  OPENER_OF.set(close.charCodeAt(0), open.charCodeAt(0));
  OPENER_OF.set(open.charCodeAt(0), 0);
}
/** Every bracket character, closers and openers. */
export const BRACKET_CHARS = Object.entries(PAIRS).flat().join('');
const BRACKETS = new RegExp(`[${BRACKET_CHARS.replace(/[\]\[]/g, '\\$&')}]`, 'g');
/** Where `norm` holds a bracket, ascending: a native scan skips the text between them. */
export function bracketsIn(norm: string): number[] {
  const at: number[] = [];
  BRACKETS.lastIndex = 0;
  // test() builds no match object; each bracket is one unit, so it sits just before lastIndex
  while (BRACKETS.test(norm)) at.push(BRACKETS.lastIndex - 1);
  return at;
}

/**
 * Checks each line of `norm` outside the skipped spans (furniture); one diagnostic per line at most.
 * A line that `continues` the one before (a hard-wrapped sentence, by 1-based line number) is checked with it.
 * `brackets`: where the brackets stand (bracketsIn), when the caller knows already (normalize finds them as it folds).
 */
export function checkBrackets(
  norm: string, index: LineIndex, skip: (offset: number) => boolean, continues: (line: number) => boolean = () => false,
  brackets: readonly number[] = bracketsIn(norm),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const starts = index.lineStarts;
  let lineEnd = 0;
  let stack: number[] = [];
  let done = false; // this line already has its problem, or is skipped
  const report = (at: number, detail: string) => {
    out.push(diagnostic('unbalanced-bracket', index.position(at, at + 1), { detail }));
    done = true;
  };
  const closeLine = () => {
    if (!done && stack.length) report(stack[stack.length - 1]!, `"${norm[stack[stack.length - 1]!]}" is never closed on its line`);
  };
  for (let k = 0; k < brackets.length; k++) {
    const i = brackets[k]!;
    if (i >= lineEnd) {
      const line = index.point(i).line - 1;
      // "（牵头单位：市发改⏎委）": one bracket left open, closed first thing on the next line, was split by the break
      const split = !done && stack.length === 1 && lineEnd === starts[line] && OPENER_OF.get(norm.charCodeAt(i)) === norm.charCodeAt(stack[0]!);
      if (!split) closeLine();
      let last = line;
      while (last + 1 < starts.length && continues(last + 2)) last++;
      lineEnd = last + 1 < starts.length ? starts[last + 1]! : norm.length;
      if (!split) stack = [];
      done = skip(starts[line]!);
    }
    if (done) {
      while (k + 1 < brackets.length && brackets[k + 1]! < lineEnd) k++; // nothing more to find on this line
      continue;
    }
    const opener = OPENER_OF.get(norm.charCodeAt(i))!;
    if (opener === 0) stack.push(i);
    else {
      const top = stack.pop();
      if (top === undefined) report(i, `"${norm[i]}" closes no bracket`);
      else if (norm.charCodeAt(top) !== opener) report(i, `"${norm[top]}" is closed by "${norm[i]}"`);
    }
  }
  closeLine();
  return out;
}
