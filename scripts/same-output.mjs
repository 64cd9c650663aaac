#!/usr/bin/env node
// Byte-identical output check for refactoring: every document under seeds/, fixtures/ and
// ../shared/real/ (plus wrapped and joined variants of each), through the library's JSON,
// CSV (targets and sections), tree, table, diagnostics and SARIF output, hashed per document.
//
//   node scripts/same-output.mjs --save /tmp/before.json   (on the old build)
//   node scripts/same-output.mjs --check /tmp/before.json  (on the new build; exit 1 on a difference)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes, parseDocument, readDocument, toCsv, toTable, toTree, toSarif, toDiagnosticsText, csvRows, validate } from '../dist/src/index.js';

const args = process.argv.slice(2);
const mode = args[0];
const file = args[1];
if (!['--save', '--check'].includes(mode) || !file) {
  console.error('usage: same-output.mjs --save|--check FILE');
  process.exit(2);
}

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(txt|md|html?)$/i.test(name) && !/\.(stdout|stderr)$/.test(name)) out.push(p);
  }
  return out;
}

// SAME_OUTPUT_EXTRA: more folders of documents (':'-separated), e.g. real documents kept outside the repository
const extra = (process.env.SAME_OUTPUT_EXTRA ?? '').split(':').filter(Boolean);
const files = [...walk('seeds'), ...walk('fixtures'), ...walk('../shared/real'), ...extra.flatMap((d) => walk(d))];
const wrap = (text, width) =>
  text
    .split('\n')
    .map((line) => {
      const parts = [];
      for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
      return parts.length ? parts.join('\n') : line;
    })
    .join('\n');
const variants = (text) => ({ wrap30: wrap(text, 30), wrap40: wrap(text, 40), doubled: text.replace(/\n/g, '\n\n'), joined: text.replace(/\r?\n/g, '') });

// a diagnostic's `data` (its message arguments) was added after the baseline: it is left out of the hashes
function noData(key, value) {
  return key === 'data' && this && typeof this.code === 'string' && typeof this.severity === 'string' ? undefined : value;
}
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
function outputs(doc) {
  const out = { json: JSON.stringify(doc, noData), csv: toCsv(doc), sections: csvRows(doc, { what: 'sections' }), tree: toTree(doc), table: toTable(doc), diag: toDiagnosticsText([doc]) };
  try {
    out.sarif = toSarif([doc], { version: '0' });
  } catch {
    out.sarif = 'n/a';
  }
  try {
    out.validate = JSON.stringify(validate(doc), noData);
  } catch {
    out.validate = 'n/a';
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, hash(String(v))]));
}

const result = {};
for (const f of files) {
  let doc;
  try {
    // HTML, Markdown and the other formats through their adapters (parseBytes reads text only)
    doc = /\.txt$/i.test(f) ? parseBytes(readFileSync(f), f) : await readDocument(readFileSync(f), f);
  } catch (e) {
    result[f] = { error: String(e.message) };
    continue;
  }
  result[f] = outputs(doc);
  if (/^(seeds|\.\.\/shared\/real)/.test(f)) {
    for (const [name, text] of Object.entries(variants(readFileSync(f, 'utf8')))) result[`${f}#${name}`] = outputs(parseDocument(text, { path: f }));
  }
}

if (mode === '--save') {
  writeFileSync(file, JSON.stringify(result, null, 1));
  console.log(`saved ${Object.keys(result).length} documents to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8'));
  let diffs = 0;
  for (const key of new Set([...Object.keys(before), ...Object.keys(result)])) {
    const a = JSON.stringify(before[key]);
    const b = JSON.stringify(result[key]);
    if (a !== b) {
      diffs++;
      const parts = before[key] && result[key] ? Object.keys(before[key]).filter((k) => before[key][k] !== result[key][k]) : ['missing'];
      console.log(`DIFF ${key}: ${parts.join(', ')}`);
    }
  }
  console.log(`${Object.keys(result).length} documents, ${diffs} differ`);
  process.exit(diffs ? 1 : 0);
}
