// A small bar chart of targets by year, stacked by role, as inline SVG: no
// library and nothing fetched, so the page stays self-contained.
import { escapeHtml } from './escape-html.js';
import type { Role, Target } from '../tree/schema.js';

const ROLES: Role[] = ['target', 'baseline', 'parameter'];
const BAR = 28;
const GAP = 12;
const HEIGHT = 120;
const AXIS = 18;

const esc = escapeHtml;

export function yearChart(targets: Target[]): string {
  const byYear = new Map<string, Record<Role, number>>();
  const years = [...new Set(targets.map((t) => t.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  for (const y of years) byYear.set(y === null ? 'no year' : String(y), { target: 0, baseline: 0, parameter: 0 });
  for (const t of targets) byYear.get(t.year === null ? 'no year' : String(t.year))![t.role]++;
  const max = Math.max(1, ...[...byYear.values()].map((c) => c.target + c.baseline + c.parameter));
  const width = Math.max(1, byYear.size) * (BAR + GAP) + GAP;
  let bars = '';
  let x = GAP;
  for (const [year, counts] of byYear) {
    let top = HEIGHT;
    for (const role of ROLES) {
      if (!counts[role]) continue;
      const h = (counts[role] / max) * (HEIGHT - 10);
      top -= h;
      bars += `<rect class="bar role-${role}" x="${x}" y="${top.toFixed(1)}" width="${BAR}" height="${h.toFixed(1)}"><title>${esc(year)}: ${counts[role]} ${role}</title></rect>`;
    }
    const total = counts.target + counts.baseline + counts.parameter;
    bars += `<text x="${x + BAR / 2}" y="${(top - 2).toFixed(1)}" text-anchor="middle" class="count">${total}</text>`;
    bars += `<text x="${x + BAR / 2}" y="${HEIGHT + 13}" text-anchor="middle" class="year">${esc(year)}</text>`;
    x += BAR + GAP;
  }
  return `<svg class="year-chart" role="img" aria-label="targets by year" width="${width}" height="${HEIGHT + AXIS}" viewBox="0 0 ${width} ${HEIGHT + AXIS}">${bars}</svg>`;
}
