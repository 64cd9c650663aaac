// Heading titles and run-in years (src/pipeline/heading-title.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BODY_YEAR_MARK, headingTitle, mayRunIn, runInYear, standsAlone } from '../../src/pipeline/heading-title.js';
import { BODY_YEAR_SOURCE, RUN_IN_BODY_OPENERS, RUN_IN_YEAR_HEADING_MIN } from '../../src/data/doc-types.js';
import { STATUS_YEAR_CUES, YEAR_CUES } from '../../src/data/target-cues.js';
import * as buildTree from '../../src/pipeline/build-tree.js';

describe('headingTitle', () => {
  it('is the phrase up to the first sentence end', () => {
    expect(headingTitle('加强组织领导。各地要高度重视')).toBe('加强组织领导');
    expect(headingTitle('总体要求')).toBe('总体要求');
  });

  it('drops the commas and colons it ends with', () => {
    expect(headingTitle('主要目标:')).toBe('主要目标');
  });

  it('joins a heading wrapped onto the next line', () => {
    expect(headingTitle('推动产业\n  转型升级')).toBe('推动产业转型升级');
  });

  it('keeps a line of two phrases and no sentence end whole, past an opener word', () => {
    expect(headingTitle('在推动经济持续平稳向好方面实干争先，打造勇挑大梁的区域增长极')).toBe('在推动经济持续平稳向好方面实干争先，打造勇挑大梁的区域增长极');
    // a run-in body ends in a sentence end
    expect(headingTitle('加强组织领导全面加强区委对工作的领导，压实责任。')).toBe('加强组织领导');
    // …nor a line whose short phrase after the comma a hard-wrapped body goes on from, unless it stands alone
    expect(headingTitle('加强组织领导全面加强区委对基层治理工作的领导，健全')).toBe('加强组织领导');
    expect(headingTitle('在推动经济持续平稳向好方面实干争先，打造增长极', true)).toBe('在推动经济持续平稳向好方面实干争先，打造增长极');
  });

  it('reads a line as standing alone where the text ends, or the next line is blank or indented', () => {
    const text = '一、打造增长极\n　　全年增长6%。\n二、健全\n工作机制。\n三、完善\n\n四、收尾';
    const ends = [...text.matchAll(/\n/g)].map((m) => m.index!);
    expect(ends.map((e) => standsAlone(text, e))).toEqual([true, false, false, false, true, false]);
    expect(standsAlone(text, text.length)).toBe(true);
  });

  it('stops where a year opens the body run into the heading', () => {
    expect(headingTitle('总体目标2026年,全县地区生产总值增长6%。')).toBe('总体目标');
  });

  it('stops where a time phrase opens the body, however short the heading', () => {
    expect(headingTitle('2022年工作总结今年来,金井片区管理局党委坚持以人民为中心,全面贯彻落实。')).toBe('2022年工作总结');
    // …but only right before the clause's comma: a heading naming the time is whole
    expect(headingTitle('巩固近年来成果,推动发展。')).toBe('巩固近年来成果,推动发展');
  });
});

describe('runInYear', () => {
  it('needs BODY_YEAR_MARK: every match of BODY_YEAR_SOURCE holds it, never optional', () => {
    expect(BODY_YEAR_SOURCE.split(BODY_YEAR_MARK)).toHaveLength(2);
    expect(BODY_YEAR_SOURCE).not.toMatch(new RegExp(`${BODY_YEAR_MARK}\\)?[?*{]`));
    expect(BODY_YEAR_SOURCE).not.toMatch(new RegExp(`\\([^()]*${BODY_YEAR_MARK}[^()]*\\)[?*]`));
    expect(mayRunIn('总体目标2026年,全县', 0, 12)).toBe(true);
    expect(mayRunIn('总体目标2026年,全县', 0, 8)).toBe(false);
    expect(mayRunIn('加快建设。', 0, 5)).toBe(false);
  });

  it('finds a year after a short heading phrase', () => {
    expect(runInYear('总体目标2026年,全县…')).toBe(4);
  });

  it('is -1 where the phrase leads into the year or has digits', () => {
    expect(runInYear('力争2026年,全县…')).toBe(-1);
    expect(runInYear('加快建设。')).toBe(-1);
  });

  it('is still exported by build-tree, where the quantity stage imports it', () => {
    expect(buildTree.runInYear).toBe(runInYear);
    expect(buildTree.headingTitle).toBe(headingTitle);
  });
});

describe('headingTitle unwraps only the phrase before the first sentence end', () => {
  // the title as read before: the whole item unwrapped, then cut (the source's code, its constants inlined)
  const opener = (t: string): number => {
    const re = new RegExp(RUN_IN_BODY_OPENERS.join('|'), 'g');
    re.lastIndex = 4;
    const m = re.exec(t.slice(0, 16 + Math.max(...RUN_IN_BODY_OPENERS.map((w) => w.length))));
    return m && m.index <= 16 ? m.index : -1;
  };
  const wholeUnwrapped = (rest: string): string => {
    let t = rest.trim().replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '');
    const stop = t.search(/[。;；!！?？]/);
    const more = stop >= 0 && stop + 1 < t.length;
    if (stop >= 0) t = t.slice(0, stop);
    const clause = t.search(/[,，:：]/);
    const bodyFollows = more || (stop < 0 && (t.length > 50 || (clause < 0 && t.length > 30)));
    const twoPhrases = stop < 0 && clause > 0 && t.length <= 50 && t.length - clause - 1 >= 8;
    const at = (clause < 0 ? t.length : clause) > 16 && !twoPhrases ? opener(t) : -1;
    if (at > 0) t = t.slice(0, at);
    else if (bodyFollows && t.length > 30) t = t.slice(0, clause > 0 ? Math.min(clause, 30) : 30);
    const runIn = runInYear(rest.trim());
    if (runIn > 0 && t.length > runIn) t = t.slice(0, runIn);
    return t.replace(/[,，、:：\s]+$/, '').trim();
  };
  const parts = ['加强组织领导', '全面', '进一步', '各部门', '2026年，', '。', '；', '!', '\n', ' \n ', '\u3000', '\r\n', ' ', '，', ':', '各地要高度重视推进', 'x'];

  it('finds the run-in year the regex alone finds', () => {
    // runInYear before it looked for 年 first (the source's code, its constants inlined)
    const byRegex = (text: string): number => {
      const m = new RegExp(BODY_YEAR_SOURCE).exec(text.slice(0, 41));
      if (!m || m.index < RUN_IN_YEAR_HEADING_MIN || m.index > 25) return -1;
      const phrase = text.slice(0, m.index);
      return /[0-9０-９]/.test(phrase) || [...YEAR_CUES, ...STATUS_YEAR_CUES].some((w) => phrase.endsWith(w)) ? -1 : m.index;
    };
    const years = ['总体目标', '力争', '到', '2026年', '2026年，', '年', '底', '，', '加快建设现代化产业体系推动高质量发展'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...years), { maxLength: 10 }).map((a) => a.join('')), (text) => {
      expect(runInYear(text)).toBe(byRegex(text));
    }), { numRuns: 500 });
  });

  it('gives the title the whole item unwrapped gives', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 14 }).map((a) => a.join('')), (rest) => {
      expect(headingTitle(rest)).toBe(wholeUnwrapped(rest));
    }), { numRuns: 500 });
  });
});
