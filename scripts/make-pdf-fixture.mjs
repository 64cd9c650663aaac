// Makes fixtures/formats/policy.pdf once: a short Chinese policy document
// printed by headless Chromium, so the PDF has a real CJK text layer with
// hard-wrapped lines, a running header on every page and "- N -" page numbers.
// Needs Debian's `chromium` and `fonts-wqy-microhei`: a TrueType CJK font, which
// Chromium embeds as a CID font with a ToUnicode map as Word does (the CFF-based
// Noto CJK fonts come out as Type3 glyphs, seven times the size).
//   node scripts/make-pdf-fixture.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(import.meta.dirname, '../fixtures/formats/policy.pdf');
const paragraphs = [
  ['t', '某市推动产业高质量发展实施方案'],
  ['p', '为深入贯彻落实国家关于推动制造业高质量发展的决策部署，加快构建现代化产业体系，结合本市实际，制定本方案。'],
  ['h', '一、总体要求'],
  ['p', '到2025年，全市规模以上工业增加值年均增长6%以上，高新技术企业数量达到1200家，研发经费投入强度达到3.2%，培育5个千亿级产业集群。'],
  ['h', '二、重点任务'],
  ['p', '（一）实施技术改造提升工程。支持企业开展智能化、绿色化改造，对固定资产投资5000万元以上的技术改造项目，按设备投资额的10%给予补助，单个项目最高不超过1000万元。'],
  ['p', '（二）培育壮大创新主体。对首次认定的国家级企业技术中心给予100万元奖励，对新认定的省级企业技术中心给予30万元奖励。'],
  ['h', '三、保障措施'],
  ['p', '各区要建立工作推进机制，明确责任分工，确保各项任务落到实处。本方案自2025年1月1日起施行，有效期至2027年12月31日。'],
];
const body = paragraphs.map(([tag, text]) => (tag === 'h' ? `<h2>${text}</h2>` : tag === 't' ? `<h1>${text}</h1>` : `<p>${text}</p>`)).join('\n');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  @page { size: A6; margin: 22mm 12mm 18mm 12mm;
          @top-center { content: "某市人民政府办公室文件"; font: 9pt "WenQuanYi Micro Hei"; }
          @bottom-center { content: "- " counter(page) " -"; font: 9pt "WenQuanYi Micro Hei"; } }
  body { font: 13pt/1.6 "WenQuanYi Micro Hei", sans-serif; }
  h2 { font-size: 14pt; font-weight: normal; break-before: page; margin: 0.6em 0 0.3em; }
  h1 { font-size: 14pt; font-weight: normal; text-align: center; }
  p { text-indent: 2em; margin: 0; }
</style></head><body>${body}</body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'pdf-fixture-'));
const page = join(dir, 'policy.html');
writeFileSync(page, html);
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${out}`, page], { stdio: 'inherit' });
console.log(`${out}: ${statSync(out).size} bytes`);
