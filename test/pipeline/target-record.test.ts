// The Target record of a quantity (src/pipeline/target-record.ts): raw text and position from the source even
// where the read text differs from it, the value normalized by the unit's scale, the sentence as the source has it.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

describe('targetOf', () => {
  it('takes raw text and position from the source where the read text differs from it', () => {
    // full-width digits are read as ASCII, a unit annotation is read past; raw and position stay the source's
    const source = '一、目标\n\n新增企业１０家（牵头单位：市科技局），投资5亿元。\n';
    const [a, b] = parseDocument(source).targets;
    expect(a!.raw).toBe('１０家');
    expect(a!.value).toBe(10);
    expect(source.slice(a!.position.start.offset, a!.position.end.offset)).toBe('１０家');
    expect(b!.raw).toBe('5亿元');
    expect(source.slice(b!.position.start.offset, b!.position.end.offset)).toBe('5亿元');
    expect(b!.position.start).toMatchObject({ line: 3, column: source.split('\n')[2]!.indexOf('5') + 1 });
  });

  it('normalizes by the unit scale and keeps the unit when it has none', () => {
    const [money, count] = parseDocument('力争投资5亿元，新增企业10家。').targets;
    expect(money!.normalized).toEqual({ value: 500000000, unit: 'CNY' });
    expect(count!.normalized).toEqual({ value: 10, unit: '家' });
  });

  it('gives each quantity its own sentence, with the full stop that ends it', () => {
    const ts = parseDocument('新增企业10家。建成平台5个；引进人才20名。').targets;
    expect(ts.map((t) => t.sentence)).toEqual(['新增企业10家。', '建成平台5个；', '引进人才20名。']);
  });
});
