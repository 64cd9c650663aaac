// `npm run eval` must print the referee's figures: its totals are compared with
// ../shared/tools/score.mjs on every gold set (skipped where shared/ is absent).
// The referee reads the documents plan-parse wrote (its --pred mode), one run per
// set; that the CLI writes the same documents as the library is a CLI test's job.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from '../src/index.js';

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
  it.skipIf(!existsSync(referee) || !existsSync(docs))('gives the same totals as the referee', async () => {
    const args = ['--gold', gold, '--docs', docs];
    const ours = JSON.parse(execFileSync(process.execPath, ['scripts/eval.mjs', ...args, '--json'], { encoding: 'utf8' })).total;
    const pred = mkdtempSync(join(tmpdir(), 'plan-parse-pred-'));
    try {
      for (const g of readdirSync(gold).filter((f) => f.endsWith('.gold.json'))) {
        // the document a gold file names, as the referee reads it
        const doc: string = JSON.parse(readFileSync(join(gold, g), 'utf8')).doc ?? g.replace(/\.gold\.json$/, '');
        writeFileSync(join(pred, `${doc}.json`), JSON.stringify(await parseFile(join(docs, doc))));
      }
      const theirs = JSON.parse(execFileSync(process.execPath, [referee, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 })).total;
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
      for (const k of Object.keys(theirs)) expect(ours[k], k).toBeCloseTo(theirs[k], 9);
    } finally {
      rmSync(pred, { recursive: true, force: true });
    }
  });
});
