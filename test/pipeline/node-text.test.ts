// Where a node's own text starts (src/pipeline/node-text.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIST_ITEM_MARKS } from '../../src/data/target-cues.js';
import { holesOf, isListItem, opensOnText, runInEnd } from '../../src/pipeline/node-text.js';
import { parseDocument } from '../../src/index.js';

describe('opensOnText', () => {
  it('holds of no character \\s matches: the white space is then read by the regex', () => {
    for (let c = 0; c < 0x10000; c++) if (opensOnText(c)) expect(/\s/.test(String.fromCharCode(c))).toBe(false);
    for (const ch of ' \t\n\r\u3000\u00a0\ufeff') expect(opensOnText(ch.charCodeAt(0))).toBe(false);
  });

  it('leaves white space before a list mark or a run-in year to the regex', () => {
    expect(isListItem('——规模效益', 0, 6)).toBe(true);
    expect(isListItem('\u3000\u3000——规模效益', 0, 8)).toBe(true);
    expect(isListItem('规模效益', 0, 4)).toBe(false);
    expect(runInEnd('总体目标2026年,全县', 0, 13)).toBe(4);
    expect(runInEnd('  总体目标2026年,全县', 0, 15)).toBe(6);
  });
});

describe('isListItem', () => {
  it('finds what trying every mark finds: the first-character test only skips the paragraphs no mark opens', () => {
    const parts = [...LIST_ITEM_MARKS, '—', '-', '·', '规', '模', ' ', '\u3000', '1', '、'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 6 }).map((a) => a.join('')), (t) => {
      const at = t.length - t.trimStart().length;
      expect(isListItem(t, 0, t.length)).toBe(LIST_ITEM_MARKS.some((m) => t.startsWith(m, at)));
    }));
  });
});

describe('holesOf', () => {
  it('leaves the days of work each unit is given out of an annotation\'s hole, with the unit\'s name', () => {
    const text = '1.开展检查。责任单位:危化处(60日),安基处( 10日 )。';
    const doc = parseDocument(text);
    const section = doc.root.children.find((c) => c.type === 'section')!;
    const windows = (holes: Array<[number, number]>) => holes.slice(1).map((h, k) => text.slice(holes[k]![1], h[0]));
    expect(windows(holesOf(text, section, -1))).toEqual(['危化处(60日)', '安基处( 10日 )']);
    // an annotation without days is one hole
    const plain = '1.开展检查。责任单位:危化处、安基处。';
    const other = parseDocument(plain).root.children.find((c) => c.type === 'section')!;
    expect(holesOf(plain, other, -1)).toHaveLength(1);
    // the days are quantities of the plan, named by their unit
    expect(doc.targets.map((t) => [t.raw, t.role, t.indicator])).toEqual([['60日', 'target', '危化处'], ['10日', 'target', '安基处']]);
    // a date or a deadline in a note is no unit's share
    expect(parseDocument('1.开展排查。(责任单位:市应急局;完成时限:每月(15日)前报送)').targets).toEqual([]);
    expect(parseDocument('1.开展检查。责任单位:市应急局,报送时间:次月(5日)').targets).toEqual([]);
  });
});
