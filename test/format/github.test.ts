import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubLines } from '../../src/format/github.js';
import { compactLines } from '../../src/format/compact.js';
import type { Diagnostic } from '../../src/tree/schema.js';

const at = (line: number, column: number) => ({ line, column, offset: 0 });
const d: Diagnostic = { severity: 'info', code: 'parse-error', message: '50% done\r\nnext', position: { start: at(3, 4), end: at(3, 9) } };

describe('github and compact formats', () => {
  it('escape as the Actions runner reads them', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('x,y:z%')).toBe('x%2Cy%3Az%25');
    expect(githubLines('dir/a,b.txt', [d])).toBe('::notice file=dir/a%2Cb.txt,line=3,col=4,endLine=3,title=parse-error::50%25 done%0D%0Anext\n');
  });

  it('compact is one line per diagnostic', () => {
    expect(compactLines('a.txt', [d])).toBe('a.txt:3:4: info 50% done next [parse-error]\n');
  });
});
