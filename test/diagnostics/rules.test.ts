// Every rule id, triggered by a small document: its code, severity and the
// message arguments kept as `data`. Prose is asserted nowhere.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { parseDocument } from '../../src/parse-document.js';
import { parseBytes } from '../../src/read.js';
import { diagnostic } from '../../src/diagnostics/report.js';
import { RULES, type Code } from '../../src/diagnostics/codes.js';
import { Diagnostic, type Document } from '../../src/tree/schema.js';

const parse = (text: string) => parseDocument(text, { path: 'x.txt' });
const fixture = (name: string) => readFileSync(`fixtures/tree/${name}/input.txt`, 'utf8');
const tested = new Set<string>();

/** The diagnostics of `code` in the document, each checked against the rule table and the schema. */
function of(doc: Document, code: Code) {
  tested.add(code);
  const found = doc.diagnostics.filter((d) => d.code === code);
  for (const d of found) {
    expect(d.severity).toBe(RULES[code].severity);
    expect(() => Diagnostic.parse(d)).not.toThrow();
    expect(d.message).toBe(RULES[code].message(d.data ?? {}));
  }
  return found;
}

describe('numbering-gap', () => {
  it('names the number expected and the one found', () => {
    expect(of(parse('一、总体要求\n三、保障措施\n'), 'numbering-gap').map((d) => d.data)).toEqual([{ expected: '二、', actual: '三、' }]);
  });
});

describe('numbering-duplicate', () => {
  it('names the repeated marker', () => {
    expect(of(parse('一、总体要求\n一、保障措施\n'), 'numbering-duplicate').map((d) => d.data)).toEqual([{ actual: '一、' }]);
  });
});

describe('marker-missing-ordinal', () => {
  it('names the bare marker and the ordinal inferred', () => {
    expect(of(parse(fixture('diag-marker-missing-ordinal')), 'marker-missing-ordinal').map((d) => d.data)).toEqual([{ marker: '、', inferred: '二、' }]);
  });
});

describe('unbalanced-bracket', () => {
  it('says which bracket is left open', () => {
    const [d] = of(parse('一、总体要求（加强领导\n二、保障措施\n'), 'unbalanced-bracket');
    expect(d!.data).toEqual({ detail: expect.stringContaining('(') });
    expect(d!.position.start.line).toBe(1);
  });
});

describe('task-without-units', () => {
  it('names the item without units among items with them', () => {
    expect(of(parse(fixture('diag-task-without-units')), 'task-without-units').map((d) => d.data)).toEqual([{ marker: '3.' }]);
  });
});

describe('encoding-fallback', () => {
  it('names the encoding the bytes were read as', () => {
    const bytes = iconv.encode('一、总体要求\n坚持创新驱动，加快建设创新型城市。\n', 'gb18030');
    expect(of(parseBytes(bytes, 'gbk.txt'), 'encoding-fallback').map((d) => d.data)).toEqual([{ encoding: 'gb18030' }]);
  });
});

describe('boilerplate-removed', () => {
  it('counts the lines set aside and samples them', () => {
    const found = of(parse(fixture('diag-boilerplate-blocks')), 'boilerplate-removed');
    expect(found.map((d) => d.data!.count)).toEqual(['4', '1', '5']);
    expect(found[1]!.data!.sample).toBe('【打印本页】【关闭窗口】');
  });
});

describe('flattened-text', () => {
  it('counts the splits made at markers', () => {
    const doc = parse('某市行动方案\n一、总体要求。坚持创新。二、重点任务。加强建设。三、保障措施。强化组织。\n');
    expect(of(doc, 'flattened-text').map((d) => d.data)).toEqual([{ count: '2' }]);
  });
});

describe('wrapped-lines', () => {
  it('counts the line breaks joined', () => {
    const sentence = '为深入贯彻落实党中央国务院关于科技创新的决策部署加快建设创新型城市推动高质量发展制定本方案。'.repeat(3);
    const doc = parse(`某市行动方案\n${sentence.match(/.{1,28}/g)!.join('\n')}\n一、总体要求\n坚持创新驱动。\n`);
    expect(of(doc, 'wrapped-lines').map((d) => d.data)).toEqual([{ count: '4' }]);
  });
});

describe('parse-error', () => {
  // The lexer has a token for any character and the parser recovers, so no text is known to reach
  // this rule: its builder is checked directly, as the grammar's facade would call it.
  it('keeps the grammar’s message as its detail', () => {
    tested.add('parse-error');
    const at = { line: 1, column: 1, offset: 0 };
    const d = diagnostic('parse-error', { start: at, end: at }, { detail: 'unexpected token' });
    expect(d).toMatchObject({ code: 'parse-error', severity: 'error', data: { detail: 'unexpected token' } });
    expect(() => Diagnostic.parse(d)).not.toThrow();
  });
});

describe('undecodable-bytes', () => {
  it('counts the byte sequences replaced and names the encoding', () => {
    const lines = readFileSync('seeds/000_42792dad20fa24c9.txt', 'utf8').split('\n');
    const bytes = Buffer.concat([iconv.encode(lines.slice(0, 30).join('\n') + '\n', 'gbk'), Buffer.from([0x81, 0x0a]), iconv.encode(lines.slice(30).join('\n'), 'gbk')]);
    const [d] = of(parseBytes(bytes, 'bad.txt'), 'undecodable-bytes');
    expect(d!.data).toEqual({ encoding: 'gb18030', count: '1' });
    expect(d!.position.start.line).toBe(31);
  });
});

describe('encoding-override', () => {
  it('names the encoding asked for over UTF-8 bytes', () => {
    const bytes = Buffer.from(readFileSync('fixtures/cli/plan.txt', 'utf8'), 'utf8');
    expect(of(parseBytes(bytes, 'forced.txt', { encoding: 'gbk' }), 'encoding-override').map((d) => d.data)).toEqual([{ encoding: 'gbk' }]);
  });
});

describe('input-error', () => {
  it('carries the reason a named input could not be read', async () => {
    const { inputError } = await import('../../src/cli/input-error.js');
    const { parseFile, InputError } = await import('../../src/read.js');
    const e = await parseFile('fixtures/cli/missing.txt').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const v = inputError('fixtures/cli/missing.txt', (e as InstanceType<typeof InputError>).reason);
    tested.add('input-error');
    expect(v.diagnostics.map((d) => [d.code, d.severity, d.data])).toEqual([['input-error', 'error', { reason: 'no such file' }]]);
    expect(v.ok).toBe(false);
  });
});

describe('the rule table', () => {
  it('has a test above for every rule id, and no test for an id it lacks', () => {
    expect([...tested].sort()).toEqual(Object.keys(RULES).sort());
  });
});
