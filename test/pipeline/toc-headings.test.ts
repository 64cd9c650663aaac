// Headings a flattened plan's 目录 lists, cut from the body text they run into (src/pipeline/toc-headings.ts).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { Node } from '../../src/tree/schema.js';

const outline = (nodes: Node[], depth = 1): string[] =>
  nodes.flatMap((n) => (n.type === 'section' ? [`${depth} ${n.marker?.raw ?? ''}${n.title}`, ...outline(n.children, depth + 1)] : []));

const toc = '某区“十四五”社会事业发展规划目 录前 言第一章 “十三五”规划总结第一节 发展成就第二节 面临的形势第二章 主要任务第一节 推动教育发展第二节 推动卫生发展第三章 保障措施';
const body = '前 言为推动发展，制定本规划。第一章 “十三五”规划总结第一节 发展成就“十三五”期间，新建学校37所。第二节 面临的形势机遇和挑战并存。第二章 主要任务全面贯彻党的教育方针。第一节 推动教育发展(一)促进学前教育发展到2025年，新增学位2000个。(二)推进义务教育发展。第二节 推动卫生发展加快建设。';

describe('headings a 目录 lists', () => {
  it('cuts each from the body it runs into, a chapter and the section run in after it each a heading', () => {
    expect(outline(parseDocument(toc + body).root.children)).toEqual([
      '1 第一章 “十三五”规划总结', '2 第一节 发展成就', '2 第二节 面临的形势',
      '1 第二章 主要任务', '2 第一节 推动教育发展', '3 (一)促进学前教育发展', '3 (二)推进义务教育发展', '2 第二节 推动卫生发展',
    ]);
    // the review the 目录 names (…总结) reports, the tasks aim
    expect(parseDocument(toc + body).targets.map((t) => `${t.raw}:${t.role}`)).toEqual(['37所:baseline', '2000个:target']);
  });

  it('ends the 目录 where the body starts right after it, cuts each heading once in order, and not inside a longer title', () => {
    const straight = '某区发展规划目 录第一章 发展基础第一节 发展成就第二节 面临形势第二章 主要任务第一节 教育发展第二节 卫生发展第三章 保障措施'
      + '第一章 发展基础第一节 发展成就“十三五”期间，新建学校37所。第二节 面临形势机遇和挑战并存。第二章 主要任务第一节 教育发展和人才培养到2025年，新增学位2000个。第二节 卫生发展加快建设医院3所。第三章 保障措施加强组织领导。第二章 主要任务所列工作全部完成。';
    const lines = outline(parseDocument(straight).root.children);
    expect(lines.slice(0, 3)).toEqual(['1 第一章 发展基础', '2 第一节 发展成就', '2 第二节 面临形势']);
    // 第一节 教育发展和人才培养 is a longer heading than the 目录's: not cut inside it; 第二章 quoted at the end is no second chapter
    expect(lines.filter((l) => l.includes('第二章'))).toEqual(['1 第二章 主要任务']);
    expect(lines).not.toContain('2 第一节 教育发展');
  });

  it('reads a 目录 with dot leaders and page numbers, a heading after a sentence end and a space, and one without the space after its number', () => {
    const text = '某区发展纲要目 录第一章 发展基础............ 6第一节 发展成效.......... 6第二节 发展环境.......... 7第二章 主要任务............ 9第一节 构筑通道.......... 9第二节 推进合作........ 10第三章 保障措施........ 12'
      + '前 言 为推动发展，制定本纲要。 第一章 发展基础 第一节 发展成效 “十三五”期间，新建学校37所。 第二节 发展环境 机遇和挑战并存。 第二章 主要任务 到2025年，新增学位2000个。第一节构筑通道 加快建设。 第二节 推进合作 深化合作。';
    expect(outline(parseDocument(text).root.children)).toEqual([
      '1 第一章 发展基础', '2 第一节 发展成效', '2 第二节 发展环境', '1 第二章 主要任务', '2 第一节构筑通道', '2 第二节 推进合作',
    ]);
  });

  it('cuts nothing without a 目录, nor a heading named inside a sentence', () => {
    expect(outline(parseDocument(body).root.children).filter((l) => l.includes('第二节 面临的形势'))).toEqual([]);
    const cited = toc + '前 言按照第二章 主要任务的部署，制定本规划。';
    expect(outline(parseDocument(cited).root.children)).toEqual([]);
  });
});
