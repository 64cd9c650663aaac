// The Text token's run: where a run of ordinary text ends, and which characters can start one.
import { PART_HEADING, REFERENCE_END } from '../src/data/marker-styles.js';
import { ARTICLE_DOCUMENT_TYPES } from '../src/data/doc-types.js';
import { CN_NUMERAL_CHARS } from '../src/numerals.js';
import { charTable, isIdeograph, isDigitCode } from '../src/char-table.js';
import { firstAbove } from '../src/sorted.js';
import { BREAKS, CIRCLED, CLOSERS, CLOSING_QUOTE_MARK, CN, DIGITS, LABEL_FIRST, LINE_SPACE, MARKER_FIRST, ONE_WORD_FIRSTS, OPENERS } from './chars.js';

/**
 * Runs of ordinary text. A run may not START where another token could (a digit,
 * numeral, bracket, 第, 、, a unit-label character …), but inside a run most of
 * those characters are safe: every marker needs a line start, a sentence end, a
 * colon, an annotation or a space before it, and a run has none of these inside.
 * The one exception, 二是 after a comma, is why a numeral after "," ends a run.
 * Far fewer, longer tokens: this is the lexer's hot path, so it is a loop over
 * character tables rather than a regex with lookarounds at every character.
 */
export const cannotStartRun = charTable(LINE_SPACE, OPENERS, CLOSERS, BREAKS, DIGITS, CN_NUMERAL_CHARS, CIRCLED, '第、', LABEL_FIRST);
/**
 * What may start right after a sentence end or colon: a marker (chars.ts's startsMarker), a bare label
 * ("。责任单位:…") or a ⑪ lost to "?" (LostCircledMarker). A break before one of these ends the run.
 */
const startsAfterBreak = charTable(MARKER_FIRST, '?', LABEL_FIRST);
const COMMA = 0x2c;
const IDEOGRAPHIC_COMMA = 0x3001;
const PERCENT = 0x25;

// The class of a character inside a run, one table lookup for the common ORDINARY case.
const ORDINARY = 0;
const ENDS_RUN = 1; // a line break, space or bracket
const BREAK = 2;
const COMMA_CLASS = 3;
const NUMERAL = 4;
const DIGIT = 5;
const runClass = new Uint8Array(0x10000);
for (const [set, cls] of [[LINE_SPACE + OPENERS + CLOSERS, ENDS_RUN], [BREAKS, BREAK], [',、', COMMA_CLASS], [CN, NUMERAL], [DIGITS, DIGIT]] as const)
  for (let i = 0; i < set.length; i++) runClass[set.charCodeAt(i)] = cls;

/** The longest heading phrase a flattened copy may run into its first item. */
export const RUN_IN_HEADING_MAX = 40;
const ONE = 0x31;
const OPENING_QUOTE_CODE = 0x201c; // “
const DOT = 0x2e;

/**
 * "（一）推动能源结构绿色转型1.加快水风光…": a flattened copy ran the heading into its first item. Where
 * the run [offset, end) after a higher marker is an unpunctuated phrase followed by "1." (or `next`, the number after
 * the last item's) and text, the run ends before the number; else at `end`.
 */
export function runInItemAt(text: string, offset: number, end: number, next = '1'): number {
  const stop = Math.min(end, offset + RUN_IN_HEADING_MAX + 1);
  for (let p = offset + 1; p < stop; p++) {
    const c = text.charCodeAt(p);
    if (runClass[c] === BREAK || c === COMMA) return end; // punctuated: no heading phrase
    // "1.", or the next of a numbering that runs straight through the parts ("二、…主要目标3.“十五五”时期…")
    const n = c === ONE && text.charCodeAt(p + 1) === DOT ? 1 : text.startsWith(next, p) && text.charCodeAt(p + next.length) === DOT ? next.length : 0;
    if (n === 0 || !isIdeograph(text.charCodeAt(p - 1)) || REFERENCE_END.test(text.slice(offset, p))) continue;
    const after = text.charCodeAt(p + n + 1);
    // (a quoted word may open the item: "…关键时期1.“十四五”时期…")
    if (!isDigitCode(after) && after !== PERCENT && (isIdeograph(after) || after === OPENING_QUOTE_CODE)) return p;
  }
  return end;
}
/** How far a first item may run before its second. */
const NEXT_ITEM_REACH = 3000;
/** The second item's marker (`second`) stands within NEXT_ITEM_REACH after `from`. */
export const secondAhead = (text: string, from: number, second: string) =>
  text.slice(from, from + NEXT_ITEM_REACH + second.length).includes(second);

