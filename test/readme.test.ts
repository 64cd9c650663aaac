// README.md shows real output of the current code (scripts/readme.mjs --check).
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

it('README examples and accuracy figures are what the code prints today', () => {
  const r = spawnSync(process.execPath, ['scripts/readme.mjs', '--check'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
