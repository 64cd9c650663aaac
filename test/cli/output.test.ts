// The -o file: replaced whole when the command ends, left as it was when it does not.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { abandon, sink } from '../../src/cli/output.js';
import { fullIo, write } from '../../src/cli/io.js';

const ioIn = (cwd: string) => fullIo({ argv: [], stdout: new PassThrough(), stderr: new PassThrough(), cwd });

describe('sink', () => {
  it('a run that stops part way leaves the old file untouched and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-out-'));
    writeFileSync(join(dir, 'out.json'), 'old\n');
    const io = ioIn(dir);
    const s = sink(io, 'out.json');
    await write(s.out, '[\n{"half":');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old\n'); // nothing truncated while writing
    abandon(io);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old\n');
    await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('a finished run replaces the file in one step', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-out-'));
    writeFileSync(join(dir, 'out.json'), 'old\n');
    const io = ioIn(dir);
    const s = sink(io, 'out.json');
    await write(s.out, 'new\n');
    await s.close();
    abandon(io); // nothing left to abandon
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('refuses a file that is also an input, by real path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-parse-out-'));
    writeFileSync(join(dir, 'in.txt'), 'text');
    expect(() => sink(ioIn(dir), './sub/../in.txt', ['in.txt'])).toThrow(/is also an input/);
  });
});
