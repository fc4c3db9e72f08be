/**
 * Core tables at most 14 columns wide, secondary columns below (design §6), read back from what is
 * WRITTEN: the sample report generated through the built bundle into the in-memory Sheets and read
 * through the Sheets service, and the .xlsx the CLI writes for the same workbook, read by exceljs.
 *
 * A table is found by its header band: a run of header-filled cells on one row. Every table is
 * checked on its own (≤ 14 columns, starting in column A, nothing of its body right of its band);
 * the sheet's used width is checked against the widest band, so no cell anywhere lies beyond the
 * tables. The used width alone would bound every table, but it cannot tell two narrow tables side
 * by side from one wide table, nor which table grew.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT, runReport } from '../../src/local/cli/runReport';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import { PIXELS_PER_CHARACTER } from '../../src/local/workbook/model';
import { saveWorkbookToXlsx } from '../../src/local/workbook/saveXlsx';
import { typed } from '../local/helpers';
import { DIST, execute } from './bundleRun';

const MAX_COLUMNS = 14;
const HEADER_FILL = '#1f4e79';
const REPORT_SHEETS = ['ファネル概要', 'チャネル別', '月次推移', 'スコア分析', 'リードタイム', 'メール分析', '属性別', '目標逆算', 'KPIガイド'];
/** The sheets whose KPI columns do not fit one table: the core table, then these captions below it. */
const SPLIT_SHEETS = [
  { name: 'チャネル別', label: 'チャネル' },
  { name: '月次推移', label: '月' },
];
const SECONDARY_CAPTIONS = ['広告とサイト', 'ステージと商談'];

/** One sheet as written: 1-based cells, `''` for blank. */
interface WrittenSheet {
  readonly name: string;
  /** The last column holding a value or formula. */
  readonly usedWidth: number;
  readonly rows: number;
  text(row: number, column: number): string;
  isHeaderFill(row: number, column: number): boolean;
  /** The column's width in pixels as written. */
  columnWidth(column: number): number;
}

/** A table found by its header band. */
interface Table {
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Last row of the body: the row before the first blank row below the header. */
  readonly lastRow: number;
  /** Widest body row (last non-blank column). */
  readonly bodyWidth: number;
  readonly caption: string;
  readonly headers: readonly string[];
  readonly labels: readonly string[];
}

function lastFilled(sheet: WrittenSheet, row: number): number {
  for (let column = sheet.usedWidth; column >= 1; column -= 1) if (sheet.text(row, column) !== '') return column;
  return 0;
}

function tablesOf(sheet: WrittenSheet, scanWidth: number): Table[] {
  const tables: Table[] = [];
  for (let row = 1; row <= sheet.rows; row += 1) {
    for (let column = 1; column <= scanWidth; column += 1) {
      if (!sheet.isHeaderFill(row, column) || (column > 1 && sheet.isHeaderFill(row, column - 1))) continue;
      let lastColumn = column;
      while (lastColumn < scanWidth && sheet.isHeaderFill(row, lastColumn + 1)) lastColumn += 1;
      let lastRow = row;
      while (lastRow < sheet.rows && lastFilled(sheet, lastRow + 1) > 0) lastRow += 1;
      const body = Array.from({ length: lastRow - row }, (_, index) => row + 1 + index);
      tables.push({
        headerRow: row,
        firstColumn: column,
        lastColumn,
        lastRow,
        bodyWidth: Math.max(0, ...body.map((r) => lastFilled(sheet, r))),
        caption: sheet.text(row - 1, column),
        headers: Array.from({ length: lastColumn - column + 1 }, (_, index) => sheet.text(row, column + index)),
        labels: body.map((r) => sheet.text(r, column)),
      });
    }
  }
  return tables;
}

const width = (table: Table): number => table.lastColumn - table.firstColumn + 1;

