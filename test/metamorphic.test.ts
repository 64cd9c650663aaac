// Metamorphic tests: each seed, changed in a way that must not change its
// meaning, gives the same sections, units and targets.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseBytes } from '../src/read.js';
import type { Document, Node } from '../src/tree/schema.js';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();

type Row = {
  path: (number | null)[];
  style: string | null;
  depth: number;
  lead: string[];
  responsible: string[];
  /** An unnumbered heading came earlier in the document. */
  afterHeading: boolean;
};

/**
 * Every section as its ordinal path (ordinals from the root down; null for an
 * unnumbered heading) with its style, depth and units. With `numberedOnly`,
 * unnumbered headings are left out of the list and out of the paths.
 */
function outline(doc: Document, numberedOnly = false): Row[] {
  const rows: Row[] = [];
  let headingSeen = false;
  const walk = (nodes: Node[], path: (number | null)[]) => {
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      const skip = numberedOnly && !n.marker;
      const here = skip ? path : [...path, n.marker?.ordinal ?? null];
      if (!skip) rows.push({ path: here, style: n.marker?.style ?? null, depth: n.depth, lead: n.lead, responsible: n.responsible, afterHeading: headingSeen });
      if (!n.marker) headingSeen = true;
      walk(n.children, here);
    }
  };
  walk(doc.root.children, []);
  return rows;
}
const targets = (doc: Document) => doc.targets.map((t) => [t.value, t.upper, t.unit]);
/** What a target says, all but where it stands. */
const readings = (doc: Document) => doc.targets.map((t) => [t.value, t.upper, t.unit, t.kind, t.comparator, t.year, t.modality, t.role, t.indicator]);
/** Every section's place, marker, title and units. */
const sections = (doc: Document) => {
  const rows: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      rows.push([n.depth, n.marker?.raw ?? '', n.title, n.lead.join('、'), n.responsible.join('、')].join(' | '));
      walk(n.children);
    }
  };
  walk(doc.root.children);
  return rows;
};

/**
 * The text as a PDF copy gives it: every line broken at 56 columns (28 full-width characters), as GB/T 9704
 * sets a page. Like a typesetter, it never breaks inside a number or a marker, nor before closing punctuation,
 * and no line runs past the page.
 */
const COLUMNS = 56;
const NO_BREAK_BEFORE = /[0-9A-Za-z.%(（一二三四五六七八九十第、①-⑳—\-〔【[·•。，,；;：:！!？?）)”」》〕】\]\s]/;
const NO_BREAK_AFTER = /[0-9A-Za-z.%,一二三四五六七八九十第（(〔【\s]/;
const columnsOf = (c: string) => (c.charCodeAt(0) >= 0x1100 ? 2 : 1);
function hardWrap(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      for (;;) {
        let k = 0;
        for (let w = 0; k < rest.length && w + columnsOf(rest[k]!) <= COLUMNS; k++) w += columnsOf(rest[k]!);
        if (k >= rest.length) break;
        // never past the page: an unbreakable stretch moves the break back
        while (k > 1 && (NO_BREAK_BEFORE.test(rest[k]!) || NO_BREAK_AFTER.test(rest[k - 1]!))) k--;
        if (k <= 1) break;
        out.push(rest.slice(0, k));
        rest = rest.slice(k);
      }
      return [...out, rest].join('\n');
    })
    .join('\n');
}
const utf8 = (text: string) => Buffer.from(text, 'utf8');

// punctuation that has a full-width and a half-width form; 。、 have no half-width twin
const HALF = '(),:;!?';
const FULL = '（），：；！？';
const swap = (text: string, from: string, to: string) => text.replace(/./g, (c) => (from.includes(c) ? to[from.indexOf(c)]! : c));

