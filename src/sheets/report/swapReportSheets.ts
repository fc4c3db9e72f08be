/**
 * Build-then-swap (design §7.1): the new report sheets are built under temporary names first; only when
 * every one of them is complete are the previous report sheets (found by their tag, never by name)
 * deleted and the new ones renamed. A failure while building deletes the partial new sheets and
 * leaves the previous report as it was. User sheets are never renamed, written or deleted: when a
 * report name is taken by an untagged sheet (or a copy of a report sheet), the report takes "name (2)".
 *
 * The second half is guarded too: before building, every previous report sheet must be one this
 * user may delete (an owner may have made its protection restricted); if a delete or a rename fails
 * anyway, the swap finishes what it can, leaves no temporary sheet behind, and returns a sentence
 * saying what to do.
 */
import { FunnelError } from '../../core/pipeline/errors';
import type { Language } from '../../core/model/types';
import type { ReportModel, ReportRole } from '../../core/report/model';
import { serverMessage } from '../../core/text/messages';
import { joinQuoted } from '../../core/text/wording';
import { REPORT_ROLE_KEY, taggedSheets } from '../tags';
import { writeReportSheet } from './writeSheet';

export interface ReportTag {
  readonly role: ReportRole;
  /** Which generation wrote the sheet. */
  readonly generation: string;
  /** The sheet the tag was written on: a copy of the sheet carries the tag with the wrong id. */
  readonly sheetId: number;
}

export interface SwapResult {
  /** The report sheets, in model order. */
  readonly sheets: GoogleAppsScript.Spreadsheet.Sheet[];
  /** What could not be finished, for the user (empty when the swap was clean). */
  readonly problems: string[];
}

/** How many names a rename tries before it gives the new sheet up. */
const RENAME_ATTEMPTS = 3;

/** `name`, or `name (2)`, `name (3)` … — the first one no remaining sheet uses (case-insensitively, as Sheets compares). */
export function availableName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function names(sheets: readonly GoogleAppsScript.Spreadsheet.Sheet[], language: Language): string {
  return joinQuoted(sheets.map((sheet) => sheet.getName()), language);
}

/** Refuses, before anything is built, when a previous report sheet is protected against this user. */
function requireDeletable(previous: readonly GoogleAppsScript.Spreadsheet.Sheet[], language: Language): void {
  const sheetType = SpreadsheetApp.ProtectionType.SHEET;
  const locked = previous.filter((sheet) => sheet.getProtections(sheetType).some((protection) => !protection.canEdit()));
  if (locked.length > 0) throw new FunnelError('report_locked', serverMessage(language, 'sheets.reportLocked', { sheets: names(locked, language) }));
}

/** Deletes what it can; returns the sheets it could not delete. */
function deleteAll(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheets: readonly GoogleAppsScript.Spreadsheet.Sheet[]): GoogleAppsScript.Spreadsheet.Sheet[] {
  const failed: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  for (const sheet of sheets) {
    try {
      spreadsheet.deleteSheet(sheet);
    } catch {
      failed.push(sheet);
    }
  }
  return failed;
}

/** Gives a new sheet its report name (or "name (n)"); false when every attempt failed. */
function rename(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string, taken: Set<string>): boolean {
  for (let attempt = 0; attempt < RENAME_ATTEMPTS; attempt += 1) {
    const candidate = availableName(name, taken);
    taken.add(candidate.toLowerCase());
    try {
      sheet.setName(candidate);
      return true;
    } catch {
      // Taken meanwhile, or refused: try the next free name.
    }
  }
  return false;
}

export function swapReportSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  model: ReportModel,
  generation: string,
  language: Language
): SwapResult {
  const previous = taggedSheets(spreadsheet, REPORT_ROLE_KEY).own;
  requireDeletable(previous, language);
  const protectionNote = serverMessage(language, 'sheets.protectionNote');
  const created: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  try {
    let position = spreadsheet.getNumSheets();
    for (const sheetModel of model.sheets) {
      const sheet = spreadsheet.insertSheet(`~funnel-kpi ${generation} ${sheetModel.role}`, position);
      position += 1;
      created.push(sheet);
      const tag: ReportTag = { role: sheetModel.role, generation, sheetId: sheet.getSheetId() };
      sheet.addDeveloperMetadata(REPORT_ROLE_KEY, JSON.stringify(tag), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
      writeReportSheet(sheet, sheetModel, protectionNote);
    }
  } catch (error) {
    deleteAll(spreadsheet, created);
    throw error;
  }
  const problems: string[] = [];
  const notDeleted = deleteAll(spreadsheet, previous);
  if (notDeleted.length > 0) problems.push(serverMessage(language, 'sheets.oldReportKept', { sheets: names(notDeleted, language) }));
  const createdIds = new Set(created.map((sheet) => sheet.getSheetId()));
  const taken = new Set(
    spreadsheet
      .getSheets()
      .filter((sheet) => !createdIds.has(sheet.getSheetId()))
      .map((sheet) => sheet.getName().toLowerCase())
  );
  const kept: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  const unnamed: string[] = [];
  model.sheets.forEach((sheetModel, index) => {
    const sheet = created[index];
    if (!sheet) return;
    if (rename(sheet, sheetModel.name, taken)) kept.push(sheet);
    else unnamed.push(sheetModel.name);
  });
  // A new sheet that could not take its name is not left behind under its temporary name.
  const leftovers = created.filter((sheet) => !kept.includes(sheet));
  deleteAll(spreadsheet, leftovers);
  if (unnamed.length > 0) {
    problems.push(serverMessage(language, 'sheets.reportSheetNotRenamed', { sheets: joinQuoted(unnamed, language) }));
  }
  return { sheets: kept, problems };
}
