// Heading titles and run-in years (src/pipeline/heading-title.ts).
import { describe, expect, it } from 'vitest';
import { headingTitle, runInYear } from '../../src/pipeline/heading-title.js';
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

  it('stops where a year opens the body run into the heading', () => {
    expect(headingTitle('总体目标2026年,全县地区生产总值增长6%。')).toBe('总体目标');
  });
});

describe('runInYear', () => {
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
