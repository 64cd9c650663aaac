// Pieces cut where a reader found headings run into body text (src/pipeline/cut-pieces.ts).
import { describe, expect, it } from 'vitest';
import { cutPieces } from '../../src/pipeline/cut-pieces.js';
import type { Piece } from '../../src/pipeline/lines.js';

const piece = (start: number, end: number): Piece => ({ start, end, marker: null, annotations: [], startsLine: true, endsLine: true, wholeLine: true, afterBlank: false });

describe('cutPieces', () => {
  it('cuts a piece at each cut inside it, each stretch without its white space and starting a line', () => {
    const norm = '到2025年达到。 专栏1 主要目标 分类序号';
    const cuts = [norm.indexOf('专栏1'), norm.indexOf(' 分类')];
    const out = cutPieces([piece(0, norm.length)], norm, cuts);
    expect(out.map((p) => norm.slice(p.start, p.end))).toEqual(['到2025年达到。', '专栏1 主要目标', '分类序号']);
    expect(out.map((p) => [p.startsLine, p.wholeLine])).toEqual([[true, false], [true, true], [true, false]]);
  });

  it('hands back the same pieces when no cut falls inside one', () => {
    const pieces = [piece(0, 4), piece(5, 9)];
    expect(cutPieces(pieces, '一二三四\n五六七八', [])).toBe(pieces);
    expect(cutPieces(pieces, '一二三四\n五六七八', [5])).toEqual(pieces);
  });
});
