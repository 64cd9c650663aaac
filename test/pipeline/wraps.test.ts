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

  it('never joins a table\'s rows kept a row to a line (cells apart with a tab), however alike they are', () => {
    const row = (k: number) => [String(k), `城区${k}号污水处理厂二期工程建设项目`, `新增处理能力${k}万吨每日`, '2027年', String(1000 * k)].join('\t');
    const table = [1, 2, 3, 4, 5, 6].map(row).join('\n');
    expect(join(table).texts.length).toBe(6);
    // …but one stray tab in a wrapped paragraph makes no row
    const paragraph = wrap(sentence + sentence, 24).replace('业', '业\t');
    expect(join(paragraph).texts.length).toBe(1);
    // …and a two-cell table's header stays apart from a caption that fills its line
    const caption = wrap(sentence, 24).split('\n')[0]!;
    expect(join(`${caption}\n城市名称\t森林覆盖率（%）\n东城区\t45`).texts.length).toBe(3);
  });

  // A copy cut every N characters (not columns) puts any character at a line start.

  /** Four full lines of text, then `rest` on the fifth line, cut every 24 characters. */
  const cutBefore = (rest: string) => wrap((sentence + sentence).slice(0, 96) + rest, 24);

  it('joins a line that a page width opened with 、 (no heading that lost its numeral)', () => {
    const text = cutBefore('、高等学校、新型研发机构承担重大项目。');
    expect(text.split('\n')[4]!.startsWith('、')).toBe(true);
    expect(join(text).texts).toHaveLength(1);
  });

  it.each([',', '。', ')', '%'])('joins a line that a page width opened with %s', (ch) => {
    expect(join(cutBefore(ch + '推动转型。')).texts).toHaveLength(1);
  });

  it('joins lines cut at a number of characters whose digits make them narrower', () => {
    const numbers = '全年地区生产总值增长5.2%,规模以上工业增加值增长6.1%,固定资产投资增长3.8%,社会消费品零售总额增长4.5%,进出口总额增长12.3%。';
    const text = wrap(numbers + sentence + numbers + sentence, 30);
    expect(join(text).texts, text).toHaveLength(1);
  });

  it('keeps a numbered heading of half a page apart from the body text after it in a wrapped copy', () => {
    const heading = '一、把铸牢中华民族共同体意识作为各项工作的主线';
    const text = wrap(sentence + sentence, 30) + '\n' + heading + '\n' + wrap(sentence + sentence, 30);
    expect(join(text).texts).toContain(heading);
    const unnumbered = '“十四五”时期发展成就和2025年工作回顾';
    expect(join(wrap(sentence + sentence, 30) + '\n' + unnumbered + '\n“十四五”时期' + wrap(sentence + sentence, 30)).texts).toContain(unnumbered);
  });

  it.each(['二、', '(一)', '1.'])('gives a marker alone on its line (%s) the next line as its title, even after a blank line', (marker) => {
    expect(join(`${marker}\n\n研发激励\n\n支持企业加大研发投入。`).texts).toEqual([`${marker}//研发激励`, '支持企业加大研发投入。']);
    expect(join(`${marker}\n研发激励\n支持企业加大研发投入。`).texts).toEqual([`${marker}/研发激励`, '支持企业加大研发投入。']);
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
