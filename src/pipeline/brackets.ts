// Brackets that are closed by a bracket of another kind, or not closed on
// their line: "(赣发2022〕23号)" is a typing slip worth reporting.
import type { Diagnostic } from '../tree/schema.js';
import { diagnostic } from '../diagnostics/report.js';
import type { LineIndex } from './positions.js';

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '】': '【', '〕': '〔', '》': '《' };
const OPENERS = new Set(Object.values(PAIRS));
/** Only bracket characters are visited: a native scan skips the text between them. */
const BRACKETS = /[()[\]【】〔〕《》]/g;

/** Checks each line of `norm` outside the skipped spans (furniture); one diagnostic per line at most. */
export function checkBrackets(norm: string, index: LineIndex, skip: (offset: number) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const starts = index.lineStarts;
  let line = -1; // the line being checked
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
  for (const m of norm.matchAll(BRACKETS)) {
    const i = m.index!;
    if (i >= lineEnd) {
      closeLine();
      line = index.point(i).line - 1;
      lineEnd = line + 1 < starts.length ? starts[line + 1]! : norm.length;
      stack = [];
      done = skip(starts[line]!);
    }
    if (done) continue;
    const ch = m[0];
    if (OPENERS.has(ch)) stack.push(i);
    else {
      const top = stack.pop();
      if (top === undefined) report(i, `"${ch}" closes no bracket`);
      else if (norm[top] !== PAIRS[ch]) report(i, `"${norm[top]}" is closed by "${ch}"`);
    }
  }
  closeLine();
  return out;
}
