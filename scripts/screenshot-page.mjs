#!/usr/bin/env node
// The README's picture of the HTML page: plan-parse -f html on a real document, opened in Debian's
// chromium (CHROME_PATH or the PATH), one task clicked, saved as docs/page.png.
//   npm run build && node scripts/screenshot-page.mjs [input] [out.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const input = process.argv[2] ?? 'examples/shanghai-food-tech-action-plan-2026.md';
const out = process.argv[3] ?? 'docs/page.png';
const dir = mkdtempSync(join(tmpdir(), 'plan-parse-shot-'));
const page = join(dir, 'page.html');
execFileSync(process.execPath, ['bin/plan-parse.js', input, '-f', 'html', '-o', page]);
const executablePath = process.env.CHROME_PATH ?? execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await tab.goto(pathToFileURL(page).href);
await tab.locator('nav a[data-node]').first().click();
await tab.evaluate(() => document.querySelector('.right')?.scrollTo(0, 0));
await tab.screenshot({ path: out });
await browser.close();
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${out}`);
