// A portal lists the document itself among its attachments, its file named by its number and title:
// "相关附件：广安府规〔2022〕6号关于加快推进林业经济高质量发展的实施意见.pdf(/gasrmzfw/…)". Where the text
// gives neither, the file name does (as an analyst reading the page would take them).
import type { Furniture, Meta, Root } from '../tree/schema.js';
import { ATTACHMENT_LABELS, ATTACHMENT_FILE_TYPES, PUBLICATION_NOTES } from '../data/boilerplate.js';
import { ISSUER_ENDINGS, TITLE_WRAPPER } from '../data/doc-types.js';
import { compact } from './normalize.js';
import { endsInDocType, isoDate } from './meta.js';

/** How far from the end of the text the attachments are looked for (they follow the sign-off). */
const TAIL = 1500;
const FILE = new RegExp(
  `(?:${ATTACHMENT_LABELS.join('|')})[:：]\\s*([\\u4e00-\\u9fff]{1,12}[〔\\[(（【]\\d{4}[〕\\])）】]\\d{1,4}号)([^.\\n]{4,80}?)\\.(?:${ATTACHMENT_FILE_TYPES.join('|')})`,
);
/** "（主动公开）" after a file's title: how the portal published it. */
const PUBLICATION_NOTE = new RegExp(`[（(](?:${PUBLICATION_NOTES.join('|')})[）)]$`);

/** "…有效期至2025年12月31日。广安市人民政府2022年9月2日相关附件：": the sign-off run into the attachments. */
const SIGN_OFF = new RegExp(`[。.]([\\u4e00-\\u9fff]{2,20}(?:${ISSUER_ENDINGS.join('|')}))(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(?:${ATTACHMENT_LABELS.join('|')})`);

type Attached = { docNumber: string | null; title: string | null; issuer: string | null; date: string | null };

/** The number and title of the document its attachments name, and the sign-off run into them, or null. */
export function attachedDocument(root: Root, furniture: Furniture[]): Attached | null {
  // the text of the document's last node, however deep: a one-line copy ends inside its last section
  let last: Root['children'][number] | undefined = root.children.at(-1);
  while (last?.type === 'section' && last.children.length > 0) last = last.children.at(-1);
  const texts = [...(last === undefined ? [] : [last.text.slice(-TAIL)]), ...furniture.map((f) => f.text)];
  for (const text of texts) {
    const m = FILE.exec(text);
    const signed = SIGN_OFF.exec(text);
    if (m === null && signed === null) continue;
    const named = m === null ? '' : compact(m[2]!).replace(PUBLICATION_NOTE, '');
    // "关于印发《广安市政府投资管理办法》的通知": the plan the notice issues
    const plan = TITLE_WRAPPER.exec(named)?.[1]?.replace(/[《》]/g, '') ?? named;
    return {
      docNumber: m?.[1] ?? null,
      title: m !== null && endsInDocType(plan) ? plan : null,
      issuer: signed?.[1] ?? null,
      date: signed === null ? null : isoDate(`${signed[2]}年${signed[3]}月${signed[4]}日`),
    };
  }
  return null;
}

/** `meta` with the number and title its attachments name where it has none. */
export function withAttachment(meta: Meta, root: Root, furniture: Furniture[]): Meta {
  if (meta.title !== null && meta.docNumber !== null && meta.date !== null) return meta;
  const attached = attachedDocument(root, furniture);
  if (attached === null) return meta;
  return {
    ...meta,
    title: meta.title ?? attached.title,
    docNumber: meta.docNumber ?? attached.docNumber,
    issuer: meta.issuer ?? attached.issuer,
    date: meta.date ?? attached.date,
  };
}
