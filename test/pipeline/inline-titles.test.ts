// Titles and dates found in running text (src/pipeline/inline-titles.ts).
import { describe, expect, it } from 'vitest';
import { inlineNotice, inlineReport, reviewedYear, speechDate } from '../../src/pipeline/inline-titles.js';
import { parseDocument } from '../../src/index.js';

describe('inline titles', () => {
  it('finds a notice run into a repost by its addressees, not a notice a sentence reports', () => {
    expect(inlineNotice('看下面！山东省物价局关于降低工商业电价有关事项的通知▼各市物价局，国网山东省电力公司：')).toBe('山东省物价局关于降低工商业电价有关事项的通知');
    expect(inlineNotice('会议传达学习了省政府关于加强安全生产的通知各部门：')).toBeNull();
  });

  it('finds a work report\'s title right before its speech byline', () => {
    expect(inlineReport('【字号：大中小】2026年某省政府工作报告——2026年2月4日在某省第十四届人民代表大会第五次会议上')).toBe('2026年某省政府工作报告');
    expect(inlineReport('各位代表：现在我代表省政府报告工作。')).toBeNull();
  });

  it('dates a report by a speech byline standing alone before the first section, not by one quoted in the body', () => {
    expect(speechDate(parseDocument('——2025年1月21日在某市人民代表大会上\n各位代表：\n一、回顾\n增长5%。').root)).toBe('——2025年1月21日在');
    expect(speechDate(parseDocument('认真贯彻《讲话——2023年9月22日在全省大会上》精神。\n一、目标\n增长7%。').root)).toBeNull();
    // on the report's own title line, run into the byline
    expect(speechDate(parseDocument('政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n一、2023年工作回顾\n增长5%。').root)).toBe('——2024年3月5日在');
    expect(speechDate(parseDocument('学习会议——2024年3月5日在会议室召开\n一、目标\n增长7%。').root)).toBeNull();
    expect(speechDate(parseDocument('为落实《政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上》部署，制定本方案。\n一、目标\n增长7%。').root)).toBeNull();
  });

  it('reads the year an untitled report is of from the year its review opens with: one whole year, part of one, several', () => {
    const at = (body: string) => reviewedYear(body, Number(/\d{4}/.exec(body)![0]), body.indexOf('年', body.search(/\d{4}/)) + 1);
    expect(at('一、过去一年和五年工作回顾\n2022年是极为重要的一年')).toBe(2023);
    expect(at('2023年工作回顾\n过去一年')).toBe(2024);
    expect(at('一、上半年工作回顾\n2024年上半年，全区经济平稳')).toBe(2024);
    expect(at('一、过去五年工作回顾\n2018年以来，全区经济平稳')).toBeNull();
    expect(at('2024年，全市新增就业1万人')).toBeUndefined();
  });
});
