/**
 * Platform facts about a workbook that the user (or another account) sets up in Google Sheets and
 * the add-on only meets: sheets that are not grids (a chart moved to its own sheet, a Connected
 * Sheets data source) and protections the current user may not edit (an owner made one
 * restricted). Tests plant them with these functions; the service classes enforce them. Kept beside
 * the workbook model (by object identity) so the model's data stays plain.
 */
import type { ProtectionRecord, SheetData } from '../workbook/model';

/** `Sheet.getType()`: GRID, or a sheet that holds one embedded object, or a data-source sheet. */
export type SheetTypeName = 'GRID' | 'OBJECT' | 'DATASOURCE';

const sheetTypes = new WeakMap<SheetData, SheetTypeName>();
const restricted = new WeakSet<ProtectionRecord>();

/**
 * Turns a sheet into a chart sheet (`OBJECT`) or a data-source sheet (`DATASOURCE`): its grid calls
 * throw from then on, as on the platform.
 *
 * @example
 * setSheetType(workbook.addSheet('Chart1'), 'OBJECT'); sheetTypeOf(workbook.sheets.at(-1))
 * //=> 'OBJECT'
 */
export function setSheetType(sheet: SheetData, type: SheetTypeName): void {
  if (type === 'GRID') sheetTypes.delete(sheet);
  else sheetTypes.set(sheet, type);
}

export function sheetTypeOf(sheet: SheetData): SheetTypeName {
  return sheetTypes.get(sheet) ?? 'GRID';
}

/**
 * Throws as Sheets does when a grid method is called on a chart or data-source sheet. The exact
 * platform wording is not documented; the message names the method and the sheet type.
 */
export function requireGridSheet(sheet: SheetData, method: string): SheetData {
  const type = sheetTypeOf(sheet);
  if (type !== 'GRID') {
    throw new Error(`Exception: ${method} is not supported on the sheet "${sheet.name}" because it is a ${type} sheet, not a grid.`);
  }
  return sheet;
}

/**
 * Makes the sheet's protection one the running user cannot edit (an owner switched it from
 * "warning only" to "restricted" and left this user out). Creates the protection when there is none.
 */
export function restrictSheetProtection(sheet: SheetData): ProtectionRecord {
  let record = sheet.protections[0];
  if (!record) {
    record = { type: 'SHEET', description: '', warningOnly: false };
    sheet.protections.push(record);
  }
  record.warningOnly = false;
  restricted.add(record);
  return record;
}

/** True when the running user may not edit what this protection covers. */
export function isRestrictedFromUser(record: ProtectionRecord): boolean {
  return restricted.has(record);
}

/** Sheets' message for any edit of a protected range or sheet by a user who may not edit it. */
export const PROTECTED_EDIT_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Throws Sheets' protection message when the sheet has a protection this user may not edit. */
export function requireEditable(sheet: SheetData): SheetData {
  if (sheet.protections.some(isRestrictedFromUser)) throw new Error(PROTECTED_EDIT_MESSAGE);
  return sheet;
}
