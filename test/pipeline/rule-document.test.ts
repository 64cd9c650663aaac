import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { Node } from '../../src/tree/schema.js';
import { grantsThroughout } from '../../src/pipeline/rule-document.js';
import { RULES_BY_CONTENT } from '../../src/data/target-cues.js';

const ids = (nodes: Node[]): string[] => nodes.flatMap((n) => [...n.targets, ...(n.type === 'section' ? ids(n.children) : [])]);

// A subsidy policy copied without its title: read plainly, a condition in the clause before its grant
// (资金投入…，奖励…), a 每满 unit and a threshold joined by 且 would pass for goals.
const GRANTS = [
  '一、景区建设',
  '1.项目资金投入500万元—5000万元，奖励投资额度的5%—20%；投资5000万元以上的，实行一事一议。',
  '2.对年组织游客人数达到1万人次以上的旅行社进行奖励，每满一万人奖励一万元。',
  '3.单次会议人数规模在300人以上、且营业额达到80万元以上的大型会议，一次性给予15万元奖励。',
  '4.对新评为4A级景区的，一次性奖励50万元。',
  '5.对新建民宿10家以上的村，每间奖励2000元。',
].join('\n');

describe('a document that reads as rules by its content', () => {
  it('gives every amount of an untitled subsidy policy the role parameter, each id once on its node', () => {
    const doc = parseDocument(GRANTS);
    expect(doc.meta.title).toBeNull();
    expect(doc.targets).toHaveLength(12);
    expect(doc.targets.map((t) => t.role)).toEqual(Array(12).fill('parameter'));
    expect(ids(doc.root.children).sort()).toEqual(doc.targets.map((t) => t.id).sort());
  });

  it('leaves a plan with a few grants among its goals as it is', () => {
    const plan = [
      '一、主要目标',
      ...Array.from({ length: 8 }, (_, i) => `${i + 1}.到2027年，新增高新技术企业${(i + 1) * 10}家。`),
      '9.对新认定的企业，奖励10万元。',
    ].join('\n');
    const roles = parseDocument(plan).targets.map((t) => t.role);
    expect(roles.filter((r) => r === 'target')).toHaveLength(8);
  });

  it('needs at least the minimum number of quantities and the share', () => {
    const doc = parseDocument(GRANTS);
    expect(grantsThroughout(GRANTS, doc.targets)).toBe(true);
    expect(grantsThroughout(GRANTS, doc.targets.slice(0, RULES_BY_CONTENT.min - 1))).toBe(false);
    // the same targets in a text whose sentences name no grant
    const neutral = GRANTS.replace(/奖励|给予/g, '新增');
    expect(grantsThroughout(neutral, doc.targets)).toBe(false);
  });
});
