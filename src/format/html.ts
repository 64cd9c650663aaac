// One self-contained page for a document: its text with every target marked
// by role, the task tree with lead units beside it, a filterable table of the
// targets and a chart of targets by year. Nothing is fetched: style, script
// and chart are inline.
import { escapeHtml } from './escape-html.js';
import type { Document, Node, Section, Target } from '../tree/schema.js';
import { canonicalUnit, type Canonicalizer } from '../analyst/departments.js';
import { indexNodes, sectionLabel } from './node-index.js';
import { showComparator, showValue } from './value.js';
import { yearChart } from './year-chart.js';
import { PAGE_CSS, PAGE_SCRIPT } from './html-assets.js';

export type HtmlOptions = { canonical?: Canonicalizer };

const esc = escapeHtml;
/** JSON inside a script element: nothing in it may close the element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

type Insert = { at: number; order: number; html: string };

/**
 * Where a section or target stands in the document text: a document read from HTML or Markdown has its
 * positions in the original file and its textRange in the text.
 */
const span = (n: Section | Target): readonly [number, number] => (n.textRange ? [n.textRange.start, n.textRange.end] : [n.position.start.offset, n.position.end.offset]);

/** The document text with marks for targets, anchors for sections and dimmed furniture. */
function markedText(doc: Document, text: string): string {
  const inserts: Insert[] = [];
  const targetSpans = doc.targets.map(span);
  const overlapsTarget = (a: number, b: number) => targetSpans.some(([s, e]) => s < b && a < e);
  for (const f of doc.furniture) {
    const [a, b] = [f.position.start.offset, f.position.end.offset];
    // furniture keeps no textRange: where its position is not in the text (HTML, Markdown) it is left undimmed
    if (text.slice(a, b) !== f.text || overlapsTarget(a, b)) continue;
    inserts.push({ at: a, order: 2, html: '<span class="furniture">' }, { at: b, order: 0, html: '</span>' });
  }
  const sections: Section[] = [];
  const walk = (nodes: Node[]) => nodes.forEach((n) => n.type === 'section' && (sections.push(n), walk(n.children)));
  walk(doc.root.children);
  for (const s of sections) inserts.push({ at: span(s)[0], order: 1, html: `<a class="anchor" id="${esc(s.id)}"></a>` });
  doc.targets.forEach((t, i) => {
    const [start, end] = targetSpans[i]!;
    inserts.push({ at: start, order: 3, html: `<mark class="role-${t.role}" data-target-id="${esc(t.id)}" title="${esc(`${t.indicator} ${showComparator(t.comparator)}${showValue(t)}${t.year === null ? '' : ` ${t.year}`} (${t.role})`)}">` });
    inserts.push({ at: end, order: 0, html: '</mark>' });
  });
  // at one offset: closings first, then anchors, then openings
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let from = 0;
  for (const ins of inserts) {
    out += esc(text.slice(from, ins.at)) + ins.html;
    from = ins.at;
  }
  return out + esc(text.slice(from));
}

function taskTree(nodes: Node[], path: string[]): string {
  const items = nodes.filter((n): n is Section => n.type === 'section');
  if (!items.length) return '';
  return (
    '<ul>' +
    items
      .map((s) => {
        const label = sectionLabel(s);
        const here = [...path, label];
        const units = [...s.lead, ...s.responsible];
        const count = countTargets(s);
        return (
          `<li><a href="#${esc(s.id)}" data-node="${esc(s.id)}" data-label="${esc(here.join('/'))}">${esc(s.marker ? `${s.marker.raw.trim()} ${s.title}` : s.title)}` +
          (units.length ? ` <span class="units">${esc(units.join('、'))}</span>` : '') +
          (count ? ` <span class="count">[${count}]</span>` : '') +
          `</a>${taskTree(s.children, here)}</li>`
        );
      })
      .join('') +
    '</ul>'
  );
}

const countTargets = (n: Node): number => n.targets.length + (n.type === 'section' ? n.children.reduce((k, c) => k + countTargets(c), 0) : 0);

export function toHtml(doc: Document, text: string, options: HtmlOptions = {}): string {
  const canonical = options.canonical ?? canonicalUnit;
  const ctx = indexNodes(doc);
  const rows = doc.targets.map((t) => {
    const c = ctx.get(t.nodeId);
    const units = c?.lead.length ? c.lead : (c?.responsible ?? []);
    // the target's own node and every section above it, so a task filter finds its subtree
    const nodes = [t.nodeId, ...(c?.chain.map((s) => s.id) ?? [])];
    return { t, path: c?.path ?? '', depts: [...new Set(units.map(canonical))], nodes: [...new Set(nodes)] };
  });
  const years = [...new Set(doc.targets.map((t) => t.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const depts = [...new Set(rows.flatMap((r) => r.depts))].sort();
  const option = (v: string, label = v) => `<option value="${esc(v)}">${esc(label)}</option>`;
  const data = rows.map(({ t, depts: d }) => ({ id: t.id, indicator: t.indicator, raw: t.raw, comparator: t.comparator, year: t.year, role: t.role, modality: t.modality, lead: d.join('、') }));
  const title = doc.meta.title ?? doc.source.path ?? 'plan-parse';
  const meta = [doc.source.path, doc.meta.date, doc.meta.docNumber, `${doc.targets.length} targets`].filter(Boolean).join(' · ');

  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title><style>${PAGE_CSS}</style></head>
<body><header><h1>${esc(title)}</h1><div class="meta">${esc(meta)}</div></header>
<main><nav aria-label="tasks">${taskTree(doc.root.children, []) || '<p>no sections</p>'}</nav>
<div class="right">
<section><h2>Targets by year</h2>${yearChart(doc.targets)}</section>
<div class="filters"><label>role <select id="f-role">${option('', 'all')}${['target', 'baseline', 'parameter'].map((r) => option(r)).join('')}</select></label>
<label>year <select id="f-year">${option('', 'all')}${years.map((y) => option(String(y))).join('')}${option('-', 'no year')}</select></label>
<label>department <select id="f-dept">${option('', 'all')}${depts.map((d) => option(d)).join('')}</select></label>
<span>task: <b id="f-task">all tasks</b></span> <button id="clear" type="button">clear</button> <span><b id="shown">${rows.length}</b> shown</span></div>
<table id="targets"><thead><tr><th>path</th><th>indicator</th><th>value</th><th>year</th><th>role</th><th>department</th></tr></thead><tbody>
${rows.map(({ t, path, depts: d, nodes }) => `<tr data-id="${esc(t.id)}" data-role="${t.role}" data-year="${t.year ?? '-'}" data-depts="${esc(d.join('|'))}" data-nodes="${esc(nodes.join(' '))}"><td>${esc(path)}</td><td>${esc(t.indicator)}</td><td>${esc(showComparator(t.comparator) + showValue(t))}</td><td>${t.year ?? ''}</td><td>${t.role}</td><td>${esc(d.join('、'))}</td></tr>`).join('\n')}
</tbody></table>
<h2>Text</h2><div id="text">${markedText(doc, text)}</div>
</div></main><div id="tip" role="tooltip"></div>
<script type="application/json" id="targets-data">${scriptJson(data)}</script>
<script>${PAGE_SCRIPT}</script></body></html>
`;
}
