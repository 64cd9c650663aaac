// One node's text as the quantity rules read it (src/quantities/text-view.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spacedDigits, textRuns, viewMap } from '../../src/quantities/text-view.js';
import { only, targets } from './targets.js';

describe('textRuns', () => {
  it('keeps a space between two ASCII words', () => expect(textRuns('Bat365 App推动', 0, 12, []).text).toBe('Bat365 App推动'));

  it('drops a line break that a page width put inside a number', () => {
    const norm = '增长1\n25.5%';
    const view = textRuns(norm, 0, norm.length, []);
    expect(view.text).toBe('增长125.5%');
    expect(viewMap(norm, view).show(2, view.text.length)).toBe('125.5%');
  });

  it('reads the number whole in a paragraph cut every 30 characters', () => {
    const filler = '全面推进乡村振兴加快农业农村现代化建设宜居宜业和美乡村持续巩固拓展脱贫攻坚成果'.repeat(3);
    const paragraph = filler.slice(0, 84) + '，全年增长125.5%。' + filler + '。';
    const text = paragraph.match(/.{1,30}/gu)!.join('\n');
    expect(text).toContain('1\n25.5%');
    expect(only(text).value).toBe(125.5);
  });
});

/** A lone digit, one space, and a lone digit (or one before a point): a space a scan put inside a number. */
const SPACED_DIGIT = /(?<![0-9A-Za-z])[0-9] (?:[0-9](?![0-9A-Za-z])|[0-9]\.)/y;

/** The digits, points and spaces around `j` (at most 40 each way): a number a scan spaced out is spaced throughout. */
function runAround(norm: string, j: number): string {
  let a = j;
  while (a > 0 && j - a < 40 && /[0-9. ]/.test(norm[a - 1]!)) a--;
  let b = j + 1;
  while (b < norm.length && b - j < 40 && /[0-9. ]/.test(norm[b]!)) b++;
  return norm.slice(a, b);
}

/** textRuns as it was written with a regex over each piece's slice: the loop over char codes must agree. */
function regexTextRuns(norm: string, start: number, end: number, holes: Array<[number, number]>): { text: string; runs: number[] } {
  const isAlnum = (c: number) => /[0-9A-Za-z]/.test(String.fromCharCode(c));
  const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
  const runs: number[] = [];
  const parts: string[] = [];
  const copy = (a: number, b: number) => {
    const piece = norm.slice(a, b);
    let at = 0;
    const keep = (x: number, y: number) => {
      if (y > x) parts.push(piece.slice(x, y)), runs.push(a + x, a + y);
    };
    for (const m of piece.matchAll(/[ \t\r\n]+/g)) {
      const i = m.index;
      const runEnd = i + m[0].length;
      keep(at, i);
      const wrapped = isDigit(piece.charCodeAt(i - 1)) && isDigit(piece.charCodeAt(runEnd)) && m[0].includes('\n');
      SPACED_DIGIT.lastIndex = a + i - 1;
      const spaced = m[0] === ' ' && spacedDigits(norm) && SPACED_DIGIT.test(norm) && !/[0-9.][0-9.]/.test(runAround(norm, a + i));
      if (i > 0 && runEnd < piece.length && isAlnum(piece.charCodeAt(i - 1)) && isAlnum(piece.charCodeAt(runEnd)) && !wrapped && !spaced) parts.push(' '), runs.push(a + i, a + i + 1);
      at = runEnd;
    }
    keep(at, piece.length);
  };
  if (holes.length === 0 && !/[ \t\r\n]/.test(norm.slice(start, end))) {
    const whole = norm.slice(start, end);
    return whole.length > 0 ? { text: whole, runs: [start, end] } : { text: '', runs: [] };
  }
  let at = start;
  for (const [hs, he] of holes) {
    if (he < hs || he < at || (he === at && hs < at) || hs >= end) continue;
    copy(at, Math.max(at, hs));
    parts.push('\n');
    const hole = Math.max(at, hs);
    runs.push(hole, hole + 1);
    at = Math.min(end, he);
  }
  copy(at, end);
  return { text: parts.join(''), runs };
}

