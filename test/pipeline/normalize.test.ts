// Full-width folding (src/pipeline/normalize.ts).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';

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
});
