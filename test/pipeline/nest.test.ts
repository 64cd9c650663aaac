// Nesting by rank (src/pipeline/nest.ts).
import { describe, expect, it } from 'vitest';
import { nestedFor, outline } from './pieces.js';

describe('nest', () => {
  it('nests markers by rank: a marker closes every open section of equal or greater rank', () => {
    const { root } = nestedFor('一、总体要求\n(一)指导思想\n1.坚持统筹\n2.坚持创新\n(二)主要目标\n二、重点任务');
    expect(outline(root.children)).toEqual(['1 一、总体要求', '2 (一)指导思想', '3 1.坚持统筹', '3 2.坚持创新', '2 (二)主要目标', '1 二、重点任务']);
  });

  it('puts an unnumbered heading above the top-level markers right after it', () => {
    const { root } = nestedFor('为推进工作,制定本方案。\n工作任务\n一、加快建设\n二、推动转型');
    expect(outline(root.children)).toEqual(['1 工作任务', '2 一、加快建设', '2 二、推动转型']);
  });

  it('puts body text into the section open above it, and a title line at the top', () => {
    const { root } = nestedFor('某县乡村振兴实施方案\n一、总体要求\n加快发展。');
    expect(root.children.map((n) => n.type === 'paragraph' && n.role)).toEqual(['title', false]);
    const section = root.children[1]!;
    expect(section.type === 'section' && section.children.map((c) => c.type === 'paragraph' && c.text)).toEqual(['加快发展。']);
  });

  it('sets furniture aside with its text as written', () => {
    const { root, furniture } = nestedFor('分享到：\n一、总体要求');
    expect(furniture.map((f) => f.text)).toEqual(['分享到：']);
    expect(outline(root.children)).toEqual(['1 一、总体要求']);
  });

  it('cuts annotations out of the section text and keeps them with their units', () => {
    const { root } = nestedFor('1.建设公园(牵头单位:市林业局)');
    const s = root.children[0]!;
    expect(s.type === 'section' && [s.text, s.annotations.map((a) => [a.raw, a.lead])]).toEqual(['建设公园', [['(牵头单位:市林业局)', ['市林业局']]]]);
  });

  it('gives "( )" that lost its number the style of the bracketed items before it', () => {
    const { root } = nestedFor('(一)加快建设\n( )推动转型');
    expect(root.children.map((n) => n.type === 'section' && n.marker?.style)).toEqual(['paren-cn', 'paren-cn']);
  });

  it('widens a section span to the end of its last child', () => {
    const { root } = nestedFor('一、总体要求\n(一)指导思想');
    const s = root.children[0]!;
    expect(s.type === 'section' && [s.ownPosition.end.line, s.position.end.line]).toEqual([1, 2]);
  });
});
