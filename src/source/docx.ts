// DOCX → text: the body of word/document.xml, paragraph by paragraph, with
// Word's automatic numbering written out as the markers Word displays.
// Headers, footers, footnotes and comments live in other parts and are not read;
// text boxes and drawings are skipped. The map gives each character's paragraph.
import { strFromU8, unzipSync } from 'fflate';
import { MappedTextBuilder, type OffsetMap } from './mapped-text.js';
import { Numbering, type NumPr } from './docx-numbering.js';
import { SourceError } from './source-error.js';
import { attr, child, children, parseXml, type XmlNode } from './xml-tree.js';
import { CELL_SEPARATOR } from '../data/source-formats.js';

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

/** Containers whose content is read as if it stood in their place. */
const TRANSPARENT = new Set(['w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:sdtContent', 'w:sdt', 'w:dir', 'w:bdo']);

/** Style id → the numbering it gives its paragraphs, following w:basedOn. */
type StyleNumbering = (styleId: string | undefined) => Partial<NumPr>;

export function docxToText(bytes: Uint8Array): { text: string; map: OffsetMap } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => PARTS.includes(f.name) });
  } catch (e) {
    throw new SourceError(`a damaged DOCX (zip) file: ${(e as Error).message}`, 'docx');
  }
  const part = (name: string) => (files[name] ? parseXml(strFromU8(files[name])) : undefined);
  const document = part('word/document.xml');
  if (!document) throw new SourceError('a DOCX file without word/document.xml', 'docx');
  const numbering = new Numbering(part('word/numbering.xml'));
  const styleNumbering = readStyles(part('word/styles.xml'));

  const out = new MappedTextBuilder();
  let index = -1;

  /** One paragraph's text (marker first), added to `out` mapped to its index. */
  const paragraph = (p: XmlNode) => {
    index++;
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const fromStyle = styleNumbering(attr(child(pPr, 'w:pStyle'), 'w:val'));
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? fromStyle.numId;
    const ilvl = Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? fromStyle.ilvl ?? 0);
    if (numId && numId !== '0') out.add(numbering.marker({ numId, ilvl }), index);
    const field = { inInstruction: false };
    for (const c of p.children) if (typeof c !== 'string') inline(c, field);
  };

  const inline = (node: XmlNode, field: { inInstruction: boolean }) => {
    if (TRANSPARENT.has(node.name)) {
      for (const c of node.children) if (typeof c !== 'string') inline(c, field);
      return;
    }
    if (node.name !== 'w:r' || child(child(node, 'w:rPr'), 'w:vanish')) return;
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:fldChar') {
        // a field's code sits between begin and separate; its result after
        const type = attr(c, 'w:fldCharType');
        if (type === 'begin') field.inInstruction = true;
        else if (type === 'separate' || type === 'end') field.inInstruction = false;
      } else if (field.inInstruction) continue;
      else if (c.name === 'w:t') out.add(textOf(c), index);
      else if (c.name === 'w:tab') out.add('\t', index);
      else if (c.name === 'w:br' || c.name === 'w:cr') {
        if (attr(c, 'w:type') !== 'page' && attr(c, 'w:type') !== 'column') out.add('\n', index);
      } else if (c.name === 'w:noBreakHyphen') out.add('-', index);
    }
  };

  /** Paragraphs of a table cell (nested tables included), in order. */
  const cellParagraphs = (node: XmlNode): XmlNode[] =>
    node.children.flatMap((c) => (typeof c === 'string' ? [] : c.name === 'w:p' ? [c] : TRANSPARENT.has(c.name) || /^w:(tbl|tr|tc)$/.test(c.name) ? cellParagraphs(c) : []));

  const table = (tbl: XmlNode) => {
    for (const tr of rows(tbl)) {
      cells(tr).forEach((tc, k) => {
        if (k > 0) out.add(CELL_SEPARATOR, index + 1);
        cellParagraphs(tc).forEach((p, j) => {
          if (j > 0 && out.lastUnit !== '' && out.lastUnit !== CELL_SEPARATOR) out.add(' ', index + 1);
          paragraph(p);
        });
      });
      out.trimEnd(/^\s$/);
      out.endLine(index);
    }
  };

  const block = (node: XmlNode) => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:p') {
        paragraph(c);
        out.trimEnd(/^\s$/);
        out.endLine(index);
      } else if (c.name === 'w:tbl') table(c);
      else if (TRANSPARENT.has(c.name)) block(c);
    }
  };

  block(child(document, 'w:body') ?? document);
  return out.build('paragraph', index + 1);
}

function rows(tbl: XmlNode): XmlNode[] {
  return tbl.children.flatMap((c) => (typeof c === 'string' ? [] : c.name === 'w:tr' ? [c] : TRANSPARENT.has(c.name) ? rows(c) : []));
}

function cells(tr: XmlNode): XmlNode[] {
  return tr.children.flatMap((c) => (typeof c === 'string' ? [] : c.name === 'w:tc' ? [c] : TRANSPARENT.has(c.name) ? cells(c) : []));
}

function textOf(node: XmlNode): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('');
}

function readStyles(styles: XmlNode | undefined): StyleNumbering {
  const byId = new Map<string, XmlNode>();
  let defaultId: string | undefined;
  for (const s of children(styles, 'w:style')) {
    if (attr(s, 'w:type') !== 'paragraph') continue;
    const id = attr(s, 'w:styleId') ?? '';
    byId.set(id, s);
    if (attr(s, 'w:default') === '1' || attr(s, 'w:default') === 'true') defaultId = id;
  }
  return (styleId) => {
    const result: Partial<NumPr> = {};
    const visited = new Set<string>();
    for (let id = styleId ?? defaultId; id && !visited.has(id); id = attr(child(byId.get(id), 'w:basedOn'), 'w:val')) {
      visited.add(id);
      const numPr = child(child(byId.get(id), 'w:pPr'), 'w:numPr');
      result.numId ??= attr(child(numPr, 'w:numId'), 'w:val');
      const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
      if (result.ilvl === undefined && ilvl !== undefined) result.ilvl = Number(ilvl);
    }
    return result;
  };
}
