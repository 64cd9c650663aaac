// Pieces of known kind → sections and paragraphs. A marker closes every open section of equal or
// greater rank and opens its own; an unnumbered heading takes the rank the numbering around it
// implies; paragraphs go into the section open above them; furniture is set aside.
import type { AnnotationSpan } from '../../grammar/index.js';
import type { Furniture, MarkerStyle, Node, Paragraph, Root, Section, UnitAnnotation } from '../tree/schema.js';
import { BOX_HEADING, STYLE_RANK } from '../data/marker-styles.js';
import type { LineIndex } from './positions.js';
import type { Kind, Piece } from './lines.js';
import type { TaskTables } from './task-tables.js';
import { headingTitle, standsAlone } from './heading-title.js';
import { opensAppendix, partRankOf } from './heading-lines.js';
import { compactNormalized } from './normalize.js';
import { ATTACHMENT_TITLE, GLOSSARY_HEADING } from '../data/doc-types.js';

/** "——抓机遇，谋长远，…" on a line of its own: a strand of the part open above it, never a part of its own. */
const DASH_LEAD = /^——/;
/** Below every marker's rank: an appendix closes every open section. */
const APPENDIX_RANK = -1;

/** A 一、 heading right before an article (一、总则 / 第一条 …) names a chapter: above the articles, below an appendix. */
const CHAPTER_RANK = STYLE_RANK.article - 0.5;
/** …a heading's words, not an item's sentence ("二、弄虚作假的。" before 第二条 ends a list inside 第一条). */
const CHAPTER_TITLE = /^[^。；;：:！？!?]{2,30}$/;

/** A heading opening with a year ("二〇二五年主要目标任务", "2024年工作回顾") heads a part: the numbering under it is its own. */
const DATED_PART = /^(?:20\d\d|二[〇○零][一二三四五六七八九〇○零]{2})年/;

/** The bracketed marker styles: "( )" that lost its number is one of them. */
const PAREN_STYLES = new Set<MarkerStyle>(['paren-cn', 'paren-arabic']);

/**
 * The tree of `pieces` (of `kinds`), its text and positions from `source`. `nextContent` is nextContentOf(kinds).
 * Each section's span runs to the end of its last child.
 */
