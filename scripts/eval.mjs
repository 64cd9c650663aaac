#!/usr/bin/env node
// Accuracy against gold files, in-process, with the referee's own definitions
// (../shared/tools/score.mjs): test/eval.test.ts checks that the totals agree.
//
//   npm run eval [-- --gold fixtures/gold --docs seeds --verbose --json]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parseFile } from '../dist/src/index.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
// The seeds and the held-out documents (never used to write rules), unless one set is named.
const SETS = opt('--gold')
  ? [{ name: opt('--gold'), gold: opt('--gold'), docs: opt('--docs', 'seeds') }]
  : [
      { name: 'seeds', gold: 'fixtures/gold', docs: 'seeds' },
      { name: 'held-out', gold: 'fixtures/holdout/gold', docs: 'fixtures/holdout' },
      { name: 'blind', gold: 'fixtures/blind/gold', docs: 'fixtures/blind' },
      { name: 'blind3', gold: 'fixtures/blind3/gold', docs: 'fixtures/blind3' },
      { name: 'blind4', gold: 'fixtures/blind4/gold', docs: 'fixtures/blind4' },
      { name: 'blind5', gold: 'fixtures/blind5/gold', docs: 'fixtures/blind5' },
      { name: 'blind6', gold: 'fixtures/blind6/gold', docs: 'fixtures/blind6' },
      { name: 'blind7', gold: 'fixtures/blind7/gold', docs: 'fixtures/blind7' },
      { name: 'blind8', gold: 'fixtures/blind8/gold', docs: 'fixtures/blind8' },
      // real documents exactly as found, with blind gold (fixtures/real/blind-first.log: the figures before any rule changed for them)
      { name: 'real', gold: 'fixtures/real/gold', docs: '../shared/real' },
    ].filter((s) => existsSync(s.docs));
const asJson = args.includes('--json');
const verbose = args.includes('--verbose');

const norm = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/[“”"《》「」]/g, '');
export function dice(a, b) {
  a = norm(a);
  b = norm(b);
  if (!a.length && !b.length) return 1;
  const count = new Map();
  for (const ch of a) count.set(ch, (count.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of b) {
    const n = count.get(ch) ?? 0;
    if (n > 0) common++, count.set(ch, n - 1);
  }
  return (2 * common) / (a.length + b.length);
}
const sameNum = (x, y) => (x == null || y == null ? x == y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)));
const f1 = (tp, fp, fn) => (tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1);
const sections = (node, out = []) => {
  for (const c of node?.children ?? []) if (c.type === 'section') out.push(c), sections(c, out);
  return out;
};
const ATTRS = ['unit', 'kind', 'normalized', 'comparator', 'year', 'modality', 'indicator'];

