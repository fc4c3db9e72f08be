/**
 * Real Google Ads downloads in the sidebar (design §3.2.1), in Chromium against the preview on the
 * REAL bundle: a report without a day column is usable and its card says which period its rows
 * count for; an "All time" report is not, and its card names the missing date; Generate names the
 * unused tab in its warnings.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { generate, openCard, tabCard, type Preview, type SidebarPage, openSession, closeSession } from './harness';

const CORPUS = path.resolve(__dirname, '../../fixtures/real-exports/google-ads');

let browser: Browser;
let preview: Preview;
let sidebar: SidebarPage;

beforeAll(async () => {
  const inputs = [path.join(CORPUS, 'campaign-report-inr-2025-07.csv'), path.join(CORPUS, 'campaign-report-all-time-usd.csv')];
  ({ browser, preview, sidebar } = await openSession({ inputs }));
});

afterAll(() => closeSession({ browser, preview, sidebar }));

describe('Google Ads downloads without a day column', () => {
  it('shows the dated report as usable, with the period its rows count for', async () => {
    // Ready tabs are folded into one line at first: open it, then the card's mapping.
    const card = await openCard(sidebar.page, 'campaign-report-inr-2025-07');
    expect(await card.locator('.badge').first().textContent()).toBe('使用できます');
    expect(await card.locator('.stated-period').textContent()).toBe(
      '日付の列はありませんが、見出し行に書かれた期間（2025-07-08〜2025-07-31）の実績として、合計とチャネル別に数えます（月別には入りません）。',
    );
  });

  it('names the missing date of the "All time" report, and Generate names the tab in its warnings', async () => {
    const card = tabCard(sidebar.page, 'campaign-report-all-time-usd');
    // No kind is detected (the tab needs attention, so its card is open); the notice names the closest
    // kind and its missing date column.
    expect(await card.locator('.notice').textContent()).toContain('いちばん近いのは広告データですが、必須の列（日付）が見つかりません。');
    const panel = await generate(sidebar.page);
    const warning = panel.locator('ul.warnings li').filter({ hasText: '「campaign-report-all-time-usd」（17行）' });
    expect(await warning.textContent()).toContain('「分割」→「時間」→「日」');
  });
});
