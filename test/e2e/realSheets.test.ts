/**
 * What a real spreadsheet does that a tidy one does not, through the built bundle on the faithful
 * local runtime (design §7.1, §8): chart and data-source sheets, the property size limit, a report
 * sheet an owner locked, a failing delete or rename, a user's Duplicate of a report sheet, a
 * platform without a document lock, and a 100,000-row tab behind the sidebar.
 */
import { duplicateSheet } from '../../src/local/sheets/duplicateSheet';
import { restrictSheetProtection, setSheetType } from '../../src/local/sheets/platformState';
import { workbookFromTabs, type TabInput } from '../../src/local/workbook/fromTabs';
import type { SheetData, Workbook } from '../../src/local/workbook/model';
import type { TabMapping } from '../../src/core/model/types';
import type { SidebarState } from '../../src/shared/rpc';
import { execute, sheetNames, snapshotSheet } from './bundleRun';

// This small workbook has no lead times to report, so the リードタイム sheet is not written.
const REPORT_NAMES_JA = ['ファネル概要', 'チャネル別', '月次推移', '目標逆算', 'KPIガイド'];

function tabs(): TabInput[] {
  return [
    { name: '広告', rows: [['日付', '媒体', '費用'], ['2025-04-01', 'Google広告', 10000], ['2025-04-02', '展示会', 50000]] },
    {
      name: 'リード',
      rows: [
        ['作成日', '流入元', '商談日'],
        ['2025-04-01', 'Google広告', '2025-04-05'],
        ['2025-04-02', 'Google広告', ''],
        ['2025-04-02', '展示会', '2025-04-09'],
      ],
    },
  ];
}

function book(extra: TabInput[] = []): Workbook {
  return workbookFromTabs([...tabs(), ...extra], { timeZone: 'Asia/Tokyo' });
}

function sheetNamed(workbook: Workbook, name: string): SheetData {
  const found = workbook.sheetByName(name);
  if (!found) throw new Error(`no sheet ${name} in ${sheetNames(workbook).join(', ')}`);
  return found;
}

type Result = { sheets: string[]; summarySheet: string; warnings: { message: string }[] };

describe('chart sheets and Connected Sheets data sources', () => {
  it('are skipped by the sidebar and by Generate, and left as they were', () => {
    const workbook = book([{ name: 'グラフ1', rows: [] }, { name: 'BigQuery', rows: [] }]);
    setSheetType(sheetNamed(workbook, 'グラフ1'), 'OBJECT');
    setSheetType(sheetNamed(workbook, 'BigQuery'), 'DATASOURCE');
    const state = execute(workbook, 'sidebarGetState', [null]).result as SidebarState;
    expect(state.tabs.map((t) => t.name)).toEqual(['広告', 'リード']);
    const { result } = execute(workbook, 'generateFunnelReport', [{}]);
    expect((result as Result).sheets).toEqual(REPORT_NAMES_JA);
    expect(sheetNames(workbook)).toEqual(['広告', 'リード', 'グラフ1', 'BigQuery', ...REPORT_NAMES_JA]);
  });
});

describe('the saved setup and the 9 KB property limit', () => {
  /** 60 mapped lead tabs with 90-character Japanese names: about 50 KB of setup as one JSON value. */
  function manyLongTabs(): Workbook {
    const extra: TabInput[] = Array.from({ length: 60 }, (_, i) => ({
      name: `${String(i).padStart(2, '0')}${'展示会で獲得したリードの一覧'.repeat(6)}`,
      rows: [['作成日', '流入元'], ['2025-04-01', '展示会']],
    }));
    return book([...extra, { name: 'メモ', rows: [['今週やること']] }]);
  }

  it('saves many long-named tabs in chunks under the limit, only the mapped ones, and reads them back', () => {
    const workbook = manyLongTabs();
    const state = execute(workbook, 'sidebarGetState', [null]).result as SidebarState;
    const mappings: TabMapping[] = state.tabs.map((t) => t.mapping);
    const saved = execute(workbook, 'sidebarSaveSetup', [{ mappings, settings: { view: 'cohort', language: 'ja' } }]).result as SidebarState;
    expect(saved.saved).toBe(true);
    const stored = workbook.documentProperties.toObject();
    const sizes = Object.entries(stored).map(([key, value]) => Buffer.byteLength(key) + Buffer.byteLength(value));
    expect(Math.max(...sizes)).toBeLessThan(9 * 1024);
    expect(Object.keys(stored).length).toBeGreaterThan(2);
    expect(Object.values(stored).join('')).not.toContain('メモ');
    // Every mapped tab comes back with its mapping.
    const again = execute(workbook, 'sidebarGetState', [null]).result as SidebarState;
    expect(again.tabs.filter((t) => t.mapping.kind === 'leads')).toHaveLength(61);
  });

  it('never lets a refused save stop a generation, and says so', () => {
    const workbook = book();
    // Another script filled the document's property store to just under its 500 KB.
    for (let i = 0; i < 56; i += 1) workbook.documentProperties.set(`other.${i}`, 'x'.repeat(9000));
    const used = Object.entries(workbook.documentProperties.toObject()).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    workbook.documentProperties.set('other.last', 'x'.repeat(500 * 1024 - used - 100));
    const state = execute(workbook, 'sidebarGetState', [null]).result as SidebarState;
    const { result, services } = execute(workbook, 'sidebarGenerate', [{ mappings: state.tabs.map((t) => t.mapping), settings: { language: 'ja' } }]);
    expect((result as Result).sheets).toEqual(REPORT_NAMES_JA);
    expect((result as Result).warnings[0]?.message).toMatch(/^サイドバーの設定を保存できませんでした（.*property storage quota.*）。レポートは今回の設定で作成しました。/);
    expect(services.log.some((line) => line.includes('the setup was not saved'))).toBe(true);
  });
});