/**
 * A laptop screen: 1,440 px, less the browser's and Sheets' row-number column and scroll bar. The core
 * table (the first on every sheet) must fit it (design §6); the tables below share its columns.
 */
const LAPTOP_PIXELS = 1400;

function pixelWidth(sheet: WrittenSheet, table: Table): number {
  let pixels = 0;
  for (let column = table.firstColumn; column <= table.lastColumn; column += 1) pixels += sheet.columnWidth(column);
  return pixels;
}

function expectCoreTableOnScreen(sheet: WrittenSheet, tables: readonly Table[]): void {
  const core = tables[0]!;
  expect([sheet.name, pixelWidth(sheet, core) <= LAPTOP_PIXELS, pixelWidth(sheet, core)]).toEqual([sheet.name, true, pixelWidth(sheet, core)]);
}

/** Every table within 14 columns, in column A, its body within its band; nothing right of the widest band. */
function expectNarrowStackedTables(sheet: WrittenSheet, tables: readonly Table[]): void {
  expect([sheet.name, tables.length]).not.toEqual([sheet.name, 0]);
  const problems = tables.flatMap((table) => [
    ...(width(table) > MAX_COLUMNS ? [`row ${table.headerRow}: ${width(table)} columns`] : []),
    ...(table.firstColumn !== 1 ? [`row ${table.headerRow}: starts in column ${table.firstColumn}`] : []),
    ...(table.bodyWidth > table.lastColumn ? [`row ${table.headerRow}: body reaches column ${table.bodyWidth}, band ends at ${table.lastColumn}`] : []),
  ]);
  expect([sheet.name, problems]).toEqual([sheet.name, []]);
  expect([sheet.name, 'used width', sheet.usedWidth]).toEqual([sheet.name, 'used width', Math.max(...tables.map(width))]);
}

/** The core table, then the secondary tables below it, each in column A with the core's row labels. */
function expectSecondaryBelow(sheet: WrittenSheet, tables: readonly Table[], label: string): void {
  const core = tables[0]!;
  expect([sheet.name, core.headers[0]]).toEqual([sheet.name, label]);
  const secondaries = SECONDARY_CAPTIONS.map((caption) => tables.find((table) => table.caption === caption));
  for (const secondary of secondaries) {
    expect(secondary).toBeDefined();
    expect([secondary!.headers[0], secondary!.firstColumn, secondary!.headerRow > core.lastRow]).toEqual([label, 1, true]);
    expect(secondary!.labels).toEqual(core.labels);
    // Its columns are others than the core's (the label column apart): they moved down, not copied.
    expect(secondary!.headers.slice(1).filter((header) => core.headers.includes(header))).toEqual([]);
  }
  // Side by side, the core and its secondaries would not fit: the split is what keeps them narrow.
  const sideBySide = width(core) + secondaries.reduce((sum, table) => sum + width(table!) - 1, 0);
  expect(sideBySide).toBeGreaterThan(MAX_COLUMNS);
  // Nothing stands right of the core table on its rows.
  for (let row = core.headerRow; row <= core.lastRow; row += 1) expect([row, lastFilled(sheet, row) <= core.lastColumn]).toEqual([row, true]);
}

/**
 * The checks every written form of the report passes, over the sheets and tables its `beforeAll`
 * fills in (Sheets read through the service, the .xlsx read by exceljs).
 */
function itChecksTheTables(sheets: Readonly<Record<string, WrittenSheet>>, tables: Readonly<Record<string, Table[]>>): void {
  it.each(REPORT_SHEETS)('%s: every table ≤ 14 columns, stacked in column A, nothing right of the widest', (name) => {
    expectNarrowStackedTables(sheets[name]!, tables[name]!);
  });

  it.each(SPLIT_SHEETS)('$name: the secondary columns stand below the core table, not to its right', ({ name, label }) => {
    expectSecondaryBelow(sheets[name]!, tables[name]!, label);
  });

  it.each(REPORT_SHEETS)('%s: the core table fits a laptop screen (≤ 1,400 px)', (name) => {
    expectCoreTableOnScreen(sheets[name]!, tables[name]!);
  });
}

