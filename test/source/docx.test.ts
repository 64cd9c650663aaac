import {
  Document, Footer, Header, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun, FootnoteReferenceRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { chineseCounting, formatNumber, Numbering } from '../../src/source/docx-numbering.js';
import { parseXml } from '../../src/source/xml-tree.js';
import { docxToText } from '../../src/source/docx.js';
import { detectFormat, readSource } from '../../src/source/index.js';
import { parseChineseNumeral } from '../../src/numerals.js';

const numbered = (text: string, level: number, instance?: number) =>
  new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'policy', level, ...(instance ? { instance } : {}) } });

/** A policy document as Word numbers it: 一、 / （一） / 1. / ①, a style that numbers 第一条, a table, a list restarted by a new instance. */
async function policyDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'policy',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.NOTHING },
            { level: 3, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%4', suffix: LevelSuffix.NOTHING },
          ],
        },
        { reference: 'articles', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '第%1条', start: 9 }] },
      ],
    },
    styles: { paragraphStyles: [{ id: 'Article', name: 'Article', paragraph: { numbering: { reference: 'articles', level: 0 } } }] },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('页眉文字')] }) },
        footers: { default: new Footer({ children: [new Paragraph('第 1 页')] }) },
        children: [
          new Paragraph({ children: [new TextRun('关于'), new TextRun({ text: '印发', bold: true }), new TextRun('方案的通知')] }),
          numbered('总体要求', 0),
          numbered('目标', 1),
          numbered('到2025年，投资', 2),
          numbered('子项', 3),
          numbered('子项', 3),
          numbered('第二目标', 1),
          numbered('重点任务', 0),
          numbered('任务', 1),
          new Paragraph({ children: [new TextRun('注释'), new FootnoteReferenceRun(1)] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('指标')] }), new TableCell({ children: [new Paragraph('2025年'), new Paragraph('目标')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('GDP增速')] }), new TableCell({ children: [new Paragraph('5%')] })] }),
            ],
          }),
          new Paragraph({ text: '适用范围。', style: 'Article' }),
          new Paragraph({ text: '施行日期。', style: 'Article' }),
          numbered('附件一', 0, 2),
          numbered('附件二', 0, 2),
        ],
      },
    ],
    footnotes: { 1: { children: [new Paragraph('脚注文字')] } },
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('DOCX', () => {
  it('renders Word numbering as the markers Word shows, tables row by row, no header, footer or footnote', async () => {
    const bytes = await policyDocx();
    expect(detectFormat(bytes)).toBe('docx');
    const { text, map } = docxToText(bytes);
    expect(text.split('\n')).toEqual([
      '关于印发方案的通知',
      '一、总体要求',
      '（一）目标',
      '1.到2025年，投资',
      '①子项',
      '②子项',
      '（二）第二目标',
      '二、重点任务',
      '（一）任务',
      '注释',
      '指标\t2025年 目标',
      'GDP增速\t5%',
      '第九条 适用范围。',
      '第十条 施行日期。',
      '一、附件一',
      '二、附件二',
      '',
    ]);
    expect(map.unit).toBe('paragraph');
    expect(map.offsets[text.indexOf('重点任务')]).toBe(7);
    expect(map.offsets[text.indexOf('5%')]).toBe(14);
  });
  it('is read through readSource', async () => {
    const read = await readSource(await policyDocx());
    expect(read.format).toBe('docx');
    expect(read.text.startsWith('关于印发方案的通知\n一、总体要求\n')).toBe(true);
  });
  it('writes Chinese counting as the numeral parser reads it', () => {
    expect([1, 10, 11, 20, 21, 100, 105, 110, 1000].map((n) => chineseCounting(n))).toEqual(
      ['一', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十', '一千'],
    );
    for (let n = 1; n < 10000; n++) expect(parseChineseNumeral(chineseCounting(n))).toBe(n);
  });
  it('formats the other numbering formats', () => {
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('拾贰');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(7, 'bullet')).toBe('');
  });
});

describe('Numbering counters', () => {
  const xml = (lists: string) =>
    parseXml(
      '<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">' +
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>' +
        `</w:abstractNum>${lists}</w:numbering>`,
    );
  it('lets lists that share a definition continue each other, restarts one with a w:startOverride, writes w:isLgl levels in digits', () => {
    const n = new Numbering(
      xml(
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
          '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
      ),
    );
    const seq = [
      n.marker({ numId: '1', ilvl: 0 }),
      n.marker({ numId: '1', ilvl: 1 }),
      n.marker({ numId: '1', ilvl: 1 }),
      n.marker({ numId: '2', ilvl: 0 }),
      n.marker({ numId: '2', ilvl: 1 }),
      n.marker({ numId: '3', ilvl: 0 }),
      n.marker({ numId: '3', ilvl: 0 }),
      n.marker({ numId: '9', ilvl: 0 }),
    ];
    expect(seq).toEqual(['一、', '1.1 ', '1.2 ', '二、', '2.1 ', '五、', '六、', '']);
  });
});
