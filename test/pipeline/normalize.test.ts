// Full-width folding (src/pipeline/normalize.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/pipeline/normalize.js';
import { parseDocument } from '../../src/index.js';
import { bracketsIn } from '../../src/pipeline/brackets.js';
import { WHITE_CHARS } from '../../src/quantities/text-view.js';

/** Where `text` holds each of `chars`, ascending: the plain search the landmarks stand for. */
const where = (text: string, chars: string) => [...text].flatMap((c, i) => (chars.includes(c) ? [i] : []));

describe('normalize', () => {
  it('folds full-width ASCII and white space one unit for one', () => {
    expect(normalize('\u3000（一）ａ，ｂ\ufe59').text).toBe(' (一)a,b(');
  });

  it('gives each text its own folding, whatever was folded before (the copy buffer is reused)', () => {
    expect(normalize('（二）'.repeat(5000)).text).toBe('(二)'.repeat(5000));
    expect(normalize('（三）').text).toBe('(三)');
    expect(normalize('').text).toBe('');
    // longer than the buffer kept: a buffer of its own
    expect(normalize('，'.repeat(3_000_000)).text).toBe(','.repeat(3_000_000));
    expect(normalize('ｘ').text).toBe('x');
  });

  it('reads line breaks stored escaped in a text of one line as breaks, offsets kept', () => {
    const stored = '一、2023年工作回顾\\r\\n新增企业10家。\\r\\n二、2024年工作安排\\r\\n新增企业20家。';
    const { text } = normalize(stored);
    expect(text.length).toBe(stored.length);
    expect(text.split('\n').map((l) => l.trim())).toEqual(['一、2023年工作回顾', '新增企业10家。', '二、2024年工作安排', '新增企业20家。']);
    // its quotes escaped too: each read as the quote
    expect(normalize('“一村一品”\\r\\n建设\\"一村一品\\"示范村10个\\r\\n二\\r\\n三').text).toContain(' "一村一品 "示范村10个');
    // a text with lines of its own, or a stray escape or two, is what it says
    expect(normalize('路径C:\\new\\n1\\n2\\n3\n第二行').text).toBe('路径C:\\new\\n1\\n2\\n3\n第二行');
    expect(normalize('匹配\\n和\\r。').text).toBe('匹配\\n和\\r。');
  });

  it('finds, as it folds, where the folded text holds white space and brackets (a plain search says the same)', () => {
    const check = (source: string) => {
      const { text, landmarks } = normalize(source, true);
      expect(text).toBe(normalize(source).text);
      expect(landmarks.whites).toEqual(where(text, WHITE_CHARS));
      expect(landmarks.brackets).toEqual(bracketsIn(text));
    };
    // full-width brackets and spaces fold to the ones looked for; escaped breaks are read as breaks first
    check('\u3000（一）总体要求［注］【牵头单位：市发改委】〔2024〕《方案》\t\r\n二、\u00a0');
    check('一、2023年工作回顾\\r\\n新增企业（10家）。\\r\\n二、2024年工作安排\\r\\n新增企业20家。');
    for (const f of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) check(readFileSync(join('seeds', f), 'utf8'));
    const pieces = ['a', '推动', ' ', '\u3000', '\t', '\n', '\r\n', '(', '（', '】', '《', '〕', ']', '［', '\\n', '。'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')), check), { numRuns: 2000 });
  });

  it('folds the bullets before an item\'s number to white space, so the item is read (◈1. …)', () => {
    expect(normalize('◈1.◆▶★').text).toBe(' 1.  ★'); // (★ rates: ★★★级以上绿色饭店)
    const doc = parseDocument('二、稳定供应链支持政策\n\n◈1. 中小企业宽带和专线平均资费再降10%。\n\n◈2. 对企业新建冷库给予补助。');
    expect(doc.root.children[0]!.type === 'section' && doc.root.children[0]!.children.filter((c) => c.type === 'section').length).toBe(2);
  });

  it('folds ○ to 〇, so a year written with it is read (二○三五年)', () => {
    expect(normalize('二○三五年远景目标').text).toBe('二〇三五年远景目标');
    expect(parseDocument('到二○二五年，新增企业100家。').targets.map((t) => t.year)).toEqual([2025]);
  });
});
