/**
 * チャネルの対応づけ in Chromium against the preview running the REAL bundle (design §4.6, §8):
 * Generate lists the channels of the report; moving one to another group and generating again puts
 * it under that group on チャネル別. Channel names that look like markup or formulas, long and
 * right-to-left ones stay text in the section.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { generate, readOut, sheetRows, type Preview, type SidebarPage, openSession, closeSession } from './harness';

/** The channel's row in the section, by its exact name. */
function channelRow(page: Page, channel: string) {
  return page.locator('section.channel-section li.channel-row').filter({ has: page.locator('label.channel-name').getByText(channel, { exact: true }) });
}

/** The group row above a channel's row in the core table of チャネル別 (channels are indented beneath their group). */
function groupAbove(rows: unknown[][], channel: string): unknown {
  const index = rows.findIndex((row) => row[0] === `    ${channel}`);
  if (index < 0) throw new Error(`no row for ${channel}`);
  for (let at = index - 1; at >= 0; at -= 1) {
    const label = rows[at]?.[0];
    if (typeof label === 'string' && !label.startsWith(' ')) return label;
  }
  return undefined;
}

describe('on the sample workbook', () => {
  let browser: Browser;
  let preview: Preview;
  let sidebar: SidebarPage;

  beforeAll(async () => {
    ({ browser, preview, sidebar } = await openSession());
  });

  afterAll(() => closeSession({ browser, preview, sidebar }));

  it('asks for a first report, then lists the channels with rows, rule and group', async () => {
    const { page } = sidebar;
    const section = page.locator('section.channel-section');
    const toggle = section.locator('h2 button.section-toggle');
    // Folded on the first open, so the page stays short.
    expect(await toggle.textContent()).toBe('チャネルの対応づけ');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await section.locator('li.channel-row').count()).toBe(0);
    expect(await section.locator('.section-body > p.help').first().textContent()).toBe('レポートを作成すると、データに出てくるチャネルがここに並びます。');
    await generate(page);
    // Still open after the page was drawn again with the report's channels.
    expect(await toggle.textContent()).toBe('チャネルの対応づけ（17件）');
    // The sample's 17 channels (GA4's six channel groups and the lead sources), most rows first.
    expect(await section.locator('li.channel-row').count()).toBe(17);
    const organic = channelRow(page, 'Organic Search');
    expect(await organic.locator('select').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('自然検索');
    expect(await organic.locator('.help').first().textContent()).toMatch(/^[\d,]+行・GA4 のチャネルグループ$/);
  });

  it('moves 展示会 to ウェビナー, saves it with the setup, and the next report puts it there', async () => {
    const { page } = sidebar;
    const before = sheetRows((await readOut(preview)).getWorksheet('チャネル別')!);
    expect(groupAbove(before, '展示会')).toBe('展示会・イベント');

    const row = channelRow(page, '展示会');
    await row.locator('select').selectOption({ label: 'ウェビナー' });
    expect(await row.locator('.channel-note').textContent()).toBe('次の作成で「ウェビナー」に入ります。');
    expect(await row.getByRole('button', { name: '「展示会」の対応づけを自動に戻す' }).isVisible()).toBe(true);
    await generate(page);

    const after = sheetRows((await readOut(preview)).getWorksheet('チャネル別')!);
    expect(groupAbove(after, '展示会')).toBe('ウェビナー');
    // The audit names the rule.
    expect(after.some((row) => row[1] === '展示会' && row[5] === 'ユーザーの対応づけ')).toBe(true);
    // The list after the new report shows the user's rule, and a reset puts the rules back in charge.
    const again = channelRow(page, '展示会');
    expect(await again.locator('.help').first().textContent()).toMatch(/ユーザーの対応づけ$/);
    await again.getByRole('button', { name: '「展示会」の対応づけを自動に戻す' }).click();
    await generate(page);
    const reset = sheetRows((await readOut(preview)).getWorksheet('チャネル別')!);
    expect(groupAbove(reset, '展示会')).toBe('展示会・イベント');
  });
});

describe('with hostile channel names', () => {
  const MARKUP = '<img src=x onerror=alert(1)>';
  const FORMULA = '=HYPERLINK("http://evil.example","x")';
  const LONG = 'チャネル'.repeat(60);
  const RTL = 'إعلانات\u200f جوجل';
  const COMBINING = 'e\u0301\u0302\u0303vent';
  let browser: Browser;
  let preview: Preview;
  let sidebar: SidebarPage;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'sidebar-channels-'));
    const input = path.join(folder, 'hostile.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('リード').addRows([
      ['リードID', '作成日', '流入元'],
      ...[MARKUP, FORMULA, LONG, RTL, COMBINING].map((channel, index) => [`L${index}`, new Date(Date.UTC(2025, 3, 1 + index)), channel]),
    ]);
    await workbook.xlsx.writeFile(input);
    ({ browser, preview, sidebar } = await openSession({ inputs: [input] }));
  });

  afterAll(async () => {
    await closeSession({ browser, preview, sidebar });
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows every name as text, creates no element from it, and keeps it literal on the sheet after a mapping', async () => {
    const { page } = sidebar;
    await generate(page);
    await page.locator('section.channel-section button.section-toggle').click();
    const names = await page.locator('section.channel-section label.channel-name').allTextContents();
    expect(names.sort()).toEqual([MARKUP, FORMULA, LONG, RTL, COMBINING].sort());
    expect(await page.locator('section.channel-section img').count()).toBe(0);
    await channelRow(page, FORMULA).locator('select').selectOption('webinars');
    await channelRow(page, MARKUP).locator('select').selectOption('events');
    await generate(page);
    expect(sidebar.dialogs).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
    const rows = sheetRows((await readOut(preview)).getWorksheet('チャネル別')!);
    expect(groupAbove(rows, FORMULA)).toBe('ウェビナー');
    expect(groupAbove(rows, MARKUP)).toBe('展示会・イベント');
    // Written as text: the cell holds the characters, not a formula.
    const sheet = (await readOut(preview)).getWorksheet('チャネル別')!;
    const cells: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(`    ${FORMULA}`);
    expect(cells.some((value) => typeof value === 'object' && value !== null && 'formula' in value && /HYPERLINK/.test(String((value as { formula: string }).formula)))).toBe(false);
  });
});
