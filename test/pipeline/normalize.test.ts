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
});