describe('the second half of the swap', () => {
  it('refuses before building when an owner locked a previous report sheet, and changes nothing', () => {
    const workbook = book();
    execute(workbook, 'generateFunnelReport', [{}]);
    restrictSheetProtection(sheetNamed(workbook, 'チャネル別'));
    const before = workbook.sheets.map((s) => snapshotSheet(workbook, s));
    expect(() => execute(workbook, 'generateFunnelReport', [{}])).toThrow(
      '前回のレポートシート「チャネル別」は、オーナーの保護設定により削除できないため、レポートを作り直せません。'
    );
    expect(workbook.sheets.map((s) => snapshotSheet(workbook, s))).toEqual(before);
  });

  it('finishes what it can when a delete fails anyway: no temporary sheet, and the user is told', () => {
    const workbook = book();
    execute(workbook, 'generateFunnelReport', [{}]);
    const { result } = execute(workbook, 'generateFunnelReport', [{}], (services) => services.calls.failOn('Spreadsheet.deleteSheet', 1));
    const names = sheetNames(workbook);
    expect(names.filter((n) => n.startsWith('~funnel-kpi'))).toEqual([]);
    // The first old sheet stayed; the new summary took "(2)"; the other four were replaced.
    expect(names).toEqual(['広告', 'リード', 'ファネル概要', 'ファネル概要 (2)', ...REPORT_NAMES_JA.slice(1)]);
    expect((result as Result).summarySheet).toBe('ファネル概要 (2)');
    expect((result as Result).warnings[0]?.message).toBe(
      '前回のレポートシート「ファネル概要」を削除できなかったため、残っています。不要なら手動で削除してください（新しいレポートは別の名前で作成しました）。'
    );
    // The kept old sheet is still the add-on's: the next generation replaces it and the names settle.
    execute(workbook, 'generateFunnelReport', [{}]);
    expect(sheetNames(workbook)).toEqual(['広告', 'リード', ...REPORT_NAMES_JA]);
  });

  it('gives a sheet the next free name when its rename fails, leaving no temporary sheet', () => {
    const workbook = book();
    const { result } = execute(workbook, 'generateFunnelReport', [{}], (services) => services.calls.failOn('Sheet.setName', 2));
    expect(sheetNames(workbook).filter((n) => n.startsWith('~funnel-kpi'))).toEqual([]);
    expect((result as Result).sheets).toEqual(['ファネル概要', 'チャネル別 (2)', '月次推移', '目標逆算', 'KPIガイド']);
  });
});

describe("a user's Duplicate of a report sheet", () => {
  it('is the user\'s sheet: never deleted or replaced, never read as data', () => {
    const workbook = book();
    execute(workbook, 'generateFunnelReport', [{}]);
    const copy = duplicateSheet(workbook, sheetNamed(workbook, 'チャネル別'));
    expect(workbook.developerMetadata.some((m) => m.sheetId === copy.id && m.key === 'funnelKpi.role')).toBe(true);
    // Its content, name and formats; its position moves up when the report sheets before it are replaced.
    const contentOf = (sheet: SheetData): unknown => ({ ...(snapshotSheet(workbook, sheet) as object), index: null });
    const mine = contentOf(copy);
    const { result } = execute(workbook, 'generateFunnelReport', [{}]);
    expect(workbook.sheets).toContain(copy);
    expect(contentOf(copy)).toEqual(mine);
    expect((result as Result).sheets).toEqual(REPORT_NAMES_JA);
    const summary = execute(workbook, 'getFunnelSummary', [{}]).result as { sources: { tab: string }[] };
    expect(summary.sources.map((s) => s.tab)).toEqual(['広告', 'リード']);
    const state = execute(workbook, 'sidebarGetState', [null]).result as SidebarState;
    expect(state.tabs.map((t) => t.name)).toEqual(['広告', 'リード']);
  });
});

