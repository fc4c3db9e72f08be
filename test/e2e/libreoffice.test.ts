/**
 * An independent spreadsheet engine checks the written formulas: LibreOffice recalculates the
 * report .xlsx (written without cached results), and every ratio must equal the JSON summary,
 * with no cell computing to an error. Hostile channel names must come out as their own literal text.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { RATIO_KEYS, type FunnelSummary, type KpiRow } from '../../src/core/model/summary';
import { KPI_KEYS } from '../../src/core/report/kpiCatalog';
import { kpiName } from '../../src/core/report/labels';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import { saveWorkbookToXlsx } from '../../src/local/workbook/saveXlsx';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import type { Workbook } from '../../src/local/workbook/model';
import { execute } from './bundleRun';
import { CHANNEL_INDENT } from '../../src/core/report/channelSheet';
import { recalculate } from './recalculate';


/**
 * Formula triggers, wildcards and comparison text, and triggers followed by code points NFKC
 * composes or drops (`=` + U+0338 becomes `≠`; issue 16 class 1).
 */
export const HOSTILE_CHANNELS = ['=HYPERLINK("http://x","y")', '+81-3', '-5', '@SUM(A1)', '＝1+1', '*', '>0', '=\u0338HYPERLINK("http://x","y")', '\uFF0B\u0338\uFE0F81', '-\u200D5'];

/** Each hostile channel gets its own number of leads (1..7) and a cost, so wildcard or formula matching would show. */
function hostileWorkbook(): Workbook {
  const ads: unknown[][] = [['日付', 'チャネル', '費用', '表示回数', 'クリック数']];
  const leads: unknown[][] = [['リードID', '作成日', 'チャネル', '商談日', '受注日', '金額']];
  let id = 0;
  HOSTILE_CHANNELS.forEach((channel, index) => {
    ads.push([`2025-04-0${(index % 7) + 1}`, channel, 1000 * (index + 1), 500 * (index + 1), 20 * (index + 1)]);
    for (let n = 0; n <= index; n += 1) {
      id += 1;
      const opportunity = n % 2 === 0 ? `2025-05-0${(n % 7) + 1}` : '';
      const won = n % 4 === 0 ? `2025-06-0${(n % 7) + 1}` : '';
      leads.push([`L${id}`, `2025-04-0${(n % 7) + 1}`, channel, opportunity, won, won ? 100000 * (index + 1) : '']);
    }
  });
  return workbookFromTabs(
    [
      { name: '広告', rows: ads as never },
      { name: 'リード', rows: leads as never },
    ],
    { timeZone: 'Asia/Tokyo' }
  );
}

function recalculateReport(xlsx: string): Map<string, string[][]> {
  return recalculate(xlsx, ['Funnel summary', 'By channel', 'Monthly', 'Velocity', 'Lead score', 'Email performance', 'Plan', 'KPI guide']);
}

/** LibreOffice writes raw values; percentages keep their sign ("12.5%"). */
function cellNumber(text: string): number | null {
  if (text === '—') return null;
  const percent = text.endsWith('%');
  const value = Number(percent ? text.slice(0, -1) : text);
  if (text === '' || !Number.isFinite(value)) throw new Error(`not a number: "${text}"`);
  return percent ? value / 100 : value;
}

const KEY_BY_HEADER = new Map<string, string>(KPI_KEYS.map((key) => [kpiName(key, 'en'), key]));
const RATIO_SET = new Set<string>(RATIO_KEYS);

/**
 * Checks every ratio column of every table headed `firstHeader` (a sheet's core table and the tables
 * below it) against the summary rows, matched by the row label.
 */
