// Reading: byte-order marks, UTF-16, the GB18030 fallback, --encoding, line
// ends, and one clear InputError per unreadable input.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { InputError, parseBytes, parseFile } from '../src/read.js';
import { decode, DecodeError } from '../src/pipeline/decode.js';
import type { Document, Node, Section } from '../src/tree/schema.js';

const seedPath = 'seeds/003_e75b78b91cca39b7.txt';
const seedText = readFileSync(seedPath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'plan-parse-decode-'));

function sections(nodes: Node[], out: Section[] = []): Section[] {
  for (const n of nodes) if (n.type === 'section') out.push(n), sections(n.children, out);
  return out;
}
/** What must survive any re-encoding: markers, titles, depths, units. */
const outline = (doc: Document) =>
  sections(doc.root.children).map((s) => [s.marker?.raw ?? null, s.marker?.ordinal ?? null, s.depth, s.title, s.lead, s.responsible]);

const reference = parseBytes(Buffer.from(seedText, 'utf8'), 'seed');
const codes = (doc: Document) => doc.diagnostics.map((d) => d.code);

/** The first marker of every section slices back out of the given source text. */
function expectPositionsSlice(doc: Document, source: string) {
  const found = sections(doc.root.children).filter((s) => s.marker);
  expect(found.length).toBeGreaterThan(10);
  for (const s of found) expect(source.slice(s.position.start.offset, s.position.start.offset + s.marker!.raw.length)).toBe(s.marker!.raw);
}

describe('decoding', () => {
  it('reads the seed as UTF-8 with a real outline', () => {
    expect(reference.source.encoding).toBe('utf-8');
    expect(outline(reference).length).toBeGreaterThan(20);
    expect(codes(reference)).not.toContain('encoding-fallback');
  });

  it('drops a UTF-8 byte-order mark; offsets count from after it', () => {
    const doc = parseBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText, 'utf8')]), 'bom');
    expect(doc.source.encoding).toBe('utf-8');
    expect(outline(doc)).toEqual(outline(reference));
    expectPositionsSlice(doc, seedText);
  });

  it.each([
    ['utf-16le', Buffer.from([0xff, 0xfe])],
    ['utf-16be', Buffer.from([0xfe, 0xff])],
  ])('reads %s with its byte-order mark', (encoding, bom) => {
    const doc = parseBytes(Buffer.concat([bom, iconv.encode(seedText, encoding)]), encoding);
    expect(doc.source.encoding).toBe(encoding);
    expect(outline(doc)).toEqual(outline(reference));
    expectPositionsSlice(doc, seedText);
  });

  it.each(['gbk', 'gb18030'])('falls back to GB18030 for %s bytes and says so', (encoding) => {
    const bytes = iconv.encode(seedText, encoding);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const doc = parseBytes(bytes, encoding);
    expect(doc.source.encoding).toBe('gb18030');
    expect(outline(doc)).toEqual(outline(reference));
    expect(doc.diagnostics.filter((d) => d.code === 'encoding-fallback')).toHaveLength(1);
    expect(doc.diagnostics.find((d) => d.code === 'encoding-fallback')!.severity).toBe('info');
  });

  it('obeys --encoding over detection, without a fallback diagnostic', () => {
    const doc = parseBytes(iconv.encode(seedText, 'gbk'), 'forced', { encoding: 'GBK' });
    expect(doc.source.encoding).toBe('gbk');
    expect(outline(doc)).toEqual(outline(reference));
    expect(codes(doc)).not.toContain('encoding-fallback');
    // and forcing the wrong one is the user's call: it decodes, it does not throw
    expect(() => parseBytes(Buffer.from(seedText, 'utf8'), 'forced', { encoding: 'latin1' })).not.toThrow();
  });

  it('rejects an unknown --encoding with an InputError naming the file', () => {
    expect(() => parseBytes(Buffer.from(seedText), 'x.txt', { encoding: 'klingon-8' })).toThrow(/^x\.txt: unknown encoding/);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('accepts %s line ends; positions slice back to the markers', (_name, eol) => {
    const text = seedText.replace(/\r?\n/g, eol);
    const doc = parseBytes(Buffer.from(text, 'utf8'), 'eol');
    expect(outline(doc)).toEqual(outline(reference));
    expectPositionsSlice(doc, text);
    // lines are counted the same way whatever the line end
    const lines = (d: Document) => sections(d.root.children).map((s) => s.position.start.line);
    expect(lines(doc)).toEqual(lines(reference));
  });
});

describe('input errors', () => {
  const fails = (bytes: Uint8Array, re: RegExp) => {
    let err: unknown;
    try {
      parseBytes(bytes, 'in.txt');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const message = (err as InputError).message;
    expect(message).toMatch(/^in\.txt: /);
    expect(message).not.toContain('\n');
    expect(message).toMatch(re);
  };

  it('an empty file', () => fails(new Uint8Array(0), /empty/));
  it('a file of white space only', () => fails(Buffer.from(' \r\n\u3000\n', 'utf8'), /no text/));
  it('a file with only a byte-order mark', () => fails(Buffer.from([0xef, 0xbb, 0xbf]), /no text/));
  it('binary data with NUL bytes', () => fails(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), /binary/));
  it('random bytes without NUL', () => {
    // a fixed pseudo-random sequence, so the test is the same on every run
    let x = 12345;
    const bytes = Uint8Array.from({ length: 4096 }, () => ((x = (x * 1103515245 + 12345) >>> 0), 1 + ((x >>> 16) % 255)));
    fails(bytes, /neither valid UTF-8 nor plausible GB18030/);
  });
  it('invalid UTF-8 behind a UTF-8 byte-order mark', () => fails(Buffer.from([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x41, 0x41]), /invalid UTF-8/));

  it('a missing file', async () => {
    await expect(parseFile(join(dir, 'nope.txt'))).rejects.toThrow(new InputError(join(dir, 'nope.txt'), 'no such file'));
  });
  it('a directory', async () => {
    await expect(parseFile(dir)).rejects.toBeInstanceOf(InputError);
    await expect(parseFile(dir)).rejects.toThrow(/is a directory$/);
  });
  it('a file on disk reads like its bytes', async () => {
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, iconv.encode(seedText, 'gbk'));
    const doc = await parseFile(file);
    expect(doc.source.path).toBe(file);
    expect(outline(doc)).toEqual(outline(reference));
  });

  it('decode() reports its reason as data', () => {
    const reasonOf = (bytes: Uint8Array) => {
      try {
        decode(bytes);
      } catch (e) {
        return e instanceof DecodeError ? e.reason : 'not a DecodeError';
      }
      return 'no error';
    };
    expect(reasonOf(new Uint8Array(0))).toBe('empty');
    expect(reasonOf(Buffer.from([0x41, 0x00, 0x42]))).toBe('binary');
    expect(reasonOf(Buffer.from([0xef, 0xbb, 0xbf, 0xff]))).toBe('undecodable');
  });
});
