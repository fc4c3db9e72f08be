/**
 * Reads the data tabs: every grid sheet that carries no report tag, one batched read each. Chart
 * sheets and Connected Sheets data sources are not grids (their range calls throw) and are skipped;
 * a report sheet the user duplicated still carries a report tag and is not read as data (design
 * §7.1). The user's tabs are read-only to us: nothing in this module writes.
 */
import { REPORT_ROLE_KEY, taggedSheets } from './tags';

export interface RawTab {
  readonly name: string;
  readonly values: unknown[][];
  /** The tab's last row with content (`getLastRow`), when `values` holds only its first rows. */
  readonly lastRow?: number;
}

export interface ReadOptions {
  /**
   * Read only the first rows of each tab (for recognition and sample values) and its row count —
   * what the sidebar shows (design §8). Without it, every cell is read (Generate).
   */
  readonly windowRows?: number;
}

function readTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, windowRows: number | undefined): RawTab {
  const name = sheet.getName();
  if (windowRows === undefined) return { name, values: sheet.getDataRange().getValues() };
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { name, values: [], lastRow: 0 };
  return { name, values: sheet.getRange(1, 1, Math.min(lastRow, windowRows), lastColumn).getValues(), lastRow };
}

export function readDataTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, options: ReadOptions = {}): RawTab[] {
  const { own, copies } = taggedSheets(spreadsheet, REPORT_ROLE_KEY);
  const reportIds = new Set([...own, ...copies].map((sheet) => sheet.getSheetId()));
  const grid = SpreadsheetApp.SheetType.GRID;
  return spreadsheet
    .getSheets()
    .filter((sheet) => sheet.getType() === grid && !reportIds.has(sheet.getSheetId()))
    .map((sheet) => readTab(sheet, options.windowRows));
}
