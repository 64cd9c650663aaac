// Reading inputs: only regular files, a size cap checked before and while
// reading, and a stream reader with the same cap for stdin.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DEFAULT_MAX_BYTES, InputError, parseFile, readInput, readStream } from '../src/read.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-parse-read-'));
const good = join(dir, 'good.txt');
writeFileSync(good, '一、总体要求\n到2025年，完成10家。\n');

/** The InputError a promise rejects with (fails the test on anything else). */
async function refusal(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('readInput: only regular files', () => {
  it.runIf(process.platform !== 'win32')('refuses a FIFO with no writer at once, instead of blocking on open()', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const e = await refusal(readInput(fifo));
    expect(e.message).toBe(`${fifo}: is a named pipe (FIFO), not a regular file`);
    // and the good file named after it is read
    expect((await parseFile(good)).source.path).toBe(good);
  }, 5000);

  it.runIf(existsSync('/dev/zero'))('refuses /dev/zero without reading it', async () => {
    expect((await refusal(readInput('/dev/zero'))).reason).toBe('is a character device, not a regular file');
    expect((await parseFile(good)).root.children.length).toBeGreaterThan(0);
  });

  it('a directory, a missing file', async () => {
    expect((await refusal(readInput(dir))).reason).toBe('is a directory');
    expect((await refusal(readInput(join(dir, 'nope.txt')))).reason).toBe('no such file');
  });

  it('follows a symbolic link to a regular file', async () => {
    const link = join(dir, 'link.txt');
    execFileSync('ln', ['-s', good, link]);
    expect((await parseFile(link)).source.bytes).toBeGreaterThan(0);
  });
});

describe('the size cap', () => {
  it('defaults to 64 MiB', () => expect(DEFAULT_MAX_BYTES).toBe(64 * 1024 * 1024));

  it('refuses a file larger than maxBytes from its size, before reading', async () => {
    const e = await refusal(parseFile(good, { maxBytes: 10 }));
    expect(e.message).toBe(`${good}: is larger than 10 bytes (--max-bytes)`);
    await expect(parseFile(good, { maxBytes: 1000 })).resolves.toBeTruthy();
  });

  it.runIf(existsSync('/proc/self/maps'))('also caps while reading: a file may hold more than its size said', async () => {
    // /proc files are regular files whose stat size is 0
    expect((await refusal(readInput('/proc/self/maps', 100))).reason).toBe('is larger than 100 bytes (--max-bytes)');
  });

  it.runIf(existsSync('/proc/self/maps'))('reads a file to its end past the size it was stat\'ed at', async () => {
    const bytes = Buffer.from(await readInput('/proc/self/maps'));
    expect(bytes.length).toBeGreaterThan(100); // stat said 0: the buffer grew, more than once
    expect(bytes.toString('latin1')).toMatch(/\n$/);
  });

  it('reads every byte of a file larger than one read', async () => {
    const big = join(dir, 'big.txt');
    const text = '到2025年，完成10家。\n'.repeat(20_000); // about 600 KB
    writeFileSync(big, text);
    expect(Buffer.from(await readInput(big)).toString('utf8')).toBe(text);
  });
});

describe('readStream (stdin)', () => {
  it('reads every chunk', async () => {
    const bytes = await readStream(Readable.from([Buffer.from('一、'), new Uint8Array([0x41]), 'B']), '-');
    expect(bytes.toString('utf8')).toBe('一、AB');
  });

  it('stops at the cap instead of reading an endless stream', async () => {
    let sent = 0;
    const endless = new Readable({
      read() {
        sent += 1024;
        this.push(Buffer.alloc(1024, 0x41));
      },
    });
    const e = await refusal(readStream(endless, '-', 10_000));
    expect(e.message).toBe('-: is larger than 10000 bytes (--max-bytes)');
    expect(sent).toBeLessThan(100_000);
    expect(endless.destroyed).toBe(true);
  });

  it('names a directory on stdin: `plan-parse - < folder`', async () => {
    // a read of the folder fails with EISDIR…
    expect((await refusal(readStream(createReadStream(dir), '-'))).message).toBe('-: is a directory');
    // …but process.stdin on a folder is an empty stream with its fd: fstat tells
    const fd = openSync(dir, 'r');
    try {
      expect((await refusal(readStream(Object.assign(Readable.from([]), { fd }), '-'))).message).toBe('-: is a directory');
    } finally {
      closeSync(fd);
    }
  });

  it('checks the size of a regular file on stdin before reading it', async () => {
    const fd = openSync(good, 'r');
    try {
      expect((await refusal(readStream(Object.assign(Readable.from([]), { fd }), '-', 10))).reason).toBe('is larger than 10 bytes (--max-bytes)');
    } finally {
      closeSync(fd);
    }
  });
});

describe('parseFile: a file named .md', () => {
  it('is read as Markdown even where its text shows little of it', async () => {
    const md = join(dir, 'plan.md');
    writeFileSync(md, '**贵州省农村支付服务提质增效**\n\n**助力乡村振兴行动方案(2026-2028年)**\n\n为推进工作，制定本方案。\n\n一、总体要求\n');
    const doc = await parseFile(md);
    expect(doc.source?.format).toBe('md');
    expect(doc.meta.title).toBe('贵州省农村支付服务提质增效助力乡村振兴行动方案');
    // the same text named .txt is plain text, its asterisks kept
    const txt = join(dir, 'plan.txt');
    writeFileSync(txt, '**贵州省农村支付服务提质增效**\n\n**助力乡村振兴行动方案(2026-2028年)**\n\n为推进工作，制定本方案。\n\n一、总体要求\n');
    expect((await parseFile(txt)).meta.title).toBe(null);
  });
});
