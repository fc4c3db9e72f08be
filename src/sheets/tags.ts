/**
 * Report sheets carry developer metadata naming their role (design §7.1): only tagged sheets are ever
 * replaced or deleted, and tagged sheets are never read as data tabs. A tag names the sheet it was
 * written on (its sheet id): a user's Duplicate of a report sheet may carry the tag along, but with
 * another sheet's id, so it is the user's sheet — never deleted, never replaced.
 */
import { taggedSheetId } from '../core/report/sheetTag';

export { REPORT_ROLE_KEY, SAMPLE_ROLE_KEY, taggedSheetId } from '../core/report/sheetTag';

export interface TaggedSheets {
  /** Sheets whose tag names their own id: the add-on wrote them. */
  readonly own: GoogleAppsScript.Spreadsheet.Sheet[];
  /** Sheets carrying a tag that names another sheet (or none): copies the user made. */
  readonly copies: GoogleAppsScript.Spreadsheet.Sheet[];
}

/** Every sheet tagged under `key`, whatever it is called now (one finder call), split by whether the tag is its own. */
export function taggedSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): TaggedSheets {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const own = new Map<number, GoogleAppsScript.Spreadsheet.Sheet>();
  const copies = new Map<number, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (!sheet) continue;
    const id = sheet.getSheetId();
    if (taggedSheetId(metadata.getValue()) === id) own.set(id, sheet);
    else copies.set(id, sheet);
  }
  for (const id of own.keys()) copies.delete(id);
  return { own: [...own.values()], copies: [...copies.values()] };
}
