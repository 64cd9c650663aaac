// The inside of a unit annotation: "牵头单位：A；责任单位：B、C" → lead [A], responsible [B, C].
import { UNIT_LABELS } from '../src/data/unit-labels.js';

export type ParsedAnnotation = { lead: string[]; responsible: string[] };

/** A label word with spaces allowed between its characters ("责  任单位", seen in web copies). */
const spaced = (word: string) => [...word].join(' *');

/** Regex source of any label and its colon; used by the lexer to recognize an annotation. */
export const UNIT_LABEL_SOURCE = `(?:${UNIT_LABELS.map((l) => spaced(l.word)).join('|')}) *[:：]?`;
/** The same with its colon required: without brackets, only "牵头单位：…" marks an annotation, not prose that starts with the word. */
export const UNIT_LABEL_WITH_COLON_SOURCE = `(?:${UNIT_LABELS.map((l) => spaced(l.word)).join('|')}) *[:：]`;

const LABEL = new RegExp(`(${UNIT_LABELS.map((l) => spaced(l.word)).join('|')}) *[:：]?`, 'g');
const OUTER = /^[(\[【〔（]|[)\]】〕）]$/g;

export function parseUnitAnnotation(image: string): ParsedAnnotation {
  const inner = image.replace(OUTER, '');
  const out: ParsedAnnotation = { lead: [], responsible: [] };
  const labels = [...inner.matchAll(LABEL)];
  labels.forEach((m, i) => {
    const word = m[1]!.replace(/ /g, '');
    const label = UNIT_LABELS.find((l) => l.word === word);
    const field = label ? label.field : 'responsible';
    const from = m.index! + m[0].length;
    const to = i + 1 < labels.length ? labels[i + 1]!.index! : inner.length;
    if (field) out[field].push(...splitUnits(inner.slice(from, to)));
  });
  return out;
}

/** Split a list of unit names on 、，, and ；, but never inside brackets: "赣县区(赣州高新区)管委会" is one name. */
export function splitUnits(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if ('([（【〔'.includes(ch)) depth++;
    else if (')]）】〕'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、,，;；/'.includes(ch)) {
      names.push(cur);
      cur = '';
    } else cur += ch;
  }
  names.push(cur);
  return names.map((n) => n.replace(/[\s。.]+/g, '').replace(/^[:：]+/, '')).filter((n) => n.length > 0);
}
