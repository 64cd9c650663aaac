// What each piece is (a numbered item, page furniture, a title line, an unnumbered heading or body
// text), read from its own text and from the pieces around it.
import { ARTICLE_BYLINE, ARTICLE_END_LINES, BODY_SEPARATOR, FURNITURE_GAP, FURNITURE_LINE_PATTERNS, META_FIELD_LABELS } from '../data/boilerplate.js';
import { DUE_LABELS, UNIT_LABELS, UNIT_STATEMENT_ENDS } from '../data/unit-labels.js';
import { ADDRESSEE_OPENERS, ATTACHMENTS_LEAD, LEAD_IN_COUNT, LEAD_IN_ENDS, LEAD_IN_WORDS, REVIEW_HEADING_OPENER, BYLINE, DATE_LINE, DOC_NUMBER_LINE, ISSUER_ENDINGS, PERIOD_LINE, PERIOD_SUMMARY_LINE, SALUTATIONS, SPEECH_BYLINE, TITLE_DATE, TITLE_PERIOD, TITLE_WRAPPER } from '../data/doc-types.js';
import type { Kind, Piece } from './lines.js';
import { withoutDocNumber } from './title-number.js';
import { endsInDocType } from './meta.js';
import { compact, compactNormalized } from './normalize.js';
import { HEADING_MAX } from './heading-title.js';
import { planNamedByNotice } from './inline-titles.js';
import { namesItsUnit } from './table-cells.js';

/** The row under a portal article's title: its source and date. */
const ARTICLE_HEAD_ROW = /^(来源|文章来源|发布日期|发布时间|发表时间|信息来源)[:]/;

/** A title line runs no longer than this many characters; the notice that publishes one, this many. */
const TITLE_MAX = 80;
const NOTICE_TITLE_MAX = 150;

export const SENTENCE_END = /[。;!?]/;
/** Tested on a line's last character. */
export const ENDS_CLAUSE = /[。;!?:)”」》]$/;

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

/** A regex that is only literal words joined by |, without flags ("ICP备|公网安备"): a native string search each. */
function asWordSearch(re: RegExp): ((c: string) => boolean) | null {
  if (re.flags !== '' || !/^[^\\^$.|?*+()[\]{}]+(?:\|[^\\^$.|?*+()[\]{}]+)*$/.test(re.source)) return null;
  const words = re.source.split('|');
  return (c) => words.some((w) => c.includes(w));
}
const FURNITURE_TESTS = [
  ...FURNITURE_LINE_PATTERNS.map(asWordSearch).filter((test) => test !== null),
  ...combinePatterns(FURNITURE_LINE_PATTERNS.filter((re) => asWordSearch(re) === null)).map((re) => (c: string) => re.test(c)),
];
const isFurniturePart = (c: string) => FURNITURE_TESTS.some((test) => test(c));
const FIELD_LABELS = META_FIELD_LABELS.map((l) => l + ':');

/** A breadcrumb's parts: its head ("首页", "当前位置:") and the later ones opening with its separator ("/ 专题专栏", "> 正文"). */
const BREADCRUMB_PART = /^(?:[/>›»]|(?:首页|主页|正文|(?:您|你)?(?:当前|现在)?的?位置)[:]?$)/;
/** The text after a list marker is a navigation link: furniture, or a breadcrumb's part. */
function isNavItem(rest: string): boolean {
  const c = compactNormalized(rest);
  return BREADCRUMB_PART.test(c) || isFurniture(rest, c);
}

/** `c` is `line` compacted, made once by the caller. */
function isFurniture(line: string, c: string): boolean {
  if (c.length === 0) return false;
  // a byline's time of day (ARTICLE_BYLINE) and a metadata row's labels (hasTwoLabels) have colons; most lines none
  const colon = c.includes(':');
  if (isFurniturePart(c) || (colon && ARTICLE_BYLINE.test(line))) return true;
  // "字体:【大】【中】【小】  分享到:": furniture side by side, every part of it furniture
  if (FURNITURE_GAP.test(line)) {
    const parts = line.trim().split(FURNITURE_GAP).map(compact).filter((p) => p.length > 0);
    if (parts.length > 1 && parts.every(isFurniturePart)) return true;
  }
  // a metadata table row: two or more "字段:" labels on one line
  return colon && hasTwoLabels(c);
}

