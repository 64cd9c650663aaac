// The number, title and sign-off a portal's attachment list gives a document whose text lacks them
// (src/pipeline/attachment-meta.ts), read through the library.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const meta = (text: string) => {
  const { title, issuer, date, docNumber } = parseDocument(text).meta;
  return { title, issuer, date, docNumber };
};

describe('withAttachment', () => {
  it('reads the number and title from the file naming the document, and the sign-off run into the list', () => {
    const page = '各县（市、区）人民政府：现就加快推进林业经济发展提出如下意见。一、总体要求（一）指导思想。坚持绿色发展。本意见自2022年10月3日起施行。广安市人民政府2022年9月2日相关附件：广安府规〔2022〕6号关于加快推进林业经济高质量发展的实施意见.pdf(/gasrmzfw/c104243/8rCmw3r6.pdf)政策解读3号.mp3(/gasrmzfw/c104243/9J8OPNjb.mp3)二维码开始扫一扫';
    expect(meta(page)).toEqual({ title: '关于加快推进林业经济高质量发展的实施意见', issuer: '广安市人民政府', date: '2022-09-02', docNumber: '广安府规〔2022〕6号' });
  });

  it('takes the plan a wrapper notice issues, without the portal\'s note, and keeps a title the text gives', () => {
    const wrapped = '一、总则\n第一条 为规范政府投资行为，制定本办法。\n相关附件：广安府规〔2023〕2号关于印发《广安市政府投资管理办法》的通知（主动公开）.pdf';
    expect(meta(wrapped)).toMatchObject({ title: '广安市政府投资管理办法', docNumber: '广安府规〔2023〕2号' });
    const titled = '广安市一老一小整体解决方案\n一、总体要求\n推进建设。\n相关附件：广安府规〔2022〕8号关于印发《广安市“一老一小”整体解决方案》的通知.pdf';
    expect(meta(titled)).toMatchObject({ title: '广安市一老一小整体解决方案', docNumber: '广安府规〔2022〕8号' });
  });

  it('reads nothing from an attachment that names no document number, nor from text without a list', () => {
    expect(meta('一、总体要求\n推进建设。\n相关附件：招商引资政策20条解读.mp3')).toMatchObject({ title: null, docNumber: null });
    expect(meta('一、总体要求\n推进建设。广安市人民政府2022年9月2日')).toMatchObject({ docNumber: null });
  });
});
