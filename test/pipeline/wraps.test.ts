// Hard-wrapped lines joined back (src/pipeline/wraps.ts).
import { describe, expect, it } from 'vitest';
import { joinWraps } from '../../src/pipeline/wraps.js';
import type { Kind } from '../../src/pipeline/lines.js';
import { piecesFor } from './pieces.js';

function join(source: string) {
  const { norm, pieces, index } = piecesFor(source);
  const kinds: Kind[] = pieces.map((p) => (p.marker ? 'marker' : 'paragraph'));
  const out = joinWraps(pieces, kinds, norm, source, (offset) => offset - index.point(offset).column + 1);
  return { ...out, texts: out.pieces.map((p) => norm.slice(p.start, p.end).replace(/\n/g, '/')) };
}

/** `text` broken every `width` characters, as a fixed-width page does. */
const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');

describe('joinWraps', () => {
  const sentence = '全面推进乡村振兴加快农业农村现代化建设宜居宜业和美乡村持续巩固拓展脱贫攻坚成果全面提升农村基础设施和公共服务水平推动城乡融合发展取得新进展。';

  it('joins a sentence broken at a page width into one piece', () => {
    const paragraph = wrap(sentence + sentence, 24);
    const { texts, joined } = join(paragraph);
    expect(texts).toEqual([paragraph.replace(/\n/g, '/')]);
    expect(joined.length).toBe(texts[0]!.split('/').length - 1);
  });

  it('joins a line that ends in a comma to the next, whatever its width', () => {
    expect(join('加快发展,\n推动转型。').texts).toEqual(['加快发展,/推动转型。']);
  });

  it('keeps short lines apart where nothing says the page was wrapped', () => {
    const { texts, joined } = join('总体要求\n加快发展。\n保障措施\n落实责任。');
    expect(texts).toEqual(['总体要求', '加快发展。', '保障措施', '落实责任。']);
    expect(joined).toEqual([]);
  });

  it('does not join a line that ends in a unit annotation', () => {
    expect(join('1.建设公园(牵头单位:市林业局)\n加快发展。').texts).toEqual(['1.建设公园(牵头单位:市林业局)', '加快发展。']);
  });

  it('carries the annotations of the joined line', () => {
    const { pieces } = join('加快发展,\n推动转型(责任单位:市发改委)。');
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.annotations.map((a) => a.payload.responsible)).toEqual([['市发改委']]);
  });
});
