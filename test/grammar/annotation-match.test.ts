// Brackets read as unit annotations without a label opening them (grammar/annotation-match.ts).
import { describe, expect, it } from 'vitest';
import { leadFirstAnnotation } from '../../grammar/annotation-match.js';

const payload = (text: string) => leadFirstAnnotation(text, 0)?.payload ?? null;

describe('leadFirstAnnotation', () => {
  it('reads units first, and a remark before a labelled clause when the bracket closes its line', () => {
    expect(payload('(省能源局牵头,省发展改革委按职责分工负责)')).toMatchObject({ lead: ['省能源局'], responsible: ['省发展改革委'], closed: true });
    expect(payload('(5月底取得明显成效,牵头考核单位:市审批服务局)\n下一项')).toMatchObject({ lead: ['市审批服务局'], responsible: [] });
  });
  it('reads names alone in a bracket closing a sentence, as at a line end, whatever follows', () => {
    const at = (text: string) => leadFirstAnnotation(text, text.indexOf('('))?.payload ?? null;
    expect(at('严厉打击违法行为。(区市场监管局)3.开展食品生产加工')).toMatchObject({ lead: [], responsible: ['区市场监管局'] });
    expect(at('提高安全卫生水平。(区市场监管局、区卫计局)(五)食品生产环节')).toMatchObject({ responsible: ['区市场监管局', '区卫计局'] });
    // after a sentence's end the paragraph may go on: "…搬迁。（市卫生健康委，各区政府）结合…"
    expect(at('严厉打击违法行为。(区市场监管局)加强检查')).toMatchObject({ responsible: ['区市场监管局'] });
    expect(at('完成搬迁。(市卫生健康委,各区政府)结合发展趋势')).toMatchObject({ responsible: ['市卫生健康委', '各区政府'] });
    // mid-sentence it is no note; nor a group that is not all names
    expect(at('依托区市场监管局(区市场监管局)3.开展')).toBeNull();
    expect(at('完成搬迁。(含大鹏新区管委会、前海管理局,下同)结合')).toBeNull();
    // what a figure covers, and places alone mid-paragraph, name no units
    expect(at('完成改造项目20个。(含开发区、高新区)今年继续推进。')).toBeNull();
    expect(at('增长8%。(不含深汕特别合作区)下一步')).toBeNull();
    expect(at('新建学校10所。(福田区、南山区、宝安区)新增学位')).toBeNull();
    expect(at('新建学校10所。(福田区、南山区、宝安区)\n')).toMatchObject({ responsible: ['福田区', '南山区', '宝安区'] });
    // customs and a central bank's branch are units too
    expect(at('加快通关。(省商务厅、昆明海关、中国人民银行云南省分行)\n')).toMatchObject({ responsible: ['省商务厅', '昆明海关', '中国人民银行云南省分行'] });
    expect(at('织密网络。(市交通运输局,各区政府、深圳市消防救援支队、深圳海事局)\n')).toMatchObject({ responsible: ['市交通运输局', '各区政府', '深圳市消防救援支队', '深圳海事局'] });
  });
  it('is null for a remark without units, or a labelled clause in a bracket mid-line', () => {
    expect(payload('(以下简称示范区)加快建设')).toBeNull();
    expect(payload('(5月底前,牵头单位:市审批服务局)后续工作')).toBeNull();
  });
});
