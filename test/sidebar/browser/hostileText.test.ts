/**
 * Sheet-derived text that looks like HTML stays text in the sidebar (design §8): a tab named like an
 * <img> with an onerror handler, channel names with <b> and <script>, a header with <i>. The page
 * must show the characters, create none of those elements and open no dialog.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { fieldSelect, generate, launchChromium, openCard, openSidebar, startTestPreview, tabCard, type Preview, type SidebarPage } from './harness';

const IMG_TAB = '<img src=x onerror=alert(1)>';
const BOLD_CHANNEL = '<b>bold</b>';
const SCRIPT_CHANNEL = '<script>alert(1)</script>';
const ITALIC_HEADER = '<i>memo</i>';

/**
 * An ads tab whose channels are markup (cost, no leads: the warning names their group and them)
 * and a leads tab whose name and a header are markup, its leads from Google広告 (a paid group
 * without cost: warned about too).
 */
async function writeHostileWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ads = workbook.addWorksheet('広告');
  ads.addRows([
    ['日付', '媒体', '費用'],
    [new Date(Date.UTC(2025, 3, 1)), BOLD_CHANNEL, 10000],
    [new Date(Date.UTC(2025, 3, 1)), SCRIPT_CHANNEL, 5000],
  ]);
  const leads = workbook.addWorksheet(IMG_TAB);
  leads.addRows([
    ['リードID', '作成日', '流入元', ITALIC_HEADER],
    ['L1', new Date(Date.UTC(2025, 3, 1)), 'Google広告', '<b>x</b>'],
    ['L2', new Date(Date.UTC(2025, 3, 2)), 'Google広告', ''],
    ['L3', '不明', BOLD_CHANNEL, ''],
  ]);
  await workbook.xlsx.writeFile(file);
}

let browser: Browser;
let preview: Preview;
let sidebar: SidebarPage;
let folder: string;
/** The page's own <script> elements (the bridge and the sidebar) before any sheet text arrived. */
let ownScripts: number;

beforeAll(async () => {
  const launching = launchChromium();
  folder = mkdtempSync(path.join(os.tmpdir(), 'sidebar-hostile-'));
  const input = path.join(folder, 'hostile.xlsx');
  await writeHostileWorkbook(input);
  [browser, preview] = await Promise.all([launching, startTestPreview({ inputs: [input] })]);
  sidebar = await openSidebar(browser, preview);
  ownScripts = await sidebar.page.evaluate(() => document.querySelectorAll('script').length);
});

afterAll(async () => {
  await sidebar?.context.close();
  await browser?.close();
  await preview?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Elements that markup in the sheet text would have created, anywhere in the page. */
async function injectedElements(sidebarPage: SidebarPage): Promise<{ img: number; b: number; i: number; onerror: number; scriptsInApp: number; scripts: number }> {
  return sidebarPage.page.evaluate(() => ({
    img: document.querySelectorAll('img').length,
    b: document.querySelectorAll('b').length,
    i: document.querySelectorAll('i').length,
    onerror: document.querySelectorAll('[onerror]').length,
    scriptsInApp: document.querySelectorAll('#app script').length,
    scripts: document.querySelectorAll('script').length,
  }));
}

describe('the tab list', () => {
  it('shows the tab name verbatim as the card title, as text', async () => {
    await openCard(sidebar.page, IMG_TAB);
    const title = sidebar.page.locator('h3.tab-name').getByText(IMG_TAB, { exact: true });
    expect(await title.isVisible()).toBe(true);
    expect(await title.evaluate((element) => element.childElementCount)).toBe(0);
    expect(await tabCard(sidebar.page, IMG_TAB).locator('select').first().inputValue()).toBe('leads');
  });

  it('shows a header that looks like markup as the text of a column option', async () => {
    const card = await openCard(sidebar.page, IMG_TAB);
    const options = await fieldSelect(card, 'チャネル').locator('option').allTextContents();
    // The column, its header and its sample values, all as the characters they are.
    expect(options).toContain(`D列: ${ITALIC_HEADER}（<b>x</b>）`);
    expect(options).toContain(`C列: 流入元（Google広告, ${BOLD_CHANNEL}）`);
  });

  it('created no element from the sheet text', async () => {
    expect(await injectedElements(sidebar)).toEqual({ img: 0, b: 0, i: 0, onerror: 0, scriptsInApp: 0, scripts: ownScripts });
  });
});

describe('the result panel', () => {
  it('shows warnings naming the tab and the channels verbatim', async () => {
    const panel = await generate(sidebar.page);
    const warnings = (await panel.locator('ul.warnings li').allInnerTexts()).join('\n');
    expect(warnings).toContain(`「${IMG_TAB}」4行目`);
    expect(warnings).toContain(`「その他」（${BOLD_CHANNEL}、${SCRIPT_CHANNEL}）`);
    expect(await panel.getByText(BOLD_CHANNEL).first().isVisible()).toBe(true);
  });

  it('created no element from the warnings either', async () => {
    expect(await injectedElements(sidebar)).toEqual({ img: 0, b: 0, i: 0, onerror: 0, scriptsInApp: 0, scripts: ownScripts });
  });

  describe('edge cases', () => {
    it('opened no dialog and raised no page error at any point', () => {
      expect(sidebar.dialogs).toEqual([]);
      expect(sidebar.pageErrors).toEqual([]);
    });
  });
});
