// A title run into its document number by a crawler: "…实施意见国办发〔2020〕24号". Where the number's
// prefix (国办发, 皖政办秘) begins is told by where the title's document type ends.
import { DOC_NUMBER_PREFIX_MAX, DOC_NUMBER_TAIL } from '../data/doc-types.js';

/** `line` without a document number run onto its end, when what stands before the number `endsTitle`; else `line`. */
export function withoutDocNumber(line: string, endsTitle: (title: string) => boolean): string {
  const m = DOC_NUMBER_TAIL.exec(line);
  if (m === null) return line;
  for (let k = m.index - 1; k >= Math.max(1, m.index - DOC_NUMBER_PREFIX_MAX); k--) {
    const title = line.slice(0, k).replace(/[\s(（]+$/, '');
    if (endsTitle(title)) return title;
  }
  return line;
}
