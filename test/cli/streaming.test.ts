// JSON and NDJSON leave in pieces, each written when the reader is ready, so
// memory follows the document and not its serialization. The full-size case
// ("一、\n" × 500 000, whose pretty JSON is over V8's string limit) takes most
// of a minute: PLAN_PARSE_SLOW=1 runs it.
import { describe, expect, it } from 'vitest';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { parseBytes } from '../../src/read.js';

/** A slow reader with a small buffer: every piece has to wait for 'drain'. */
function slowReader() {
  const sizes: number[] = [];
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      sizes.push(chunk.length);
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { out, sizes, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(text: string, format: string, keep = true) {
  const reader = slowReader();
  let bytes = 0;
  const stdout = keep ? reader.out : new Writable({ write: (c: Buffer, _e, done) => ((bytes += c.length), done()) });
  const stderr = slowReader();
  const code = await main({ argv: ['-', '-f', format], stdin: Readable.from([Buffer.from(text)]), stdout, stderr: stderr.out, env: {} });
  return { code, sizes: reader.sizes, text: reader.text(), stderr: stderr.text(), bytes };
}

describe('streamed JSON', () => {
  const text = '一、\n'.repeat(20_000);
  const doc = parseBytes(Buffer.from(text), '-');

  it('json: pieces of at most about 64K characters, the bytes of JSON.stringify(doc, null, 2)', async () => {
    const r = await run(text, 'json');
    expect(r.code).toBe(0);
    expect(r.sizes.length).toBeGreaterThan(50);
    expect(Math.max(...r.sizes)).toBeLessThan(4 * 65536); // UTF-8 of 64K UTF-16 units, at most
    expect(r.text).toBe(JSON.stringify(doc, null, 2) + '\n');
  });

  it('ndjson: the same, one line', async () => {
    const r = await run(text, 'ndjson');
    expect(r.sizes.length).toBeGreaterThan(20);
    expect(r.text).toBe(JSON.stringify(doc) + '\n');
  });

  it.runIf(process.env.PLAN_PARSE_SLOW)('a document whose JSON is longer than any string can be', { timeout: 600_000 }, async () => {
    const r = await run('一、\n'.repeat(500_000), 'json', false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.bytes).toBeGreaterThan(2 ** 29);
  });
});
