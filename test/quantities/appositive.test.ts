// A count summing up the list before it (src/quantities/appositive.ts).
import { describe, expect, it } from 'vitest';
import { isAppositive, sumsUpList } from '../../src/quantities/appositive.js';
import { byRaw } from './targets.js';

const at = (text: string, count: string, value: number) => isAppositive(text, 0, text.indexOf(count), value);

describe('isAppositive', () => {
  it('reads a count equal to the items named before it, or at least their number after 等', () => {
    expect(at('稀土、现代家居两个省级联合体', '两个', 2)).toBe(true);
    expect(at('泌尿外科、骨科等12个', '12个', 12)).toBe(true);
  });
  it('is false for one item, a count unlike the list, or new things listed by name', () => {
    expect(at('建设公园3个', '3个', 3)).toBe(false);
    expect(at('稀土、家居、纺织两个', '两个', 2)).toBe(false);
    expect(at('新建C、D、E三个', '三个', 3)).toBe(false);
  });
});

describe('sumsUpList', () => {
  it('reads new things listed by name too, and names them by the noun after the count', () => {
    const text = '高标准打造留史、百尺、鲍墟3个文化站';
    expect(sumsUpList(text, 0, text.indexOf('3个'), 3)).toBe(true);
    expect(isAppositive(text, 0, text.indexOf('3个'), 3)).toBe(false);
    expect(byRaw('高标准打造留史、百尺、鲍墟3个文化站和2个综合文化服务中心。').get('3个')!.indicator).toBe('文化站');
    // names that end in that noun themselves keep them
    expect(byRaw('持续打造经营管理团队、高级财务团队和专业法务团队等三支团队。').get('三支')!.indicator).toContain('高级财务团队');
  });
});
