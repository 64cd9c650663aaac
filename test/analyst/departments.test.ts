import { describe, expect, it } from 'vitest';
import { canonicalizer, canonicalUnit } from '../../src/analyst/departments.js';
import { DEPARTMENT_ALIASES } from '../../src/data/departments.js';

describe('canonicalUnit', () => {
  it('maps the short forms of one body, after the same prefix, to one name', () => {
    const names = ['市发改委', '市发展改革委', '市发展和改革委员会'].map(canonicalUnit);
    expect(new Set(names)).toEqual(new Set(['市发展和改革委员会']));
    expect(canonicalUnit('市工信局')).toBe(canonicalUnit('市工业和信息化局'));
    expect(canonicalUnit('区人社局')).toBe('区人力资源和社会保障局');
  });

  it('keeps the prefix as written, place names included', () => {
    expect(canonicalUnit('赣州市科技局')).toBe('赣州市科学技术局');
    expect(canonicalUnit('自治区发展改革委')).toBe('自治区发展和改革委员会');
  });

  it('prefers the longest form that ends the name', () => {
    expect(canonicalUnit('市委人才办')).toBe('市委人才工作领导小组办公室');
    expect(canonicalUnit('县大数据局')).toBe('县数据局');
    expect(canonicalUnit('市政府金融办')).toBe('市地方金融监督管理局');
  });

  it('leaves a unit it does not know as written', () => {
    expect(canonicalUnit('萍乡经济技术开发区管委会')).toBe('萍乡经济技术开发区管委会');
    expect(canonicalUnit(' 各县区人民政府 ')).toBe('各县区人民政府');
  });

  it('reads the config aliases first, as whole names', () => {
    const canon = canonicalizer({ 市科技创新局: ['市科创局', '市科技局'] });
    expect(canon('市科创局')).toBe('市科技创新局');
    expect(canon('市科技局')).toBe('市科技创新局');
    expect(canon('市发改委')).toBe('市发展和改革委员会');
  });

  it('has no short form listed under two bodies', () => {
    const seen = new Map<string, string>();
    for (const [full, forms] of Object.entries(DEPARTMENT_ALIASES)) {
      for (const f of [full, ...forms]) {
        expect(seen.get(f) ?? full, `${f} under ${seen.get(f)} and ${full}`).toBe(full);
        seen.set(f, full);
      }
    }
  });
});
