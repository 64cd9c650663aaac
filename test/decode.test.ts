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
    expect(doc.source.encoding).toBe('gb18030'); // GBK is read as GB18030, its superset
    expect(doc.diagnostics).toEqual(reference.diagnostics);
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

/** The DecodeError decode() throws for these bytes. */
function decodeError(bytes: Uint8Array, encoding?: string): DecodeError {
  try {
    decode(bytes, { encoding });
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('decoded without an error');
}
const LE_BOM = Buffer.from([0xff, 0xfe]);
const BE_BOM = Buffer.from([0xfe, 0xff]);
/** A fixed pseudo-random byte sequence, the same on every run. */
function noise(length: number, seed = 99): Buffer {
  let x = seed;
  return Buffer.from(Uint8Array.from({ length }, () => ((x = (x * 1103515245 + 12345) >>> 0), (x >>> 16) & 0xff)));
}
const english = 'The plan sets targets for 2025 and names the units in charge of each task.\nEvery unit reports on its progress twice a year.\n';

describe('UTF-16 is checked like UTF-8', () => {
  it.each([
    ['utf-16le', LE_BOM],
    ['utf-16be', BE_BOM],
  ])('refuses arbitrary bytes after a %s byte-order mark (was CJK garbage, exit 0)', (encoding, bom) => {
    expect(decodeError(Buffer.concat([bom, noise(4096)])).reason).toBe('undecodable');
    // the same without lone surrogates or NULs: many code units of no script a document uses
    const units = String.fromCharCode(...Array.from({ length: 2048 }, (_, i) => 0x1000 + ((i * 7919) % 0xc000)));
    expect(decodeError(Buffer.concat([bom, iconv.encode(units, encoding)])).message).toMatch(/^no plausible UTF-16/);
  });

  it.each([
    ['Chinese', seedText],
    ['English', english],
    ['short', '不是计划'],
  ])('refuses %s UTF-8 behind a UTF-16 byte-order mark, naming it', (_name, text) => {
    for (const bom of [LE_BOM, BE_BOM]) {
      const e = decodeError(Buffer.concat([bom, Buffer.from(text, 'utf8')]));
      expect(e.reason).toBe('undecodable');
      expect(e.message).toMatch(/^UTF-8 text after a UTF-16(LE|BE) byte-order mark/);
    }
  });

  it('refuses NUL characters and lone surrogates in UTF-16', () => {
    const nul = decodeError(Buffer.concat([LE_BOM, iconv.encode('一、总体要求\u0000\n', 'utf-16le')]));
    expect([nul.reason, nul.message]).toEqual(['binary', 'binary data (NUL characters) after a UTF-16LE byte-order mark']);
    const lone = Buffer.concat([LE_BOM, iconv.encode('一、总体要求', 'utf-16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(decodeError(lone).message).toMatch(/^invalid UTF-16LE .*unpaired surrogate/);
    expect(decodeError(Buffer.concat([BE_BOM, Buffer.from([0x4e, 0x00, 0x00])])).reason).toBe('undecodable'); // an odd last byte
  });

  it('still reads real UTF-16: English, traditional Chinese, a short text', () => {
    for (const text of [english, '為實現經濟發展目標，政府將推動產業轉型升級。\n', '不是计划']) {
      expect(decode(Buffer.concat([LE_BOM, Buffer.from(text, 'utf16le')])).text).toBe(text);
    }
  });
});

describe('GB18030 for GBK and GB2312', () => {
  // • and Ḿ are four-byte sequences in GB18030, with digits for their second and fourth bytes
  const text = '一、总体目标\n新增企业•10家，Ḿ类项目5个。\n';
  const bytes = iconv.encode(text, 'gb18030');

  it.each(['gbk', 'GBK', 'gb2312', 'GB_2312-80', 'cp936', 'x-gbk', 'chinese'])('--encoding %s keeps the numbers: decoded as GB18030', (label) => {
    expect(new TextDecoder('gbk').decode(bytes)).toMatch(/\d10家/); // what Node's GBK decoder made of it
    const r = decode(bytes, { encoding: label });
    expect([r.text, r.encoding, r.replaced]).toEqual([text, 'gb18030', 0]);
  });

  it('a short GB18030 text is detected (12 characters, one not CJK, and a line end)', () => {
    const short = '新增企业十一家带动就业—\n';
    expect([...short.trim()]).toHaveLength(12);
    const r = decode(iconv.encode(short, 'gb18030'));
    expect([r.text, r.encoding, r.fallback]).toEqual([short, 'gb18030', true]);
  });

  it('short non-text is still refused, as GB18030 or any guess', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(decodeError(noise(64, seed).map((b) => b | 0x80)).reason).toBe('undecodable');
  });

  it('undecodable bytes in a long document: decoded, with a warning at the first', () => {
    const lines = seedText.split('\n');
    const at = 30;
    const bad = Buffer.concat([iconv.encode(lines.slice(0, at).join('\n') + '\n', 'gbk'), Buffer.from([0x81, 0x0a]), iconv.encode(lines.slice(at).join('\n'), 'gbk')]);
    for (const encoding of [undefined, 'gbk']) {
      const doc = parseBytes(bad, 'bad.txt', { encoding });
      const warning = doc.diagnostics.find((d) => d.code === 'undecodable-bytes')!;
      expect(warning.severity).toBe('warning');
      expect(warning.position.start).toMatchObject({ line: at + 1, column: 1 });
      expect(warning.message).toMatch(/^1 byte sequence/);
      expect(codes(doc).includes('encoding-fallback')).toBe(encoding === undefined);
    }
  });

  it('mostly undecodable bytes under --encoding are an error, not mojibake', () => {
    expect(decodeError(iconv.encode(seedText, 'gbk'), 'utf-8').message).toMatch(/^not utf-8: \d+ of \d+ characters could not be decoded$/);
    expect(decodeError(noise(4096).map((b) => b || 1), 'gbk').reason).toBe('undecodable');
    expect(decodeError(Buffer.from('a\u0000b'), 'latin1').reason).toBe('binary');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it.each(['utf-16le', 'utf-16be'])('detects %s and says so', (encoding) => {
    const doc = parseBytes(iconv.encode(seedText, encoding), encoding);
    expect(doc.source.encoding).toBe(encoding);
    expect(outline(doc)).toEqual(outline(reference));
    expect(doc.diagnostics.find((d) => d.code === 'encoding-fallback')?.message).toBe(`not valid UTF-8; decoded as ${encoding}`);
  });

  it('detects UTF-16 of hanzi alone, with no NUL byte', () => {
    const text = '发展目标任务落实';
    const bytes = iconv.encode(text, 'utf-16le');
    expect(bytes.includes(0)).toBe(false);
    expect(decode(bytes)).toMatchObject({ text, encoding: 'utf-16le', fallback: true });
  });

  it('names --encoding utf-16le where NUL bytes look like UTF-16 that does not read as text', () => {
    const korean = iconv.encode('계획은 2025년까지 목표를 정한다. 각 부서는 진행 상황을 보고한다.\n', 'utf-16le');
    expect(decodeError(korean)).toMatchObject({ reason: 'binary', message: expect.stringMatching(/--encoding utf-16le/) });
    // and not for binary data
    expect(decodeError(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a])).message).toBe('binary data (NUL bytes), not a text document');
  });
});

describe('--encoding over valid UTF-8', () => {
  it('warns when another encoding is forced on UTF-8 bytes', () => {
    const doc = parseBytes(Buffer.from(seedText, 'utf8'), 'forced', { encoding: 'gbk' });
    const warning = doc.diagnostics.find((d) => d.code === 'encoding-override')!;
    expect([warning.severity, warning.message]).toEqual(['warning', 'the bytes are valid UTF-8; decoded as gbk as asked']);
  });

  it('not for UTF-8 itself, nor for plain ASCII', () => {
    for (const encoding of ['utf-8', 'UTF8', 'unicode-1-1-utf-8']) expect(decode(Buffer.from(seedText, 'utf8'), { encoding }).overrodeUtf8).toBe(false);
    expect(decode(Buffer.from(english), { encoding: 'gbk' }).overrodeUtf8).toBe(false);
    expect(decode(iconv.encode(seedText, 'gbk'), { encoding: 'gbk' }).overrodeUtf8).toBe(false);
  });
});
