/**
 * The sidebar works from the keyboard alone (design §8): Tab reaches "Generate funnel report" with a
 * visible focus ring, Enter and Space run it, and focus lands on the result for screen readers.
 */
import type { Browser, Page } from 'playwright-core';
import { generateWith, type Preview, type SidebarPage, openSession, closeSession } from './harness';

/** More stops than the sample workbook's sidebar has before Generate. */
const MAX_TAB_PRESSES = 150;
/**
 * Tab presses from the top of the page to Generate on the sample workbook: the skip link, the
 * language toggle and Reload, the folded tab line, the settings (each date field has three stops in
 * Chromium), the folded チャネルの対応づけ section (one stop, issue 10) and Insert sample data. Before
 * issue 14 it took 33, through 8 open tab cards.
 */
const PRESSES_TO_GENERATE = 21;

let browser: Browser;
let preview: Preview;
let sidebar: SidebarPage;

beforeAll(async () => {
  ({ browser, preview, sidebar } = await openSession());
});

afterAll(() => closeSession({ browser, preview, sidebar }));

/** What has focus: its class list and text, for naming it in a failure. */
function focused(page: Page): Promise<{ className: string; text: string; focusVisible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { className: element?.className ?? '', text: element?.textContent ?? '', focusVisible: element?.matches(':focus-visible') ?? false };
  });
}

/** Presses `key` until Generate has focus; returns how many presses it took. */
async function pressUntilGenerate(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<number> {
  for (let presses = 1; presses <= MAX_TAB_PRESSES; presses += 1) {
    await page.keyboard.press(key);
    if ((await focused(page)).className.split(' ').includes('generate')) return presses;
  }
  throw new Error(`${key} never reached the Generate button in ${MAX_TAB_PRESSES} presses`);
}

describe('Generate from the keyboard', () => {
  it('is reached with Tab from the top of the page, with a visible focus ring', async () => {
    const { page } = sidebar;
    const presses = await pressUntilGenerate(page, 'Tab');
    console.log(`Tab presses from the top of the sidebar to Generate on the sample workbook: ${presses}`);
    expect(presses).toBeLessThanOrEqual(PRESSES_TO_GENERATE);
    expect(presses).toBeGreaterThan(1);
    expect(await focused(page)).toEqual({ className: 'button-primary generate', text: 'ファネルレポートを作成', focusVisible: true });
  });

  it('runs on Enter and moves focus to the result heading', async () => {
    const { page } = sidebar;
    const outcome = await generateWith(page, () => page.keyboard.press('Enter'));
    expect(outcome.kind).toBe('result');
    expect((await focused(page)).text).toBe('レポートを作成しました');
  });

  it('is reached again with Tab from the result (it comes last in the page) and runs on Space', async () => {
    const { page } = sidebar;
    // The result's buttons (open the summary, the folded lists) and Insert sample data come first.
    expect(await pressUntilGenerate(page, 'Tab')).toBeLessThanOrEqual(6);
    const outcome = await generateWith(page, () => page.keyboard.press('Space'));
    expect(outcome.kind).toBe('result');
    expect(await page.locator('.result').count()).toBe(1);
  });

  describe('edge cases', () => {
    it('starts with a skip link to Generate, then the language toggle and Reload, then the tab list', async () => {
      const { page } = sidebar;
      await page.reload();
      await page.locator('#app[aria-busy="false"] button.generate').waitFor();
      const stops: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        await page.keyboard.press('Tab');
        stops.push((await focused(page)).text);
      }
      expect(stops).toEqual(['「ファネルレポートを作成」へ移動', '日本語', 'English', '再読み込み', '8タブを読み取りました：すべて使用できます']);
      // The folded line opens with the keyboard and shows the cards, each one stop (its disclosure).
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const element = document.activeElement;
        return { text: element?.textContent, card: element?.closest('li.tab-card')?.querySelector('h3')?.textContent };
      });
      expect(next).toEqual({ text: '列の対応づけを表示', card: 'Google広告' });
    });

    it('the skip link takes focus to Generate in one press', async () => {
      const { page } = sidebar;
      await page.reload();
      await page.locator('#app[aria-busy="false"] button.generate').waitFor();
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe('「ファネルレポートを作成」へ移動');
      expect((await focused(page)).focusVisible).toBe(true);
      await page.keyboard.press('Enter');
      expect(await focused(page)).toEqual({ className: 'button-primary generate', text: 'ファネルレポートを作成', focusVisible: true });
    });

    it('raised no page error and opened no dialog', () => {
      expect(sidebar.pageErrors).toEqual([]);
      expect(sidebar.dialogs).toEqual([]);
    });
  });
});
