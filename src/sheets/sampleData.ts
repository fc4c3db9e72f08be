/**
 * "Insert sample data": the sample workbook as new tabs, tagged so the add-on can tell them apart.
 * Never overwrites: a name already in use gets " (2)". Cells are written as Sheets stores them
 * (core/sample/storedCells.ts): typed numbers and dates with their formats, and every other text
 * cell formatted as plain text first, so Sheets does not convert it (`--` would become a formula).
 * The tabs come from the project file `SampleWorkbook.html`, written by the build from
 * `buildSampleWorkbook()` (design §10).
 */
import { dayCellToEpochMilliseconds, isDayCell } from '../core/sample/cells';
import { parseSampleTabs, SAMPLE_ASSET } from '../core/sample/sampleAsset';
import { storedInSheets } from '../core/sample/storedCells';
import { readProjectFile } from './projectFiles';
import { availableName } from './report/swapReportSheets';
import { SAMPLE_ROLE_KEY } from './tags';
import { spreadsheetZoneResolver } from './zone';

export function insertSampleTabs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const zone = spreadsheetZoneResolver(spreadsheet.getSpreadsheetTimeZone());
  const taken = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()));
  const names: string[] = [];
  // Built once by `npm run build` (the builder is not in Code.js, design §10).
  for (const tab of parseSampleTabs(readProjectFile(SAMPLE_ASSET))) {
    const name = availableName(tab.name, taken);
    taken.add(name.toLowerCase());
    const width = Math.max(...tab.values.map((row) => row.length));
    const values: unknown[][] = [];
    const formats: string[][] = [];
    for (const row of tab.values) {
      const stored = row.map(storedInSheets);
      while (stored.length < width) stored.push(storedInSheets(''));
      values.push(stored.map(({ value }) => (isDayCell(value) ? new Date(dayCellToEpochMilliseconds(value, zone)) : value)));
      formats.push(stored.map(({ numberFormat }) => numberFormat));
    }
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    // A new sheet has 1000 rows and 26 columns; writing past the edge throws.
    if (values.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    // Formats first: a plain-text cell keeps the text written into it.
    const range = sheet.getRange(1, 1, values.length, width);
    range.setNumberFormats(formats);
    range.setValues(values);
    sheet.addDeveloperMetadata(SAMPLE_ROLE_KEY, tab.name, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    names.push(name);
  }
  return names;
}
