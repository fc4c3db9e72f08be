/**
 * `Spreadsheet`: the active (and only) workbook of a run.
 */
import { isKnownTimeZone } from '../time/zone';
import { DEFAULT_SHEET_COLUMNS, DEFAULT_SHEET_ROWS } from '../workbook/model';
import { requireCellRoom } from './limits';
import { addMetadata, DeveloperMetadata, DeveloperMetadataFinder } from './developerMetadata';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import { requireEditable } from './platformState';
import { liveSheet } from './range';
import { Sheet } from './sheet';

function isSheet(value: unknown): value is Sheet {
  return value instanceof Sheet;
}

export class Spreadsheet implements ServiceObject {
  constructor(readonly env: ServiceEnv) {}

  getId(): string {
    return this.env.workbook.id;
  }

  getName(): string {
    return this.env.workbook.name;
  }

  rename(name: unknown): void {
    if (typeof name !== 'string' || name === '') throw new Error('Spreadsheet.rename: the name must be a non-empty string');
    this.env.workbook.name = name;
  }

  getSpreadsheetTimeZone(): string {
    return this.env.workbook.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: unknown): void {
    if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) throw new Error(`Invalid time zone: ${String(timeZone)}`);
    this.env.workbook.timeZone = timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.env.workbook.locale;
  }

  getSheets(): Sheet[] {
    return this.env.workbook.sheets.map((data) => new Sheet(this.env, data));
  }

  getNumSheets(): number {
    return this.env.workbook.sheets.length;
  }

  /** Case-insensitive, as sheet names are unique without regard to case. */
  getSheetByName(name: unknown): Sheet | null {
    if (typeof name !== 'string') throw new Error('Spreadsheet.getSheetByName: the name must be a string');
    const data = this.env.workbook.sheetByName(name);
    return data ? new Sheet(this.env, data) : null;
  }

  getSheetById(id: unknown): Sheet | null {
    const data = typeof id === 'number' ? this.env.workbook.sheetById(id) : undefined;
    return data ? new Sheet(this.env, data) : null;
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index). The new sheet
   * becomes the active one, as in Sheets. `index` is 0-based.
   */
  insertSheet(nameOrIndex?: unknown, index?: unknown, options?: unknown): Sheet {
    if (options !== undefined || (typeof index === 'object' && index !== null)) {
      throw new Error('not implemented in the local runtime: Spreadsheet.insertSheet with options (templates)');
    }
    const workbook = this.env.workbook;
    let name: string;
    let position: number | undefined;
    if (typeof nameOrIndex === 'number') {
      position = nameOrIndex;
      name = this.freeName_();
    } else if (nameOrIndex === undefined) {
      name = this.freeName_();
    } else if (typeof nameOrIndex === 'string') {
      name = nameOrIndex;
      if (index !== undefined) {
        if (typeof index !== 'number') throw new Error('Spreadsheet.insertSheet: the index must be a number');
        position = index;
      }
    } else {
      throw new Error('Spreadsheet.insertSheet: expected a name and/or an index');
    }
    requireCellRoom(workbook, DEFAULT_SHEET_ROWS * DEFAULT_SHEET_COLUMNS);
    const data = workbook.addSheet(name, { index: position, origin: 'created' });
    workbook.activeSheetId = data.id;
    return new Sheet(this.env, data);
  }

  deleteSheet(sheet: unknown): void {
    if (!isSheet(sheet)) throw new Error('Spreadsheet.deleteSheet: expected a Sheet');
    // Deleting a sheet under a protection this user may not edit fails, as in Sheets.
    this.env.workbook.removeSheet(requireEditable(liveSheet(Sheet.dataOf_(sheet))));
  }

  getActiveSheet(): Sheet {
    const data = this.env.workbook.activeSheet();
    if (!data) throw new Error('The spreadsheet has no sheets.');
    return new Sheet(this.env, data);
  }

  setActiveSheet(sheet: unknown): Sheet {
    if (!isSheet(sheet)) throw new Error('Spreadsheet.setActiveSheet: expected a Sheet');
    this.env.workbook.activeSheetId = liveSheet(Sheet.dataOf_(sheet)).id;
    return sheet;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(position: unknown): void {
    const count = this.env.workbook.sheets.length;
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 1 || position > count) {
      throw new Error(`Spreadsheet.moveActiveSheet: the position must be 1–${count}`);
    }
    const active = this.env.workbook.activeSheet();
    if (active) this.env.workbook.move(active, position - 1);
  }

  addDeveloperMetadata(...args: unknown[]): Spreadsheet {
    addMetadata(this.env, null, args, 'Spreadsheet.addDeveloperMetadata');
    return this;
  }

  /** Metadata attached to the spreadsheet itself (not to its sheets), as in Sheets. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.env.workbook.developerMetadata.filter((m) => m.sheetId === null).map((m) => new DeveloperMetadata(this.env, m));
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.env, null);
  }

  toast(message: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this.env.ui.toasts.push({
      message: String(message),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: typeof timeoutSeconds === 'number' ? timeoutSeconds : null,
    });
  }

  private freeName_(): string {
    const prefix = this.env.workbook.locale.startsWith('ja') ? 'シート' : 'Sheet';
    let n = this.env.workbook.sheets.length + 1;
    while (this.env.workbook.sheetByName(`${prefix}${n}`)) n += 1;
    return `${prefix}${n}`;
  }
}
exposeAs('Spreadsheet', Spreadsheet);
