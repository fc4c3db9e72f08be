/**
 * The naive baseline of the service-call table: what a hand-written Apps Script would spend on the
 * same job with the usual anti-patterns — reading each data row with its own
 * `getRange(row, 1, 1, n).getValues()` and writing the report cell by cell (`getRange(r, c)` once
 * per cell, then one setter per thing the cell holds: value or formula, number format, bold,
 * alignment, wrap). Charts and sheet protection are left out, so the count is a lower bound.
 *
 * The calls are counted by really running this script against the in-memory services (reads on the
 * 1,000-lead workbook, extrapolated linearly per row to 100,000 leads; see {@link extrapolateNaive}).
 */
import { createLocalServices, type LocalServices } from '../services/createLocalServices';
import { LocalDateTime, Workbook, type CellValue } from '../workbook/model';

/** One report cell that holds something a naive script would write. */
export interface ReportCell {
  /** 1-based, as Sheets counts. */
  readonly row: number;
  readonly column: number;
  readonly value: CellValue | undefined;
  readonly formula: string | null;
  readonly numberFormat: string | null;
  readonly bold: boolean;
  readonly alignment: 'left' | 'center' | 'right' | null;
  readonly wrap: boolean;
}

export interface ReportSheetCells {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  readonly cells: readonly ReportCell[];
}

/** The slices of the Spreadsheet service the naive script uses. */
interface NaiveRange {
  getValues(): unknown[][];
  setValue(value: unknown): unknown;
  setFormula(formula: string): unknown;
  setNumberFormat(format: string): unknown;
  setFontWeight(weight: string): unknown;
  setHorizontalAlignment(alignment: string): unknown;
  setWrap(wrap: boolean): unknown;
}
interface NaiveSheet {
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(after: number, howMany: number): unknown;
  insertColumnsAfter(after: number, howMany: number): unknown;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): NaiveRange;
}
interface NaiveSpreadsheet {
  getSheets(): NaiveSheet[];
  insertSheet(name: string): NaiveSheet;
}
interface NaiveApp {
  getActiveSpreadsheet(): NaiveSpreadsheet;
}

/** The report sheets the add-on created in `workbook`, as the cells a naive script would write. */
export function reportCellsOf(workbook: Workbook): ReportSheetCells[] {
  return workbook.sheets
    .filter((sheet) => sheet.origin === 'created')
    .map((sheet) => {
      const extent = sheet.formattedExtent();
      const cells: ReportCell[] = [];
      for (let r = 0; r < extent.rows; r += 1) {
        for (let c = 0; c < extent.columns; c += 1) {
          const cell = sheet.cell(r, c);
          const numberFormat = cell.numberFormat === 'General' ? null : cell.numberFormat;
          const bold = cell.fontWeight === 'bold';
          if (cell.value === undefined && cell.formula === null && !numberFormat && !bold && !cell.horizontalAlignment && !cell.wrap) continue;
          cells.push({ row: r + 1, column: c + 1, value: cell.value, formula: cell.formula, numberFormat, bold, alignment: cell.horizontalAlignment, wrap: cell.wrap });
        }
      }
      return { name: sheet.name, rows: extent.rows, columns: extent.columns, cells };
    });
}

function app(services: LocalServices): NaiveApp {
  return services.globals.SpreadsheetApp as NaiveApp;
}

export interface NaiveReadCount {
  /** Calls outside the per-row loops (navigation, getLastRow/getLastColumn). */
  readonly fixedCalls: number;
  /** Calls inside the per-row loops. */
  readonly rowCalls: number;
  /** Rows the loops read (header rows included). */
  readonly rowsRead: number;
}

/** Reads every data tab row by row, as the naive script does, counting the calls. */
export function runNaiveRead(services: LocalServices): NaiveReadCount {
  const before = services.calls.sheetsTotal();
  let rowCalls = 0;
  let rowsRead = 0;
  for (const sheet of app(services).getActiveSpreadsheet().getSheets()) {
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const loopStart = services.calls.sheetsTotal();
    for (let row = 1; row <= lastRow; row += 1) sheet.getRange(row, 1, 1, lastColumn).getValues();
    rowCalls += services.calls.sheetsTotal() - loopStart;
    rowsRead += lastRow;
  }
  return { fixedCalls: services.calls.sheetsTotal() - before - rowCalls, rowCalls, rowsRead };
}

