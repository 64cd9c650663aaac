// What each piece is (src/pipeline/classify-lines.ts).
import { describe, expect, it } from 'vitest';
import { kindsOf } from './pieces.js';
import { ARTICLE_BYLINE } from '../../src/data/boilerplate.js';
import { looksLikeHeading } from '../../src/pipeline/classify-lines.js';

describe('classifyLines', () => {
  it('tells page furniture, a title, numbered items and body text', () => {
    expect(kindsOf('首页>政务公开>通知\n某县乡村振兴实施方案\n为推进乡村振兴,制定本方案。\n一、总体要求\n加快发展。')).toEqual([
      'furniture', 'title', 'paragraph', 'marker', 'paragraph',
    ]);
  });

  it('sets aside everything after the end of a repost once the numbered body has begun', () => {
    expect(kindsOf('一、加快建设。\n—END—\n阅读原文')).toEqual(['marker', 'furniture', 'furniture']);
  });

  it('reads the numbered names after an attachments line as text', () => {
    expect(kindsOf('一、加快建设。\n附件:\n1.重点项目清单\n2.任务分解表')).toEqual(['marker', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('takes a portal\'s column names in its navigation for furniture', () => {
    expect(kindsOf('首页\n公示公告\n政务公开\n某县乡村振兴实施方案\n一、总体要求')).toEqual(['paragraph', 'furniture', 'furniture', 'title', 'marker']);
  });

  it('takes a metadata row with two labels for furniture', () => {
    expect(kindsOf('索引号:123 发布机构:县政府\n一、总体要求')).toEqual(['furniture', 'marker']);
  });

  it('takes a crawl\'s header above its "=== 正文 ===" line for furniture, and a portal\'s 栏目 row', () => {
    expect(kindsOf('标题: 某局关于印发某方案的通知\n栏目: 年度计划\n本地目录: a/b/某方案\n页面链接详见 links.tsv\n==================== 正文 ====================\n某局关于印发某方案的通知\n一、总体要求'))
      .toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'title', 'marker']);
    expect(kindsOf('栏目: 年度计划\n一、总体要求')).toEqual(['furniture', 'marker']);
    // a rule of = with no 正文 in it sets nothing aside
    expect(kindsOf('某县乡村振兴实施方案\n==========\n一、总体要求')[0]).toBe('title');
    // a separator after items and sentences is no header's end; a label opening a sentence is no row
    expect(kindsOf('某市工作方案\n一、工作目标\n到2025年，压缩至1个工作日。\n附件：\n—————— 正文 ——————\n某市考核细则').slice(0, 3)).toEqual(['title', 'marker', 'paragraph']);
    expect(kindsOf('栏目：政策解读。各部门每季度发布政策解读不少于3篇。')).toEqual(['paragraph']);
  });

  it('takes a footer naming a licence anywhere in its line, and a repost\'s byline, for furniture', () => {
    expect(kindsOf('一、加快建设。\n版权所有:某县人民政府 赣ICP备05004254号')).toEqual(['marker', 'furniture']);
    expect(kindsOf('顺德发布  2026-03-06 18:30  广东\n一、加快建设。')).toEqual(['furniture', 'marker']);
  });

  // isFurniture reads ARTICLE_BYLINE only on a line with a colon
  it('reads a byline only where its time of day has a colon', () => {
    expect(ARTICLE_BYLINE.test('顺德发布  2026-03-06 18:30  广东')).toBe(true);
    expect(ARTICLE_BYLINE.source).toContain('\\d{1,2}:\\d{2}');
  });
});

describe('looksLikeHeading', () => {
  it('takes an indicator\'s name with its unit in brackets for a table\'s cell, not a heading', () => {
    expect(['区域开发强度(%)', '城市人口密度(万人/平方公里)', '城市万车死亡率(人/万车)', '装机容量(千瓦)', '新增面积(万平方米)'].map(looksLikeHeading))
      .toEqual([false, false, false, false, false]);
    // a bracket naming no unit, or a plain heading, stays one
    expect(['排查整治阶段(试行)', '主要目标', '第一批(2025年)'].map(looksLikeHeading)).toEqual([true, true, true]);
  });

  it('takes a task\'s field lines (its units, its time limit) for no heading', () => {
    expect(['牵头单位:省政府办公厅', '参与部门:省级有关部门', '完成时限:2019年6月底前', '完成时限:持续推进'].map(looksLikeHeading)).toEqual([false, false, false, false]);
    // who handles it, a table's unit cell flattened to a line of its own
    expect(['建工局牵头,教育局协助办理', '科创局牵头办理', '总工会、团区委、妇联牵头办理', '加强业务指导', '党委领导、政府牵头', '市教育局牵头,市财政局协办', '科创局牵头'].map(looksLikeHeading))
      .toEqual([false, false, false, true, true, false, false]);
  });

  it('takes a line that counts what follows before its colon for a lead-in, not a heading', () => {
    expect(['今年重点抓好五件事:', '必须抓好三项工作:', '要把握好两个方面:', '今年着力推进六项重点任务:', '重点实施十大工程:'].map(looksLikeHeading))
      .toEqual([false, false, false, false, false]);
    expect(['重点工作:', '五件实事', '保障措施:'].map(looksLikeHeading)).toEqual([true, true, true]);
  });
});
