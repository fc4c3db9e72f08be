/// <reference lib="dom" />
/**
 * Shared set-up of the browser tests: the `npm run preview` server started in this process on the
 * BUILT add-on (dist/Code.js, dist/Sidebar.html) and a headless Debian Chromium driving the sidebar
 * at its real width. Every wait is on an explicit state of the page (aria-busy, a new result
 * panel, a visible error box), never on a timer.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type BrowserContext, type Dialog, type Locator, type Page } from 'playwright-core';
import type { PreviewArgs } from '../../../src/local/preview/args';
import { startPreview, type RunningPreview } from '../../../src/local/preview/start';
import { DIST } from '../../paths';

export { DIST };

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The width Google Sheets gives an add-on sidebar. */
export const SIDEBAR_WIDTH = 300;

const quietConsole = { ...console, log: () => undefined, info: () => undefined } as Console;

/** Starts Chromium; `chromium.launch` gives each browser a fresh temporary profile (user-data dir). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Preview extends RunningPreview {
  /** A folder for this preview's files (the --out workbook, inputs), removed by close(). */
  readonly folder: string;
}

/** Starts the preview on the built add-on, on any free port, writing the workbook to `<folder>/out.xlsx`. */
export async function startTestPreview(args: Partial<PreviewArgs> = {}): Promise<Preview> {
  for (const file of ['Code.js', 'Sidebar.html']) {
    if (!existsSync(path.join(DIST, file))) throw new Error(`dist/${file} is missing: run "node esbuild.config.mjs" (npm run build) first`);
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'sidebar-browser-'));
  const running = await startPreview(
    { inputs: [], empty: false, port: 0, out: path.join(folder, 'out.xlsx'), locale: 'ja', dist: null, ...args },
    { projectDist: DIST, console: quietConsole }
  );
  return {
    ...running,
    folder,
    close: async () => {
      await running.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface SidebarPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every alert/confirm/prompt the page opened (each is dismissed). */
  readonly dialogs: string[];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[];
}

/** Opens the sidebar alone at 300 px and waits until the server's state is shown. */
export async function openSidebar(browser: Browser, preview: RunningPreview, options: { locale?: string; height?: number } = {}): Promise<SidebarPage> {
  const context = await browser.newContext({ viewport: { width: SIDEBAR_WIDTH, height: options.height ?? 900 }, locale: options.locale ?? 'ja-JP' });
  // Well above any wait the sidebar needs here (a Generate takes about a second), so that a
  // broken page fails in seconds rather than at jest's 60 s limit.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${preview.url}sidebar`);
  await waitUntilIdle(page);
  return { page, context, dialogs, pageErrors };
}

/** Chromium, a preview on the built add-on and its sidebar: what most browser test files share. */
export interface Session {
  readonly browser: Browser;
  readonly preview: Preview;
  readonly sidebar: SidebarPage;
}

/** Starts Chromium and the preview together, then opens the sidebar (on the sample workbook unless `args` say otherwise). */
export async function openSession(args: Partial<PreviewArgs> = {}, sidebarOptions: Parameters<typeof openSidebar>[2] = {}): Promise<Session> {
  const [browser, preview] = await Promise.all([launchChromium(), startTestPreview(args)]);
  return { browser, preview, sidebar: await openSidebar(browser, preview, sidebarOptions) };
}

/** Closes what `openSession` opened; safe on a session that failed half-way. */
export async function closeSession(session: Partial<Session>): Promise<void> {
  await session.sidebar?.context.close();
  await session.browser?.close();
  await session.preview?.close();
}

/** Waits until the sidebar shows a loaded state and no call is running. */
export async function waitUntilIdle(page: Page): Promise<void> {
  await page.locator('#app[aria-busy="false"] button.generate').waitFor();
}

/** The card of one tab, by its exact name. */
export function tabCard(page: Page, name: string): Locator {
  return page.locator('li.tab-card').filter({ has: page.locator('h3.tab-name').getByText(name, { exact: true }) });
}

/** Opens a tab's card (unfolding the ready tabs first when it is among them) and returns it. */
export async function openCard(page: Page, name: string): Promise<Locator> {
  const card = tabCard(page, name);
  const folded = page.locator('button.tabs-summary[aria-expanded="false"]');
  if (!(await card.isVisible()) && (await folded.count()) > 0) await folded.click();
  const toggle = card.locator('button.disclosure');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return card;
}

/** One field of an open mapping (label, badges, dropdown, chosen column), by the field's label. */
export function fieldRow(card: Locator, label: string): Locator {
  return card.locator('.field-map').filter({ has: card.page().locator('.field-name').getByText(label, { exact: true }) });
}

/** The dropdown of one field in an open mapping, by the field's label (its badges aside). */
export function fieldSelect(card: Locator, label: string): Locator {
  return fieldRow(card, label).locator('select');
}

/** The text of a dropdown's chosen option. */
export function chosenOption(select: Locator): Promise<string> {
  return select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? '');
}

export type GenerateOutcome = { readonly kind: 'result'; readonly panel: Locator } | { readonly kind: 'error'; readonly message: string };

/**
 * Runs `press` (a click or a key press on Generate) and waits for what it produced: a NEW result
 * panel (an earlier one is marked stale first) or the error box beside the button.
 */
export async function generateWith(page: Page, press: () => Promise<void>): Promise<GenerateOutcome> {
  await page.evaluate(() => {
    document.querySelectorAll('.result').forEach((panel) => panel.setAttribute('data-stale', ''));
  });
  await press();
  const panel = page.locator('.result:not([data-stale])');
  const error = page.locator('.outcome .error-box:not([hidden])');
  await panel.or(error).first().waitFor();
  await waitUntilIdle(page);
  if (await error.isVisible()) return { kind: 'error', message: (await error.locator('p').innerText()).trim() };
  return { kind: 'result', panel };
}

/** Clicks Generate and returns the new result panel (fails with the shown error otherwise). */
export async function generate(page: Page): Promise<Locator> {
  const outcome = await generateWith(page, () => page.locator('button.generate').click());
  if (outcome.kind === 'error') throw new Error(`Generate failed in the sidebar: ${outcome.message}`);
  return outcome.panel;
}

/** The workbook the preview wrote to --out. */
export async function readOut(preview: RunningPreview): Promise<ExcelJS.Workbook> {
  if (preview.out === null) throw new Error('the preview was started without --out');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(preview.out);
  return workbook;
}

/** A sheet's rows as plain values (row 1 first), for looking up table rows by their first cell. */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as unknown[];
    rows[number - 1] = values.slice(1).map((value) => (typeof value === 'object' && value !== null && 'result' in value ? (value as { result: unknown }).result : value));
  });
  return Array.from(rows, (row) => row ?? []);
}

/**
 * The rows of the table whose header row starts with `firstHeader`, keyed by header, until the first
 * blank row.
 */
export function tableBelow(sheet: ExcelJS.Worksheet, firstHeader: string): Record<string, unknown>[] {
  const rows = sheetRows(sheet);
  const start = rows.findIndex((row) => row[0] === firstHeader);
  if (start < 0) throw new Error(`no table headed "${firstHeader}" in ${sheet.name}`);
  const header = (rows[start] ?? []).map(String);
  const table: Record<string, unknown>[] = [];
  for (const row of rows.slice(start + 1)) {
    if (row.length === 0 || row[0] === undefined || row[0] === null || row[0] === '') break;
    table.push(Object.fromEntries(header.map((name, index) => [name, row[index]])));
  }
  return table;
}