export function scoreDoc(gold, pred) {
  const r = { doc: gold.doc };
  // structure: a gold section matches the first unused predicted one starting within 3 characters
  const gs = gold.sections ?? [];
  const ps = sections(pred.root);
  const used = new Set();
  let matched = 0, depthOk = 0, depthN = 0, ordOk = 0, ordN = 0;
  const missedSections = [];
  for (const g of gs) {
    const i = ps.findIndex((p, k) => !used.has(k) && p.position?.start?.offset != null && Math.abs(p.position.start.offset - g.offset) <= 3);
    if (i < 0) { missedSections.push(`${g.line}: ${g.anchor}`); continue; }
    used.add(i);
    matched++;
    if (g.depth != null) depthN++, (depthOk += ps[i].depth === g.depth ? 1 : 0);
    if (g.ordinal != null) ordN++, (ordOk += ps[i].marker?.ordinal === g.ordinal ? 1 : 0);
  }
  r.structure = { gold: gs.length, pred: ps.length, matched, f1: gs.length + ps.length ? (2 * matched) / (gs.length + ps.length) : 1,
    depth: depthN ? depthOk / depthN : 1, ordinal: ordN ? ordOk / ordN : 1, missed: missedSections };

  // units: the deepest section whose span holds the anchor
  const gu = gold.units ?? [];
  let unitsOk = 0;
  const unitMiss = [];
  const eq = (a, b) => JSON.stringify((a ?? []).map(norm)) === JSON.stringify((b ?? []).map(norm));
  for (const g of gu) {
    let host = null;
    for (const p of ps) {
      const s = p.position?.start?.offset, e = p.position?.end?.offset;
      if (s != null && e != null && s <= g.offset + 3 && g.offset < e && (!host || p.depth >= host.depth)) host = p;
    }
    if (host && eq(host.lead, g.lead) && eq(host.responsible, g.responsible)) unitsOk++;
    else unitMiss.push(`${g.line}: ${g.anchor}`);
  }
  r.units = { gold: gu.length, ok: unitsOk, acc: gu.length ? unitsOk / gu.length : 1, missed: unitMiss };

  // quantities: each prediction pairs with the unused gold entry it overlaps most
  const gq = (gold.quantities ?? []).map((q) => ({ ...q, end: q.offset + q.raw.length }));
  const pq = (pred.targets ?? []).map((t) => ({ ...t, s: t.position?.start?.offset, e: t.position?.end?.offset }));
  const pairOf = new Map();
  const taken = new Set();
  pq.forEach((p, i) => {
    if (p.s == null) return;
    let best = -1, bestOverlap = 0;
    gq.forEach((g, j) => {
      if (taken.has(j)) return;
      const ov = Math.min(p.e, g.end) - Math.max(p.s, g.offset);
      if (ov > bestOverlap) bestOverlap = ov, (best = j);
    });
    if (best >= 0) pairOf.set(i, best), taken.add(best);
  });
  const gNonAmb = gq.filter((g) => !g.ambiguous).length;
  let qTp = 0, qFp = 0;
  pq.forEach((p, i) => {
    const j = pairOf.get(i);
    if (j == null) qFp++;
    else if (!gq[j].ambiguous) qTp++;
  });
  r.quantity = { gold: gNonAmb, pred: pq.length, tp: qTp, fp: qFp, f1: f1(qTp, qFp, gNonAmb - qTp) };

  let tp = 0, fp = 0, exact = 0;
  const attrs = Object.fromEntries(ATTRS.map((a) => [a, 0]));
  const misses = [], extras = [], wrong = [];
  const matchedGold = new Set();
  pq.forEach((p, i) => {
    if (p.role !== 'target') return;
    const j = pairOf.get(i);
    if (j == null) { fp++; extras.push(`${p.position?.start?.line}: ${p.raw}`); return; }
    const g = gq[j];
    if (g.ambiguous) return;
    if (g.role !== 'target' || !sameNum(p.value, g.value) || !sameNum(p.upper ?? null, g.upper ?? null)) {
      fp++;
      extras.push(`${g.line}: ${p.raw} (gold ${g.role} ${g.value}, got ${p.value})`);
      return;
    }
    tp++;
    matchedGold.add(j);
    const checks = {
      unit: norm(p.unit) === norm(g.unit),
      kind: p.kind === g.kind,
      normalized: sameNum(p.normalized?.value ?? null, g.normalized ?? null),
      comparator: p.comparator === g.comparator,
      year: (p.year ?? null) === (g.year ?? null),
      modality: (p.modality ?? null) === (g.modality ?? null),
      indicator: dice(p.indicator, g.indicator) >= 0.5,
    };
    for (const k of ATTRS) if (checks[k]) attrs[k]++;
    const bad = ATTRS.filter((k) => !checks[k]);
    if (!bad.length) exact++;
    else wrong.push(`${g.line}: ${g.raw} ${bad.map((k) => `${k}=${JSON.stringify(k === 'normalized' ? p.normalized?.value : p[k])}≠${JSON.stringify(g[k])}`).join(' ')}`);
  });
  const gTargets = gq.filter((g) => g.role === 'target' && !g.ambiguous);
  gq.forEach((g, j) => {
    if (g.role === 'target' && !g.ambiguous && !matchedGold.has(j)) misses.push(`${g.line}: ${g.anchor}`);
  });
  const fn = gTargets.length - tp;
  r.target = { gold: gTargets.length, tp, fp, fn, exact, precision: tp + fp ? tp / (tp + fp) : 1, recall: gTargets.length ? tp / gTargets.length : 1,
    f1: f1(tp, fp, fn), exactF1: f1(exact, tp + fp - exact, gTargets.length - exact), misses, extras, wrong };
  r.attr = Object.fromEntries(ATTRS.map((k) => [k, tp ? attrs[k] / tp : 1]));
  r.attr.mean = ATTRS.reduce((a, k) => a + r.attr[k], 0) / ATTRS.length;

  const gd = gold.diagnostics ?? [];
  const dOk = gd.filter((g) => (pred.diagnostics ?? []).some((d) => d.code === g.code && Math.abs((d.position?.start?.line ?? -9) - g.line) <= 1)).length;
  r.diag = { gold: gd.length, found: dOk, recall: gd.length ? dOk / gd.length : 1 };
  r.meta = { title: gold.meta?.title == null ? null : norm(pred.meta?.title) === norm(gold.meta.title) };
  return r;
}