describe('report tables as written into Sheets (read through the service)', () => {
  const tables: Record<string, Table[]> = {};
  const sheets: Record<string, WrittenSheet> = {};

  beforeAll(() => {
    const workbook = sampleWorkbook();
    const { services } = execute(workbook, 'generateFunnelReport', [{ settings: { language: 'ja' } }]);
    const spreadsheet = typed(services).SpreadsheetApp.getActive();
    const created = workbook.sheets.filter((sheet) => sheet.origin !== 'input').map((sheet) => sheet.name);
    expect(created).toEqual(REPORT_SHEETS);
    for (const name of REPORT_SHEETS) {
      const sheet = spreadsheet.getSheetByName(name)!;
      const usedWidth = sheet.getLastColumn();
      const data = sheet.getDataRange();
      expect([name, data.getNumColumns()]).toEqual([name, usedWidth]);
      const values = data.getValues();
      const formulas = data.getFormulas();
      // Fills are read past the used width, so a band wider than its text would show.
      const scanWidth = sheet.getMaxColumns();
      const fills = sheet.getRange(1, 1, data.getNumRows(), scanWidth).getBackgrounds();
      sheets[name] = {
        name,
        usedWidth,
        rows: data.getNumRows(),
        text: (row, column) => {
          if (row < 1 || column > usedWidth) return '';
          const formula = formulas[row - 1]?.[column - 1] ?? '';
          return formula !== '' ? formula : String(values[row - 1]?.[column - 1] ?? '');
        },
        isHeaderFill: (row, column) => fills[row - 1]?.[column - 1] === HEADER_FILL,
        columnWidth: (column) => sheet.getColumnWidth(column),
      };
      tables[name] = tablesOf(sheets[name], scanWidth);
    }
  });

  itChecksTheTables(sheets, tables);
});

describe('report tables in the .xlsx the CLI writes (read by exceljs)', () => {
  const tables: Record<string, Table[]> = {};
  const sheets: Record<string, WrittenSheet> = {};

  beforeAll(async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'funnel-widths-'));
    const input = path.join(folder, 'sample.xlsx');
    const out = path.join(folder, 'report.xlsx');
    await saveWorkbookToXlsx(sampleWorkbook(), input);
    const err: string[] = [];
    const exit = await runReport(['--input', input, '--out', out], { stdout: () => undefined, stderr: (line) => err.push(line), distDir: DIST });
    expect([exit, err]).toEqual([EXIT.ok, []]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    for (const name of REPORT_SHEETS) {
      const ws = book.getWorksheet(name);
      expect([name, ws !== undefined]).toEqual([name, true]);
      const text = (row: number, column: number): string => {
        if (row < 1) return '';
        const value = ws!.getCell(row, column).value;
        if (value === null || value === undefined) return '';
        if (typeof value === 'object' && 'formula' in value) return `=${value.formula}`;
        if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
        return String(value);
      };
      let usedWidth = 0;
      ws!.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: false }, (_cell, column) => {
          if (text(rowNumber, column) !== '') usedWidth = Math.max(usedWidth, column);
        });
      });
      const scanWidth = Math.max(ws!.columnCount, usedWidth);
      sheets[name] = {
        name,
        usedWidth,
        rows: ws!.rowCount,
        text,
        isHeaderFill: (row, column) => (ws!.getCell(row, column).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FF1F4E79',
        // exceljs gives widths in characters; the writer set them from pixels at this rate.
        columnWidth: (column) => Math.round((ws!.getColumn(column).width ?? 0) * PIXELS_PER_CHARACTER),
      };
      tables[name] = tablesOf(sheets[name], scanWidth);
    }
  });

  itChecksTheTables(sheets, tables);
});
