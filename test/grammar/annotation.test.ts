// The inside of a unit annotation (grammar/annotation.ts): labels and units.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LABEL_GAP, nextLabel, opensWithLabel, parseUnitAnnotation, UNIT_LABEL_SOURCE } from '../../grammar/annotation.js';
import { UNIT_LABELS } from '../../src/data/unit-labels.js';
import { parseGrammar } from '../../grammar/index.js';
import { parseDocument } from '../../src/index.js';

describe('parseUnitAnnotation', () => {
  it('reads lead and responsible units by their labels', () => {
    expect(parseUnitAnnotation('〔牵头单位：县发改局；责任单位：县财政局、县自然资源局〕')).toEqual({
      lead: ['县发改局'],
      responsible: ['县财政局', '县自然资源局'],
    });
    expect(parseUnitAnnotation('（主要责任单位：中关村科学城管委会、区住房城乡建设委）')).toEqual({ lead: [], responsible: ['中关村科学城管委会', '区住房城乡建设委'] });
  });

  it('leaves the 等 closing a list out of its last name, but not 等 inside a name', () => {
    expect(parseUnitAnnotation('（责任单位：市商务委、市公安局、重庆市税务局等）').responsible).toEqual(['市商务委', '市公安局', '重庆市税务局']);
    expect(parseUnitAnnotation('（牵头责任单位：区水利局等部门）').lead).toEqual(['区水利局等部门']);
  });

  it('keeps a bracketed part of a unit name inside the name', () => {
    expect(parseUnitAnnotation('(责任单位:赣县区(赣州高新区)管委会,市商务局)').responsible).toEqual(['赣县区(赣州高新区)管委会', '市商务局']);
    // …but not the share of the work a unit is given
    expect(parseUnitAnnotation('(责任单位:危化处(60日)、基础处( 104日 )、市发展改革委(市能源局))').responsible).toEqual(['危化处', '基础处', '市发展改革委(市能源局)']);
    // …which ends the name even where no separator follows it
    expect(parseUnitAnnotation('责任单位:协调处(80日),危化处(20日)安基处(10日),安劳支队(50日)').responsible).toEqual(['协调处', '危化处', '安基处', '安劳支队']);
    expect(parseUnitAnnotation('(责任单位:赣县区(赣州高新区)管委会市商务局)').responsible).toEqual(['赣县区(赣州高新区)管委会市商务局']);
    // (only where the next name has its share too)
    expect(parseUnitAnnotation('责任单位:市应急局(2人)负责组织,各区政府配合').responsible).toEqual(['市应急局(2人)负责组织', '各区政府']);
    // a line or a team in brackets tells two units apart
    expect(parseUnitAnnotation('(责任单位:市地铁集团(3号线)、市地铁集团(5号线)、市消防救援支队(2中队))').responsible).toEqual(['市地铁集团(3号线)', '市地铁集团(5号线)', '市消防救援支队(2中队)']);
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
