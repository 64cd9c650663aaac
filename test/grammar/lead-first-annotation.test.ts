// Unit annotations that name their units first (grammar/lead-first-annotation.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEAD_FIRST_MAX, mayShare, parseLeadFirstAnnotation, sharingClauses } from '../../grammar/lead-first-annotation.js';
import { parseUnitAnnotation } from '../../grammar/annotation.js';
import { SHARE_WORDS, UNIT_JOINERS } from '../../src/data/unit-labels.js';

describe('parseLeadFirstAnnotation', () => {
  it('reads units first: X牵头, Y按职责分工负责', () => {
    const t = '(省能源局牵头,省发展改革委、省科技厅按职责分工负责)';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: ['省能源局'], responsible: ['省发展改革委', '省科技厅'] });
  });

  it('leaves out a list\'s 等部门 before the share word', () => {
    const t = '(市发改委牵头,市工信局、市生态环境局、市数据局等部门按职责分工负责)';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: ['市发改委'], responsible: ['市工信局', '市生态环境局', '市数据局'] });
  });

  it('reads past the document a measure cites before its units', () => {
    const t = '(皖政办秘〔2021〕82号,省经济和信息化厅、省财政厅负责)';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: [], responsible: ['省经济和信息化厅', '省财政厅'] });
    const titled = '(依据《某省上市奖励办法》(皖政【2021】9号文),省地方金融监管局负责)';
    expect(parseLeadFirstAnnotation(titled, 0, titled.length)).toEqual({ lead: [], responsible: ['省地方金融监管局'] });
    const l = '(皖发〔2021〕9号,省发展改革委、省交通运输厅等牵头负责)';
    expect(parseLeadFirstAnnotation(l, 0, l.length)).toEqual({ lead: ['省发展改革委', '省交通运输厅'], responsible: [] });
  });

  it('reads units that only share the work', () => {
    const t = '(省财政厅、省能源局按职责分工负责)';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: [], responsible: ['省财政厅', '省能源局'] });
  });

  it('leaves out how the units share the work, before any share word (按职责分工配合)', () => {
    const t = '(合肥海关牵头,省贸促会、省商务厅按职责分工配合)';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: ['合肥海关'], responsible: ['省贸促会', '省商务厅'] });
  });

  it('reads several clauses of sharing units, with or without a lead', () => {
    const t = '(商务部指导,供销合作总社参与)';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: [], responsible: ['商务部', '供销合作总社'] });
    const u = '(生态环境部牵头,国家发展改革委参与,财政部配合)';
    expect(parseLeadFirstAnnotation(u, 0, u.length)).toEqual({ lead: ['生态环境部'], responsible: ['国家发展改革委', '财政部'] });
    const prose = '(商务部指导,加快建设平台)';
    expect(parseLeadFirstAnnotation(prose, 0, prose.length)).toBeNull();
  });

  it('reads share words in a row (负责配合落实) as none of the name, and passes over a note on the tasks after it', () => {
    const t = '（区资源生态局牵头负责;各片区负责配合落实，以下均需各片区配合落实，不再列出）';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: ['区资源生态局'], responsible: ['各片区'] });
    const u = '（市科技局牵头，市财政局负责配合）';
    expect(parseLeadFirstAnnotation(u, 0, u.length)).toEqual({ lead: ['市科技局'], responsible: ['市财政局'] });
  });

  it('reads units that see a task through (负责落实), past a last clause naming when it is due', () => {
    const t = '（市政务服务局、市司法局牵头，各区政府、市政府各部门负责落实，完成时限：2023年10月）';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: ['市政务服务局', '市司法局'], responsible: ['各区政府', '市政府各部门'] });
    const u = '（市商务局负责落实，完成时限：2023年10月）';
    expect(parseLeadFirstAnnotation(u, 0, u.length)).toEqual({ lead: [], responsible: ['市商务局'] });
    // a clause after the due date is read past too
    const later = '（市财政局牵头，市税务局负责落实，完成时间：2024年底，长期坚持）';
    expect(parseLeadFirstAnnotation(later, 0, later.length)).toEqual({ lead: ['市财政局'], responsible: ['市税务局'] });
    // a due date alone names no unit
    const due = '（完成时限：2023年10月）';
    expect(parseLeadFirstAnnotation(due, 0, due.length)).toBeNull();
  });

  it('reads groups of names apart with commas that share with the share word ending the last, and several manners', () => {
    const t = '（省发展改革委、省商务厅，海关总署广东分署、民航中南地区管理局，广州、深圳边检总站，广铁集团按职责分工负责）';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({
      lead: [], responsible: ['省发展改革委', '省商务厅', '海关总署广东分署', '民航中南地区管理局', '广州', '深圳边检总站', '广铁集团'],
    });
    const u = '（市发展改革委、市商务局依职责分别负责落实，完成时限：2024年10月）';
    expect(parseLeadFirstAnnotation(u, 0, u.length)).toEqual({ lead: [], responsible: ['市发展改革委', '市商务局'] });
    // names without a share word after them are no annotation
    const names = '（省财政厅，省能源局）';
    expect(parseLeadFirstAnnotation(names, 0, names.length)).toBeNull();
  });

  it('leaves a closing note in brackets out of the last name, but keeps a name\'s own bracket', () => {
    expect(parseUnitAnnotation('（责任单位：市民政局，广安经开区管委会（逗号前为牵头单位，其余按职责分工负责，下同））').responsible).toEqual(['市民政局', '广安经开区管委会']);
    expect(parseUnitAnnotation('（责任单位：市水务局（海洋局）、各县（市、区）人民政府）').responsible).toEqual(['市水务局（海洋局）', '各县（市、区）人民政府']);
  });

  it('ends a list of units at a sentence end (a note follows), and splits names joined by 会同', () => {
    expect(parseUnitAnnotation('（责任单位：市教育体育局，市委宣传部、团市委。逗号前为牵头单位，下同）').responsible).toEqual(['市教育体育局', '市委宣传部', '团市委']);
    expect(parseUnitAnnotation('（责任单位：市公安局。）').responsible).toEqual(['市公安局']);
    const joined = '(市发展改革委会同市政府相关部门负责落实)';
    expect(parseLeadFirstAnnotation(joined, 0, joined.length)).toEqual({ lead: [], responsible: ['市发展改革委', '市政府相关部门'] });
    const also = '(市政务服务局牵头，市教委、市文化和旅游局等相关部门以及各区政府负责落实)';
    expect(parseLeadFirstAnnotation(also, 0, also.length)?.responsible).toEqual(['市教委', '市文化和旅游局等相关部门', '各区政府']);
  });

  it('reads a lead word with the share it takes on (牵头落实), and a manner before it (分别牵头) as no part of a name', () => {
    const due = '(市财政局牵头落实，完成时限：2021年12月)';
    expect(parseLeadFirstAnnotation(due, 0, due.length)).toEqual({ lead: ['市财政局'], responsible: [] });
    const each = '(市发展改革委、市规划自然资源委分别牵头，各区政府负责落实)';
    expect(parseLeadFirstAnnotation(each, 0, each.length)).toEqual({ lead: ['市发展改革委', '市规划自然资源委'], responsible: ['各区政府'] });
    const joined2 = '（市应急局牵头，会同市水利局、市气象局落实）';
    expect(parseLeadFirstAnnotation(joined2, 0, joined2.length)).toEqual({ lead: ['市应急局'], responsible: ['市水利局', '市气象局'] });
    // a sentence end that no note follows goes on with the list
    expect(parseUnitAnnotation('（责任单位：市大数据局。市直各部门配合）').responsible).toEqual(['市大数据局', '市直各部门']);
    // a labelled list that ends in how its units share the work, and the 等 before it
    expect(parseUnitAnnotation('（责任单位：省发改委、国网福建省电力有限公司按职责分工负责）').responsible).toEqual(['省发改委', '国网福建省电力有限公司']);
    expect(parseUnitAnnotation('（责任单位：省自然资源厅等部门按职责分工负责）').responsible).toEqual(['省自然资源厅']);
  });

  it('reads a name that holds a label word (各项目牵头单位) as a name', () => {
    expect(parseUnitAnnotation('（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）')).toEqual({ lead: ['市委组织部'], responsible: ['各项目牵头单位', '各区', '县级市'] });
  });

  it('ends a list of units at another label: "负责部门：民航局，适用范围：河南自贸试验区"', () => {
    expect(parseUnitAnnotation('（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）')).toEqual({ lead: [], responsible: ['发展改革委', '粮食和储备局'] });
  });

  it('is null for a remark in brackets', () => {
    const t = '(以下简称示范区)';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toBeNull();
    const sentence = '(各地要加强领导,认真落实,由市政府牵头)';
    expect(parseLeadFirstAnnotation(sentence, 0, sentence.length)).toBeNull();
  });

  it('bounds the longest units-first annotation', () => {
    expect(LEAD_FIRST_MAX).toBeGreaterThan(80);
  });
});

