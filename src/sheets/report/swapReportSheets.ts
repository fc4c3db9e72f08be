/**
 * Build-then-swap (design §7.1): the new report sheets are built under temporary names first; only when
 * every one of them is complete are the previous report sheets (found by their tag, never by name)
 * deleted and the new ones renamed. A failure while building deletes the partial new sheets and
 * leaves the previous report as it was. User sheets are never renamed, written or deleted: when a
 * report name is taken by an untagged sheet, the report takes "name (2)".
 */
import type { ReportModel, ReportRole } from '../../core/report/model';
import { REPORT_ROLE_KEY, taggedSheets } from '../tags';
import { writeReportSheet } from './writeSheet';

export interface ReportTag {
  readonly role: ReportRole;
  /** Which generation wrote the sheet. */
  readonly generation: string;
}

/** `name`, or `name (2)`, `name (3)` … — the first one no remaining sheet uses (case-insensitively, as Sheets compares). */
export function availableName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export function swapReportSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  model: ReportModel,
  generation: string,
  protectionNote: string
): GoogleAppsScript.Spreadsheet.Sheet[] {
  const previous = taggedSheets(spreadsheet, REPORT_ROLE_KEY);
  const created: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  try {
    let position = spreadsheet.getNumSheets();
    for (const sheetModel of model.sheets) {
      const sheet = spreadsheet.insertSheet(`~funnel-kpi ${generation} ${sheetModel.role}`, position);
      position += 1;
      created.push(sheet);
      const tag: ReportTag = { role: sheetModel.role, generation };
      sheet.addDeveloperMetadata(REPORT_ROLE_KEY, JSON.stringify(tag), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
      writeReportSheet(sheet, sheetModel, protectionNote);
    }
  } catch (error) {
    for (const sheet of created) spreadsheet.deleteSheet(sheet);
    throw error;
  }
  for (const sheet of previous) spreadsheet.deleteSheet(sheet);
  const createdIds = new Set(created.map((sheet) => sheet.getSheetId()));
  const taken = new Set(
    spreadsheet
      .getSheets()
      .filter((sheet) => !createdIds.has(sheet.getSheetId()))
      .map((sheet) => sheet.getName().toLowerCase())
  );
  model.sheets.forEach((sheetModel, index) => {
    const name = availableName(sheetModel.name, taken);
    taken.add(name.toLowerCase());
    created[index]?.setName(name);
  });
  return created;
}
