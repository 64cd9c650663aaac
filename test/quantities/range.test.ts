// Numbers past range (issue: an adversarial run): every value, normalized value and upper is finite,
// every year a whole one a plan can name, and the document still validates, or the number is no quantity.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../src/parse-document.js';
import { Document } from '../../src/tree/schema.js';
import { PLAUSIBLE_YEARS } from '../../src/data/non-quantities.js';
import { years, targets } from './targets.js';

/** Every number of the document is finite, every year whole and plausible, and its JSON validates. */
function checkNumbers(text: string) {
  const doc = parseDocument(text);
  for (const t of doc.targets) {
    expect(Number.isFinite(t.value), t.raw).toBe(true);
    expect(Number.isFinite(t.normalized.value), t.raw).toBe(true);
    if (t.upper !== null) expect(Number.isFinite(t.upper), t.raw).toBe(true);
    if (t.year !== null) {
      expect(Number.isInteger(t.year), t.raw).toBe(true);
      expect(t.year).toBeGreaterThanOrEqual(PLAUSIBLE_YEARS.from);
      expect(t.year).toBeLessThanOrEqual(PLAUSIBLE_YEARS.to);
    }
  }
  expect(() => Document.parse(JSON.parse(JSON.stringify(doc)))).not.toThrow();
}

describe('numbers past range', () => {
  it.each([
    ['新增企业' + '9'.repeat(400) + '家。'],
    ['到2025年投资一' + '亿'.repeat(40) + '元。'],
    ['到2025年新增' + '9'.repeat(305) + '万亿元。'],
    ['新增十十家企业。'],
    ['新增一万万家企业。'],
  ])('%s gives no quantity', (text) => {
    checkNumbers(text);
    expect(targets(text)).toEqual([]);
  });

  it.each([['2030年-2031.5年建成10个基地。'], ['2030-99999999999999999999年建成10个基地。'], ['1800年建成10个基地。']])(
    '%s names no year', (text) => {
      checkNumbers(text);
      expect(years(text)).toEqual(['10个:null']);
    },
  );

  it('a year range still dates what follows', () => expect(years('2030年-2031年建成10个基地。')).toEqual(['10个:2031']));
});

const CN = '〇零一二两三四五六七八九十百千万亿点';
const UNITS = ['家', '个', '元', '万元', '亿元', '万亿元', '%', '个百分点', '年', '吨', '人', '倍', '万人', '公里'];
const digits = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 420 }),
  fc.tuple(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 }), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 }))
    .map(([a, b]) => `${a}.${b}`),
  fc.string({ unit: fc.constantFrom(...CN), minLength: 1, maxLength: 60 }),
);
const quantity = fc.tuple(digits, fc.constantFrom(...UNITS)).map(([n, u]) => n + u);
const glue = fc.constantFrom('', '-', '—', '至', '到', '年', '，', '。', '新增', '达到', '力争到', '以上');

describe('property: random numerals and units', () => {
  it('every value finite, every year whole and plausible, the document valid', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(glue, quantity), { minLength: 1, maxLength: 6 }), (parts) => {
        checkNumbers(parts.map(([g, q]) => g + q).join(''));
      }),
      { numRuns: 400 },
    );
  });
});
