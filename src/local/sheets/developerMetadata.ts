/**
 * Developer metadata (design §7.1: report sheets are found by their tag, never by name): records on
 * the spreadsheet or on a sheet, a finder with Sheets' filters, and the location object.
 */
import type { DeveloperMetadataRecord, MetadataVisibility, SheetData } from '../workbook/model';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumMemberName, type EnumMember } from './enums';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import { liveSheet } from './range';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';

function liveRecord(env: ServiceEnv, record: DeveloperMetadataRecord): DeveloperMetadataRecord {
  if (!env.workbook.developerMetadata.includes(record)) throw new Error(`Developer metadata ${record.id} was removed.`);
  return record;
}

function requireKey(key: unknown, method: string): string {
  if (typeof key !== 'string' || key === '') throw new Error(`${method}: the key must be a non-empty string`);
  return key;
}

function requireValue(value: unknown, method: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Error(`${method}: the value must be a string`);
  return value;
}

function visibilityOf(value: unknown, method: string): MetadataVisibility {
  return enumMemberName(value, 'DeveloperMetadataVisibility', method) as MetadataVisibility;
}

/**
 * Reads the overloads of `addDeveloperMetadata(key[, value][, visibility])`.
 *
 * @example
 * addMetadata(env, null, ['funnelKpi.document', 'v1'], 'Spreadsheet.addDeveloperMetadata'); env.workbook.developerMetadata[0].visibility
 * //=> 'DOCUMENT'
 */
export function addMetadata(env: ServiceEnv, sheetId: number | null, args: readonly unknown[], method: string): void {
  const [key, second, third] = args;
  let value: string | null = null;
  let visibility: MetadataVisibility = 'DOCUMENT';
  if (args.length === 2 && typeof second === 'object' && second !== null) visibility = visibilityOf(second, method);
  else if (args.length >= 2) value = requireValue(second, method);
  if (args.length >= 3) visibility = visibilityOf(third, method);
  env.workbook.addMetadata({ key: requireKey(key, method), value, visibility, sheetId });
}

export class DeveloperMetadataLocation implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly record: DeveloperMetadataRecord,
  ) {}

  getLocationType(): EnumMember {
    return liveRecord(this.env, this.record).sheetId === null
      ? DeveloperMetadataLocationType.SPREADSHEET
      : DeveloperMetadataLocationType.SHEET;
  }

  getSheet(): Sheet | null {
    const { sheetId } = liveRecord(this.env, this.record);
    if (sheetId === null) return null;
    const data = this.env.workbook.sheetById(sheetId);
    return data ? new Sheet(this.env, data) : null;
  }

  getSpreadsheet(): Spreadsheet | null {
    return liveRecord(this.env, this.record).sheetId === null ? new Spreadsheet(this.env) : null;
  }
}
exposeAs('DeveloperMetadataLocation', DeveloperMetadataLocation);

export class DeveloperMetadata implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly record: DeveloperMetadataRecord,
  ) {}

  getId(): number {
    return this.record.id;
  }

  getKey(): string {
    return liveRecord(this.env, this.record).key;
  }

  getValue(): string | null {
    return liveRecord(this.env, this.record).value;
  }

  getVisibility(): EnumMember {
    return DeveloperMetadataVisibility[liveRecord(this.env, this.record).visibility];
  }

  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.env, liveRecord(this.env, this.record));
  }

  setKey(key: unknown): DeveloperMetadata {
    liveRecord(this.env, this.record).key = requireKey(key, 'DeveloperMetadata.setKey');
    return this;
  }

  setValue(value: unknown): DeveloperMetadata {
    liveRecord(this.env, this.record).value = requireValue(value, 'DeveloperMetadata.setValue');
    return this;
  }

  setVisibility(visibility: unknown): DeveloperMetadata {
    liveRecord(this.env, this.record).visibility = visibilityOf(visibility, 'DeveloperMetadata.setVisibility');
    return this;
  }

  moveToSheet(sheet: unknown): DeveloperMetadata {
    if (!(sheet instanceof Sheet)) throw new Error('DeveloperMetadata.moveToSheet: expected a Sheet');
    liveRecord(this.env, this.record).sheetId = sheet.getSheetId();
    return this;
  }

  remove(): void {
    this.env.workbook.removeMetadata(this.record.id);
  }
}
exposeAs('DeveloperMetadata', DeveloperMetadata);

interface FinderFilters {
  key?: string;
  value?: string;
  id?: number;
  locationType?: string;
  visibility?: MetadataVisibility;
}

export class DeveloperMetadataFinder implements ServiceObject {
  private readonly filters: FinderFilters = {};

  /** `scope`: null = the whole spreadsheet, else one sheet. */
  constructor(
    readonly env: ServiceEnv,
    private readonly scope: SheetData | null,
  ) {}

  withKey(key: unknown): DeveloperMetadataFinder {
    this.filters.key = requireKey(key, 'DeveloperMetadataFinder.withKey');
    return this;
  }

  withValue(value: unknown): DeveloperMetadataFinder {
    if (typeof value !== 'string') throw new Error('DeveloperMetadataFinder.withValue: the value must be a string');
    this.filters.value = value;
    return this;
  }

  withId(id: unknown): DeveloperMetadataFinder {
    if (typeof id !== 'number') throw new Error('DeveloperMetadataFinder.withId: the id must be a number');
    this.filters.id = id;
    return this;
  }

  withLocationType(locationType: unknown): DeveloperMetadataFinder {
    this.filters.locationType = enumMemberName(locationType, 'DeveloperMetadataLocationType', 'DeveloperMetadataFinder.withLocationType');
    return this;
  }

  withVisibility(visibility: unknown): DeveloperMetadataFinder {
    this.filters.visibility = visibilityOf(visibility, 'DeveloperMetadataFinder.withVisibility');
    return this;
  }

  find(): DeveloperMetadata[] {
    if (this.scope) liveSheet(this.scope);
    const f = this.filters;
    return this.env.workbook.developerMetadata
      .filter((m) => {
        if (this.scope && m.sheetId !== this.scope.id) return false;
        if (f.key !== undefined && m.key !== f.key) return false;
        if (f.value !== undefined && m.value !== f.value) return false;
        if (f.id !== undefined && m.id !== f.id) return false;
        if (f.visibility !== undefined && m.visibility !== f.visibility) return false;
        if (f.locationType !== undefined && f.locationType !== (m.sheetId === null ? 'SPREADSHEET' : 'SHEET')) return false;
        return true;
      })
      .map((m) => new DeveloperMetadata(this.env, m));
  }
}
exposeAs('DeveloperMetadataFinder', DeveloperMetadataFinder);
