/**
 * Specific when something needs attention (design §3.2.1, §8): a tab that was not recognised opens on
 * top with the headers that were found, its samples and what is missing; a Generate that finds no
 * usable rows lists one sentence per problem — tab, row, the value (quoted safely) and what to do —
 * never log lines joined with " - ".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { chosenOption, fieldSelect, generateWith, launchChromium, openSidebar, startTestPreview, tabCard, type Preview, type SidebarPage } from './harness';

let browser: Browser;
let preview: Preview;
let sidebar: SidebarPage;
let folder: string;

beforeAll(async () => {
  const launching = launchChromium();
  folder = mkdtempSync(path.join(os.tmpdir(), 'sidebar-attention-'));
  const workbook = new ExcelJS.Workbook();
  // A leads tab whose dates cannot be read, one of them an e-mail address pasted in the wrong column.
  workbook.addWorksheet('リード').addRows([['作成日', '流入元'], ['abc', 'Web'], ['def', '展示会'], ['taro@example.com', 'Web']]);
  workbook.addWorksheet('費用メモ').addRows([['日付', 'メモ'], [new Date(Date.UTC(2025, 3, 1)), '打合せ']]);
  const input = path.join(folder, 'attention.xlsx');
  await workbook.xlsx.writeFile(input);
  [browser, preview] = await Promise.all([launching, startTestPreview({ inputs: [input] })]);
  sidebar = await openSidebar(browser, preview);
});

afterAll(async () => {
  await sidebar?.context.close();
  await browser?.close();
  await preview?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('a tab that was not recognised', () => {
  it('is open on top, with the headers found, their samples, and what is missing', async () => {
    const { page } = sidebar;
    expect(await page.locator('.group-heading').textContent()).toBe('確認が必要なタブ（1）');
    const card = tabCard(page, '費用メモ');
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('button.disclosure').getAttribute('aria-expanded')).toBe('true');
    expect(await card.locator('.badge').first().textContent()).toBe('種類を選んでください');
    expect(await card.locator('.notice p').allTextContents()).toEqual([
      '種類を自動では判定できませんでした。',
      'いちばん近いのは広告データですが、必須の列（費用）が見つかりません。',
      'データの種類を選ぶと、その種類の列を自動で対応づけます。',
    ]);
    expect(await card.locator('.headers-found h4').textContent()).toBe('見つかった見出し（1行目）');
    expect(await card.locator('.column-list li').allInnerTexts()).toEqual(['A: 日付\n例: 2025-04-01', 'B: メモ\n例: 打合せ']);
    // The other tab is ready and folded into one line below.
    expect(await page.locator('button.tabs-summary').textContent()).toBe('ほかの1タブ：すべて使用できます');
  });

  it('maps its columns as soon as a kind is chosen, and says which one is still missing', async () => {
    const card = tabCard(sidebar.page, '費用メモ');
    await card.getByLabel('データの種類').selectOption({ label: '広告' });
    expect(await chosenOption(fieldSelect(card, '日付'))).toBe('A列: 日付（2025-04-01）');
    expect(await chosenOption(fieldSelect(card, '費用'))).toBe('（なし）');
    expect(await fieldSelect(card, '費用').getAttribute('aria-invalid')).toBe('true');
    expect(await card.locator('.missing p, .missing li').allTextContents()).toEqual(['広告データとして使うには、次の列を選んでください。', '「費用」の列']);
    await card.getByLabel('データの種類').selectOption({ label: '使わない' });
  });
});

describe('Generate with no usable row', () => {
  it('lists one sentence per problem, quoting the unreadable dates and describing the e-mail address', async () => {
    const outcome = await generateWith(sidebar.page, () => sidebar.page.locator('button.generate').click());
    expect(outcome.kind).toBe('error');
    const box = sidebar.page.locator('.outcome .error-box');
    expect(await box.locator('p').first().textContent()).toBe('ファネルを計算できるタブがありません（読み込めた行がありません）。広告・アクセス・リード・商談・メールのいずれかのデータのタブが必要です。');
    const items = await box.locator('ul.error-details li').allTextContents();
    expect(items[0]).toBe('「リード」: リードデータとして読みましたが、3行のうち使える行がありませんでした。下の各行の値を直すか、サイドバーの「列の対応づけ」で正しい列が選ばれているか確認してください。');
    expect(items[1]).toMatch(/^「リード」2行目: 作成日「abc」は日付として読めません。この行は集計から除外しました。/);
    expect(items[2]).toMatch(/^「リード」3行目: 作成日「def」は日付として読めません。/);
    expect(items[3]).toMatch(/^「リード」4行目: 作成日（メールアドレス）は日付として読めません。/);
    expect(items.join('\n')).not.toContain('taro@example.com');
    expect(items.some((item) => item.includes(' - '))).toBe(false);
    expect(new Set(items).size).toBe(items.length);
    // The list is where the user is looking: in view.
    const top = await box.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
  });

  describe('edge cases', () => {
    it('raised no page error and opened no dialog', () => {
      expect(sidebar.pageErrors).toEqual([]);
      expect(sidebar.dialogs).toEqual([]);
    });
  });
});