export function nest(pieces: Piece[], kinds: Kind[], nextContent: number[], source: string, index: LineIndex, tables: TaskTables = { rows: new Map(), ends: new Set() }): { root: Root; furniture: Furniture[] } {
  const furniture: Furniture[] = [];
  // the rank of unnumbered headings: the top level of the document's numbering,
  // or just above the markers that follow the heading if those are top level themselves.
  let topRank = Infinity;
  for (const p of pieces) if (p.marker && p.marker.payload.style !== 'cn-shi') topRank = Math.min(topRank, p.marker.payload.rank);
  // a part heading opening with a year heads numbered sections only where there are any
  const datedParts = topRank !== Infinity;
  if (topRank === Infinity) topRank = STYLE_RANK['cn-comma'];
  // the rank a heading takes from what follows it. Only a top-level marker right after it
  // ("总体要求" then "一、…") makes the heading a parent; body text in between makes it a
  // peer of the numbered sections.
  const headingRank = (i: number) => {
    const m = nextContent[i]! >= 0 ? pieces[nextContent[i]!]!.marker : null;
    return m && m.payload.rank <= topRank ? m.payload.rank - 0.5 : topRank;
  };

  let nextId = 1;
  const root: Root = { type: 'root', children: [] };
  const stack: { node: Section; rank: number }[] = [];
  const annotationOf = ({ start, end, payload }: AnnotationSpan): UnitAnnotation =>
    ({ raw: source.slice(start, end), lead: payload.lead, responsible: payload.responsible, position: index.position(start, end) });
  const open = (node: Section, rank: number) => {
    while (stack.length && stack[stack.length - 1]!.rank >= rank) stack.pop();
    node.depth = stack.length + 1;
    (stack.length ? stack[stack.length - 1]!.node.children : root.children).push(node);
    stack.push({ node, rank });
  };
  // a dated heading heads a part when the top-level numbering after it starts again at its first ordinal; before
  // "三、重点任务" it is a heading among the numbered sections ("二、阶段目标 / 2025年目标")
  const numberingRestarts = (i: number) => {
    for (let k = i + 1; k < pieces.length; k++) {
      const m = pieces[k]!.marker;
      if (m && m.payload.style !== 'cn-shi' && m.payload.rank === topRank) return m.payload.ordinal === 1;
    }
    return false;
  };
  const sectionOf = (p: Piece, marker: Section['marker'], title: string, text: string, annotations = p.annotations): Section => {
    // built once: widenSpans replaces `position` (never changes it in place) when children reach further
    const own = index.position(p.start, p.end);
    return {
      type: 'section',
      id: `n${nextId++}`,
      depth: 1,
      marker,
      title,
      text,
      lead: [],
      responsible: [],
      targets: [],
      annotations: annotations.map(annotationOf),
      ownPosition: own,
      position: own,
      children: [],
    };
  };

  /** The rank of the first numbered item after piece i, before any heading; null when there is none. */
  const nextItemRank = (i: number) => {
    for (let j = i + 1; j < pieces.length; j++) {
      if (kinds[j] === 'heading') break;
      const m = kinds[j] === 'marker' ? pieces[j]!.marker : null;
      if (m) return m.payload.rank;
    }
    return null;
  };
  /** Just above the first numbered item after piece i (the items an appendix's title heads), below the appendix itself. */
  const itemsRank = (i: number) => {
    const next = nextItemRank(i);
    return next === null ? headingRank(i) : Math.max(APPENDIX_RANK + 0.5, next - 0.5);
  };
  /**
   * A box stands among the items around it: beside the item open before it ("2. …" then 专栏1 then "（二）"),
   * or under the section it opens ("四、…" then 专栏1 then "（一）"); the next item closes it either way.
   */
  const boxRank = (i: number) => {
    // a box open before it closes: boxes stand side by side, never one inside the other
    const top = stack[stack.length - 1];
    if (top !== undefined && BOX_HEADING.test(top.node.title)) return top.rank;
    const openRank = top ? top.rank : -Infinity;
    const next = nextItemRank(i);
    return next === null ? openRank + 0.5 : Math.max(openRank, next);
  };
  /** A —— strand stands just under the section open above it, beside the strands before it; the next item closes it. */
  const strandRank = (i: number) => {
    const top = stack[stack.length - 1];
    if (top === undefined) return headingRank(i);
    return DASH_LEAD.test(top.node.title) ? top.rank : top.rank + 0.5;
  };
  /** A task table's rows stand just under what is open where the table starts, its categories above its tasks. */
  let tableRank: number | null = null;
  let appendixTitle = false;
  let lastParenStyle: MarkerStyle | null = null;
  /** The style of the marker before, or 'chapter' when it opened one. */
  let previous: MarkerStyle | 'chapter' | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const kind = kinds[i]!;
    // the end of a task table closes its rows (and what they hold), whatever piece stands there
    if (tableRank !== null && tables.ends.has(i)) {
      while (stack.length && stack[stack.length - 1]!.rank > tableRank) stack.pop();
      tableRank = null;
    }
    if (kind === 'furniture') {
      furniture.push({ text: source.slice(p.start, p.end), position: index.position(p.start, p.end) });
      continue;
    }
    const row = tables.rows.get(i);
    if (row !== undefined) {
      // the table's first row: its rows stand under what is open there
      if (tableRank === null) tableRank = stack.length ? stack[stack.length - 1]!.rank : APPENDIX_RANK;
      const title = headingTitle(source.slice(row.title.start, row.title.end).trim());
      open(sectionOf(p, null, title, source.slice(p.start, p.end), row.annotations), tableRank + (row.category ? 0.1 : 0.2));
      continue;
    }
    // "( )" without its number takes the style of the bracketed items before it; with none, it is no marker ("( )同意")
    const bracketed = kind === 'marker' && p.marker!.payload.ordinal === null && PAREN_STYLES.has(p.marker!.payload.style);
    if (kind === 'marker' && !(bracketed && lastParenStyle === null)) {
      const m = p.marker!;
      const style: MarkerStyle = bracketed ? lastParenStyle! : m.payload.style;
      if (PAREN_STYLES.has(style)) lastParenStyle = style;
      const marker = { raw: source.slice(m.start, m.end), style, ordinal: m.payload.ordinal, inferred: false };
      // text as written (positions and text agree with the source); the rules read the normalized copy
      const rest = stripAnnotations(source, m.end, p.end, p.annotations).trim();
      const next = nextContent[i]! >= 0 ? pieces[nextContent[i]!]!.marker : null;
      // …after an article or a chapter, not after an item of a list inside an article ("一、申请表 / 二、营业执照复印件 / 第三条")
      const chapter: boolean = style === 'cn-comma' && next?.payload.style === 'article' && CHAPTER_TITLE.test(rest) && (previous === 'article' || previous === 'chapter' || previous === null);
      previous = chapter ? 'chapter' : style;
      // an item that holds only its units ("2.责任单位：水利局") is titled by them
      // (a heading line stands alone before a paragraph or an item under it, not before the next item of its own style: a
      // run-in body may end without 。)
      const title = headingTitle(rest === '' && p.annotations.length > 0 ? source.slice(m.end, p.end) : rest, next?.payload.style !== style && standsAlone(source, p.end));
      open(sectionOf(p, marker, title, rest), chapter ? CHAPTER_RANK : STYLE_RANK[style]);
      continue;
    }
    if (kind === 'heading') {
      const title = source.slice(p.start, p.end).replace(/[:：]\s*$/, '').trimEnd();
      const compact = compactNormalized(title);
      const appendix = opensAppendix(compact);
      // an appendix's title heads the appendix's items, whatever their style ("2026年省十件民生实事" over 一、…十、)
      const rank = appendix || GLOSSARY_HEADING.test(compact) ? APPENDIX_RANK : appendixTitle ? itemsRank(i) : BOX_HEADING.test(compact) ? boxRank(i) : (partRankOf(compact) ?? ((datedParts && DATED_PART.test(compact) && numberingRestarts(i)) || ATTACHMENT_TITLE.test(compact) ? topRank - 0.5 : DASH_LEAD.test(compact) ? strandRank(i) : headingRank(i)));
      appendixTitle = appendix;
      open(sectionOf(p, null, title, title), rank);
      continue;
    }
    const id = `n${nextId++}`;
    const text = source.slice(p.start, p.end);
    const annotations = p.annotations.map(annotationOf);
    const position = index.position(p.start, p.end);
    // two literals, not a spread: the spread made every paragraph on a slow path
    const para: Paragraph =
      kind === 'title'
        ? { type: 'paragraph', id, role: 'title', text, targets: [], annotations, position }
        : { type: 'paragraph', id, text, targets: [], annotations, position };
    (kind !== 'title' && stack.length ? stack[stack.length - 1]!.node.children : root.children).push(para);
  }

  widenSpans(root.children);
  return { root, furniture };
}

/** The text after a marker with unit annotations cut out. */
function stripAnnotations(text: string, from: number, to: number, annotations: AnnotationSpan[]): string {
  let out = '';
  let at = from;
  for (const a of annotations) {
    out += text.slice(at, a.start);
    at = a.end;
  }
  return out + text.slice(at, Math.max(at, to));
}

/** A section's span runs to the end of its last child. */
function widenSpans(nodes: Node[]): void {
  for (const n of nodes) {
    if (n.type !== 'section') continue;
    widenSpans(n.children);
    const last = n.children[n.children.length - 1];
    if (last && last.position.end.offset > n.position.end.offset) n.position = { start: n.position.start, end: last.position.end };
  }
}
