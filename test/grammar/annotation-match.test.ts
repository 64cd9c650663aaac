// Brackets read as unit annotations without a label opening them (grammar/annotation-match.ts).
import { describe, expect, it } from 'vitest';
import { leadFirstAnnotation } from '../../grammar/annotation-match.js';

const payload = (text: string) => leadFirstAnnotation(text, 0)?.payload ?? null;

describe('leadFirstAnnotation', () => {
  it('reads units first, and a remark before a labelled clause when the bracket closes its line', () => {
    expect(payload('(省能源局牵头,省发展改革委按职责分工负责)')).toMatchObject({ lead: ['省能源局'], responsible: ['省发展改革委'], closed: true });
    expect(payload('(5月底取得明显成效,牵头考核单位:市审批服务局)\n下一项')).toMatchObject({ lead: ['市审批服务局'], responsible: [] });
  });
  it('is null for a remark without units, or a labelled clause in a bracket mid-line', () => {
    expect(payload('(以下简称示范区)加快建设')).toBeNull();
    expect(payload('(5月底前,牵头单位:市审批服务局)后续工作')).toBeNull();
  });
});
