import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, readSource, SourceError } from '../../src/source/index.js';
import { detect } from '../../src/source/detect.js';
import { decode } from '../../src/pipeline/decode.js';

const ROOT = join(import.meta.dirname, '../..');
const REAL = join(ROOT, '../shared/real');
const bytes = (s: string) => new Uint8Array(Buffer.from(s));

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(dir, f));
}

function unreadFormat(input: Uint8Array): string | undefined {
  try {
    detectFormat(input);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return (e as SourceError).format;
  }
  return undefined;
}

describe('detectFormat', () => {
  it('reads the real documents by their bytes: reports as text, crawls as Markdown, pages as HTML', () => {
    for (const name of readdirSync(REAL).filter((f) => /^r\d+_/.test(f))) {
      const expected = name.endsWith('.txt') ? 'text' : name.endsWith('.md') ? 'md' : 'html';
      expect([name, detectFormat(readFileSync(join(REAL, name)))]).toEqual([name, expected]);
    }
  });
  it('leaves every plain-text fixture and seed as text', () => {
    const files = [...textFiles(join(ROOT, 'fixtures')), ...textFiles(join(ROOT, 'seeds'))];
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) expect([f, detectFormat(readFileSync(f))]).toEqual([f, 'text']);
  });
  it('is conservative with text that has one ** or one # line', () => {
    expect(detectFormat(bytes('一、总体要求\n到2025年，指标**达到100%。\n# 注\n二、其他\n'))).toBe('text');
    expect(detectFormat(bytes('预计 a<b 且 c>d。\n'))).toBe('text');
  });
  it('recognizes Markdown by its shape', () => {
    expect(detectFormat(bytes('# 标题\n\n**发布日期**: 2025\n**来源**: x\n\n正文\n'))).toBe('md');
    expect(detectFormat(bytes('# 标题\n\n---\n\n**一、总体要求**\n正文\n'))).toBe('md');
    // a crawl that put the document in one table cell, its lines broken with <br>: still Markdown
    const cell = '- [首页](http://a.gov.cn/)\n- [新闻](http://a.gov.cn/n)\n\n| 正文 |\n| --- |\n| # 关于印发《规则》的通知<br>第一条 为规范。<br>第二条 本规则。<br>第三条 施行。<br>第四条 解释。<br>第五条 附则。 |\n';
    expect(detectFormat(bytes(cell))).toBe('md');
    // # titles and pipe tables, nothing else: a crawl's header table and a plan's indicator table
    expect(detectFormat(bytes('# 关于印发规划的通知\n\n## 基本信息\n\n| 字段 | 内容 |\n|------|------|\n| 发布日期 | 2026-07-05 |\n\n正文\n'))).toBe('md');
    // a pipe table's header and separator rows alone
    expect(detectFormat(bytes('某市规划\n\n| 指标 | 单位 | 2025年 |\n|---|---|---|\n| 地区生产总值 | 亿元 | 7000 |\n'))).toBe('md');
    // one table rule alone stays text
    expect(detectFormat(bytes('一、总体要求\n|---|---|\n二、其他\n'))).toBe('text');
    expect(detectFormat(bytes('前言\n<p>一</p><br><p>二</p><p>三</p><br>\n'))).toBe('html');
  });
  it('recognizes HTML pages and fragments without <html>', () => {
    expect(detectFormat(bytes('<!DOCTYPE html><html><body><p>正文</p></body></html>'))).toBe('html');
    expect(detectFormat(bytes('\ufeff<p class="MsoNormal"><span>正文</span></p>'))).toBe('html');
    expect(detectFormat(bytes('前言\n<p>一</p><p>二</p><p>三</p>\n'))).toBe('html');
  });
  it('recognizes DOCX and PDF by their containers', () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(detectFormat(docx)).toBe('docx');
    expect(detectFormat(bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'))).toBe('pdf');
  });
  it('names DOC, WPS, OFD and other zips with what to convert them to', () => {
    const ole = (stream: string) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from(`\0\0${stream}\0`, 'utf16le')]);
    expect(unreadFormat(ole('WordDocument'))).toBe('doc');
    expect(unreadFormat(ole('WpsContent'))).toBe('wps');
    expect(unreadFormat(zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') }))).toBe('ofd');
    expect(detectFormat(zipSync({ 'a.txt': strToU8('x') }))).toBe('text'); // decode calls it binary data
    expect(() => detectFormat(ole('WordDocument'))).toThrow(/\.doc.*save it as \.docx/);
    expect(() => detectFormat(zipSync({ 'OFD.xml': strToU8('x') }))).toThrow(/OFD.*PDF/);
  });
});

describe('detect', () => {
  it('hands over the decoding of a text it sampled whole, exactly as decode makes it, so the reader does not decode it twice', () => {
    for (const b of [bytes('一、总体要求\n到2025年，完成10家。\n'), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0x0a])]) {
      const found = detect(b);
      expect(found.format).toBe('text');
      expect(found.decoded).toEqual(decode(b));
    }
  });
  it('hands over nothing for a text longer than its sample, or for another format', () => {
    expect(detect(bytes('一、总体要求\n'.repeat(10_000))).decoded).toBeUndefined();
    expect(detect(bytes('<html><body><p>一</p></body></html>')).decoded).toBeUndefined();
    expect(detect(new Uint8Array(0)).decoded).toBeUndefined(); // undecodable: the reader reports it
  });
});

describe('readSource', () => {
  it('passes text through unchanged with an identity map', async () => {
    const read = await readSource(bytes('一、总体要求\n**注**'));
    expect(read).toMatchObject({ format: 'text', text: '一、总体要求\n**注**', encoding: 'utf-8', fallback: false });
    expect([...read.map.offsets]).toEqual([...Array(read.text.length + 1).keys()]);
  });
  it('follows from: over detection', async () => {
    expect((await readSource(bytes('<p>一</p>'), { from: 'text' })).text).toBe('<p>一</p>');
    expect((await readSource(bytes('<p>一</p>'), { from: 'html' })).text).toBe('一\n');
  });
  it('turns a decoding failure into a SourceError', async () => {
    await expect(readSource(new Uint8Array(0))).rejects.toThrow(SourceError);
  });
});

describe('start-up cost', () => {
  it('loads no adapter or parsing library until a format needs it', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)) {
        expect([file, m[1]]).not.toEqual([file, expect.stringMatching(/^(htmlparser2|fflate|saxes|unpdf|iconv-lite)$/)]);
        if (m[1].startsWith('.')) visit(join(file, '..', m[1].replace(/\.js$/, '.ts')));
      }
    };
    visit(join(ROOT, 'src/source/index.ts'));
    expect([...seen].map((f) => f.slice(ROOT.length + 1)).sort()).toEqual([
      'src/data/encodings.ts', 'src/data/source-formats.ts', 'src/pipeline/decode.ts', 'src/source/detect.ts', 'src/source/index.ts', 'src/source/mapped-text.ts', 'src/source/markdown-shape.ts', 'src/source/source-error.ts',
    ]);
  });
});
