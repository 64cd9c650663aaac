#!/usr/bin/env node
// Fills README.md's examples with real output, so the docs cannot drift from the
// code: `<!-- example: ARGS [| head N] -->` followed by a console block, and
// `<!-- eval -->` followed by the accuracy figures. `--check` only compares
// (test/readme.test.ts runs it) and exits 1 when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
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
if (EVAL.test(next)) {
  const figures = execFileSync(process.execPath, ['scripts/eval.mjs'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /^(TOTAL|doc |seeds|held-out)/.test(l))
    .join('\n');
  next = next.replace(EVAL, `<!-- eval -->\n\`\`\`text\n${figures}\n\`\`\``);
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