/** Every label ends in ":": look for labels only where a colon is, not along the whole line. */
function hasTwoLabels(c: string): boolean {
  const colons: number[] = [];
  for (let at = c.indexOf(':'); at >= 0; at = c.indexOf(':', at + 1)) colons.push(at + 1);
  let labels = 0;
  for (const l of FIELD_LABELS) if (colons.some((end) => end >= l.length && c.startsWith(l, end - l.length)) && ++labels === 2) return true;
  return false;
}

/** The plan a wrapper or notice names, as its title line would read: without quotes or period. */
const namedPlan = (named: string | undefined) => (named ? stripPeriodLine(named.replace(/[《》]/g, '')) : null);
/** The line without its period in brackets: "…行动计划(2024-2026年)". */
const stripPeriodLine = (c: string) => c.replace(TITLE_DATE, '').replace(TITLE_PERIOD, '');

/** `c`: the line compacted. */
function looksLikeTitle(c: string): boolean {
  if (c.length === 0 || c.length > NOTICE_TITLE_MAX || SENTENCE_END.test(c)) return false;
  // the notice that publishes a document names it in full: longer than any other title
  if (TITLE_WRAPPER.test(c)) return true;
  if (c.length > TITLE_MAX) return false;
  // "为全面推进…建设,根据《…》和《…规划": a sentence wrapped after a document's name, no title
  if (c.includes(',') || PERIOD_SUMMARY_LINE.test(c)) return false;
  return endsInDocType(withoutDocNumber(c, endsInDocType));
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

/** The labels of a task's fields, with their colon as normalized. */
const TASK_FIELD_LABELS = [...UNIT_LABELS.map((l) => l.word), ...DUE_LABELS].map((w) => `${w}:`);

/** `whole`: the line compacted. */
/** A line that says something before its colon: it qualifies a noun (的) or dates it (今年…, 2011年…); "禁止行为:", "主要目标为:" name. */
const SAYS = /的|今年|[0-9]{4}年/;
export function looksLikeHeading(line: string): boolean {
  // a review heading's time ("一年来,") counts toward neither its length nor its phrases
  const whole = line.replace(REVIEW_HEADING_OPENER, '');
  if (whole.length > HEADING_MAX + 1) return false; // too long even without a final colon
  const c = whole.replace(/[:]$/, '');
  // one character is a fragment (an addressee line cut after 各), never a heading
  if (c.length < 2 || c.length > HEADING_MAX) return false; // first: every test below is cheap only on a short line
  if (SALUTATIONS.some((w) => c.startsWith(w))) return false;
  // "牵头单位:省政府办公厅", "完成时限:2019年6月底前": a task's fields; "科创局牵头办理": who handles it
  if (TASK_FIELD_LABELS.some((w) => c.startsWith(w)) || UNIT_STATEMENT_ENDS.some((w) => c.endsWith(w))) return false;
  // "各县(市、区)人民政府,市政府各部门:" — a list that ends in a colon addresses someone; it heads nothing
  if (whole.endsWith(':') && /[,、]/.test(c)) return false;
  // "各有关单位:", "各区人民政府:": the addressees of a notice
  if (whole.endsWith(':') && ADDRESSEE_OPENERS.some((w) => c.startsWith(w))) return false;
  // "重点抓好以下十二个方面:": a sentence that leads into a list
  if (whole.endsWith(':') && (LEAD_IN_WORDS.some((w) => c.includes(w)) || (LEAD_IN_ENDS.some((w) => c.endsWith(w)) && SAYS.test(c)) || LEAD_IN_COUNT.test(c))) return false;
  if (SENTENCE_END.test(c) || (/[,、]/.test(c) && !pairedPhrases(c))) return false;
  if (DOC_NUMBER_LINE.test(c) || DATE_LINE.test(c) || BYLINE.test(c)) return false;
  if (!/[\u4e00-\u9fff]/.test(c)) return false;
  if (/^[(\[【〔《“]/.test(c) && /[)\]】〕》”]$/.test(c)) return false; // wholly bracketed
  // "区域开发强度(%)", "城市人口密度(万人/平方公里)": an indicator's name and its unit, a table's cell
  return !namesItsUnit(c);
}

/** Compacted text longer than this is body text. */
const BODY_MIN = 40;
/** Long or punctuated text is body text, not a heading. `c`: the line compacted. */
export const isBody = (c: string) => SENTENCE_END.test(c) || c.length > BODY_MIN;

/** Each piece's text without white space, made when first asked for: most are asked more than once. */
export function compactReader(norm: string, pieces: Piece[]): (i: number) => string {
  const compacts: (string | undefined)[] = new Array(pieces.length);
  return (i) => (compacts[i] ??= compactNormalized(norm.slice(pieces[i]!.start, pieces[i]!.end)));
}

/**
 * The kind of each piece from its own text and the lines before it: markers, furniture, title lines; the rest
 * is body text until markHeadings, which runs after hard-wrapped lines are joined. `compactOf` is compactReader's.
 */
export function classifyLines(pieces: Piece[], norm: string, compactOf: (i: number) => string): Kind[] {
  const kinds: Kind[] = pieces.map((p) => (p.marker ? 'marker' : 'paragraph'));
  let bodySeen = false;
  let markerSeen = false;
  let wrapped: string | null = null; // the plan named by a 关于印发…的通知 line
  let articleEnded = false;
  let firstContent = pieces.length; // the first piece that is not furniture
  let titleSeen = false;
  /** The title line before left its 《 open: the title goes on onto this line ("关于印发《高等教育" / "…提升计划" / "实施方案》的通知"). */
  let titleOpen = false;
  // a crawl's header of fields above its "=== 正文 ===" line: furniture, whatever each line says
  let separator = -1;
  for (let i = 0; i < Math.min(pieces.length, HEADER_LINES_MAX); i++) {
    const p = pieces[i]!;
    if (p.marker || compactOf(i).includes(SENTENCE_STOP)) break; // a header holds fields, no items or sentences
    if (p.wholeLine && compactOf(i).length <= SEPARATOR_MAX && BODY_SEPARATOR.test(compactOf(i))) {
      separator = i;
      break;
    }
  }
  for (let i = 0; i <= separator; i++) kinds[i] = 'furniture';
  for (let i = separator + 1; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.marker && !articleEnded) {
      // "1. 当前位置:" "2. 首页" "3. / 专题专栏": a crawl's breadcrumb written as a numbered list, before any item
      if (!markerSeen && p.wholeLine && isNavItem(norm.slice(p.marker.end, p.end))) {
        kinds[i] = 'furniture';
        continue;
      }
      bodySeen = markerSeen = true;
      continue;
    }
    // "附件：" above everything: the label of a document published as a notice's attachment, not an appendix
    const attachmentLabel = firstContent === pieces.length && !markerSeen && p.wholeLine && ATTACHMENTS_LEAD.test(compactOf(i));
    if (articleEnded || attachmentLabel || (p.wholeLine && isFurniture(norm.slice(p.start, p.end), compactOf(i)))) {
      kinds[i] = 'furniture';
      // a portal's article head after its navigation: the title line, then "来源:…发布日期:…"
      const before = i - 1;
      if (!markerSeen && before >= 0 && kinds[before] === 'paragraph' && pieces[before]!.wholeLine && ARTICLE_HEAD_ROW.test(compactOf(i)) && looksLikeTitle(compactOf(before))) {
        kinds[before] = 'title';
        firstContent = Math.min(firstContent, before);
      }
      // once the numbered body has begun, "—END—" or "往期推荐" leaves only the page's links and buttons
      articleEnded ||= markerSeen && p.wholeLine && ARTICLE_END_LINES.some((re) => re.test(compactOf(i)));
      continue;
    }
    // a notice's body may name the plan it publishes ("现将《X》印发给你们"), whose own title line follows
    if (!markerSeen && wrapped === null && !p.marker) wrapped = namedPlan(planNamedByNotice(compactOf(i)));
    // the notice names the plan; the plan's own title line may follow the notice's body
    const continuesTitle: boolean = titleOpen && p.wholeLine;
    if (continuesTitle) kinds[i] = 'title';
    else if (p.wholeLine && !markerSeen && wrapped !== null && stripPeriodLine(compactOf(i)) === wrapped) kinds[i] = 'title';
    // a title may also open a flattened line: "关于印发《…》的通知 一、总体要求 …"; a menu's item ("学校公告") is none
    // a bare "2024年工作总结" is the title only as the first content; under a title it heads a part
    else if (p.startsLine && !bodySeen && (looksLikeTitle(compactOf(i)) || (PERIOD_LINE.test(compactOf(i)) && kinds[i - 1] === 'title') || (firstContent === pieces.length && !titleSeen && PERIOD_SUMMARY_LINE.test(compactOf(i)))) && !inMenu(pieces, kinds, compactOf, i))
      kinds[i] = 'title';
    // the notice that publishes the document, after a page's navigation that read as body: "（失效）…关于印发…的通知（京管发〔2024〕9号）"
    else if (p.wholeLine && !markerSeen && !titleSeen && TITLE_WRAPPER.test(withoutDocNumber(compactOf(i), endsInDocType)) && looksLikeTitle(compactOf(i)))
      kinds[i] = 'title';
    // a portal article's title under its "来源:…发布时间:…" row, after navigation and links that read as body
    else if (p.wholeLine && !markerSeen && !titleSeen && i > 0 && kinds[i - 1] === 'furniture' && ARTICLE_HEAD_ROW.test(compactOf(i - 1)) && looksLikeTitle(compactOf(i)))
      kinds[i] = 'title';
    // a work report's title above its "——2025年1月15日在…会议上", after whatever the page put first
    else if (p.wholeLine && !markerSeen && i + 1 < pieces.length && SPEECH_BYLINE.test(compactOf(i + 1)) && looksLikeTitle(compactOf(i)))
      kinds[i] = 'title';
    // …broken over two lines by a copy ("政府工作报⏎告")
    else if (p.wholeLine && !markerSeen && i > 0 && i + 1 < pieces.length && SPEECH_BYLINE.test(compactOf(i + 1)) && kinds[i - 1] === 'paragraph'
      && pieces[i - 1]!.wholeLine && looksLikeTitle(compactOf(i - 1) + compactOf(i)))
      kinds[i - 1] = kinds[i] = 'title';
    else if (!bodySeen && isBody(compactOf(i))) bodySeen = true; // once seen, no need to look again
    firstContent = Math.min(firstContent, i);
    if (kinds[i] !== 'title') {
      titleOpen = false;
      continue;
    }
    titleSeen = true;
    const head = markerSeen ? i : markTitleHead(pieces, kinds, compactOf, i, firstContent);
    let whole = '';
    for (let j = head; j <= i; j++) whole += compactOf(j);
    const line = compactOf(i);
    // open only when one of the next three lines closes the 《 (a title line cut short, as seed 002's, stays one line)
    let closesSoon = false;
    for (let k = i + 1; k < pieces.length && k <= i + TITLE_OPEN_LINES && !closesSoon; k++) closesSoon = compactOf(k).includes(QUOTE_CLOSE);
    titleOpen = continuesTitle ? !line.includes(QUOTE_CLOSE) : whole.lastIndexOf(QUOTE_OPEN) > whole.lastIndexOf(QUOTE_CLOSE) && whole.length < TITLE_OPEN_MAX && closesSoon;
    wrapped ??= namedPlan(TITLE_WRAPPER.exec(whole)?.[1]);
  }
  markAttachments(pieces, kinds, compactOf);
  return kinds;
}

