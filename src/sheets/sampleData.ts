/**
 * "Insert sample data": the sample workbook as new tabs, tagged so the add-on can tell them apart.
 * Never overwrites: a name already in use gets " (2)".
 */
import { buildSampleWorkbook, dayCellToEpochMilliseconds, isDayCell } from '../core/sample';
import { availableName } from './report/swapReportSheets';
import { SAMPLE_ROLE_KEY } from './tags';
import { spreadsheetZoneResolver } from './zone';

export function insertSampleTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const zone = spreadsheetZoneResolver(spreadsheet.getSpreadsheetTimeZone());
  const taken = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()));
  const names: string[] = [];
  for (const tab of buildSampleWorkbook()) {
    const name = availableName(tab.name, taken);
    taken.add(name.toLowerCase());
    const width = Math.max(...tab.values.map((row) => row.length));
    const values = tab.values.map((row) => {
      const cells: unknown[] = row.map((cell) => (isDayCell(cell) ? new Date(dayCellToEpochMilliseconds(cell, zone)) : cell));
      while (cells.length < width) cells.push('');
      return cells;
    });
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    // A new sheet has 1000 rows and 26 columns; writing past the edge throws.
    if (values.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, values.length, width).setValues(values);
    sheet.addDeveloperMetadata(SAMPLE_ROLE_KEY, tab.name, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    names.push(name);
  }
  return names;
}
