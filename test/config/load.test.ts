import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/load.js';

const folder = () => realpathSync(mkdtempSync(join(tmpdir(), 'plan-parse-config-')));

describe('loadConfig', async () => {
  it('finds the nearest configuration above the working folder and keeps its departments', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'plan-parse.config.json'), JSON.stringify({ departments: { 市科技局: ['科技局', '市科学技术局'] }, ignore: ['x/**'] }));
    const c = await loadConfig({ cwd: join(dir, 'a/b') });
    expect(c).toEqual({ file: join(dir, 'plan-parse.config.json'), dir, rules: {}, ignore: ['x/**'], departments: { 市科技局: ['科技局', '市科学技术局'] } });
  });

  it('stops at a nearer package.json with a "plan-parse" key, and passes over one without', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'p/q'), { recursive: true });
    writeFileSync(join(dir, 'plan-parse.config.json'), JSON.stringify({ rules: { 'numbering-gap': 'off' } }));
    writeFileSync(join(dir, 'p/package.json'), JSON.stringify({ name: 'p', 'plan-parse': { rules: { 'numbering-gap': 'error' } } }));
    writeFileSync(join(dir, 'p/q/package.json'), JSON.stringify({ name: 'q' }));
    expect((await loadConfig({ cwd: join(dir, 'p/q') })).rules).toEqual({ 'numbering-gap': 'error' });
  });

  it('reads nothing with search off, and names the file of a bad configuration', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plan-parse.config.json'), JSON.stringify({ rules: { 'numbering-gap': 'loud' } }));
    expect((await loadConfig({ cwd: dir, search: false })).file).toBeNull();
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(ConfigError);
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(/plan-parse\.config\.json: invalid configuration: rules\.numbering-gap/);
    await expect(loadConfig({ cwd: dir, file: 'nope.json' })).rejects.toThrow(/nope\.json: no such file/);
  });
});