const QUOTE_OPEN = '《';
const QUOTE_CLOSE = '》';
/** A title left open this long is no title run over lines. */
const TITLE_OPEN_MAX = 120;
/** …and closed within this many lines. */
const TITLE_OPEN_LINES = 3;

/** The longest line read as a crawl's body separator (BODY_SEPARATOR), and how far down a header of fields may reach. */
const SEPARATOR_MAX = 80;
const HEADER_LINES_MAX = 20;
const SENTENCE_STOP = '。';

/** A menu's items: short whole lines, no punctuation. */
const MENU_ITEM_MAX = 6;
const menuItem = (pieces: Piece[], kinds: Kind[], compactOf: (i: number) => string, j: number) =>
  j >= 0 && j < pieces.length && kinds[j] !== 'title' && pieces[j]!.wholeLine && compactOf(j).length <= MENU_ITEM_MAX && !CLAUSE_OR_END.test(compactOf(j));
const CLAUSE_OR_END = /[。;!?,、:]/;
/** Line `i` stands inside a run of menu items, two on each side ("首页 / 新闻中心 / 学校公告 / 一中新闻 / 工作安排"): a link of the page's navigation. */
const inMenu = (pieces: Piece[], kinds: Kind[], compactOf: (i: number) => string, i: number) =>
  [i - 2, i - 1, i + 1, i + 2].every((j) => menuItem(pieces, kinds, compactOf, j));

