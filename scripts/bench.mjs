#!/usr/bin/env node
// npm run bench — where the time goes, on a corpus made on the fly from the seeds.
// Every figure is a median of several runs, all in one run so they compare.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { decode } from '../dist/src/pipeline/decode.js';
import { parseDocument } from '../dist/src/parse-document.js';
import { markdownOf } from './bench-markdown.mjs';

const MarkdownIt = createRequire(import.meta.url)('markdown-it');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = 1024 * 1024;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('seeds', f)));
const tmp = mkdtempSync(join(tmpdir(), 'plan-parse-bench-'));
const node = process.execPath;
const out = [];
const say = (s) => (console.log(s), out.push(s));

// the corpus: seeds repeated to at least 10 MB, kept as separate documents
const docs = [];
let bytes = 0;
while (bytes < 10 * MB) for (const s of seeds) docs.push(s), (bytes += s.length);
say(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
say(`corpus: ${docs.length} documents, ${(bytes / MB).toFixed(1)} MB (the ${seeds.length} seeds repeated); ${RUNS} runs each, medians`);

// (0) against markdown-it, in this process, on the same documents written as Markdown: interleaved
// rounds, CPU time (user + system), the ratio taken per round and its median kept
const md = new MarkdownIt();
const markdown = docs.map((d) => markdownOf(decode(d).text));
// parse only, as the issue measures it: the text is decoded before the timed round (end to end decodes inside it)
const texts = docs.map((d) => decode(d).text);
const cpu = (f) => {
  const a = process.cpuUsage();
  f();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1000;
};
const mdParse = () => { for (const m of markdown) md.parse(m, {}); };
const parseOnly = () => { for (const t of texts) parseDocument(t); };
const endToEnd = () => {
  for (const d of docs) {
    const doc = parseDocument(decode(d).text, { bytes: d.length, sha256: createHash('sha256').update(d).digest('hex') });
    JSON.stringify(doc, null, 2);
  }
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
for (const f of [mdParse, parseOnly, endToEnd]) f(); // warm-up
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const m = cpu(mdParse);
  const p = cpu(parseOnly);
  const e = cpu(endToEnd);
  rounds.push({ m, p, e });
}
const parseVsMarkdownIt = median(rounds.map((x) => x.p / x.m));
const endToEndVsMarkdownIt = median(rounds.map((x) => x.e / x.m));
const mdBytes = markdown.reduce((n, m) => n + Buffer.byteLength(m), 0);
say(`(0) markdown-it parse of the corpus as Markdown (${(mdBytes / MB).toFixed(1)} MB): ${median(rounds.map((x) => x.m)).toFixed(0)} ms CPU; ${ROUNDS} interleaved rounds`);
say(`    parseDocument: ${median(rounds.map((x) => x.p)).toFixed(0)} ms, ${parseVsMarkdownIt.toFixed(2)}× markdown-it (target ≤ 3×)`);
say(`    decode + parse + JSON: ${median(rounds.map((x) => x.e)).toFixed(0)} ms, ${endToEndVsMarkdownIt.toFixed(2)}× markdown-it (target ≤ 5×)`);

// (1) the floor: read + decode, no parsing
const corpusFile = join(tmp, 'corpus.bin');
writeFileSync(corpusFile, Buffer.concat(docs));
const floor = [];
for (let r = 0; r < RUNS; r++) {
  const t = performance.now();
  const buf = readFileSync(corpusFile);
  let n = 0;
  for (let i = 0, at = 0; i < docs.length; at += docs[i].length, i++) n += decode(buf.subarray(at, at + docs[i].length)).text.length;
  floor.push(performance.now() - t);
  if (n === 0) throw new Error('nothing decoded');
}
const floorMBs = bytes / MB / (median(floor) / 1000);
say(`(1) floor, read + decode:        ${floorMBs.toFixed(1)} MB/s`);

// (2) parseDocument end to end, with each stage's share
const totals = [];
const stages = { decode: 0, normalize: 0, lex: 0, parse: 0, tree: 0, quantities: 0, serialize: 0 };
for (let r = 0; r < RUNS + 1; r++) {
  const times = { decode: 0, normalize: 0, lex: 0, parse: 0, tree: 0, quantities: 0, serialize: 0 };
  const t = performance.now();
  for (let i = 0; i < docs.length; i++) {
    // as parseBytes does: decode, and the digest of the bytes as read (no re-encoding)
    let s = performance.now();
    const text = decode(docs[i]).text;
    const sha256 = createHash('sha256').update(docs[i]).digest('hex');
    times.decode += performance.now() - s;
    const doc = parseDocument(text, { bytes: docs[i].length, sha256 }, times);
    s = performance.now();
    JSON.stringify(doc);
    times.serialize += performance.now() - s;
  }
  if (r === 0) continue; // warm-up
  totals.push(performance.now() - t);
  for (const k of Object.keys(stages)) stages[k] += times[k] / RUNS;
}
const inMBs = bytes / MB / (median(totals) / 1000);
const sum = Object.values(stages).reduce((a, b) => a + b, 0);
say(`(2) parseDocument end to end:    ${inMBs.toFixed(1)} MB/s  (${((inMBs / floorMBs) * 100).toFixed(0)}% of the floor)`);
say(`    stage shares: ${Object.entries(stages).map(([k, v]) => `${k} ${((v / sum) * 100).toFixed(0)}%`).join(', ')}`);
say(`    per MB, mean of the runs: ${Object.entries(stages).map(([k, v]) => `${k} ${(v / (bytes / MB)).toFixed(1)} ms`).join(', ')}`);

// An upper bound for any parser with this output: the run's own decoding and serialization, with
// the parsing between them taken as free.
const unparsed = (stages.decode + stages.serialize) / (bytes / MB);
say(`    decode and serialization alone: ${unparsed.toFixed(1)} ms per MB, at most ${(1000 / unparsed).toFixed(0)} MB/s however fast the parsing`);

// (3) CLI cold start on one seed, against node -e 0
const wall = (args, opts = {}) => {
  const t = performance.now();
  const r = spawnSync(node, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return { ms: performance.now() - t, rss: Number(/maxRSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN) / 1024 };
};
const bare = median(Array.from({ length: RUNS * 2 }, () => wall(['-e', '0']).ms));
const cold = median(Array.from({ length: RUNS * 2 }, () => wall(['bin/plan-parse.js', '--format', 'json', 'seeds/000_42792dad20fa24c9.txt'], { stdio: ['ignore', 'ignore', 'pipe'] }).ms));
say(`(3) CLI cold, one seed to JSON:  ${cold.toFixed(0)} ms  (node -e 0: ${bare.toFixed(0)} ms; budget 2×+100 = ${(2 * bare + 100).toFixed(0)} ms)`);

// (4) 1,000 files to NDJSON: wall time and peak RSS; 250 files too, to show RSS does not grow with the count
const folderOf = (n) => {
  const dir = join(tmp, `files-${n}`);
  mkdirSync(dir);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `doc${String(i).padStart(4, '0')}.txt`), seeds[i % seeds.length]);
  return dir;
};
const batch = (dir, jobs) => {
  const runs = Array.from({ length: Math.max(3, Math.ceil(RUNS / 2)) }, () =>
    wall(['--import', './scripts/rss-report.mjs', 'bin/plan-parse.js', dir, '--format', 'ndjson', '--quiet', '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] }),
  );
  return { ms: median(runs.map((r) => r.ms)), rss: median(runs.map((r) => r.rss)) };
};
const d1000 = folderOf(1000);
const d250 = folderOf(250);
const jobs = cpus().length;
const b1000 = batch(d1000, jobs);
const b250 = batch(d250, jobs);
const b1000single = batch(d1000, 1);
say(`(4) CLI, 1,000 files to NDJSON:  ${(b1000.ms / 1000).toFixed(2)} s, peak RSS ${b1000.rss.toFixed(0)} MB with --jobs ${jobs}; ${(b1000single.ms / 1000).toFixed(2)} s, ${b1000single.rss.toFixed(0)} MB with --jobs 1; 250 files: ${(b250.ms / 1000).toFixed(2)} s, ${b250.rss.toFixed(0)} MB`);

// (5) scaling: one document 1×, 4×, 16× the size, each in its own process for its peak memory
const base = texts.slice(0, seeds.length).join('\n');
const scale = [];
for (const k of [1, 4, 16]) {
  const file = join(tmp, `scale-${k}.txt`);
  writeFileSync(file, Array.from({ length: k * 4 }, () => base).join('\n'));
  const script = `import { parseFile } from './dist/src/index.js'; const t = performance.now(); const d = await parseFile(${JSON.stringify(file)}); JSON.stringify(d); process.stdout.write(String(performance.now() - t));`;
  const runs = Array.from({ length: 3 }, () => {
    const r = spawnSync(node, ['--import', './scripts/rss-report.mjs', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(r.stderr);
    return { ms: Number(r.stdout), rss: Number(/maxRSS_KB=(\d+)/.exec(r.stderr)[1]) / 1024 };
  });
  scale.push({ k, mb: (Buffer.byteLength(base) * k * 4) / MB, ms: median(runs.map((r) => r.ms)), rss: median(runs.map((r) => r.rss)) });
}
const [s1, , s16] = scale;
say(`(5) scaling, one document:       ${scale.map((s) => `${s.k}× ${s.mb.toFixed(1)} MB ${s.ms.toFixed(0)} ms ${s.rss.toFixed(0)} MB`).join(' | ')}`);
say(`    16× input costs ${(s16.ms / s1.ms).toFixed(1)}× the time and ${(s16.rss / s1.rss).toFixed(1)}× the peak memory`);

// (6) inputs that stress the lexer, at full size and at a quarter of it: growth must be linear.
// Each size runs in a fresh process (the heap the sections above leave behind skews the collector),
// timed three times, the fastest kept: the first run is mostly JIT.
const stressCases = {
  '100,000 markers': 'Array.from({ length: 100_000 / k }, (_, i) => `${(i % 99) + 1}.加快推进建设。`).join("")',
  '10 MB, no newline': `"推进科技创新,新增高新技术企业100家,技术合同成交额达到50亿元。".repeat(Math.round(${10 * MB} / 3 / 33 / k))`,
  '400,000 bracket levels': '"(".repeat(400_000 / k) + "文" + ")".repeat(400_000 / k)',
  // each title left open is read to its sentence end: once, not once per title
  '400,000 unclosed titles': '"《1".repeat(400_000 / k)',
};
const stressTime = (make, k) => {
  const script = `import { parseDocument } from './dist/src/parse-document.js';
const k = ${k}; const text = ${make}; let best = Infinity;
for (let r = 0; r < 3; r++) { const t = performance.now(); parseDocument(text); best = Math.min(best, performance.now() - t); }
process.stdout.write(String(best));`;
  const r = spawnSync(node, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout);
};
const stress = [];
for (const [name, make] of Object.entries(stressCases)) {
  const quarter = stressTime(make, 4);
  const full = stressTime(make, 1);
  stress.push({ name, ratio: full / quarter });
  say(`(6) stress, ${name.padEnd(24)} ${(full / 1000).toFixed(2)} s; a quarter of it ${(quarter / 1000).toFixed(2)} s (×${(full / quarter).toFixed(1)} for 4× the input)`);
}

// the targets, checked here and not in tests
const checks = [
  ['parse ≤ 3× markdown-it', parseVsMarkdownIt <= 3],
  ['end to end ≤ 5× markdown-it', endToEndVsMarkdownIt <= 5],
  ['cold start ≤ 2× node -e 0 + 100 ms', cold <= 2 * bare + 100],
  ['1,000 files < 5 s', b1000.ms < 5000],
  ['RSS independent of file count (1,000 vs 250 within 25%)', b1000.rss <= b250.rss * 1.25],
  ['16× input ≤ 18× time', s16.ms / s1.ms <= 18],
  ['16× input ≤ 18× memory', s16.rss / s1.rss <= 18],
  ...stress.map((x) => [`${x.name}: linear (4× input ≤ 5× time)`, x.ratio <= 5]),
];
for (const [what, ok] of checks) say(`    ${ok ? 'ok  ' : 'MISS'} ${what}`);
rmSync(tmp, { recursive: true, force: true });
console.log(
  JSON.stringify({
    parseVsMarkdownIt: +parseVsMarkdownIt.toFixed(2),
    endToEndVsMarkdownIt: +endToEndVsMarkdownIt.toFixed(2),
    thousandFilesSeconds: +(b1000.ms / 1000).toFixed(2),
    coldStartMs: Math.round(cold),
    nodeStartMs: Math.round(bare),
  }),
);