describe.each(seeds)('seed %s', (name) => {
  const text = readFileSync(join('seeds', name), 'utf8');
  const base = parseBytes(utf8(text), name);
  const baseOutline = outline(base);

  it('gives the same document for the same text again, and for a copy of it (nothing carries over between calls)', async () => {
    const { parseDocument } = await import('../src/parse-document.js');
    const first = JSON.stringify(parseDocument(text));
    expect(JSON.stringify(parseDocument(text))).toBe(first);
    expect(JSON.stringify(parseDocument([...text].join('')))).toBe(first);
    // another document in between, then the first again
    parseDocument(readFileSync(join('seeds', seeds[(seeds.indexOf(name) + 1) % seeds.length]!), 'utf8'));
    expect(JSON.stringify(parseDocument(text))).toBe(first);
  });

  it('has something to compare', () => {
    expect(baseOutline.length).toBeGreaterThan(0);
  });

  const variants: [string, () => Document][] = [
    ['CRLF line ends', () => parseBytes(utf8(text.replace(/\r?\n/g, '\r\n')), name)],
    ['GB18030 bytes', () => parseBytes(iconv.encode(text, 'gb18030'), name)],
    ['full-width punctuation made half-width', () => parseBytes(utf8(swap(text, FULL, HALF)), name)],
    ['half-width punctuation made full-width', () => parseBytes(utf8(swap(text, HALF, FULL)), name)],
    ['blank lines and indentation added', () => parseBytes(utf8(text.replace(/\r?\n/g, '\n\n\u3000\u3000')), name)],
  ];

  it.each(variants)('keeps sections, depths, units and targets after %s', (_label, variant) => {
    const doc = variant();
    expect(outline(doc)).toEqual(baseOutline);
    expect(targets(doc)).toEqual(targets(base));
  });

  it('keeps every section, title, unit and target reading when hard-wrapped like a PDF copy', () => {
    const wrapped = hardWrap(text);
    expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length);
    const doc = parseBytes(utf8(wrapped), name);
    expect(sections(doc)).toEqual(sections(base));
    expect(readings(doc)).toEqual(readings(base));
    expect(doc.diagnostics.filter((d) => d.code === 'wrapped-lines')).toHaveLength(1);
    expect(base.diagnostics.filter((d) => d.code === 'wrapped-lines')).toEqual([]); // and none where nothing was wrapped
  });

  // Joining all lines into one. Lines are joined with a space, as a web page's
  // blocks are when its text is copied without line breaks; joining with nothing
  // would erase the only trace of a boundary after an unpunctuated heading
  // ("重点任务(一)突出…"), which no reader can recover. What survives is the
  // numbering: the same numbered sections, in order, with the same styles, ordinals
  // and units. Unnumbered headings ("总体要求") are fair to lose: on one line they
  // are indistinguishable from the start of a sentence. So they are left out of the
  // paths, depth is not compared, and after the first unnumbered heading a path may
  // gain ancestors: a lost heading no longer closes the sections open before it
  // ("三、保障措施 … 赣州个人创业优惠政策: 1、税费减免" puts 1、 under 三、), so there the
  // joined path must end with the original one. Before it, paths are equal.
  it('keeps numbered sections, ordinal paths and units when all lines are joined into one', () => {
    const joined = text
      .split(/\r?\n|\r/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .join(' ');
    const doc = parseBytes(utf8(joined), name);
    const before = outline(base, true);
    const after = outline(doc, true);
    const essentials = (rows: Row[]) => rows.map((r) => [r.style, r.path[r.path.length - 1], r.lead, r.responsible]);
    expect(essentials(after)).toEqual(essentials(before));
    before.forEach((b, i) => {
      const a = after[i]!.path;
      if (b.afterHeading) expect(a.slice(a.length - b.path.length), `section ${i}`).toEqual(b.path);
      else expect(a, `section ${i}`).toEqual(b.path);
    });
    expect(targets(doc)).toEqual(targets(base));
    if (before.length > 1) expect(doc.diagnostics.filter((d) => d.code === 'flattened-text')).toHaveLength(1);
  });
});