/** A region's name opening a line: "石城县2018年度…", "上海市宝山区…" (a centred title's second line never does). */
const OPENS_WITH_REGION = /^\p{Script=Han}{1,6}?(?:省|自治区|市|州|盟|县|区|旗)(?:\p{Script=Han}{1,6}?(?:市|州|县|区|旗))?(?:[0-9]{4}年|人民政府|关于)/u;

/** …or a title's first line, a region and what the title is about ("陕西省电动汽车充电基础设施" / "建设运营管理办法"), not its issuer. */
const REGION_OPENER = /^\p{Script=Han}{1,6}?(?:省|自治区|市|州|盟|县|区|旗)\p{Script=Han}/u;
const opensWithPlace = (c: string) => REGION_OPENER.test(c) && !ORGAN_ENDINGS.some((w) => c.endsWith(w)) && !DATED.test(c);
/** An issuer's name ends so (陕西省发展和改革委员会, 陕西省总工会), and a byline holds a date. */
const ORGAN_ENDINGS = [...ISSUER_ENDINGS, '总工会', '工会', '联合会', '协会', '商会', '办事处', '支队', '有限公司', '股份公司', '常委会'];
const DATED = /[0-9]{4}年[0-9]{1,2}月/;
/** A centred title wraps over this many lines at most. */
const TITLE_LINES_MAX = 3;
/** A line that can open a wrapped title: short, no sentence, no clause break, no label's colon, not a title by itself. */
const titleHeadLike = (c: string) =>
  c.length > 0 && c.length <= TITLE_MAX && !SENTENCE_END.test(c) && !c.includes(',') && !c.includes(':') && !looksLikeTitle(c) && !DATE_LINE.test(c);

/**
 * "国务院关于支持自由贸易试验区 / 深化改革创新若干措施的通知": a title centred over two or three lines. The lines
 * before title line `i` are marked title too when the first of them opens the notice (关于) or opens the
 * document; returns where the title begins.
 */
function markTitleHead(pieces: Piece[], kinds: Kind[], compactOf: (i: number) => string, i: number, firstContent: number): number {
  // a line opening with 关于 begins the notice: what stands before it is the issuer; one opening with its
  // region's name is a whole title ("石城县2018年度…考核细则" under a page label "县级考核依据")
  if (compactOf(i).startsWith('关于') || OPENS_WITH_REGION.test(compactOf(i))) return i;
  let first = i;
  while (first > 0 && i - first + 1 < TITLE_LINES_MAX && kinds[first - 1] === 'paragraph' && pieces[first - 1]!.wholeLine && titleHeadLike(compactOf(first - 1))) first--;
  for (let head = first; head < i; head++) {
    if (!compactOf(head).includes('关于') && head !== firstContent && !opensWithPlace(compactOf(head))) continue;
    for (let j = head; j < i; j++) kinds[j] = 'title';
    return head;
  }
  return i;
}