const CN_ONE = 0x4e00; // 一
const SHI = 0x662f; // 是
/**
 * "（二）坚持精准防控,落实科学施策一是坚持…": a flattened copy ran the heading into its first 一是. Where the
 * phrase from `from` (the heading's start, at or before `offset`) is a heading phrase followed by 一是 and text,
 * the run ends before the 一; else at `end`.
 */
export function runInFirstShiAt(text: string, from: number, offset: number, end: number): number {
  const stop = Math.min(end, from + RUN_IN_HEADING_MAX + 1);
  for (let p = offset + 1; p < stop; p++) {
    if (text.charCodeAt(p) !== CN_ONE || text.charCodeAt(p + 1) !== SHI || !isIdeograph(text.charCodeAt(p + 2))) continue;
    // "标准统一是基础", "之一是": 一 ends a word; a list's 一是 has its 二是 after it
    if (ONE_WORD_HEADS[text.charCodeAt(p - 1)] === 1 || !nextItemAhead(text, p + 2)) return end;
    return headingPhrase(text, from, p, SHI_HEADING_COMMAS) ? p : end;
  }
  return end;
}
const ONE_WORD_HEADS = charTable(ONE_WORD_FIRSTS);
const nextItemAhead = (text: string, from: number) => secondAhead(text, from, SECOND_ITEM);
const SECOND_ITEM = '二是';

/**
 * text[a, b) can be a heading phrase a first item runs into: no sentence end, at most one comma between two
 * phrases ("加快完善金融体系,做大做强金融产业"), ending in CJK, and no reference to a part of a text
 * ("依照本办法第四条(一)规定").
 */
export function headingPhrase(text: string, a: number, b: number, commasMax = 1): boolean {
  const last = text.charCodeAt(b - 1);
  if (b <= a || !(isIdeograph(last) || (commasMax > 1 && last === CLOSING_QUOTE)) || REFERENCE_END.test(text.slice(a, b))) return false;
  let commas = 0;
  for (let i = a; i < b; i++) {
    if (runClass[text.charCodeAt(i)] === BREAK) return false;
    if (text.charCodeAt(i) === COMMA && (++commas > commasMax || i === a)) return false;
  }
  return true;
}
/**
 * A heading an 一是 runs into may be three short phrases ending in a quoted word ("思想先行,政治统领,把牢对党忠诚“方向盘”"):
 * the 一是 and the text after it say where the heading ends.
 */
export const SHI_HEADING_COMMAS = 2;
const CLOSING_QUOTE = CLOSING_QUOTE_MARK.charCodeAt(0);

/** "2.全面…", "12、加强…" at `p`: one or two digits, a dot or 、, then CJK text. */
function itemNumberAt(text: string, p: number): boolean {
  const q = runClass[text.charCodeAt(p + 1)] === DIGIT ? p + 2 : p + 1;
  const c = text.charCodeAt(q);
  return (c === DOT || c === IDEOGRAPHIC_COMMA) && isIdeograph(text.charCodeAt(q + 1));
}

/** End of the Text run at `offset` (`offset` itself when none starts there). */
export function textRunEnd(text: string, offset: number): number {
  if (cannotStartRun[text.charCodeAt(offset)]) return offset;
  const n = text.length;
  let p = offset + 1;
  for (; p < n; p++) {
    const cls = runClass[text.charCodeAt(p)];
    if (cls === ORDINARY) continue;
    if (cls === ENDS_RUN) return p;
    if (cls === BREAK) {
      // a break inside a run only when no marker can follow it; else the run ends on it
      if (p + 1 < n && startsAfterBreak[text.charCodeAt(p + 1)]) return p + 1;
    } else if (cls === COMMA_CLASS) {
      if (p + 1 < n && runClass[text.charCodeAt(p + 1)] === NUMERAL) return p; // "，二是", "、二是" must stay splittable
    } else if (cls === DIGIT) {
      // "…责任单位:区经济发展局2.全面落实…": an item's number run into the units closing the item before
      if (isIdeograph(text.charCodeAt(p - 1)) && itemNumberAt(text, p)) return p;
    } else if (text.charCodeAt(p - 1) === COMMA) return p; // a numeral right after ",": only when the run is that ","
    // "…区财政金融局二、实施…": a 二、 run into the units closing the item before stays splittable
    else if (text.charCodeAt(p + 1) === IDEOGRAPHIC_COMMA && runClass[text.charCodeAt(p - 1)] !== NUMERAL) return p;
  }
  return p;
}

