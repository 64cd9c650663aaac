// Pieces → a unist-style tree. Markers nest by rank (a marker closes every open
// section of equal or greater rank); unnumbered heading lines take the level the
// numbering around them implies; furniture lines are set aside.
import type { AnnotationSpan } from '../../grammar/index.js';
import type { Diagnostic, Furniture, MarkerStyle, Node, Paragraph, Root, Section, UnitAnnotation } from '../tree/schema.js';
import { STYLE_RANK } from '../data/marker-styles.js';
import { ARTICLE_BYLINE, ARTICLE_END_LINES, FURNITURE_GAP, FURNITURE_LINE_PATTERNS, META_FIELD_LABELS } from '../data/boilerplate.js';
import { ATTACHMENTS_LEAD, BODY_YEAR_SOURCE, BYLINE, RUN_IN_YEAR_HEADING_MIN, DATE_LINE, DOC_NUMBER_LINE, PERIOD_LINE, SALUTATIONS, TITLE_PERIOD, TITLE_QUALIFIER, DOC_TYPE_WORDS, RUN_IN_BODY_OPENERS, TITLE_WRAPPER } from '../data/doc-types.js';
import { diagnostic } from '../diagnostics/report.js';
import { walkSections } from '../tree/walk.js';
import type { LineIndex } from './positions.js';
import type { Piece } from './lines.js';
import { compact, compactNormalized } from './normalize.js';
import { STATUS_YEAR_CUES, YEAR_CUES } from '../data/target-cues.js';
import { joinWraps } from './wraps.js';

export type TreeResult = {
  root: Root;
  diagnostics: Diagnostic[];
  furniture: Furniture[];
  /** The 1-based lines that continue the sentence of the line before (a hard-wrapped copy). */
  wrappedLines: Set<number>;
};

/** What a piece is: a numbered item, page furniture, a title line, an unnumbered heading or body text. */
export type Kind = 'marker' | 'furniture' | 'title' | 'heading' | 'paragraph';

/** A title or heading runs no longer than this many characters. */
const HEADING_MAX = 25;
const TITLE_MAX = 80;
/** A run-in heading ("(一)加强组织领导全面加强…") is cut at a clause break past this length. */
const RUN_IN_TITLE_MAX = 30;
/** A first clause longer than this may be a heading run into its body; look for where the body opens. */
const RUN_IN_CLAUSE_MIN = 16;
/** An unpunctuated marker line longer than this is a heading with its body, not a heading alone. */
const HEADING_LINE_MAX = 50;

const SENTENCE_END = /[。;!?]/;
/** Tested on a line's last character. */
const ENDS_CLAUSE = /[。;!?:)”」》]$/;

/**
 * The furniture table as a few regexes instead of one call per pattern: per set of flags, the
 * patterns anchored at the start in one regex (tried at offset 0 only when every one of them is),
 * and the others in one scan. Each pattern keeps its own group, so an alternation inside it stays
 * its own. A pattern with backreferences stays as it is: joined, its group numbers would shift.
 */
