import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/source/html.js';
import { readSource } from '../../src/source/index.js';
import { mapProblem } from './map-check.js';

const REAL = join(import.meta.dirname, '../../../shared/real');
const real = (name: string) => readFileSync(join(REAL, name), 'utf8');

describe('Word-exported HTML (real r12, r13)', () => {
  for (const name of ['r12_liuhe_zhongdianchanye_shishiyijian.html', 'r13_liuhe_lvyou_zhengce.html']) {
    it(name, () => {
      const source = real(name);
      const { text, map } = htmlToText(source);
      expect(text).not.toMatch(/<|>|&[a-z#0-9]+;|mso-|MsoNormal/);
      expect(mapProblem(source, text, map)).toBeNull();
      expect(text.endsWith('\n')).toBe(true);
      const lines = text.slice(0, -1).split('\n');
      expect(lines.filter((l) => /^一、/.test(l))).toHaveLength(1);
      expect(lines.some((l) => /^二、/.test(l))).toBe(true);
      // a number and its unit stay together even when Word put the number in its own <span>
      expect(text).not.toMatch(/\d\n|\d [万亿元%]/);
      expect(lines.every((l) => l.trim() === l && l.length > 0)).toBe(true);
    });
  }
  it('keeps numbers in their own spans with their text', () => {
    const { text } = htmlToText(real('r13_liuhe_lvyou_zhengce.html'));
    expect(text).toContain('（国办发〔2018〕15号）');
    expect(text).toContain('“古韵罗通山、文化旅游城”');
  });
});

describe('htmlToText', () => {
  it('breaks lines at blocks and <br>, never at inline elements', () => {
    const { text } = htmlToText('<div><p>一、<strong>总体</strong>要求</p><p>投资<span>5000</span><span>万元</span><br>以上</p></div>');
    expect(text).toBe('一、总体要求\n投资5000万元\n以上\n');
  });
  it('collapses white space like a browser, keeps &nbsp; and U+3000, drops a break between CJK', () => {
    const { text } = htmlToText('<p>  a  \n b </p><p>\u3000\u3000第一条&nbsp;x</p><p>中文\n续行</p>');
    expect(text).toBe('a b\n\u3000\u3000第一条\u00a0x\n中文续行\n');
  });
  it('trims every kind of white space from a block end and drops an empty Word paragraph', () => {
    expect(htmlToText('<p>&nbsp;\u3000正文<o:p>&nbsp;</o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p>下文</p>').text).toBe('\u00a0\u3000正文\n下文\n');
  });
  it('reads a table row by row, cells apart', () => {
    const { text } = htmlToText('<table><tr><td><p>指标</p></td><td>2025年</td></tr><tr><td>GDP<p>增速</p></td><td>5%</td></tr></table>');
    expect(text).toBe('指标\t2025年\nGDP 增速\t5%\n');
  });
  it('reads a cell that lays out the page (three blocks or more, nested ones included) block by block', () => {
    const article = '<td id="content"><p>关于某事的通知</p> <p>一、总体要求</p> <p>（一）指导思想。正文。</p></td>';
    const { text } = htmlToText(`<table><tr><td><table><tr>${article}</tr></table></td></tr><tr><td>指标</td><td><p>5%</p></td></tr></table>`);
    expect(text).toBe('关于某事的通知\n一、总体要求\n（一）指导思想。正文。\n指标\t5%\n');
  });
  it('drops scripts, styles, navigation, head and share widgets and reports them', () => {
    const source =
      '<html><head><title>门户</title><style>p{}</style></head><body><nav>首页</nav><script>var a="<p>";</script>' +
      '<p>正文</p><div class="bdsharebuttonbox">分享到</div><footer>版权所有</footer></body></html>';
    const { text, furniture } = htmlToText(source);
    expect(text).toBe('正文\n');
    expect(furniture.map((f) => f.kind)).toEqual(['head', 'nav', 'script', 'share', 'footer']);
    for (const f of furniture) expect(source.slice(f.start, f.end)).toMatch(/^<[\s\S]*>$/);
  });
  it('maps an entity to its "&" and keeps Word list markers in conditional comments', () => {
    const source = '<p><![if !supportLists]>1.<![endif]>实行&ldquo;一事一议&rdquo;</p>';
    const { text, map } = htmlToText(source);
    expect(text).toBe('1.实行“一事一议”\n');
    expect(source.slice(map.offsets[text.indexOf('“')])).toMatch(/^&ldquo;/);
  });
  it('maps every character back into random HTML made of pieces', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<div class="x">', '</div>', '<span lang="EN-US">', '</span>', '<strong>', '</strong>', '<br>', '<br/>',
      '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<!-- c -->', '<script>x<y</script>', '&ldquo;', '&amp;',
      '&nbsp;', '&#20013;', '&#x1F600;', '一、', '总体要求', '5000', '万元', ' ', '  \n ', '\u3000', 'a b', '\r\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const source = pieces.join('');
        const { text, map } = htmlToText(source);
        expect(mapProblem(source, text, map)).toBeNull();
        expect(text).not.toMatch(/[<>]|\n\n|^\n| \n|\n /);
      }),
    );
  });
});

describe('readSource html', () => {
  it('reads a GBK page by its <meta charset>', async () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>一、总体要求</p></body></html>';
    const bytes = new Uint8Array(Buffer.from(page.replace(/[^\x00-\x7f]+/g, (s) => gbk(s)), 'latin1'));
    const read = await readSource(bytes, { from: 'html' });
    expect(read.encoding).toBe('gb18030');
    expect(read.text).toBe('一、总体要求\n');
  });
});

/** GB18030 bytes of a string, as a latin1 string (Node has no GBK encoder; iconv-lite does). */
function gbk(s: string): string {
  return iconv.encode(s, 'gb18030').toString('latin1');
}