/** Chevrotain dispatches the codes from 256 on by blocks of this many (charCodeToOptimizedIndex). */
const DISPATCH_BLOCK = 255;
/**
 * The characters a run can start with, as the lexer's first-character dispatch sees them: every one
 * below 256, then one per block that holds any. Listing all 65,536 builds the same dispatch table,
 * at several milliseconds of every start. test/grammar/text-run.test.ts lexes every code that can start a
 * run and fails if the block size ever changes.
 */
export function runStartCodes(): number[] {
  const codes: number[] = [];
  for (let c = 0; c < 256; c++) if (!cannotStartRun[c]) codes.push(c);
  for (let block = 256; block < 0x10000; block += DISPATCH_BLOCK - (block % DISPATCH_BLOCK)) {
    const end = Math.min(0x10000, block + DISPATCH_BLOCK - (block % DISPATCH_BLOCK));
    for (let c = block; c < end; c++) {
      if (!cannotStartRun[c]) {
        codes.push(c);
        break;
      }
    }
  }
  return codes;
}

/** 第N条, an article's number. */
export const ARTICLE_NUMBER = '第([一二三四五六七八九十百零〇]{1,5}|[0-9]{1,3})条';
/** An article's marker: 第N条 before a space or CJK text (ArticleMarker's pattern). */
export const ARTICLE = new RegExp(`${ARTICLE_NUMBER}(?=[ \u4e00-\u9fff])`);
/** A chapter heading run in right before an article: "…。第二章 运动员(队)的奖励第五条 对获得…". */
export const RUN_IN_PART = new RegExp(`${PART_HEADING.source.slice(1)} +[^。;:,!?]{1,30}$`);
/** …and one without the space ("第二章政府投资决策"): only before the next article of a sequence (ArticleMarker). */
export const RUN_IN_PART_UNSPACED = new RegExp(`${PART_HEADING.source.slice(1)}[^。;:,!?第]{1,30}$`);
/** How far back RUN_IN_PART is looked for. */
const RUN_IN_PART_REACH = 40;
/** The text [at - RUN_IN_PART_REACH, at) ends in a chapter heading run in. */
export const afterRunInPart = (text: string, at: number, unspaced = false) => {
  const before = text.slice(Math.max(0, at - RUN_IN_PART_REACH), at);
  // (an unspaced article may follow a spaced chapter heading that names an ordinal, "…。第二章 省第十届残运会…的奖励第五条在…",
  // when the heading opens a sentence: not a chapter cited, "依照本办法第二章 …第四条的规定")
  return unspaced ? RUN_IN_PART_UNSPACED.test(before) || afterPartHeading(text, at) : RUN_IN_PART.test(before);
};
/** A spaced part heading run in after a sentence end or at a line start ("…。第一节 构建…体系"), not one cited ("《规划》第二章 …"). */
const PART_AFTER_END = new RegExp(`[。;\\n]${PART_HEADING.source.slice(1)} +[^。;:,!?《》]{1,30}$`);
/** Words after a marker that cite a part instead of opening it: "第二章 重点任务(一)的要求", "(一)、(二)项". */
const CITED_AFTER = /^(?:的|项|、|\()/;
/** The marker at `at` follows a part heading that opens a sentence, and opens text of its own. */
export const afterPartHeading = (text: string, at: number, markerEnd = at) =>
  PART_AFTER_END.test((at > RUN_IN_PART_REACH ? '' : '\n') + text.slice(Math.max(0, at - RUN_IN_PART_REACH), at)) && !CITED_AFTER.test(text.slice(markerEnd, markerEnd + 1));

/**
 * A rule document's title run in before its first article, after a sentence end or a sign-off date: "…2023年12月13日
 * 广安市…监督管理办法第一条 为…", "…有效期5年。广安市…管理办法第一条 为…" (not a reference: "依照本办法第一条").
 */
const RUN_IN_RULE_TITLE = new RegExp(`(?:[。;\n]|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)[^。;:,!?、\n]{2,40}(?<![本该此各])(?:${ARTICLE_DOCUMENT_TYPES.join('|')})(?:\\((?:试行|暂行)\\))?$`);
/** How far back RUN_IN_RULE_TITLE is looked for. */
const RUN_IN_TITLE_REACH = 50;
/** Words after 第一条 that cite it ("某市物业管理条例第一条规定，…"): a reference, not the article. */
const CITING = /^ ?(?:规定|明确|指出|要求|所称|所列|之规定)/;
/**
 * The first article at `at` follows a rule document's title run in (the text's start counts as a line start), does
 * not cite it, and its second article follows.
 */
export const afterRunInTitle = (text: string, at: number) =>
  RUN_IN_RULE_TITLE.test((at > RUN_IN_TITLE_REACH ? '' : '\n') + text.slice(Math.max(0, at - RUN_IN_TITLE_REACH), at)) &&
  !CITING.test(text.slice(at + FIRST_ARTICLE_LENGTH, at + FIRST_ARTICLE_LENGTH + 4)) && secondAhead(text, at, SECOND_ARTICLE);
const FIRST_ARTICLE_LENGTH = '第一条'.length;
const SECOND_ARTICLE = '第二条';

/**
 * Where "第N条 " stands in the text being lexed, found once per text: a run of text holds one only where a
 * flattened copy ran a chapter heading into it ("…的奖励第五条 对获得…"). Kept for the one text the lexer reads.
 */
const ARTICLE_WITH_SPACE = new RegExp(`${ARTICLE_NUMBER} `, 'y');
const ARTICLE_FIRST = ARTICLE_NUMBER[0]!;
let articles: { text: string; at: number[] } = { text: '', at: [] };

/**
 * Where "第N条 " stands in `text`: the matches a global search would find, left to right without overlap. A native
 * search for 第 finds where to try (a regex scanning the whole text for its first character is slower).
 */
export function articlesWithSpace(text: string): number[] {
  const at: number[] = [];
  for (let p = text.indexOf(ARTICLE_FIRST); p >= 0; p = text.indexOf(ARTICLE_FIRST, p)) {
    ARTICLE_WITH_SPACE.lastIndex = p;
    if (ARTICLE_WITH_SPACE.test(text)) {
      at.push(p);
      p = ARTICLE_WITH_SPACE.lastIndex;
    } else p++;
  }
  return at;
}
const ARTICLE_UNSPACED = new RegExp(`${ARTICLE_NUMBER}[\u4e00-\u9fff]`, 'y');

/** "第一条", "第1条" at `p`: a document's first article. */
const firstArticleAt = (text: string, p: number) => text.startsWith('第一条', p) || text.startsWith('第1条', p);
/**
 * Where an article follows a chapter heading run in: "…的奖励第五条 对获得…", or, in a copy flattened without
 * spaces, "…管理办法第一章总则第一条为…"; and where a first article follows its document's title run in.
 */
function articlesAfterParts(text: string): number[] {
  const at = articlesWithSpace(text).filter((p) => afterRunInPart(text, p));
  const seen = new Set(at);
  for (let p = text.indexOf(ARTICLE_FIRST); p >= 0; p = text.indexOf(ARTICLE_FIRST, p + 1)) {
    if (seen.has(p)) continue;
    ARTICLE_UNSPACED.lastIndex = p;
    if (ARTICLE_UNSPACED.test(text) && afterRunInPart(text, p, true)) at.push(p);
    else if (firstArticleAt(text, p) && afterRunInTitle(text, p)) at.push(p);
  }
  return at.sort((a, b) => a - b);
}

/** The run [offset, end) ends before an article that follows a chapter heading run in; else at `end`. */
export function runInArticleAt(text: string, offset: number, end: number): number {
  if (articles.text !== text) {
    articles = { text, at: articlesAfterParts(text) };
  }
  const at = articles.at;
  const k = firstAbove(at, offset);
  return k < at.length && at[k]! < end ? at[k]! : end;
}

/**
 * The line before `offset`'s runs on into it: one line break between, it ends in a word, not a mark, and the line at
 * `offset` reads as prose (a clause mark in it: "、地下综合管廊建设加快。…"; a lost numeral's heading, "、总体要求", has none).
 */
export function continuesLine(text: string, offset: number): boolean {
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 0x0a && !PROSE_MARKS[text.charCodeAt(end)]) end++;
  if (end >= text.length || text.charCodeAt(end) === 0x0a) return false;
  let k = offset;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  if (text.charCodeAt(k - 1) !== 0x0a) return false;
  k--;
  if (text.charCodeAt(k - 1) === 0x0d) k--;
  return isIdeograph(text.charCodeAt(k - 1));
}
const PROSE_MARKS = charTable('，,。;；');