function combinePatterns(patterns: RegExp[]): RegExp[] {
  const out: RegExp[] = [];
  const groups = new Map<string, { flags: string; sources: string[] }>();
  for (const re of patterns) {
    if (/\\[1-9k]/.test(re.source)) {
      out.push(re);
      continue;
    }
    const key = `${re.source.startsWith('^')} ${re.flags}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { flags: re.flags, sources: [] }));
    group.sources.push(`(?:${re.source})`);
  }
  for (const { flags, sources } of groups.values()) out.push(new RegExp(sources.join('|'), flags));
  return out;
}

const FURNITURE_MATCHERS = combinePatterns(FURNITURE_LINE_PATTERNS);
const isFurniturePart = (c: string) => FURNITURE_MATCHERS.some((re) => re.test(c));
const FIELD_LABELS = META_FIELD_LABELS.map((l) => l + ':');

/** `c` is `line` compacted, made once by the caller. */
function isFurniture(line: string, c: string): boolean {
  if (c.length === 0) return false;
  if (isFurniturePart(c) || ARTICLE_BYLINE.test(line)) return true;
  // "字体:【大】【中】【小】  分享到:": furniture side by side, every part of it furniture
  if (FURNITURE_GAP.test(line)) {
    const parts = line.trim().split(FURNITURE_GAP).map(compact).filter((p) => p.length > 0);
    if (parts.length > 1 && parts.every(isFurniturePart)) return true;
  }
  // a metadata table row: two or more "字段:" labels on one line
  return hasTwoLabels(c);
}

/** Every label ends in ":": look for labels only where a colon is, not along the whole line. */
function hasTwoLabels(c: string): boolean {
  const colons: number[] = [];
  for (let at = c.indexOf(':'); at >= 0; at = c.indexOf(':', at + 1)) colons.push(at + 1);
  let labels = 0;
  for (const l of FIELD_LABELS) if (colons.some((end) => end >= l.length && c.startsWith(l, end - l.length)) && ++labels === 2) return true;
  return false;
}

/** The line without its period in brackets: "…行动计划(2024-2026年)". */
const stripPeriodLine = (c: string) => c.replace(TITLE_PERIOD, '');

/** `c`: the line compacted. */
function looksLikeTitle(c: string): boolean {
  if (c.length === 0 || c.length > TITLE_MAX || SENTENCE_END.test(c)) return false;
  if (TITLE_WRAPPER.test(c)) return true;
  // "为全面推进…建设,根据《…》和《…规划": a sentence wrapped after a document's name, no title
  if (c.includes(',')) return false;
  const bare = stripPeriodLine(c).replace(TITLE_QUALIFIER, '').replace(/[》”]$/, '');
  return DOC_TYPE_WORDS.some((w) => bare.endsWith(w));
}

/** "聚力产业升级,壮大实体经济": a heading may pair two or three short phrases; a wrapped sentence has longer ones. */
const PHRASE_MAX = 12;
const pairedPhrases = (c: string) => {
  const parts = c.split(/[,、]/);
  return parts.length <= 3 && parts.every((p) => p.length >= 2 && p.length <= PHRASE_MAX);
};

/**
 * "附件:1.重点项目清单 / 2.任务分解表": the numbered items after an attachments line name attachments; they are
 * text of the section they stand in, not sections. The list runs to a blank line or a piece without a marker.
 */
function markAttachments(pieces: Piece[], kinds: Kind[], compactOf: (i: number) => string): void {
  for (let i = 0; i < pieces.length; i++) {
    if (kinds[i] !== 'paragraph' || !pieces[i]!.startsLine || !ATTACHMENTS_LEAD.test(compactOf(i))) continue;
    for (let j = i + 1; j < pieces.length && kinds[j] === 'marker' && (j === i + 1 || !pieces[j]!.afterBlank); j++) kinds[j] = 'paragraph';
  }
}

/** `whole`: the line compacted. */
function looksLikeHeading(whole: string): boolean {
  if (whole.length > HEADING_MAX + 1) return false; // too long even without a final colon
  const c = whole.replace(/[:]$/, '');
  if (c.length === 0 || c.length > HEADING_MAX) return false; // first: every test below is cheap only on a short line
  if (SALUTATIONS.some((w) => c.startsWith(w))) return false;
  // "各县(市、区)人民政府,市政府各部门:" — a list that ends in a colon addresses someone; it heads nothing
  if (whole.endsWith(':') && /[,、]/.test(c)) return false;
  if (SENTENCE_END.test(c) || (/[,、]/.test(c) && !pairedPhrases(c))) return false;
  if (DOC_NUMBER_LINE.test(c) || DATE_LINE.test(c) || BYLINE.test(c)) return false;
  if (!/[\u4e00-\u9fff]/.test(c)) return false;
  if (/^[(\[【〔《“]/.test(c) && /[)\]】〕》”]$/.test(c)) return false; // wholly bracketed
  return true;
}

/** Compacted text longer than this is body text. */
const BODY_MIN = 40;
/** Long or punctuated text is body text, not a heading. `c`: the line compacted. */
const isBody = (c: string) => SENTENCE_END.test(c) || c.length > BODY_MIN;

export function buildTree(norm: string, source: string, index: LineIndex, lines: Piece[]): TreeResult {
  let pieces = lines;
  const diagnostics: Diagnostic[] = [];
  const furniture: Furniture[] = [];
  const textOf = (p: Piece) => norm.slice(p.start, p.end);
  // each piece's text without white space, made when first asked for: most are asked more than once
  let compacts: (string | undefined)[] = new Array(pieces.length);
  const compactOf = (i: number) => (compacts[i] ??= compactNormalized(textOf(pieces[i]!)));
  /** The piece's text ends a clause: only its last character is read. */
  const endsClause = (p: Piece) => p.end > p.start && ENDS_CLAUSE.test(norm.charAt(p.end - 1));

  // 1. classify
  let kinds: Kind[] = pieces.map((p) => (p.marker ? 'marker' : 'paragraph'));
  let bodySeen = false;
  let markerSeen = false;
  let wrapped: string | null = null; // the plan named by a 关于印发…的通知 line
  let articleEnded = false;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.marker && !articleEnded) {
      bodySeen = markerSeen = true;
      continue;
    }
    if (articleEnded || (p.wholeLine && isFurniture(textOf(p), compactOf(i)))) {
      kinds[i] = 'furniture';
      // once the numbered body has begun, "—END—" or "往期推荐" leaves only the page's links and buttons
      articleEnded ||= markerSeen && p.wholeLine && ARTICLE_END_LINES.some((re) => re.test(compactOf(i)));
      continue;
    }
    // the notice names the plan; the plan's own title line may follow the notice's body
    if (p.wholeLine && !markerSeen && wrapped !== null && stripPeriodLine(compactOf(i)) === wrapped) kinds[i] = 'title';
    // a title may also open a flattened line: "关于印发《…》的通知 一、总体要求 …"
    else if (p.startsLine && !bodySeen && (looksLikeTitle(compactOf(i)) || (PERIOD_LINE.test(compactOf(i)) && kinds[i - 1] === 'title')))
      kinds[i] = 'title';
    else if (!bodySeen && isBody(compactOf(i))) bodySeen = true; // once seen, no need to look again
    if (kinds[i] === 'title') wrapped ??= TITLE_WRAPPER.exec(compactOf(i))?.[1]?.replace(/[《》]/g, '') ?? null;
  }
  markAttachments(pieces, kinds, compactOf);
  // lines broken inside their sentences (a hard-wrapped copy) are joined to the line they continue,
  // before headings are told from body text by what follows them
  const wraps = joinWraps(pieces, kinds, norm, source, (offset) => offset - index.point(offset).column + 1);
  if (wraps.joined.length > 0) {
    ({ pieces, kinds } = wraps);
    compacts = new Array(pieces.length);
  }
  // nearest piece after each that is not furniture: precomputed so that long runs of furniture stay linear
  const nextContent: number[] = new Array(pieces.length);
  for (let i = pieces.length - 1, last = -1; i >= 0; i--) {
    nextContent[i] = last;
    if (kinds[i] !== 'furniture') last = i;
  }
  for (let i = 0, prev = -1; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (kinds[i] !== 'paragraph' || !p.wholeLine || !looksLikeHeading(compactOf(i))) {
      if (kinds[i] !== 'furniture') prev = i;
      continue;
    }
    const next = nextContent[i]!;
    const nextIsBody = next >= 0 && (kinds[next] === 'marker' || (kinds[next] === 'paragraph' && isBody(compactOf(next))));
    const prevEnds = prev < 0 || p.afterBlank || kinds[prev] === 'title' || kinds[prev] === 'heading' || endsClause(pieces[prev]!);
    if (nextIsBody && prevEnds) kinds[i] = 'heading';
    prev = i;
  }

  // 2. the rank of unnumbered headings: the top level of the document's numbering,
  // or just above the markers that follow the heading if those are top level themselves.
  let topRank = Infinity;
  for (const p of pieces) if (p.marker && p.marker.payload.style !== 'cn-shi') topRank = Math.min(topRank, p.marker.payload.rank);
  if (topRank === Infinity) topRank = STYLE_RANK['cn-comma'];
  // the rank a heading takes from what follows it. Only a top-level marker right after it
  // ("总体要求" then "一、…") makes the heading a parent; body text in between makes it a
  // peer of the numbered sections.
  const headingRank = (i: number) => {
    const m = nextContent[i]! >= 0 ? pieces[nextContent[i]!]!.marker : null;
    return m && m.payload.rank <= topRank ? m.payload.rank - 0.5 : topRank;
  };

  // 3. nest
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
  const sectionOf = (p: Piece, marker: Section['marker'], title: string, text: string): Section => ({
    type: 'section',
    id: `n${nextId++}`,
    depth: 1,
    marker,
    title,
    text,
    lead: [],
    responsible: [],
    targets: [],
    annotations: p.annotations.map(annotationOf),
    ownPosition: index.position(p.start, p.end),
    position: index.position(p.start, p.end),
    children: [],
  });

  let lastParenStyle: MarkerStyle | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const kind = kinds[i]!;
    if (kind === 'furniture') {
      furniture.push({ text: source.slice(p.start, p.end), position: index.position(p.start, p.end) });
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
      open(sectionOf(p, marker, headingTitle(rest), rest), STYLE_RANK[style]);
      continue;
    }
    if (kind === 'heading') {
      const title = source.slice(p.start, p.end).replace(/[:：]\s*$/, '').trimEnd();
      open(sectionOf(p, null, title, title), headingRank(i));
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
  // once, over the whole tree: a pass per level was overwritten by the pass over the top level
  assignUnits(root.children);
  checkNumbering(root.children, diagnostics);
  reportFlattened(pieces, kinds, index, diagnostics);
  reportWraps(wraps.joined, index, diagnostics);
  reportUnitless(root.children, diagnostics);
  reportFurniture(pieces, kinds, furniture, diagnostics);
  return { root, diagnostics, furniture, wrappedLines: new Set(wraps.joined.map((p) => index.point(p.start).line)) };
}

/** The text after a marker with unit annotations cut out. */
function stripAnnotations(norm: string, from: number, to: number, annotations: AnnotationSpan[]): string {
  let out = '';
  let at = from;
  for (const a of annotations) {
    out += norm.slice(at, a.start);
    at = a.end;
  }
  return out + norm.slice(at, Math.max(at, to));
}

const TITLE_END = /[。;；!！?？]/;
const WRAP_BREAK = /[ \t\u3000]*\r?\n[ \t\u3000]*/g;
const CLAUSE_BREAK = /[,，:：]/;
/** Where a run-in heading's body may begin: an opener word past the first few characters. */
const RUN_IN_OPENER = new RegExp(RUN_IN_BODY_OPENERS.join('|'), 'g');
const RUN_IN_OPENER_FROM = 4;
const RUN_IN_OPENER_TO = 16;
const RUN_IN_OPENER_LONGEST = Math.max(...RUN_IN_BODY_OPENERS.map((w) => w.length));

/** Where an opener word starts between offsets RUN_IN_OPENER_FROM and RUN_IN_OPENER_TO, or -1: only the head of `t` is searched. */
function runInOpener(t: string): number {
  RUN_IN_OPENER.lastIndex = RUN_IN_OPENER_FROM;
  const m = RUN_IN_OPENER.exec(t.slice(0, RUN_IN_OPENER_TO + RUN_IN_OPENER_LONGEST));
  return m && m.index <= RUN_IN_OPENER_TO ? m.index : -1;
}

/**
 * The heading phrase: up to the first sentence end or the line end, however long (a
 * target sentence may be an item's title). A heading run into its body without
 * punctuation ("加强组织领导全面加强区委…") ends where the body opens: at an opener word
 * inside an over-long first clause, or, when more sentences follow on the line, at its
 * first clause break or after RUN_IN_TITLE_MAX characters.
 */
export function headingTitle(rest: string): string {
  // a heading wrapped onto the next line (a hard-wrapped copy) is one phrase
  let t = rest.trim().replace(WRAP_BREAK, '');
  const stop = t.search(TITLE_END);
  // t is trimmed: anything after the stop ends in a character that is not white space
  const more = stop >= 0 && stop + 1 < t.length;
  if (stop >= 0) t = t.slice(0, stop);
  const clause = t.search(CLAUSE_BREAK);
  // the body runs on: more sentences follow on the line, or the line is too long to be a
  // heading line (a heading of two phrases "X,Y" may be long; one without any break is not)
  const bodyFollows = more || (stop < 0 && (t.length > HEADING_LINE_MAX || (clause < 0 && t.length > RUN_IN_TITLE_MAX)));
  const opener = (clause < 0 ? t.length : clause) > RUN_IN_CLAUSE_MIN ? runInOpener(t) : -1;
  if (opener > 0) t = t.slice(0, opener);
  else if (bodyFollows && t.length > RUN_IN_TITLE_MAX) t = t.slice(0, clause > 0 ? Math.min(clause, RUN_IN_TITLE_MAX) : RUN_IN_TITLE_MAX);
  // "总体目标2026年,全县…": a year and its comma open the body run into the heading
  const runIn = runInYear(rest.trim());
  if (runIn > 0 && t.length > runIn) t = t.slice(0, runIn);
  return withoutTrail(t).trim();
}

const BODY_YEAR = new RegExp(BODY_YEAR_SOURCE, 'g');
const YEAR_LEADS = [...YEAR_CUES, ...STATUS_YEAR_CUES];
/**
 * Where a year opens the body run into the heading at the start of `text` ("总体目标2026年,全县…" → 4), or -1:
 * after a short phrase without digits that does not lead into the year itself (力争, 截止, 在).
 */
export function runInYear(text: string): number {
  BODY_YEAR.lastIndex = 0;
  const m = BODY_YEAR.exec(text.slice(0, HEADING_MAX + 16));
  if (!m || m.index < RUN_IN_YEAR_HEADING_MIN || m.index > HEADING_MAX) return -1;
  const phrase = text.slice(0, m.index);
  if (/[0-9０-９]/.test(phrase) || YEAR_LEADS.some((w) => phrase.endsWith(w))) return -1;
  return m.index;
}

const TITLE_TRAIL = /[,，、:：\s]/y;
/** `t` without the commas, colons and spaces it ends with: only the end is looked at, where a regex ending in $ would scan the whole title. */
function withoutTrail(t: string): string {
  let end = t.length;
  for (; end > 0; end--) {
    TITLE_TRAIL.lastIndex = end - 1;
    if (!TITLE_TRAIL.test(t)) break;
  }
  return t.slice(0, end);
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

/** A paragraph that holds nothing but unit annotations: a unit block standing on its own line. */
const onlyAnnotations = (p: Paragraph) =>
  p.annotations.length > 0 && p.annotations.reduce((rest, a) => rest.replace(a.raw, ''), p.text).replace(/[\s。;；,，.]/g, '') === '';

/**
 * lead/responsible of each section: its own annotations and those of its paragraphs.
 * A unit block on a line of its own after sub-items ("（3）…\n【牵头单位：…】") belongs to
 * the level at which the document gives its units, not to the last sub-item.
 */
const CN_SHI = 'cn-shi';
/** The bracketed marker styles: "( )" that lost its number is one of them. */
const PAREN_STYLES = new Set<MarkerStyle>(['paren-cn', 'paren-arabic']);

function assignUnits(top: Node[]): void {
  const unitStyle = commonestUnitStyle(top);
  const units = new Map<Section, UnitAnnotation[]>();
  const give = (s: Section, a: UnitAnnotation[]) => {
    if (a.length === 0) return;
    const list = units.get(s);
    if (list) list.push(...a);
    else units.set(s, a.slice());
  };
  const chain: Section[] = []; // the sections above the one being visited
  const visit = (nodes: Node[]) => {
    let lastShi: Node | undefined;
    for (const n of nodes) if (n.type === 'section' && n.marker?.style === CN_SHI) lastShi = n;
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      // "…一是…；二是…。（牵头科室：…）": the units closing the last inline item are the whole item's
      const closesItem = n === lastShi && unitStyle !== CN_SHI ? innermost(chain, unitStyle) : undefined;
      give(closesItem ?? n, n.annotations);
      for (const c of n.children) {
        if (c.type !== 'paragraph' || c.annotations.length === 0) continue;
        const home = n.marker?.style !== unitStyle && onlyAnnotations(c) ? innermost(chain, unitStyle) : undefined;
        give(home ?? n, c.annotations);
      }
      chain.push(n);
      visit(n.children);
      chain.pop();
    }
  };
  visit(top);
  // a section that is given nothing keeps the empty lists it was made with
  for (const [s, all] of units) {
    all.sort((a, b) => a.position.start.offset - b.position.start.offset);
    s.lead = [];
    s.responsible = [];
    for (const a of all) {
      s.lead.push(...a.lead);
      s.responsible.push(...a.responsible);
    }
  }
}

/** The marker style that carries unit annotations most often; the first seen wins a tie. */
function commonestUnitStyle(top: Node[]): string | undefined {
  const perStyle = new Map<string, number>();
  walkSections(top, (s) => {
    if (s.marker && s.annotations.length) perStyle.set(s.marker.style, (perStyle.get(s.marker.style) ?? 0) + 1);
  });
  let best: string | undefined;
  let most = 0;
  for (const [style, count] of perStyle) {
    if (count > most) {
      best = style;
      most = count;
    }
  }
  return best;
}

/** The innermost section of `chain` whose marker has `style`. */
function innermost(chain: Section[], style: string | undefined): Section | undefined {
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.marker?.style === style) return chain[i];
  return undefined;
}

/** numbering-gap, numbering-duplicate and marker-missing-ordinal, sibling by sibling. */
function checkNumbering(top: Node[], diagnostics: Diagnostic[]): void {
  const lastOfStyle = new Map<string, number>(); // across the document: numbering may run on across parents
  const visit = (nodes: Node[]) => {
    if (nodes.length === 0) return; // most sections have no children: no map for them
    const prevInParent = new Map<string, number>();
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      const m = n.marker;
      if (m) {
        const prev = prevInParent.get(m.style);
        if (m.ordinal === null) {
          m.ordinal = (prev ?? 0) + 1;
          m.inferred = true;
          diagnostics.push(diagnostic('marker-missing-ordinal', n.ownPosition, { marker: m.raw.trim(), inferred: render(m.style, m.ordinal) }));
        } else if (prev === undefined) {
          const runOn = lastOfStyle.get(m.style);
          if (m.ordinal !== 1 && m.ordinal !== (runOn ?? 0) + 1) {
            diagnostics.push(diagnostic('numbering-gap', n.ownPosition, { expected: render(m.style, 1), actual: m.raw.trim() }));
          }
        } else if (m.style === 'cn-shi' && m.ordinal === 1) {
          // 一是…二是… starts again in each paragraph: a new enumeration, not a gap
        } else if (m.ordinal === prev) {
          diagnostics.push(diagnostic('numbering-duplicate', n.ownPosition, { actual: m.raw.trim() }));
        } else if (m.ordinal !== prev + 1) {
          diagnostics.push(diagnostic('numbering-gap', n.ownPosition, { expected: render(m.style, prev + 1), actual: m.raw.trim() }));
        }
        prevInParent.set(m.style, m.ordinal);
        lastOfStyle.set(m.style, m.ordinal);
      }
      visit(n.children);
    }
  };
  visit(top);
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cnOrdinal(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${CN_DIGITS[n % 10]}`;
}

function render(style: string, n: number): string {
  switch (style) {
    case 'article': return `第${cnOrdinal(n)}条`;
    case 'cn-comma': return `${cnOrdinal(n)}、`;
    case 'paren-cn': return `（${cnOrdinal(n)}）`;
    case 'arabic-dot': return `${n}.`;
    case 'arabic-comma': return `${n}、`;
    case 'paren-arabic': return `（${n}）`;
    case 'circled': return String.fromCharCode(0x2460 + n - 1);
    default: return `${cnOrdinal(n)}是`;
  }
}

/** One `flattened-text` for each line on which numbered items run together, at its first marker inside the line. */
function reportFlattened(pieces: Piece[], kinds: Kind[], index: LineIndex, diagnostics: Diagnostic[]): void {
  let first: Piece['marker'] = null;
  let line = -1;
  let count = 0;
  const flush = () => {
    if (first !== null) diagnostics.push(diagnostic('flattened-text', index.position(first.start, first.end), { count: String(count) }));
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (kinds[i] !== 'marker' || !p.marker || !p.marker.payload.midLine || p.marker.payload.style === 'cn-shi') continue;
    const at = index.point(p.marker.start).line;
    if (at !== line) {
      flush();
      first = p.marker;
      line = at;
      count = 0;
    }
    count++;
  }
  flush();
}

/** One `wrapped-lines` for a document whose sentences were broken across lines, at the first break joined. */
function reportWraps(joined: Piece[], index: LineIndex, diagnostics: Diagnostic[]): void {
  const first = joined[0];
  if (first === undefined) return;
  diagnostics.push(diagnostic('wrapped-lines', index.position(first.start, first.start), { count: String(joined.length) }));
}

/** Task items without units where most items of the same style carry them. */
function reportUnitless(top: Node[], diagnostics: Diagnostic[]): void {
  const byStyle = new Map<string, Section[]>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      if (n.marker) {
        const list = byStyle.get(n.marker.style);
        if (list) list.push(n);
        else byStyle.set(n.marker.style, [n]);
      }
      walk(n.children);
    }
  };
  walk(top);
  for (const sections of byStyle.values()) {
    const withUnits = sections.filter((s) => s.lead.length || s.responsible.length);
    if (withUnits.length < 3 || withUnits.length * 2 < sections.length) continue;
    for (const s of sections) {
      if (s.lead.length || s.responsible.length) continue;
      if (s.children.some((c) => c.type === 'section')) continue; // a heading over tasks, not a task
      diagnostics.push(diagnostic('task-without-units', s.ownPosition, { marker: s.marker!.raw.trim() }));
    }
  }
}

/** One `boilerplate-removed` per block of furniture: a run of furniture pieces with no content between. */
function reportFurniture(pieces: Piece[], kinds: Kind[], furniture: Furniture[], diagnostics: Diagnostic[]): void {
  let f = 0;
  for (let i = 0; i < pieces.length; ) {
    if (kinds[i] !== 'furniture') {
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && kinds[j] === 'furniture') j++;
    const block = furniture.slice(f, f + (j - i));
    f += j - i;
    const first = block[0]!.position;
    const last = block[block.length - 1]!.position;
    diagnostics.push(
      diagnostic('boilerplate-removed', { start: first.start, end: last.end }, {
        count: String(block.length),
        sample: block.slice(0, 3).map((b) => compact(b.text).slice(0, 12)).join(' | '),
      }),
    );
    i = j;
  }
}
