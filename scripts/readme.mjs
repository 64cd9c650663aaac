#!/usr/bin/env node
// Fills README.md's examples with real output, so the docs cannot drift from the
// code: `<!-- example: ARGS [| head N] -->` followed by a console block, and
// `<!-- eval -->` followed by the accuracy figures. `--check` only compares
// (test/readme.test.ts runs it) and exits 1 when README.md is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const check = process.argv.includes('--check');
const env = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

function run(args) {
  try {
    return execFileSync(process.execPath, ['bin/plan-parse.js', ...args], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return `${e.stdout}${e.stderr}(exit status ${e.status})\n`; // examples of failures show what the user sees
  }
}

const EXAMPLE = /<!-- example: (.+?)(?: \| (head|pick) (\S+))? -->\n```console\n[\s\S]*?```/g;
const EVAL = /<!-- eval -->\n```text\n[\s\S]*?```/;

const readme = readFileSync('README.md', 'utf8');
let next = readme.replace(EXAMPLE, (_, command, filter, arg) => {
  const args = command.trim().split(/\s+/);
  let out = run(args).replace(/\r\n/g, '\n').replace(/\s+$/, ''); // CSV's CRLF shown as plain lines
  let shown = `$ plan-parse ${command}`;
  if (filter === 'pick') {
    // one part of a JSON document: "targets.1" → doc.targets[1]
    const part = arg.split('.').reduce((o, k) => o?.[k], JSON.parse(out));
    out = JSON.stringify(part, null, 2);
    shown += `   # then .${arg}`;
  }
  const lines = out.split('\n');
  if (filter === 'head' && lines.length > Number(arg)) out = [...lines.slice(0, Number(arg)), `… (${lines.length - Number(arg)} more lines)`].join('\n');
  return `<!-- example: ${command}${filter ? ` | ${filter} ${arg}` : ''} -->\n\`\`\`console\n${shown}\n${out}\n\`\`\``;
});
// the figures need ../shared (the referee's real documents): without it, the README keeps the last ones
if (EVAL.test(next) && existsSync('../shared/real')) {
  const figures = execFileSync(process.execPath, ['scripts/eval.mjs'], { encoding: 'utf8' })
    .split('\n')
    // one column header, then each set's name and its total
    .filter((l, i, all) => /^(TOTAL|[\w-]+: gold )/.test(l) || (/^doc /.test(l) && all.findIndex((x) => /^doc /.test(x)) === i))
    .join('\n');
  next = next.replace(EVAL, `<!-- eval -->\n\`\`\`text\n${figures}\n\`\`\``);
}
// the real documents, per document: blind-first figures from the log kept when they were scored, after from eval
const REAL = /\| doc \| target F1 blind-first → after[^\n]*\n\|---[^\n]*\n(?:\|[^\n]*\n|REALTABLE\n)*/;
if (REAL.test(next) && existsSync('../shared/real')) {
  const first = new Map();
  for (const line of readFileSync('fixtures/real/blind-first.log', 'utf8').split('\n')) {
    const m = /^(r\d\d)\S*\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\S+)/.exec(line);
    if (m) first.set(m[1], { struct: m[2], units: m[4], tgt: m[8], exact: m[9], title: m[12] });
    const t = /^TOTAL \(13 docs[^)]*\)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(line);
    if (t) first.set('TOTAL', { struct: t[1], units: t[3], tgt: t[7], exact: t[8], title: t[11] });
  }
  const after = JSON.parse(execFileSync(process.execPath, ['scripts/eval.mjs', '--gold', 'fixtures/real/gold', '--docs', '../shared/real', '--json'], { encoding: 'utf8' }));
  const pct = (x) => (100 * x).toFixed(1);
  const rows = after.results.map((r) => {
    const id = r.doc.slice(0, 3);
    const f = first.get(id) ?? {};
    const title = r.meta.title === null ? '-' : r.meta.title ? 'yes' : 'no';
    return `| ${r.doc} | ${f.tgt} → ${pct(r.target.f1)} | ${f.exact} → ${pct(r.target.exactF1)} | ${f.struct} → ${pct(r.structure.f1)} | ${f.units} → ${pct(r.units.acc)} | ${f.title} → ${title} |`;
  });
  const f = first.get('TOTAL') ?? {};
  const t = after.total;
  rows.push(`| **all 13** | **${f.tgt} → ${pct(t.targetF1)}** | **${f.exact} → ${pct(t.exactF1)}** | **${f.struct} → ${pct(t.structureF1)}** | **${f.units} → ${pct(t.units)}** | **${f.title} → ${pct(t.title)}** |`);
  next = next.replace(REAL, `| doc | target F1 blind-first → after | exact F1 | structure | units | title |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`);
}
if (check) {
  if (next !== readme) {
    console.error('README.md is out of date: run `npm run readme`');
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md updated');
}
