/**
 * Reads the data tabs: every sheet that is not a report sheet, one batched read each. The user's tabs
 * are read-only to us: nothing in this module writes.
 */
import { REPORT_ROLE_KEY, taggedSheets } from './tags';

export interface RawTab {
  readonly name: string;
  readonly values: unknown[][];
}

export function readDataTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RawTab[] {
  const reportIds = new Set(taggedSheets(spreadsheet, REPORT_ROLE_KEY).map((sheet) => sheet.getSheetId()));
  return spreadsheet
    .getSheets()
    .filter((sheet) => !reportIds.has(sheet.getSheetId()))
    .map((sheet) => ({ name: sheet.getName(), values: sheet.getDataRange().getValues() }));
}
