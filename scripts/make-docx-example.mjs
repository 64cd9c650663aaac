#!/usr/bin/env node
// examples/plan.docx: a short plan as Word numbers it (automatic 一、/（一）/1. numbering, not typed markers),
// made once with the docx package so the README can show a DOCX read. Run: node scripts/make-docx-example.mjs
import { writeFileSync } from 'node:fs';
import { Document, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun } from 'docx';

const item = (text, level) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'plan', level } });
const body = (text) => new Paragraph({ children: [new TextRun(text)] });
const doc = new Document({
  numbering: {
    config: [
      {
        reference: 'plan',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.NOTHING },
        ],
      },
    ],
  },
  sections: [
    {
      children: [
        body('某县2026年数字经济发展工作方案'),
        item('主要目标', 0),
        body('到2026年，全县数字经济核心产业增加值达到50亿元，新增规模以上软件企业10家。'),
        item('重点任务', 0),
        item('壮大数字产业', 1),
        item('培育软件企业。新认定高新技术企业15家。（牵头单位：县科技局；责任单位：县工信局）', 2),
        item('建设算力设施。新建5G基站300个。（牵头单位：县工信局）', 2),
        item('推进数字治理', 1),
        item('政务服务事项全程网办率达到90%以上。（牵头单位：县政务服务中心）', 2),
      ],
    },
  ],
});
writeFileSync('examples/plan.docx', await Packer.toBuffer(doc));
console.log('wrote examples/plan.docx');
