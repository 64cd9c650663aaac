// The page in a real browser: Debian's chromium through playwright-core (no
// browser is downloaded). CI installs chromium (.ci/run); elsewhere a missing
// browser skips these tests with a message, and under CI it fails them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { parseDocument, readDocument, readText, type Document } from '../../src/index.js';
import { toHtml } from '../../src/format/html.js';

function findBrowser(): string | null {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on the PATH
    }
  }
  return null;
}

const executablePath = findBrowser();
if (!executablePath) {
  if (process.env.CI) throw new Error('no chromium: set CHROME_PATH or install Debian\'s chromium (.ci/run does)');
  console.warn('html.browser.test: no chromium on the PATH (or CHROME_PATH): skipped');
}

describe.skipIf(!executablePath)('the HTML page in chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath!, args: ['--no-sandbox'] });
    dir = mkdtempSync(join(tmpdir(), 'plan-parse-html-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string, read?: { doc: Document; text: string }) {
    const text = read?.text ?? readFileSync(file, 'utf8');
    const doc = read?.doc ?? parseDocument(text, { path: file });
    const path = join(dir, 'page.html');
    writeFileSync(path, toHtml(doc, text));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(String(e)));
    const requests: string[] = [];
    page.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
    await page.goto(pathToFileURL(path).href);
    return { page, doc, errors, requests };
  }

  it('opens with no console error, one highlight per target, and filters by role, year and department', async () => {
    const { page, doc, errors, requests } = await open('seeds/000_42792dad20fa24c9.txt');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('mark[data-target-id]').count()).toBe(doc.targets.length);
    const rows = page.locator('#targets tbody tr:not(.hidden)');
    expect(await rows.count()).toBe(doc.targets.length);
    await page.selectOption('#f-role', 'baseline');
    expect(await rows.count()).toBe(doc.targets.filter((t) => t.role === 'baseline').length);
    await page.click('#clear');
    await page.selectOption('#f-year', '2023');
    expect(await rows.count()).toBe(doc.targets.filter((t) => t.year === 2023).length);
    await page.click('#clear');
    await page.selectOption('#f-dept', '市工业和信息化局');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(doc.targets.length);
    await page.close();
  });

  it('shows a target\'s fields on hover and a task\'s targets on a click', async () => {
    const { page, doc } = await open('seeds/000_42792dad20fa24c9.txt');
    const t = doc.targets[7]!;
    await page.hover(`mark[data-target-id="${t.id}"]`);
    const tip = page.locator('#tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(t.indicator);
    // the task 二、/(一)/2. holds four targets in this seed
    const task = page.locator('nav a[data-label="二、/(一)/2."]');
    await task.click();
    expect(await page.locator('#targets tbody tr:not(.hidden)').count()).toBe(4);
    expect(await task.getAttribute('class')).toContain('current');
    expect(await page.textContent('#f-task')).toBe('二、/(一)/2.');
    await page.screenshot({ path: join(dir, 'shot.png') });
    await page.close();
  });

  it('highlights, in the text, the targets of a page read from Markdown (positions in the file, textRange in the text)', async () => {
    const file = 'fixtures/formats/page.md';
    const bytes = readFileSync(file);
    const { page, doc, errors } = await open(file, { doc: await readDocument(bytes, file), text: (await readText(bytes, file)).text });
    expect(errors).toEqual([]);
    expect(await page.locator('mark[data-target-id]').allTextContents()).toEqual(doc.targets.map((t) => t.raw));
    await page.close();
  });

  it('opens a real work report with every target highlighted', async () => {
    const { page, doc, errors } = await open('../shared/real/r03_beijing_zhengfu_gongzuo_baogao_2026.txt');
    expect(errors).toEqual([]);
    expect(await page.locator('mark[data-target-id]').count()).toBe(doc.targets.length);
    await page.close();
  });
});
