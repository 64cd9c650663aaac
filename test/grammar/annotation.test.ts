// The inside of a unit annotation (grammar/annotation.ts): labels, units, the units-first form.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LABEL_GAP, LEAD_FIRST_MAX, mayShare, nextLabel, opensWithLabel, parseLeadFirstAnnotation, parseUnitAnnotation, sharingClauses, UNIT_LABEL_SOURCE } from '../../grammar/annotation.js';
import { SHARE_WORDS, UNIT_JOINERS, UNIT_LABELS } from '../../src/data/unit-labels.js';
import { parseGrammar } from '../../grammar/index.js';
import { parseDocument } from '../../src/index.js';

describe('parseUnitAnnotation', () => {
  it('reads lead and responsible units by their labels', () => {
    expect(parseUnitAnnotation('〔牵头单位：县发改局；责任单位：县财政局、县自然资源局〕')).toEqual({
      lead: ['县发改局'],
      responsible: ['县财政局', '县自然资源局'],
    });
  });

  it('leaves the 等 closing a list out of its last name, but not 等 inside a name', () => {
    expect(parseUnitAnnotation('（责任单位：市商务委、市公安局、重庆市税务局等）').responsible).toEqual(['市商务委', '市公安局', '重庆市税务局']);
    expect(parseUnitAnnotation('（牵头责任单位：区水利局等部门）').lead).toEqual(['区水利局等部门']);
  });

  it('keeps a bracketed part of a unit name inside the name', () => {
    expect(parseUnitAnnotation('(责任单位:赣县区(赣州高新区)管委会,市商务局)').responsible).toEqual(['赣县区(赣州高新区)管委会', '市商务局']);
  });

  it('reads a label spread by spaces or broken over two lines', () => {
    expect(parseUnitAnnotation('(责  任单位:市林业局)').responsible).toEqual(['市林业局']);
    expect(parseUnitAnnotation('〔牵头单\n位:市水利局〕').lead).toEqual(['市水利局']);
  });

  it('fills nothing for labels that name people', () => {
    expect(parseUnitAnnotation('(责任领导:张三;牵头单位:市教育局)')).toEqual({ lead: ['市教育局'], responsible: [] });
  });

  it('reads only text[start, end) of a longer text', () => {
    const text = '加快建设。(牵头单位:市住建局)责任单位:不读';
    const start = text.indexOf('(');
    expect(parseUnitAnnotation(text, start, text.indexOf(')') + 1)).toEqual({ lead: ['市住建局'], responsible: [] });
  });
});

describe('parseLeadFirstAnnotation', () => {
  it('reads units first: X牵头, Y按职责分工负责', () => {
    const t = '(省能源局牵头,省发展改革委、省科技厅按职责分工负责)';
    expect(parseLeadFirstAnnotation(t, 0, t.length)).toEqual({ lead: ['省能源局'], responsible: ['省发展改革委', '省科技厅'] });
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

describe('nextLabel, the fast path, agrees with UNIT_LABEL_SOURCE, the definition', () => {
  const fieldOf = (match: string) => UNIT_LABELS.find((l) => l.word === match.replace(/[ \r\n:：]/g, ''))!.field;
  /** The definition: the first match of the regex in s[from, to). */
  const byRegex = (s: string, from: number, to: number) => {
    const m = new RegExp(UNIT_LABEL_SOURCE, 'g').exec(s.slice(from, to));
    return m && { at: from + m.index, end: from + m.index + m[0].length, field: fieldOf(m[0]) };
  };
  // the characters of the labels, the gap and the colon, and a few others
  const chars = [...new Set([...UNIT_LABELS.map((l) => l.word).join(''), ' ', '\n', '\r', ':', '：', '甲', '、', ';'])];
  const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
  // whole labels as well, so that matches are common
  const withLabels = fc.array(fc.oneof(fc.constantFrom(...chars), fc.constantFrom(...UNIT_LABELS.map((l) => l.word))), { maxLength: 12 }).map((a) => a.join(''));

  it('finds the same label, span and field', () => {
    fc.assert(
      fc.property(fc.oneof(text, withLabels), fc.nat(), fc.nat(), (s, a, b) => {
        const from = s.length ? a % s.length : 0;
        const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
        expect(nextLabel(s.slice(0, to), from, to)).toEqual(byRegex(s, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('opensWithLabel agrees with the regex of a bracket and a label after its gap', () => {
    const opens = new RegExp(`\\(${LABEL_GAP}${UNIT_LABEL_SOURCE}`, 'y');
    fc.assert(
      fc.property(fc.oneof(text, withLabels), (rest) => {
        const s = `(${rest}`;
        opens.lastIndex = 0;
        expect(opensWithLabel(s, 0)).toBe(opens.test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a label broken by CRLF and spaces like the regex', () => {
    const s = '甲牵 \r\n 头单位 :乙';
    expect(nextLabel(s, 0, s.length)).toEqual(byRegex(s, 0, s.length));
    expect(nextLabel(s, 0, s.length)).toMatchObject({ at: 1, field: 'lead' });
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

describe('a bracket of names that closes a task line', () => {
  // the grammar reads normalized text: half-width brackets
  const units = (text: string) => {
    const s = parseGrammar(text).segments.flatMap((g) => g.content).find((c) => c.type === 'annotation');
    return s && s.type === 'annotation' ? s.payload : null;
  };
  it('names the units that do the task', () => {
    expect(units('1.推进食品科技创新。(市科委、市卫生健康委)\n2.下一项')).toEqual({ lead: [], responsible: ['市科委', '市卫生健康委'], closed: true });
    expect(units('1.建设园区。(市经济信息化委、市科委、相关区)')?.responsible).toEqual(['市经济信息化委', '市科委', '相关区']);
  });
  it('is no annotation mid-line, or with a name that is no unit', () => {
    expect(units('1.依托市科委(市科学技术委员会)建设平台。')).toBeNull();
    expect(units('1.建设园区。(以下简称“园区”)')).toBeNull();
    expect(units('1.建设园区。(含500亩)')).toBeNull();
  });
  it('gives the section its units in a whole document', () => {
    const doc = parseDocument('一、重点任务\n1.推进食品科技创新。（市科委、市卫生健康委）\n2.建设园区。（含500亩）\n');
    const task = doc.root.children[0]!.type === 'section' ? doc.root.children[0]!.children : [];
    expect(task.map((n) => (n.type === 'section' ? n.responsible : null))).toEqual([['市科委', '市卫生健康委'], []]);
  });
  it('reads towns, state firms and a list closed by 等 (set aside) as units, and 实施部门 as a label', () => {
    const doc = parseDocument('一、重点任务\n1.开展收储出让。各街镇负责谈判。（各街镇、区属国企）\n2.加强监管。（区经委、各街镇等）\n3.推进改造。（牵头部门：市交通委；实施部门：市港航中心）\n');
    const task = doc.root.children[0]!.type === 'section' ? doc.root.children[0]!.children : [];
    expect(task.map((n) => (n.type === 'section' ? [n.lead, n.responsible] : null))).toEqual([
      [[], ['各街镇', '区属国企']], [[], ['区经委', '各街镇']], [['市交通委'], ['市港航中心']],
    ]);
    // places alone in a bracket name no units
    const places = parseDocument('一、重点任务\n1.推进基本公共服务均等化（城乡）\n2.完善养老服务设施（乡镇）\n');
    const items = places.root.children[0]!.type === 'section' ? places.root.children[0]!.children : [];
    expect(items.map((n) => (n.type === 'section' ? n.responsible : null))).toEqual([[], []]);
  });
});
