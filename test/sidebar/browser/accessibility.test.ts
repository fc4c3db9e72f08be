/**
 * Accessibility stays (design §8, issue 14): an axe-core scan of the sidebar in Chromium finds no
 * serious or critical violation — on first open, with the tab list unfolded and a mapping open,
 * with a result, in English, and with an error list and a tab that needs attention. axe-core comes
 * from npm (dev dependency) and is injected into the page by the test only.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { generate, generateWith, launchChromium, openCard, openSidebar, startTestPreview, type Preview, type SidebarPage } from './harness';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: string[];
}

/** Serious and critical violations on the page as it is now (all of WCAG 2.x A/AA and best practice). */
async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the sample workbook', () => {
  let preview: Preview;
  let sidebar: SidebarPage;

  beforeAll(async () => {
    preview = await startTestPreview();
    sidebar = await openSidebar(browser, preview);
  });

  afterAll(async () => {
    await sidebar?.context.close();
    await preview?.close();
  });

  it('has no serious or critical violation on first open', async () => {
    expect(await seriousViolations(sidebar.page)).toEqual([]);
  });

  it('has none with every tab unfolded and a mapping open', async () => {
    const card = await openCard(sidebar.page, 'リード');
    await card.locator('.more-fields summary').click();
    expect(await seriousViolations(sidebar.page)).toEqual([]);
  });

  it('has none with a result and its folded lists open', async () => {
    const panel = await generate(sidebar.page);
    for (const summary of await panel.locator('details summary').all()) await summary.click();
    expect(await seriousViolations(sidebar.page)).toEqual([]);
  });

  it('has none in English', async () => {
    await sidebar.page.getByRole('button', { name: 'English' }).click();
    await sidebar.page.locator('#app[lang="en"][aria-busy="false"] .result h2').waitFor();
    expect(await seriousViolations(sidebar.page)).toEqual([]);
  });
});

describe('a workbook that needs attention', () => {
  let folder: string;
  let preview: Preview;
  let sidebar: SidebarPage;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'sidebar-axe-'));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('リード').addRows([['作成日', '流入元'], ['abc', 'Web'], ['def', 'Web']]);
    workbook.addWorksheet('メモ').addRows([['日付', 'メモ'], [new Date(Date.UTC(2025, 3, 1)), '打合せ']]);
    await workbook.xlsx.writeFile(path.join(folder, 'attention.xlsx'));
    preview = await startTestPreview({ inputs: [path.join(folder, 'attention.xlsx')] });
    sidebar = await openSidebar(browser, preview);
  });

  afterAll(async () => {
    await sidebar?.context.close();
    await preview?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('has none with a tab open for attention and an error list', async () => {
    const outcome = await generateWith(sidebar.page, () => sidebar.page.locator('button.generate').click());
    expect(outcome.kind).toBe('error');
    expect(await seriousViolations(sidebar.page)).toEqual([]);
  });
});