/** A workbook value as a naive script would pass it to setValue. */
function plainValue(value: CellValue | undefined): unknown {
  if (value instanceof LocalDateTime) return value.toUtcFieldsDate();
  return value ?? '';
}

/** Writes the report cell by cell into new sheets, counting the calls. */
export function runNaiveWrite(services: LocalServices, report: readonly ReportSheetCells[]): number {
  const before = services.calls.sheetsTotal();
  const spreadsheet = app(services).getActiveSpreadsheet();
  for (const sheetCells of report) {
    const sheet = spreadsheet.insertSheet(`naive ${sheetCells.name}`);
    const maxRows = sheet.getMaxRows();
    if (sheetCells.rows > maxRows) sheet.insertRowsAfter(maxRows, sheetCells.rows - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (sheetCells.columns > maxColumns) sheet.insertColumnsAfter(maxColumns, sheetCells.columns - maxColumns);
    for (const cell of sheetCells.cells) {
      const range = sheet.getRange(cell.row, cell.column);
      if (cell.formula !== null) range.setFormula(cell.formula);
      else if (cell.value !== undefined) range.setValue(plainValue(cell.value));
      if (cell.numberFormat) range.setNumberFormat(cell.numberFormat);
      if (cell.bold) range.setFontWeight('bold');
      if (cell.alignment) range.setHorizontalAlignment(cell.alignment);
      if (cell.wrap) range.setWrap(true);
    }
  }
  return services.calls.sheetsTotal() - before;
}

/**
 * Linear extrapolation of the naive read to another workbook: the fixed calls stay, the per-row
 * calls scale with the rows read.
 *
 * @example
 * extrapolateNaiveReads({ fixedCalls: 26, rowCalls: 2000, rowsRead: 1000 }, 100000)
 * //=> 200026
 */
export function extrapolateNaiveReads(measured: NaiveReadCount, rowsRead: number): number {
  if (measured.rowsRead === 0) return measured.fixedCalls;
  return measured.fixedCalls + Math.round((measured.rowCalls / measured.rowsRead) * rowsRead);
}

/** The naive script really run on the small workbook. */
export interface NaiveMeasurement {
  readonly measuredLeads: number;
  readonly read: NaiveReadCount;
  readonly writeCalls: number;
  readonly measuredTotal: number;
}

export interface NaiveBaseline extends NaiveMeasurement {
  /** The large workbook: lead count, rows, extrapolated reads, replayed writes, total. */
  readonly extrapolatedLeads: number;
  readonly extrapolatedRowsRead: number;
  readonly extrapolatedReadCalls: number;
  readonly extrapolatedWriteCalls: number;
  readonly extrapolatedTotal: number;
}

/**
 * Runs the naive script on `workbook` (a fresh copy of the small bench workbook): reads every tab
 * row by row, then writes the report the add-on produced for it cell by cell.
 */
export function measureNaive(input: { readonly workbook: Workbook; readonly leads: number; readonly report: readonly ReportSheetCells[] }): NaiveMeasurement {
  const services = createLocalServices(input.workbook);
  const read = runNaiveRead(services);
  const writeCalls = runNaiveWrite(services, input.report);
  return { measuredLeads: input.leads, read, writeCalls, measuredTotal: read.fixedCalls + read.rowCalls + writeCalls };
}

/**
 * The naive script's calls on the large workbook: reads extrapolated linearly from the measured
 * per-row calls, writes counted by replaying the large workbook's report cell by cell into an
 * empty spreadsheet.
 */
export function extrapolateNaive(
  measured: NaiveMeasurement,
  large: { readonly leads: number; readonly rowsRead: number; readonly report: readonly ReportSheetCells[] },
): NaiveBaseline {
  const extrapolatedReadCalls = extrapolateNaiveReads(measured.read, large.rowsRead);
  const extrapolatedWriteCalls = runNaiveWrite(createLocalServices(new Workbook({ name: 'naive' })), large.report);
  return {
    ...measured,
    extrapolatedLeads: large.leads,
    extrapolatedRowsRead: large.rowsRead,
    extrapolatedReadCalls,
    extrapolatedWriteCalls,
    extrapolatedTotal: extrapolatedReadCalls + extrapolatedWriteCalls,
  };
}
