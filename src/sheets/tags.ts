/**
 * Report sheets carry developer metadata naming their role (SPEC §7.1): only tagged sheets are ever
 * replaced or deleted, and tagged sheets are never read as data tabs.
 */
export const REPORT_ROLE_KEY = 'funnelKpi.role';
export const SAMPLE_ROLE_KEY = 'funnelKpi.sample';

/** Sheet ids of every sheet tagged by the add-on under `key` (one finder call). */
export function taggedSheetIds(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): Map<number, string> {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const ids = new Map<number, string>();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) ids.set(sheet.getSheetId(), metadata.getValue() ?? '');
  }
  return ids;
}
