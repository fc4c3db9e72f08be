/**
 * "Insert sample data" writes what Google Sheets stores (typed numbers and dates, plain-text format
 * where text must stay text), checked through the bundle with the runtime coercing every written
 * string as Sheets does. The report from the inserted sample equals the report from the sample's
 * files (today's `npm start` path, where the cells are the exports' text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_TAB_NAMES } from '../../src/core/sample';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import { LocalDateTime, type Workbook } from '../../src/local/workbook/model';
import { execute } from './bundleRun';

type Summary = Record<string, unknown> & { sources: { tab: string; kind: string; rowsRead: number; rowsSkipped: number }[] };

function insertedSample(): Workbook {
  const workbook = workbookFromTabs([{ name: 'シート1', rows: [] }], { timeZone: 'Asia/Tokyo' });
  execute(workbook, 'insertSampleData', [], undefined, 'ja_JP', 'coerce');
  return workbook;
}

function summaryOf(workbook: Workbook): Summary {
  return execute(workbook, 'getFunnelSummary', [{}]).result as Summary;
}

function column(workbook: Workbook, tab: string, header: string): unknown[] {
  const sheet = workbook.sheetByName(tab)!;
  for (let r = 0; r < 12; r += 1) {
    const row = Array.from({ length: sheet.lastColumn() }, (_, c) => sheet.value(r, c));
    const c = row.indexOf(header);
    if (c >= 0) return Array.from({ length: sheet.lastRow() - r - 1 }, (_, i) => sheet.value(r + 1 + i, c));
  }
  throw new Error(`no column ${header} in ${tab}`);
}

describe('sample data as Sheets stores it', () => {
  const inserted = insertedSample();

  it('holds typed amounts and dates where Sheets converts, and keeps "--" as text', () => {
    expect(inserted.sheets.map((s) => s.name)).toEqual(['シート1', ...SAMPLE_TAB_NAMES]);
    const costs = column(inserted, '展示会・イベント', '費用');
    expect(costs.every((v) => typeof v === 'number' || (typeof v === 'string' && v.endsWith('円')))).toBe(true);
    expect(costs.filter((v) => typeof v === 'number').length).toBeGreaterThan(0);
    // Every day of the Yahoo! export is a date; its last row is the export's 合計 line.
    expect(column(inserted, 'Yahoo!広告', '日').filter((v) => !(v instanceof LocalDateTime))).toEqual(['合計']);
    expect(column(inserted, '目標', '月')[0]).toEqual(new LocalDateTime(Date.UTC(2025, 3, 1)));
    const conversions = column(inserted, 'Google広告', 'コンバージョン');
    expect(conversions).toContain('--');
    expect(conversions.filter((v) => v === '#ERROR!')).toEqual([]);
  });

  it('gives the same KPIs as the sample files', () => {
    const fromInserted = summaryOf(inserted);
    const fromFiles = summaryOf(sampleWorkbook());
    const { sources: insertedSources, ...insertedKpis } = fromInserted;
    const { sources: fileSources, ...fileKpis } = fromFiles;
    expect(insertedKpis).toEqual(fileKpis);
    const bySampleTab = (sources: Summary['sources']) =>
      sources.filter((s) => (SAMPLE_TAB_NAMES as readonly string[]).includes(s.tab)).map(({ tab, kind, rowsRead, rowsSkipped }) => ({ tab, kind, rowsRead, rowsSkipped }));
    expect(bySampleTab(insertedSources)).toEqual(bySampleTab(fileSources));
    expect((fromFiles.total as { leads: number }).leads).toBeGreaterThan(0);
  });
});

describe('the hand-check list for a real spreadsheet', () => {
  // docs/real-sheets-checklist.md, check 2.7, quotes the sample's headline KPIs so a person can compare
  // them in real Sheets; this keeps those figures equal to what the add-on computes today.
  it('quotes the headline KPIs the sample gives', () => {
    const list = readFileSync(join(__dirname, '../../docs/real-sheets-checklist.md'), 'utf8');
    const line = list.split('\n').find((l) => l.startsWith('| 2.7 |'))!;
    const quoted = [...line.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
    const total = summaryOf(sampleWorkbook()).total as { leads: number; opportunityRate: number; winRate: number; cac: number; roas: number };
    const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
    expect(quoted).toEqual([
      total.leads.toLocaleString('en-US'),
      percent(total.opportunityRate),
      percent(total.winRate),
      `¥${Math.round(total.cac).toLocaleString('en-US')}`,
      `${Math.round(total.roas * 100)}%`,
    ]);
  });
});
