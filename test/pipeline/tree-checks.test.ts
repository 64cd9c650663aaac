// The tree's checks (src/pipeline/tree-checks.ts): numbering, flattened lines, wraps, units, furniture.
import { describe, expect, it } from 'vitest';
import { assignUnits } from '../../src/pipeline/assign-units.js';
import { checkNumbering, reportFlattened, reportFurniture, reportUnitless, reportWraps } from '../../src/pipeline/tree-checks.js';
import type { Diagnostic } from '../../src/tree/schema.js';
import { nestedFor, piecesFor } from './pieces.js';

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.position.start.line}`);

describe('checkNumbering', () => {
  const check = (source: string) => {
    const { root } = nestedFor(source);
    const out: Diagnostic[] = [];
    checkNumbering(root.children, out);
    return { root, out };
  };

  it('reports a gap and a duplicate among siblings', () => {
    expect(brief(check('一、甲\n三、乙\n三、丙').out)).toEqual(['numbering-gap 2', 'numbering-duplicate 3']);
  });

  it('lets numbering run on across parents, and 一是 start again', () => {
    expect(check('一、甲\n1.子\n2.子\n二、乙\n3.子\n4.子').out).toEqual([]);
    expect(check('1.甲。一是加强;二是完善。\n2.乙。一是加强;二是完善。').out).toEqual([]);
  });

  it('infers a missing ordinal and reports it', () => {
    const { root, out } = check('(一)加快建设\n( )推动转型');
    expect(brief(out)).toEqual(['marker-missing-ordinal 2']);
    const second = root.children[1]!;
    expect(second.type === 'section' && second.marker).toMatchObject({ ordinal: 2, inferred: true });
  });
});

describe('reportFlattened', () => {
  it('reports each line on which numbered items run together, once', () => {
    const { pieces, kinds, index } = nestedFor('一、总体要求 (一)指导思想。(二)基本原则。\n二、重点任务');
    const out: Diagnostic[] = [];
    reportFlattened(pieces, kinds, index, out);
    expect(out.map((d) => [d.code, d.position.start.column, d.message.includes('2')])).toEqual([['flattened-text', 8, true]]);
  });
});

describe('reportWraps', () => {
  it('reports the first joined line and how many were joined', () => {
    const { pieces, index } = piecesFor('甲\n加快发展,\n推动转型。');
    const out: Diagnostic[] = [];
    reportWraps([pieces[2]!], index, out);
    expect(brief(out)).toEqual(['wrapped-lines 3']);
    reportWraps([], index, out);
    expect(out).toHaveLength(1);
  });
});

describe('reportUnitless', () => {
  it('reports a task without units where most of its style carry them', () => {
    const lines = ['1.甲(牵头单位:A局)', '2.乙(牵头单位:B局)', '3.丙(牵头单位:C局)', '4.丁'];
    const { root } = nestedFor(lines.join('\n'));
    assignUnits(root.children);
    const out: Diagnostic[] = [];
    reportUnitless(root.children, out);
    expect(brief(out)).toEqual(['task-without-units 4']);
  });

  it('says nothing where few items carry units', () => {
    const { root } = nestedFor('1.甲(牵头单位:A局)\n2.乙\n3.丙');
    assignUnits(root.children);
    const out: Diagnostic[] = [];
    reportUnitless(root.children, out);
    expect(out).toEqual([]);
  });
});

describe('reportFurniture', () => {
  it('reports one block per run of furniture lines', () => {
    const { pieces, kinds, furniture } = nestedFor('分享到:\n打印本页\n一、总体要求\n上一篇:无');
    const out: Diagnostic[] = [];
    reportFurniture(pieces, kinds, furniture, out);
    expect(brief(out)).toEqual(['boilerplate-removed 1', 'boilerplate-removed 4']);
    expect(out[0]!.position.end.line).toBe(2);
  });
});