describe('a platform without a document lock', () => {
  it('generates anyway and says so in the log, never a permanent "busy"', () => {
    const workbook = book();
    for (let run = 0; run < 2; run += 1) {
      const { result, services } = execute(workbook, 'generateFunnelReport', [{}], undefined, 'ja_JP', 'throw', { documentLock: 'null' });
      expect((result as Result).sheets).toEqual(REPORT_NAMES_JA);
      expect(services.log).toContain('Funnel KPI: no document lock is available here (getDocumentLock returned null); generating without one.');
    }
  });
});

describe('opening the sidebar on a 100,000-row tab', () => {
  it('reads a window of each tab and its row count, not every cell; Generate reads everything', () => {
    const leads: unknown[][] = [['作成日', '流入元', '商談日']];
    for (let i = 0; i < 100_000; i += 1) leads.push([`2025-04-${String((i % 28) + 1).padStart(2, '0')}`, i % 2 ? 'Google広告' : '展示会', '']);
    const workbook = workbookFromTabs([tabs()[0]!, { name: 'リード', rows: leads as TabInput['rows'] }], { timeZone: 'Asia/Tokyo' });
    const { result, services } = execute(workbook, 'sidebarGetState', [null]);
    const state = result as SidebarState;
    expect(state.tabs.find((t) => t.name === 'リード')?.rowCount).toBe(100_000);
    expect(state.tabs.find((t) => t.name === '広告')?.rowCount).toBe(2);
    const calls = services.calls;
    // Two tabs: one getLastRow, one getLastColumn, one bounded getRange and one getValues each.
    expect([calls.get('Sheet.getLastRow'), calls.get('Sheet.getLastColumn'), calls.get('Sheet.getRange'), calls.get('Range.getValues')]).toEqual([2, 2, 2, 2]);
    expect(calls.get('Sheet.getDataRange')).toBe(0);
    // 100 rows × 3 columns of leads + the 3×3 ads tab.
    expect(calls.cellsRead).toBe(100 * 3 + 3 * 3);
    const generated = execute(workbook, 'getFunnelSummary', [{}]);
    expect(generated.services.calls.cellsRead).toBe(100_001 * 3 + 3 * 3);
  });

  it('saving the setup and inserting the sample answer with the same windowed read, never whole tabs', () => {
    const leads: unknown[][] = [['作成日', '流入元', '商談日']];
    for (let i = 0; i < 100_000; i += 1) leads.push([`2025-04-${String((i % 28) + 1).padStart(2, '0')}`, i % 2 ? 'Google広告' : '展示会', '']);
    const workbook = workbookFromTabs([tabs()[0]!, { name: 'リード', rows: leads as TabInput['rows'] }], { timeZone: 'Asia/Tokyo' });
    const state = execute(workbook, 'sidebarGetState', [null]).result as SidebarState;
    const saved = execute(workbook, 'sidebarSaveSetup', [{ mappings: state.tabs.map((t) => t.mapping), settings: { language: 'ja' } }]);
    expect(saved.services.calls.get('Sheet.getDataRange')).toBe(0);
    expect([saved.services.calls.get('Sheet.getRange'), saved.services.calls.get('Range.getValues')]).toEqual([2, 2]);
    expect(saved.services.calls.cellsRead).toBe(100 * 3 + 3 * 3);
    const inserted = execute(workbook, 'sidebarInsertSampleData', ['ja']);
    expect(inserted.services.calls.get('Sheet.getDataRange')).toBe(0);
    // The new sample tabs are read through the same window: at most 100 rows of each tab.
    const tabCount = (inserted.result as SidebarState).tabs.length;
    expect(tabCount).toBeGreaterThan(2);
    expect(inserted.services.calls.get('Range.getValues')).toBe(tabCount);
    const readRows = inserted.services.calls.cellsRead;
    expect(readRows).toBeLessThan(tabCount * 100 * 30);
  });
});

describe('authorization modes', () => {
  it('onOpen in AuthMode.NONE builds the menu and touches nothing else; in LIMITED it asks only for the locale', () => {
    const workbook = book();
    const none = execute(workbook, 'onOpen', [{ authMode: 'NONE' }], undefined, 'ja_JP', 'throw', { authMode: 'NONE' });
    expect(none.services.ui.menus.at(-1)?.items.map((item) => ('caption' in item ? item.caption : ''))[0]).toBe('ファネルKPIを開く / Open Funnel KPI');
    const limited = execute(workbook, 'onOpen', [{ authMode: 'LIMITED' }], undefined, 'en_US', 'throw', { authMode: 'LIMITED' });
    expect(limited.services.ui.menus.at(-1)?.items.map((item) => ('caption' in item ? item.caption : ''))[0]).toBe('Open Funnel KPI');
  });

  it('a menu action in LIMITED mode could not open the sidebar (it needs FULL)', () => {
    expect(() => execute(book(), 'showSidebar', [], undefined, 'ja_JP', 'throw', { authMode: 'LIMITED' })).toThrow(/permission to call Ui.showSidebar/);
  });
});