describe('textRuns of one stretch', () => {
  it('reads each text as it is, one text after another of the same length', () => {
    const a = '全面推进乡村振兴加快农业农村现代化建设';
    const b = '新增市场主体一万户以上建设宜居宜业和美乡村';
    const c = b.slice(0, a.length);
    for (const norm of [a, c, a, a.slice(0, 5) + c.slice(5)]) expect(textRuns(norm, 2, norm.length, []).text).toBe(norm.slice(2));
  });

  it('keeps a lone surrogate and reads to the end of the text at most', () => {
    const norm = `全面推进乡村振兴\ud800加快农业农村现代化\udc00建设`;
    expect(textRuns(norm, 1, norm.length + 5, []).text).toBe(norm.slice(1));
  });
});

describe('a text whose every digit a scan spaced out', () => {
  it('reads its numbers whole, the raw as written', () => {
    const text = '国内生产总值达到2 9 0 0 亿元左右，固定资产投资年均增长1 2 %左右，城镇化水平达到2 6 %左右，森林覆盖率提高到4 8 %，人口自然增长率控制在1 0 ‰以下，人均预期寿命达到7 0岁左右，增长6 .5 %。';
    expect(targets(text).map((t) => [t.raw, t.value])).toEqual([
      ['2 9 0 0 亿元', 2900], ['1 2 %', 12], ['2 6 %', 26], ['4 8 %', 48], ['1 0 ‰', 10], ['7 0岁', 70], ['6 .5 %', 6.5],
    ]);
  });

  it('keeps a table\'s cells apart, in a text that writes its numbers whole', () => {
    const table = '指标 单位 2020年 2025年 年均增长 属性\n星级酒店数量 家 5 8 9.9% 预期性\nA级景区数量 个 6 9 8.4% 预期性\n博物馆数量 个 3 5 10.8% 预期性\n剧院数量 个 2 4 14.9% 预期性\n公园数量 个 4 7 11.9% 预期性\n';
    expect(targets(table).map((t) => t.raw)).toEqual(['9.9%', '8.4%', '10.8%', '14.9%', '11.9%']);
    expect(spacedDigits(table)).toBe(false);
  });

  it('keeps the spaces of a text with only a few such numbers, and between numbers of more than one digit', () => {
    expect(targets('表中数值为1 2 3个。').map((t) => t.raw)).toEqual(['3个']);
    const spaced = '达到2 9亿元，增长1 2 %，增长2 6 %，提高到4 8 %，达到7 0岁。';
    expect(textRuns(spaced + '2020 2025年', 0, spaced.length + 10, []).text).toContain('2020 2025年');
  });
});

describe('textRuns against its regex form', () => {
  it('keeps and drops the same white space, run by run', () => {
    const pieces = ['a', 'B', '1', '9', ' ', '  ', '\n', '\r\n', '\t', '推动', '。', '%', '.', '1 2 %', '3 0亿'];
    // long enough that a node's text is copied out of the text's units (flatSlice), not sliced
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }), (norm, x, y, hs) => {
      const start = x % (norm.length + 1);
      const end = start + (y % (norm.length - start + 1));
      const holes = hs.map(([p, q]): [number, number] => {
        const a = start + (p % (end - start + 1));
        return [a, a + (q % (end - a + 1))];
      }).sort((u, v) => u[0] - v[0]);
      expect(textRuns(norm, start, end, holes)).toEqual(regexTextRuns(norm, start, end, holes));
      // where the caller says the white space stands (normalize's landmarks): the same reading
      const whites = [...norm].flatMap((c, i) => (' \t\r\n'.includes(c) ? [i] : []));
      expect(textRuns(norm, start, end, holes, whites)).toEqual(regexTextRuns(norm, start, end, holes));
    }), { numRuns: 5000 });
  });
});
