// `npm run eval` must print the referee's figures: compare its totals with
// ../shared/tools/score.mjs run on the built CLI, for every gold set
// (skipped where shared/ is absent).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const referee = '../shared/tools/score.mjs';
const SETS = [
  ['seeds', 'fixtures/gold', 'seeds'],
  ['held-out', 'fixtures/holdout/gold', 'fixtures/holdout'],
  ['blind', 'fixtures/blind/gold', 'fixtures/blind'],
  ['blind3', 'fixtures/blind3/gold', 'fixtures/blind3'],
  ['blind4', 'fixtures/blind4/gold', 'fixtures/blind4'],
  ['blind5', 'fixtures/blind5/gold', 'fixtures/blind5'],
  ['blind6', 'fixtures/blind6/gold', 'fixtures/blind6'],
  ['blind7', 'fixtures/blind7/gold', 'fixtures/blind7'],
  ['blind8', 'fixtures/blind8/gold', 'fixtures/blind8'],
  ['real', 'fixtures/real/gold', '../shared/real'],
] as const;

describe.each(SETS)('npm run eval on the %s set', (_name, gold, docs) => {
  it.skipIf(!existsSync(referee) || !existsSync(docs))('gives the same totals as the referee', () => {
    const args = ['--gold', gold, '--docs', docs];
    const ours = JSON.parse(execFileSync(process.execPath, ['scripts/eval.mjs', ...args, '--json'], { encoding: 'utf8' })).total;
    const theirs = JSON.parse(
      execFileSync(process.execPath, [referee, ...args, '--cli', `${process.execPath} bin/plan-parse.js`, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }),
    ).total;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const k of Object.keys(theirs)) expect(ours[k], k).toBeCloseTo(theirs[k], 9);
  });
});
