// `npm run eval` must print the referee's figures: compare its totals with
// ../shared/tools/score.mjs run on the built CLI (skipped where shared/ is absent).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const referee = '../shared/tools/score.mjs';

describe('npm run eval', () => {
  it.skipIf(!existsSync(referee))('gives the same totals as the referee on the seeds', () => {
    const ours = JSON.parse(execFileSync(process.execPath, ['scripts/eval.mjs', '--gold', 'fixtures/gold', '--docs', 'seeds', '--json'], { encoding: 'utf8' })).total;
    const theirs = JSON.parse(
      execFileSync(process.execPath, [referee, '--gold', 'fixtures/gold', '--docs', 'seeds', '--cli', `${process.execPath} bin/plan-parse.js`, '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      }),
    ).total;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const k of Object.keys(theirs)) expect(ours[k], k).toBeCloseTo(theirs[k], 9);
  });
});

describe('npm run eval, held-out set', () => {
  it.skipIf(!existsSync(referee))('gives the same totals as the referee on the held-out documents', () => {
    const args = ['--gold', 'fixtures/holdout/gold', '--docs', 'fixtures/holdout'];
    const ours = JSON.parse(execFileSync(process.execPath, ['scripts/eval.mjs', ...args, '--json'], { encoding: 'utf8' })).total;
    const theirs = JSON.parse(
      execFileSync(process.execPath, [referee, ...args, '--cli', `${process.execPath} bin/plan-parse.js`, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }),
    ).total;
    for (const k of Object.keys(theirs)) expect(ours[k], k).toBeCloseTo(theirs[k], 9);
  });
});
