// Brackets that are closed by a bracket of another kind, or not closed on
// their line: "(赣发2022〕23号)" is a typing slip worth reporting.
import type { Diagnostic } from '../tree/schema.js';
import { diagnostic } from '../diagnostics/report.js';
import type { LineIndex } from './positions.js';

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '】': '【', '〕': '〔', '》': '《' };
const OPENERS = new Set(Object.values(PAIRS));

/** Checks each line of `norm` outside the skipped spans (furniture); one diagnostic per line at most. */
export function checkBrackets(norm: string, index: LineIndex, skip: (offset: number) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const starts = index.lineStarts;
  for (let l = 0; l < starts.length; l++) {
    const from = starts[l]!;
    const to = l + 1 < starts.length ? starts[l + 1]! : norm.length;
    if (skip(from)) continue;
    const stack: number[] = [];
    let problem: { at: number; detail: string } | null = null;
    for (let i = from; i < to && !problem; i++) {
      const ch = norm[i]!;
      if (OPENERS.has(ch)) stack.push(i);
      else if (ch in PAIRS) {
        const top = stack.pop();
        if (top === undefined) problem = { at: i, detail: `"${ch}" closes no bracket` };
        else if (norm[top] !== PAIRS[ch]) problem = { at: i, detail: `"${norm[top]}" is closed by "${ch}"` };
      }
    }
    if (!problem && stack.length) problem = { at: stack[stack.length - 1]!, detail: `"${norm[stack[stack.length - 1]!]}" is never closed on its line` };
    if (problem) out.push(diagnostic('unbalanced-bracket', index.position(problem.at, problem.at + 1), { detail: problem.detail }));
  }
  return out;
}
