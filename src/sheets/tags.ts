/**
 * Report sheets carry developer metadata naming their role (design §7.1): only tagged sheets are ever
 * replaced or deleted, and tagged sheets are never read as data tabs.
 */
export const REPORT_ROLE_KEY = 'funnelKpi.role';
export const SAMPLE_ROLE_KEY = 'funnelKpi.sample';

/** Every sheet tagged by the add-on under `key`, whatever it is called now (one finder call). */
export function taggedSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): GoogleAppsScript.Spreadsheet.Sheet[] {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const sheets = new Map<number, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) sheets.set(sheet.getSheetId(), sheet);
  }
  return [...sheets.values()];
}
