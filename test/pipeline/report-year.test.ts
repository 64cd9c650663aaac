// The own year of an untitled work report spoken to its deputies (src/pipeline/report-year.ts).
import { describe, expect, it } from 'vitest';
import { reportYear } from '../../src/pipeline/report-year.js';
import { yearsReadable } from '../../src/pipeline/normalize.js';
import { parseDocument } from '../../src/index.js';

const yearOf = (text: string) => reportYear(parseDocument(text).root, yearsReadable(text));

describe('reportYear', () => {
  it('reads the year a report calls its own, 之年 or …的一年 with 今年, full-width or spaced out', () => {
    expect(yearOf('各位代表：\n二、今年的工作\n2013年是全面贯彻落实党的十八大精神的开局之年。')).toBe(2013);
    expect(yearOf('各位代表：\n２００２年是非常重要的一年。做好今年各项工作，意义重大。')).toBe(2002);
    expect(yearOf('各位代表：\n1 9 9 8 年是全面贯彻十五大精神的第一年，做好今年工作意义重大。')).toBe(1998);
  });

  it('reads the year after one the report calls just past, and nothing in a text not spoken to deputies', () => {
    expect(yearOf('各位代表：\n刚刚过去的１９８４年，是我国各族人民取得巨大成就的一年。')).toBe(1985);
    expect(yearOf('某市工作方案\n2013年是全面贯彻落实党的十八大精神的开局之年。')).toBe(null);
  });

  it('takes no year from a paragraph looking back or ahead before it, nor two years', () => {
    expect(yearOf('各位代表：\n刚过去的一年里成绩很大。2017年是很重要的一年，今年要继续努力。')).toBe(null);
    expect(yearOf('各位代表：\n2022年是党的二十大胜利召开之年。\n2023年是全面贯彻二十大精神的开局之年。')).toBe(null);
  });

  it('takes the year after one summed up as past (极不平凡的一年, 取得显著成就的一年), and no 之年 that is the year just past', () => {
    expect(yearOf('各位代表：\n2024年是极不平凡的一年。全市增长5.2%。今年，我们将坚持稳中求进。')).toBe(2025);
    expect(yearOf('各位代表：\n１９８６年是开始执行第七个五年计划并取得显著成就的一年。')).toBe(1987);
    expect(yearOf('各位代表：\n刚刚过去的2024年，全市迎难而上。\n2024年是实现目标任务的关键之年。增长5.2%。\n2025年是全面完成规划的重要一年。做好今年工作，意义重大。')).toBe(2025);
  });

  it('takes the year after the last called just past, no year summed up inside a look back over more, and no 新成就的一年', () => {
    expect(yearOf('各位代表：\n一、过去五年工作回顾\n刚刚过去的2022年，增长4.1%。过去五年，年均增长6.1%。2020年是极不平凡的一年。')).toBe(2023);
    expect(yearOf('各位代表：\n一、过去五年工作回顾\n过去五年，年均增长6.1%。2020年是极不平凡的一年。')).toBe(null);
    expect(yearOf('各位代表：\n2025年是全面深化改革、各项事业取得新成就的一年。做好今年工作，意义重大。')).toBe(2025);
    expect(yearOf('各位代表：\n2024年是实现目标任务的关键之年，也是极不平凡的一年。增长5.2%。\n今年增长5.5%左右。')).toBe(2025);
  });
});
