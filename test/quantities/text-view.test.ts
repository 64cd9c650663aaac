// One node's text as the quantity rules read it (src/quantities/text-view.ts).
import { describe, expect, it } from 'vitest';
import { textRuns, viewMap } from '../../src/quantities/text-view.js';
import { only } from './targets.js';

describe('textRuns', () => {
  it('keeps a space between two ASCII words', () => expect(textRuns('Bat365 App推动', 0, 12, []).text).toBe('Bat365 App推动'));

  it('drops a line break that a page width put inside a number', () => {
    const norm = '增长1\n25.5%';
    const view = textRuns(norm, 0, norm.length, []);
    expect(view.text).toBe('增长125.5%');
    expect(viewMap(norm, view).show(2, view.text.length)).toBe('125.5%');
  });

  it('reads the number whole in a paragraph cut every 30 characters', () => {
    const filler = '全面推进乡村振兴加快农业农村现代化建设宜居宜业和美乡村持续巩固拓展脱贫攻坚成果'.repeat(3);
    const paragraph = filler.slice(0, 84) + '，全年增长125.5%。' + filler + '。';
    const text = paragraph.match(/.{1,30}/gu)!.join('\n');
    expect(text).toContain('1\n25.5%');
    expect(only(text).value).toBe(125.5);
  });
});