export function totals(results) {
  const ok = results.filter((r) => !r.error);
  const sum = (f) => ok.reduce((a, r) => a + f(r), 0);
  const tTp = sum((r) => r.target.tp), tFp = sum((r) => r.target.fp), tFn = sum((r) => r.target.fn);
  const qTp = sum((r) => r.quantity.tp), qFp = sum((r) => r.quantity.fp), qG = sum((r) => r.quantity.gold);
  const total = {
    docs: results.length, failed: results.length - ok.length,
    structureF1: (2 * sum((r) => r.structure.matched)) / Math.max(1, sum((r) => r.structure.gold + r.structure.pred)),
    depth: sum((r) => r.structure.depth * r.structure.matched) / Math.max(1, sum((r) => r.structure.matched)),
    units: sum((r) => r.units.ok) / Math.max(1, sum((r) => r.units.gold)),
    quantityF1: (2 * qTp) / Math.max(1, 2 * qTp + qFp + (qG - qTp)),
    targetPrecision: tTp / Math.max(1, tTp + tFp),
    targetRecall: tTp / Math.max(1, tTp + tFn),
    targetF1: (2 * tTp) / Math.max(1, 2 * tTp + tFp + tFn),
    exactF1: (2 * sum((r) => r.target.exact)) / Math.max(1, sum((r) => r.target.tp + r.target.fp) + sum((r) => r.target.gold)),
    attr: sum((r) => r.attr.mean * r.target.tp) / Math.max(1, tTp),
    diag: sum((r) => r.diag.found) / Math.max(1, sum((r) => r.diag.gold)),
    title: ok.filter((r) => r.meta.title === true).length / Math.max(1, ok.filter((r) => r.meta.title !== null).length),
  };
  if (results.length > ok.length) for (const k of Object.keys(total)) if (k !== 'docs' && k !== 'failed') total[k] *= ok.length / results.length;
  return total;
}

export async function evaluate(gold, docs) {
  const files = readdirSync(gold).filter((f) => f.endsWith('.gold.json')).sort();
  const results = [];
  for (const f of files) {
    const g = JSON.parse(readFileSync(join(gold, f), 'utf8'));
    const doc = g.doc ?? basename(f, '.gold.json');
    try {
      results.push(scoreDoc(g, await parseFile(join(docs, doc))));
    } catch (e) {
      results.push({ doc, error: String(e.message) });
    }
  }
  return { total: totals(results), results };
}

const isMain = process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  const all = [];
  for (const set of SETS) all.push({ set, ...(await evaluate(set.gold, set.docs)) });
  if (asJson) {
    process.stdout.write(JSON.stringify(SETS.length === 1 ? all[0] : all, null, 1) + '\n');
  } else {
    const p = (x) => (x * 100).toFixed(1).padStart(5);
    for (const { set, total, results } of all) {
      console.log(`\n${set.name}: gold ${set.gold}, documents ${set.docs}`);
      console.log('doc                          struct depth units  qty   tgtP  tgtR  tgtF1 exact attr  diag  title');
      for (const r of results) {
        if (r.error) { console.log(`${r.doc.slice(0, 28).padEnd(28)} ERROR ${r.error}`); continue; }
        console.log(`${r.doc.slice(0, 28).padEnd(28)} ${p(r.structure.f1)} ${p(r.structure.depth)} ${p(r.units.acc)} ${p(r.quantity.f1)} ${p(r.target.precision)} ${p(r.target.recall)} ${p(r.target.f1)} ${p(r.target.exactF1)} ${p(r.attr.mean)} ${p(r.diag.recall)} ${r.meta.title === null ? '  -  ' : r.meta.title ? ' yes ' : ' no  '}`);
        console.log(`${''.padEnd(28)} attributes: ${ATTRS.map((k) => `${k} ${p(r.attr[k]).trim()}`).join(', ')}`);
        if (verbose) {
          for (const m of r.structure.missed) console.log(`    section missed  ${m}`);
          for (const m of r.units.missed) console.log(`    units wrong     ${m}`);
          for (const m of r.target.misses) console.log(`    target missed   ${m}`);
          for (const m of r.target.extras) console.log(`    target extra    ${m}`);
          for (const m of r.target.wrong) console.log(`    target attrs    ${m}`);
        }
      }
      console.log(`TOTAL (${total.docs} docs, ${total.failed} failed)    ${p(total.structureF1)} ${p(total.depth)} ${p(total.units)} ${p(total.quantityF1)} ${p(total.targetPrecision)} ${p(total.targetRecall)} ${p(total.targetF1)} ${p(total.exactF1)} ${p(total.attr)} ${p(total.diag)} ${p(total.title)}`);
    }
  }
}
