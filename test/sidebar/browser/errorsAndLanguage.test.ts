/**
 * Server errors reach the user as plain sentences, and the sidebar speaks Japanese and English
 * (design §7.1, §8), in Chromium against the preview running the REAL bundle.
 */
import type { Browser } from 'playwright-core';
import { generate, generateWith, openSidebar, readOut, startTestPreview, tabCard, waitUntilIdle, type Preview, type SidebarPage, openSession, closeSession } from './harness';

let browser: Browser;
let preview: Preview;
let sidebar: SidebarPage;

beforeAll(async () => {
  ({ browser, preview, sidebar } = await openSession());
});

afterAll(() => closeSession({ browser, preview, sidebar }));

describe('a server error', () => {
  afterEach(() => preview.workbook.documentLock.releaseElsewhere());

  it('shows "another report is being generated" beside the button when the document lock is held elsewhere', async () => {
    preview.workbook.documentLock.holdElsewhere();
    const outcome = await generateWith(sidebar.page, () => sidebar.page.locator('button.generate').click());
    // The message of src/sheets/lock.ts, without "Exception:", a stack trace or a file and line.
    expect(outcome).toEqual({ kind: 'error', message: 'このスプレッドシートでは、別のファネルレポートを作成中です。完了してから（通常は1分以内）もう一度お試しください。' });
    const box = sidebar.page.locator('.outcome .error-box');
    expect(await box.getAttribute('role')).toBe('alert');
    expect(await box.innerText()).not.toMatch(/Exception|Error|\bat\s|\.js|line \d/);
    expect(await sidebar.page.locator('.result').count()).toBe(0);
  });

  it('goes away when dismissed, and Generate works once the lock is free', async () => {
    const box = sidebar.page.locator('.outcome .error-box');
    await box.getByRole('button', { name: '閉じる' }).click();
    expect(await box.isHidden()).toBe(true);
    const panel = await generate(sidebar.page);
    expect(await panel.locator('h2').textContent()).toBe('レポートを作成しました');
  });

  it('explains the multi-account sign-in failure of google.script.run and what to do', async () => {
    // Signed in to several Google accounts, every server call fails like this (the call never runs).
    await sidebar.page.route('**/rpc', (route) =>
      route.fulfill({ json: { ok: false, error: "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED." } })
    );
    try {
      const outcome = await generateWith(sidebar.page, () => sidebar.page.locator('button.generate').click());
      expect(outcome.kind).toBe('error');
      const message = outcome.kind === 'error' ? outcome.message : '';
      expect(message).toContain('複数のアカウントにログインしていると');
      expect(message).toContain('既定のアカウント（最初にログインしたアカウント）でスプレッドシートを開くか、シークレットウィンドウで');
    } finally {
      await sidebar.page.unroute('**/rpc');
      await sidebar.page.locator('.outcome .error-box').getByRole('button', { name: '閉じる' }).click();
    }
  });

  describe('edge cases', () => {
    it('in English reads as English', async () => {
      const english = await startTestPreview({ locale: 'en_US' });
      const page = await openSidebar(browser, english, { locale: 'en-US' });
      try {
        english.workbook.documentLock.holdElsewhere();
        const outcome = await generateWith(page.page, () => page.page.locator('button.generate').click());
        expect(outcome).toEqual({
          kind: 'error',
          message: 'Another funnel report is being generated in this spreadsheet. Try again when it has finished (usually within a minute).',
        });
      } finally {
        await page.context.close();
        await english.close();
      }
    });
  });
});

describe('the language toggle', () => {
  it('starts in Japanese for a Japanese user', async () => {
    const { page } = sidebar;
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('#app h2').first().textContent()).toBe('データタブ');
    expect(await page.locator('button.generate').textContent()).toBe('ファネルレポートを作成');
    expect(await page.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches everything to English, including the server-made kind labels and the report', async () => {
    const { page } = sidebar;
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#app[lang="en"][aria-busy="false"] button.generate').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#app h2').first().textContent()).toBe('Data tabs');
    expect(await page.locator('button.generate').textContent()).toBe('Generate funnel report');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    const leads = tabCard(page, 'リード');
    expect(await leads.locator('.tab-meta').textContent()).toBe('Rows: 1,500 · Detected: Leads (high confidence)');
    expect(await leads.locator('select').first().evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Leads');

    // The result of the Japanese Generate above is re-worded, the server's words included.
    const shown = page.locator('.result');
    await page.locator('#app[aria-busy="false"] .result h2', { hasText: 'Report ready' }).waitFor();
    expect(await shown.locator('.kpi dt').allTextContents()).toEqual(['Leads', 'Opportunity rate', 'Win rate', 'CAC', 'ROAS']);
    expect(await shown.locator('ul.notes li').allTextContents()).toEqual([
      'LTV and LTV/CAC were not computed: no value was given for gross margin and expected purchases per customer. Fill in Report settings in the sidebar to compute them.',
    ]);
    expect(await shown.locator('p.note').textContent()).toBe('The report sheets were written in Japanese. Generate again for English sheets.');
    const warnings = await shown.locator('ul.warnings li').allTextContents();
    expect(warnings.length).toBeGreaterThan(0);
    // Only the user's own names (tabs, channels) may still be Japanese; no sentence is.
    for (const warning of warnings) expect(warning.replace(/"[^"]*"|「[^」]*」|\([^)]*\)/g, '')).not.toMatch(/[\u3040-\u30ff]{3}/);
    expect(await shown.locator('.sheets li').first().textContent()).toBe('ファネル概要');

    const panel = await generate(page);
    expect(await panel.locator('h2').textContent()).toBe('Report ready');
    // Which key linked the deals to the leads (design §3.2.1): the sample's deals carry the lead's e-mail.
    expect(await panel.locator('ul.links li').allTextContents()).toEqual([expect.stringMatching(/^"商談": \d+ of \d+ deals linked to leads by email \(no lead for the other \d+\)\.$/)]);
    const sheets = await panel.locator('ul.sheets li').allTextContents();
    expect(sheets.length).toBeGreaterThan(0);
    for (const name of sheets) expect(name).toMatch(/^[A-Za-z /-]+$/);
    const written = (await readOut(preview)).worksheets.map((sheet) => sheet.name);
    for (const name of sheets) expect(written).toContain(name);
  });

  it('switches back to Japanese', async () => {
    const { page } = sidebar;
    await page.getByRole('button', { name: '日本語' }).click();
    await page.locator('#app[lang="ja"][aria-busy="false"] button.generate').waitFor();
    expect(await page.locator('#app h2').first().textContent()).toBe('データタブ');
    expect(await tabCard(page, 'リード').locator('.tab-meta').textContent()).toMatch(/^1,500行・/);
  });

  describe('edge cases', () => {
    it('opens in English for a user whose locale is en_US', async () => {
      const english = await startTestPreview({ locale: 'en_US' });
      const page = await openSidebar(browser, english, { locale: 'en-US' });
      try {
        await waitUntilIdle(page.page);
        expect(await page.page.locator('#app').getAttribute('lang')).toBe('en');
        expect(await page.page.locator('button.generate').textContent()).toBe('Generate funnel report');
      } finally {
        await page.context.close();
        await english.close();
      }
    });

    it('raised no page error and opened no dialog', () => {
      expect(sidebar.pageErrors).toEqual([]);
      expect(sidebar.dialogs).toEqual([]);
    });
  });
});
