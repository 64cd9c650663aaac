// parseDocument's source description (src/parse-document.ts): the digest of text handed in directly.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { parseDocument } from '../src/parse-document.js';

describe('source.bytes and source.sha256 of text handed in directly', () => {
  const text = '一、总体目标\n2025年，新增企业100家。\n';
  const digest = createHash('sha256').update(text, 'utf8').digest('hex');

  it('is the digest of the UTF-8 text, read, spread or serialized, in its place among the keys', () => {
    const doc = parseDocument(text);
    expect(JSON.parse(JSON.stringify(doc.source))).toEqual({ path: null, format: 'text', encoding: 'utf-8', bytes: Buffer.byteLength(text), sha256: digest });
    expect(Object.keys(doc.source)).toEqual(['path', 'format', 'encoding', 'bytes', 'sha256']);
    expect({ ...parseDocument(text).source }.sha256).toBe(digest);
    expect(structuredClone(parseDocument(text)).source.sha256).toBe(digest);
    expect(doc.source.sha256).toBe(digest);
  });

  it('takes a size and a digest passed in, and ones assigned later', () => {
    expect(parseDocument(text, { sha256: 'ab'.repeat(32) }).source).toEqual({ path: null, format: 'text', encoding: 'utf-8', bytes: Buffer.byteLength(text), sha256: 'ab'.repeat(32) });
    expect(parseDocument(text, { bytes: 7 }).source).toEqual({ path: null, format: 'text', encoding: 'utf-8', bytes: 7, sha256: digest });
    expect(Object.keys(parseDocument(text, { bytes: 7, sha256: 'ab'.repeat(32) }).source)).toEqual(['path', 'format', 'encoding', 'bytes', 'sha256']);
    const doc = parseDocument(text);
    doc.source.sha256 = 'cd'.repeat(32);
    doc.source.bytes = 3;
    expect(doc.source.bytes).toBe(3);
    expect(doc.source.sha256).toBe('cd'.repeat(32));
    expect(JSON.stringify(doc.source)).toContain('cd'.repeat(32));
  });
});