describe('mayShare, the gate before sharingClauses', () => {
  // names, share words, joiners, notes and the separators that split clauses
  const pieces = [...SHARE_WORDS, ...UNIT_JOINERS, '市科技局', '省商务厅', '各县区', '市', '区', '下同', '、', ',', '，', ';', '；', '。', '按', '责'];
  const clauses = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));
  it('holds wherever sharingClauses finds units', () => {
    fc.assert(
      fc.property(clauses, (s) => {
        if (sharingClauses(s, 0, s.length, [])) expect(mayShare(s, 0, s.length)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
  it('is false for a bracket of names or a remark', () => {
    expect(mayShare('(市、区)', 1, 4)).toBe(false);
    expect(mayShare('(试行)', 1, 3)).toBe(false);
    expect(mayShare('(商务部指导,供销合作总社参与)', 1, 15)).toBe(true);
  });
});

describe('a units-first annotation whose lead a list\'s 、 parts from the sharing units', () => {
  it('reads the lead before 牵头 and the units after the 、', () => {
    const t = '〔市级相关部门（单位）牵头、各区市县政府、园区管委会负责〕';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: ['市级相关部门（单位）'], responsible: ['各区市县政府', '园区管委会'] });
  });
});

describe('a units-first annotation with the document\'s note after its sentence end', () => {
  it('reads the units before the note, the note naming none', () => {
    const t = '（市卫生健康委负责。排在第一位的部门为牵头部门，下同）';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: [], responsible: ['市卫生健康委'] });
  });
});
