/**
 * The sidebar on the sample workbook, in Chromium, against the preview running the REAL bundle
 * (design §8): tabs detected with their kinds, Generate writes the report sheets, and a mapping
 * changed in a dropdown is the mapping the report uses.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSampleWorkbook } from '../../../src/core/sample';
import { chosenOption, DIST, fieldSelect, generate, openCard, readOut, tabCard, tableBelow, type Preview, type SidebarPage, openSession, closeSession } from './harness';

/** The kind each sample tab holds, as the Japanese sidebar names it (from the sample's design). */
const SAMPLE_KINDS: Readonly<Record<string, string>> = {
  Google広告: '広告',
  'Yahoo!広告': '広告',
  '展示会・イベント': '広告',
  GA4: 'アクセス',
  リード: 'リード',
  商談: '商談',
  目標: '目標',
  メール: 'メール',
};

const REPORT_SHEETS_JA = ['ファネル概要', 'チャネル別', '月次推移', 'スコア分析', 'リードタイム', 'メール分析', '属性別', '目標逆算', 'KPIガイド'];

let browser: Browser;
let preview: Preview;
let sidebar: SidebarPage;

beforeAll(async () => {
  ({ browser, preview, sidebar } = await openSession());
});

afterAll(() => closeSession({ browser, preview, sidebar }));

describe('the tab list', () => {
  it('lists every sample tab, in order, with its detected kind and a ready status', async () => {
    const { page } = sidebar;
    const sampleNames = buildSampleWorkbook().map((tab) => tab.name);
    expect(Object.keys(SAMPLE_KINDS).sort()).toEqual([...sampleNames].sort());
    expect(await page.locator('li.tab-card h3.tab-name').allTextContents()).toEqual(sampleNames);
    for (const name of sampleNames) {
      const card = tabCard(page, name);
      const kind = SAMPLE_KINDS[name] ?? '';
      const chosen = await card.locator('select').first().evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
      expect([name, chosen]).toEqual([name, kind]);
      expect([name, await card.locator('.tab-meta').textContent()]).toEqual([name, expect.stringContaining(`自動判定: ${kind}（信頼度: `)]);
      expect([name, await card.locator('.badge').first().textContent()]).toEqual([name, '使用できます']);
    }
  });

  it('shows the data row count below the header row', async () => {
    // リード: a header row and 1,500 leads; 商談: a header row and 144 deals (the sample's sizes).
    expect(await tabCard(sidebar.page, 'リード').locator('.tab-meta').textContent()).toMatch(/^1,500行・/);
    expect(await tabCard(sidebar.page, '商談').locator('.tab-meta').textContent()).toMatch(/^144行・/);
  });
});

describe('Generate', () => {
  it('shows the result panel and writes every report sheet after the sample tabs', async () => {
    const { page } = sidebar;
    const started = Date.now();
    const panel = await generate(page);
    const elapsed = Date.now() - started;
    console.log(`Generate on the sample workbook: ${elapsed} ms from the click to the result panel; dist/Sidebar.html is ${statSync(path.join(DIST, 'Sidebar.html')).size} bytes`);

    expect(await panel.locator('h2').textContent()).toBe('レポートを作成しました');
    expect(await panel.locator('ul.sheets li').allTextContents()).toEqual(REPORT_SHEETS_JA);
    expect(await panel.locator('.kpi dt').first().textContent()).toBe('リード数');
    // "このタブの商談…" relies on the location line for its tab (which is also called 商談), at the first
    // of the rows it names (35, 43 and 63), as the JSON warning's row.
    const unlinkedDeals = panel.locator('ul.warnings li').filter({ hasText: 'このタブの商談' });
    expect(await unlinkedDeals.locator('.warning-where').textContent()).toBe('商談・35行目');

    const out = await readOut(preview);
    const visible = out.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name);
    expect(visible).toEqual([...buildSampleWorkbook().map((tab) => tab.name), ...REPORT_SHEETS_JA]);
  });

  it('uses a mapping changed in the dropdowns: no channel column puts every lead under (未設定)', async () => {
    const { page } = sidebar;
    const before = tableBelow((await readOut(preview)).getWorksheet('チャネル別')!, 'チャネル');
    // Channels are indented under their group's subtotal row.
    const leadsIn = (table: Record<string, unknown>[], label: string): unknown => table.find((row) => row['チャネル'] === label)?.['リード'];
    const channel = (name: string) => `    ${name}`;
    // With the detected mapping the leads spread over their 流入元 values: no (未設定) row at all.
    expect(leadsIn(before, channel('(未設定)'))).toBeUndefined();
    expect(leadsIn(before, channel('Google広告'))).toEqual(expect.any(Number));
    expect(leadsIn(before, channel('Google広告'))).not.toBe(0);

    const card = await openCard(page, 'リード');
    const channelSelect = fieldSelect(card, 'チャネル');
    expect(await chosenOption(channelSelect)).toMatch(/^E列: 流入元（/);
    await channelSelect.selectOption({ label: '（なし）' });
    await generate(page);

    const after = tableBelow((await readOut(preview)).getWorksheet('チャネル別')!, 'チャネル');
    const total = leadsIn(after, '合計');
    expect(total).toEqual(expect.any(Number));
    expect(total).toBe(leadsIn(before, '合計'));
    expect(leadsIn(after, channel('(未設定)'))).toBe(total);
    expect(leadsIn(after, '未設定')).toBe(total);
    for (const row of after.filter((row) => !['未設定', channel('(未設定)'), '合計'].includes(String(row['チャネル'])))) {
      expect([row['チャネル'], row['リード']]).toEqual([row['チャネル'], 0]);
    }
  });

  it('keeps the changed mapping after a reload of the sidebar (it was saved)', async () => {
    const { page } = sidebar;
    await page.reload();
    await page.locator('#app[aria-busy="false"] button.generate').waitFor();
    const card = await openCard(page, 'リード');
    expect(await chosenOption(fieldSelect(card, 'チャネル'))).toBe('（なし）');
  });

  describe('edge cases', () => {
    it('raised no page error and opened no dialog', () => {
      expect(sidebar.pageErrors).toEqual([]);
      expect(sidebar.dialogs).toEqual([]);
    });
  });
});
