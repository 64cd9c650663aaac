// Pieces (src/pipeline/lines.ts): the grammar's segments cut at line breaks.
import { describe, expect, it } from 'vitest';
import { piecesFor } from './pieces.js';

describe('piecesOf', () => {
  it('gives a piece per line, trimmed, with an exclusive end', () => {
    const { norm, pieces } = piecesFor('  总体要求  \n\n加快建设。');
    expect(pieces.map((p) => norm.slice(p.start, p.end))).toEqual(['总体要求', '加快建设。']);
    expect(pieces.map((p) => [p.wholeLine, p.afterBlank])).toEqual([[true, true], [true, true]]);
  });

  it('cuts a line at each marker inside it', () => {
    const { norm, pieces } = piecesFor('一、总体要求 (一)指导思想。(二)基本原则。');
    expect(pieces.map((p) => norm.slice(p.start, p.end))).toEqual(['一、总体要求', '(一)指导思想。', '(二)基本原则。']);
    expect(pieces.map((p) => [p.startsLine, p.endsLine])).toEqual([[true, false], [false, false], [false, true]]);
    expect(pieces[1]!.marker).toMatchObject({ type: 'marker', payload: { style: 'paren-cn', ordinal: 1, midLine: true } });
  });

  it('gathers the annotations of a piece', () => {
    const { norm, pieces } = piecesFor('1.建设公园。(牵头单位:市林业局)\n2.修路。');
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.annotations.map((a) => norm.slice(a.start, a.end))).toEqual(['(牵头单位:市林业局)']);
    expect(pieces[0]!.annotations[0]!.payload).toEqual({ lead: ['市林业局'], responsible: [], closed: true });
    expect(pieces[1]!.annotations).toEqual([]);
    expect(pieces[1]!.afterBlank).toBe(false);
  });
});