function checkTable(grid: string[][], firstHeader: string, rows: ReadonlyMap<string, KpiRow>): number {
  expect(grid.some((row) => row[0] === firstHeader)).toBe(true);
  let header: string[] = [];
  let checked = 0;
  for (const row of grid) {
    if (row[0] === firstHeader) {
      header = row;
      continue;
    }
    // A blank row ends a table: rows of other tables (the group chart's, the audit) are not checked.
    if (row.every((cell) => cell === '')) header = [];
    const expected = rows.get(row[0] ?? '');
    if (!expected || header.length === 0) continue;
    header.forEach((name, column) => {
      const key = KEY_BY_HEADER.get(name);
      if (!key || !RATIO_SET.has(key)) return;
      const want = expected[key as keyof KpiRow];
      const got = cellNumber(row[column] ?? '');
      if (want === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(want, 6);
      checked += 1;
    });
  }
  return checked;
}

/** The rows of チャネル別 by their label: group rows, and channels indented beneath them. */
function channelRows(summary: FunnelSummary): [string, KpiRow][] {
  return [...summary.byChannelGroup.map((row) => [row.group, row] as [string, KpiRow]), ...summary.byChannel.map((row) => [`${CHANNEL_INDENT}${row.channel}`, row] as [string, KpiRow])];
}

function expectNoErrors(sheets: Map<string, string[][]>): void {
  for (const [name, grid] of sheets) {
    for (const row of grid) {
      for (const cell of row) {
        if (/^(#DIV\/0!|#VALUE!|#NAME\?|#REF!|#N\/A|#NUM!|Err:\d+)$/.test(cell)) throw new Error(`${name}: cell computes to ${cell}`);
      }
    }
  }
}

async function generate(workbook: Workbook, settings: object): Promise<{ summary: FunnelSummary; sheets: Map<string, string[][]>; xlsx: string }> {
  const summary = execute(workbook, 'getFunnelSummary', [{ settings }], undefined, 'en_US').result as FunnelSummary;
  execute(workbook, 'generateFunnelReport', [{ settings }], undefined, 'en_US');
  const xlsx = path.join(mkdtempSync(path.join(os.tmpdir(), 'funnel-lo-')), 'report.xlsx');
  await saveWorkbookToXlsx(workbook, xlsx);
  return { summary, sheets: recalculateReport(xlsx), xlsx };
}

describe('report formulas recalculated by LibreOffice', () => {
  it.each([
    ['cohort', { language: 'en' }],
    ['period', { language: 'en', view: 'period', grossMargin: 0.7, expectedPurchases: 3 }],
  ])('equal the JSON summary on the sample workbook (%s view)', async (_view, settings) => {
    const { summary, sheets } = await generate(sampleWorkbook(), settings);
    expectNoErrors(sheets);
    const byChannel = new Map<string, KpiRow>([...channelRows(summary), ['Total', summary.total]]);
    const byMonth = new Map<string, KpiRow>(summary.byMonth.map((row) => [row.month, row]));
    expect(checkTable(sheets.get('By channel') ?? [], 'Channel', byChannel)).toBeGreaterThan(100);
    expect(checkTable(sheets.get('Monthly') ?? [], 'Month', byMonth)).toBeGreaterThan(100);
  }, 120000);

  it('keeps hostile channel names as literal text with their own counts, in the sheet and in the .xlsx', async () => {
    const { summary, sheets, xlsx } = await generate(hostileWorkbook(), { language: 'en' });
    expectNoErrors(sheets);
    const grid = sheets.get('By channel') ?? [];
    const header = grid.find((row) => row[0] === 'Channel') ?? [];
    const leadsColumn = header.indexOf('Leads');
    HOSTILE_CHANNELS.forEach((channel, index) => {
      const row = grid.find((r) => r[0] === `${CHANNEL_INDENT}${channel}`);
      expect(row).toBeDefined();
      expect(Number(row?.[leadsColumn])).toBe(index + 1);
    });
    const byChannel = new Map<string, KpiRow>(channelRows(summary));
    expect(checkTable(grid, 'Channel', byChannel)).toBeGreaterThan(20);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('By channel');
    const labels: unknown[] = [];
    sheet?.getColumn(1).eachCell((cell) => labels.push(cell.value));
    for (const channel of HOSTILE_CHANNELS) expect(labels).toContain(`${CHANNEL_INDENT}${channel}`);
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value) {
          for (const channel of HOSTILE_CHANNELS) expect(String(cell.value.formula)).not.toContain(channel);
        }
      })
    );
  }, 120000);
});
