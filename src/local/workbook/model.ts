/**
 * The in-memory workbook behind the local runtime: plain data, no Apps Script shapes. The loaders
 * fill it, the SpreadsheetApp model (`src/local/sheets`) reads and writes it, the saver writes it
 * to .xlsx. Row and column indexes here are 0-based; the service layer converts from Sheets' 1-based.
 */
import { FileExtras, type FileStyles } from './fileExtras';
import type { LoadWarning } from './loadWarning';

/**
 * A date/time cell, stored as Google Sheets stores it: a wall-clock reading with no zone.
 * `wallMillis` is that reading encoded as if it were UTC (`Date.UTC(2025, 3, 1)` = 2025-04-01 00:00
 * in whatever zone the spreadsheet is in). The spreadsheet's zone turns it into an instant on read.
 */
export class LocalDateTime {
  constructor(readonly wallMillis: number) {
    if (!Number.isFinite(wallMillis)) throw new RangeError('LocalDateTime: not a valid date');
  }

  /**
   * Reads the UTC fields of a JS Date as a wall-clock reading (the convention of exceljs and of
   * hand-written test data: `new Date('2025-04-01')` means the calendar day 2025-04-01).
   *
   * @example
   * LocalDateTime.fromUtcFields(new Date('2025-04-01')).toIsoString()
   * //=> '2025-04-01T00:00:00.000'
   */
  static fromUtcFields(date: Date): LocalDateTime {
    return new LocalDateTime(Date.prototype.getTime.call(date));
  }

  /** The reading as a Date whose UTC fields are the wall clock (what exceljs expects). */
  toUtcFieldsDate(): Date {
    return new Date(this.wallMillis);
  }

  /** True when the reading is midnight (a date without a time of day). */
  isMidnight(): boolean {
    return ((this.wallMillis % 86_400_000) + 86_400_000) % 86_400_000 === 0;
  }

  /**
   * The instant this reading denotes in `timeZone`, memoised: a data tab's date cells are read
   * again on every getValues, and the zone lookup is the costly part.
   */
  instantIn(timeZone: string, toInstant: (timeZone: string, wallMillis: number) => number): number {
    if (this.memoZone !== timeZone) {
      this.memoInstant = toInstant(timeZone, this.wallMillis);
      this.memoZone = timeZone;
    }
    return this.memoInstant;
  }

  private memoZone: string | null = null;
  private memoInstant = 0;

  /** `YYYY-MM-DDTHH:mm:ss.sss` with no zone designator. */
  toIsoString(): string {
    return this.toUtcFieldsDate().toISOString().slice(0, -1);
  }
}

/**
 * The format a date cell gets when none was set.
 *
 * @example
 * defaultDateFormat(new LocalDateTime(Date.UTC(2025, 3, 1)))
 * //=> 'yyyy-mm-dd'
 */
export function defaultDateFormat(value: LocalDateTime): string {
  return value.isMidnight() ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

/** What a cell can hold. Blank cells hold nothing (`undefined` in storage). */
export type CellValue = string | number | boolean | LocalDateTime;

export type FontWeight = 'bold' | 'normal';
export type HorizontalAlignment = 'left' | 'center' | 'right';
export type FontStyle = 'italic' | 'normal';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';

/** A merged block of cells, 1-based as Sheets counts; its top-left cell holds the value. */
export interface MergeRecord {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** What Sheets reports for a cell whose font colour or size was never set. */
export const DEFAULT_FONT_COLOR = '#000000';
export const DEFAULT_FONT_SIZE = 10;

/** A number condition of a conditional-format rule (text and blank cells never match). */
export type NumberCondition =
  | { readonly kind: 'NUMBER_LESS_THAN'; readonly values: readonly [number] }
  | { readonly kind: 'NUMBER_GREATER_THAN'; readonly values: readonly [number] }
  | { readonly kind: 'NUMBER_GREATER_THAN_OR_EQUAL_TO'; readonly values: readonly [number] }
  | { readonly kind: 'NUMBER_BETWEEN'; readonly values: readonly [number, number] };

/** One conditional-format rule of a sheet: ranges 1-based, colours `#rrggbb` or null (unchanged). */
export interface ConditionalFormatRecord {
  readonly ranges: readonly { readonly row: number; readonly column: number; readonly numRows: number; readonly numColumns: number }[];
  readonly condition: NumberCondition;
  readonly background: string | null;
  readonly fontColor: string | null;
}

/** Everything the runtime tracks for one cell. */
export interface CellRecord {
  /** The value, or for a formula cell its cached result when one is known. */
  readonly value: CellValue | undefined;
  /** Formula text including the leading `=`, or `null`. */
  readonly formula: string | null;
  /** Sheets number-format pattern; `General` when none was set. */
  readonly numberFormat: string;
  readonly fontWeight: FontWeight;
  readonly horizontalAlignment: HorizontalAlignment | null;
  readonly wrap: boolean;
}

/** Input tabs came from the user's files; created sheets were inserted while the bundle ran. */
export type SheetOrigin = 'input' | 'created';

export interface ChartRecord {
  readonly id: number;
  readonly type: string;
  /** A1 ranges (with the sheet name at the time of insertion) the chart draws from. */
  readonly ranges: readonly { readonly sheet: string; readonly a1: string }[];
  readonly position: { readonly anchorRow: number; readonly anchorColumn: number; readonly offsetX: number; readonly offsetY: number };
  readonly options: Readonly<Record<string, unknown>>;
}

export interface ProtectionRecord {
  readonly type: 'SHEET';
  description: string;
  warningOnly: boolean;
}

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

export interface DeveloperMetadataRecord {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  /** `null` = attached to the spreadsheet; otherwise the sheet's id. */
  sheetId: number | null;
}

/** Google Sheets' size of a new sheet. */
export const DEFAULT_SHEET_ROWS = 1000;
export const DEFAULT_SHEET_COLUMNS = 26;
/** Pixels per Excel character-width unit (Calibri 11 at 96 dpi, the usual default): .xlsx widths ↔ Sheets pixels. */
export const PIXELS_PER_CHARACTER = 7;
/** Google Sheets' default column width in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;
/** Sheets' largest column count; keys for sparse per-cell attributes are `row * KEY_STRIDE + column`. */
const KEY_STRIDE = 18_278 + 1;

const key = (row: number, column: number): number => row * KEY_STRIDE + column;

/**
 * The key of a 0-based cell in the sparse per-cell maps (here and in {@link FileExtras}).
 *
 * @example
 * cellFromKey(cellKey(3, 2))
 * //=> { row: 3, column: 2 }
 */
export const cellKey = key;

export function cellFromKey(k: number): { row: number; column: number } {
  return { row: Math.floor(k / KEY_STRIDE), column: k % KEY_STRIDE };
}

/**
 * One sheet: a grid of values (dense rows, so a 100,000-row data tab stays compact) plus sparse maps
 * for formulas and formatting, sheet-level settings, charts and protections.
 */
export class SheetData {
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /** True once the sheet was removed from its workbook; service wrappers refuse to touch it. */
  deleted = false;
  /** 1-based column → width in pixels, only for columns whose width was set. */
  readonly columnWidths = new Map<number, number>();
  readonly charts: ChartRecord[] = [];
  readonly protections: ProtectionRecord[] = [];
  /** Cells merged through the service (`Range.merge`, `mergeAcross`, `mergeVertically`); never overlapping. */
  readonly merges: MergeRecord[] = [];
  /** 1-based row → height in pixels, only for rows whose height was set (`Sheet.setRowHeights`). */
  readonly rowHeights = new Map<number, number>();
  /** What the .xlsx input held beyond this model (merges, links, hidden rows, styles…), for the copy in --out. */
  readonly fileExtras = new FileExtras();

  private readonly rows: (Array<CellValue | undefined> | undefined)[] = [];
  private readonly formulas = new Map<number, string>();
  private readonly numberFormats = new Map<number, string>();
  private readonly boldCells = new Set<number>();
  private readonly alignments = new Map<number, HorizontalAlignment>();
  private readonly wrapped = new Set<number>();
  private readonly backgrounds = new Map<number, string>();
  private readonly fontColors = new Map<number, string>();
  private readonly italicCells = new Set<number>();
  private readonly fontSizes = new Map<number, number>();
  private readonly verticalAlignments = new Map<number, VerticalAlignment>();
  /** The sheet's conditional-format rules in priority order (`Sheet.setConditionalFormatRules` replaces them all). */
  conditionalFormats: readonly ConditionalFormatRecord[] = [];
  private extentCache: { rows: number; columns: number } | null = { rows: 0, columns: 0 };

  private sheetId: number;

  constructor(
    id: number,
    name: string,
    readonly origin: SheetOrigin,
    size: { rows?: number; columns?: number } = {},
  ) {
    this.sheetId = id;
    this.name = name;
    this.maxRows = size.rows ?? DEFAULT_SHEET_ROWS;
    this.maxColumns = size.columns ?? DEFAULT_SHEET_COLUMNS;
  }

  /** The sheet's id (`Sheet.getSheetId`): fixed for the sheet's life, and kept across an .xlsx round trip. */
  get id(): number {
    return this.sheetId;
  }

  /** Only for {@link Workbook.restoreSheetId}, while a workbook is being loaded. */
  assignId(id: number): void {
    this.sheetId = id;
  }

  /** The stored values of one row (shorter than the sheet when trailing cells are blank); do not modify. */
  rowValues(row: number): readonly (CellValue | undefined)[] | undefined {
    return this.rows[row];
  }

  /** The value of a cell (for a formula cell, its cached result if known). */
  value(row: number, column: number): CellValue | undefined {
    return this.rows[row]?.[column];
  }

  formula(row: number, column: number): string | null {
    return this.formulas.size === 0 ? null : (this.formulas.get(key(row, column)) ?? null);
  }

  /** The cell's format; a date cell without one shows as a date, as every date cell does in Sheets. */
  numberFormat(row: number, column: number): string {
    const explicit = this.numberFormats.size === 0 ? undefined : this.numberFormats.get(key(row, column));
    if (explicit !== undefined) return explicit;
    const value = this.value(row, column);
    return value instanceof LocalDateTime ? defaultDateFormat(value) : 'General';
  }

  fontWeight(row: number, column: number): FontWeight {
    return this.boldCells.has(key(row, column)) ? 'bold' : 'normal';
  }

  horizontalAlignment(row: number, column: number): HorizontalAlignment | null {
    return this.alignments.get(key(row, column)) ?? null;
  }

  /** Sheets' default is the bottom of the cell (null = never set). */
  verticalAlignment(row: number, column: number): VerticalAlignment | null {
    return this.verticalAlignments.size === 0 ? null : (this.verticalAlignments.get(key(row, column)) ?? null);
  }

  setVerticalAlignment(row: number, column: number, alignment: VerticalAlignment | null): void {
    if (alignment === null) this.verticalAlignments.delete(key(row, column));
    else this.verticalAlignments.set(key(row, column), alignment);
  }

  /**
   * The merge a 0-based cell belongs to, if any.
   *
   * @example
   * sheet.merges.push({ row: 3, column: 1, numRows: 1, numColumns: 4 }); sheet.mergeAt(2, 3)
   * //=> { row: 3, column: 1, numRows: 1, numColumns: 4 }
   */
  mergeAt(row: number, column: number): MergeRecord | undefined {
    if (this.merges.length === 0) return undefined;
    return this.merges.find((m) => row + 1 >= m.row && row + 1 < m.row + m.numRows && column + 1 >= m.column && column + 1 < m.column + m.numColumns);
  }

  /** False for a sheet with no wrapped cell (the .xlsx writer skips measuring its rows). */
  hasWrappedCells(): boolean {
    return this.wrapped.size > 0;
  }

  wrap(row: number, column: number): boolean {
    return this.wrapped.has(key(row, column));
  }

  /** `#rrggbb`, or null for no fill (Sheets' white). */
  background(row: number, column: number): string | null {
    return this.backgrounds.size === 0 ? null : (this.backgrounds.get(key(row, column)) ?? null);
  }

  /** `#rrggbb`; black unless set. */
  fontColor(row: number, column: number): string {
    return (this.fontColors.size === 0 ? undefined : this.fontColors.get(key(row, column))) ?? DEFAULT_FONT_COLOR;
  }

  fontStyle(row: number, column: number): FontStyle {
    return this.italicCells.has(key(row, column)) ? 'italic' : 'normal';
  }

  fontSize(row: number, column: number): number {
    return (this.fontSizes.size === 0 ? undefined : this.fontSizes.get(key(row, column))) ?? DEFAULT_FONT_SIZE;
  }

  setBackground(row: number, column: number, color: string | null): void {
    if (color === null) this.backgrounds.delete(key(row, column));
    else this.backgrounds.set(key(row, column), color);
  }

  setFontColor(row: number, column: number, color: string | null): void {
    if (color === null || color === DEFAULT_FONT_COLOR) this.fontColors.delete(key(row, column));
    else this.fontColors.set(key(row, column), color);
  }

  setFontStyle(row: number, column: number, style: FontStyle): void {
    if (style === 'italic') this.italicCells.add(key(row, column));
    else this.italicCells.delete(key(row, column));
  }

  setFontSize(row: number, column: number, size: number | null): void {
    if (size === null || size === DEFAULT_FONT_SIZE) this.fontSizes.delete(key(row, column));
    else this.fontSizes.set(key(row, column), size);
  }

  cell(row: number, column: number): CellRecord {
    return {
      value: this.value(row, column),
      formula: this.formula(row, column),
      numberFormat: this.numberFormat(row, column),
      fontWeight: this.fontWeight(row, column),
      horizontalAlignment: this.horizontalAlignment(row, column),
      wrap: this.wrap(row, column),
    };
  }

  /** Stores a plain value (clearing any formula). `undefined` blanks the cell. */
  setValue(row: number, column: number, value: CellValue | undefined): void {
    if (this.formulas.size > 0) this.formulas.delete(key(row, column));
    this.store(row, column, value);
  }

  /** Stores a formula (text with the leading `=`) and its cached result, if known. */
  setFormula(row: number, column: number, formula: string, cachedResult?: CellValue): void {
    this.formulas.set(key(row, column), formula);
    this.store(row, column, cachedResult);
    this.extentCache = null;
  }

  /** Replaces a whole row of values at once (the loaders' fast path; no formulas). */
  setRowValues(row: number, values: readonly (CellValue | undefined)[]): void {
    this.rows[row] = values.slice();
    this.extentCache = null;
  }

  setNumberFormat(row: number, column: number, format: string): void {
    if (format === 'General' || format === '') this.numberFormats.delete(key(row, column));
    else this.numberFormats.set(key(row, column), format);
  }

  setFontWeight(row: number, column: number, weight: FontWeight): void {
    if (weight === 'bold') this.boldCells.add(key(row, column));
    else this.boldCells.delete(key(row, column));
  }

  setHorizontalAlignment(row: number, column: number, alignment: HorizontalAlignment | null): void {
    if (alignment === null) this.alignments.delete(key(row, column));
    else this.alignments.set(key(row, column), alignment);
  }

  setWrap(row: number, column: number, wrap: boolean): void {
    if (wrap) this.wrapped.add(key(row, column));
    else this.wrapped.delete(key(row, column));
  }

  /** Blanks values and formulas in a block (formats stay). */
  clearContents(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows; r += 1) {
      for (let c = column; c < column + numColumns; c += 1) this.setValue(r, c, undefined);
    }
  }

  /** Resets formats in a block (values stay). */
  clearFormats(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows; r += 1) {
      for (let c = column; c < column + numColumns; c += 1) {
        const k = key(r, c);
        this.numberFormats.delete(k);
        this.boldCells.delete(k);
        this.alignments.delete(k);
        this.wrapped.delete(k);
        this.backgrounds.delete(k);
        this.fontColors.delete(k);
        this.italicCells.delete(k);
        this.fontSizes.delete(k);
        this.verticalAlignments.delete(k);
      }
    }
  }

  /** Clears every value, formula and format of the sheet (charts, frozen rows and widths stay, as in Sheets). */
  clearAll(): void {
    this.rows.length = 0;
    this.formulas.clear();
    this.numberFormats.clear();
    this.boldCells.clear();
    this.alignments.clear();
    this.wrapped.clear();
    this.backgrounds.clear();
    this.fontColors.clear();
    this.italicCells.clear();
    this.fontSizes.clear();
    this.verticalAlignments.clear();
    this.extentCache = { rows: 0, columns: 0 };
  }

  /** Number of rows up to the last one with content (a value or a formula); 0 when empty. */
  lastRow(): number {
    return this.extent().rows;
  }

  /** Number of columns up to the last one with content; 0 when empty. */
  lastColumn(): number {
    return this.extent().columns;
  }

  /** Columns whose formats or widths were set, for the saver (content extent alone can miss them). */
  formattedExtent(): { rows: number; columns: number } {
    let rows = this.lastRow();
    let columns = this.lastColumn();
    for (const k of [...this.numberFormats.keys(), ...this.boldCells, ...this.alignments.keys(), ...this.wrapped, ...this.backgrounds.keys(), ...this.fontColors.keys(), ...this.italicCells, ...this.fontSizes.keys(), ...this.verticalAlignments.keys()]) {
      rows = Math.max(rows, Math.floor(k / KEY_STRIDE) + 1);
      columns = Math.max(columns, (k % KEY_STRIDE) + 1);
    }
    return { rows, columns };
  }

  /** Every formula cell, for the saver and for tests. */
  formulaCells(): { row: number; column: number; formula: string }[] {
    return [...this.formulas].map(([k, formula]) => ({ row: Math.floor(k / KEY_STRIDE), column: k % KEY_STRIDE, formula }));
  }

  private store(row: number, column: number, value: CellValue | undefined): void {
    let cells = this.rows[row];
    if (!cells) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = value;
    if (value === undefined) {
      while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
    }
    this.extentCache = null;
  }

  private extent(): { rows: number; columns: number } {
    if (this.extentCache) return this.extentCache;
    let rows = 0;
    let columns = 0;
    for (let r = 0; r < this.rows.length; r += 1) {
      const cells = this.rows[r];
      if (!cells) continue;
      for (let c = cells.length - 1; c >= 0; c -= 1) {
        if (cells[c] !== undefined) {
          rows = r + 1;
          if (c + 1 > columns) columns = c + 1;
          break;
        }
      }
    }
    for (const k of this.formulas.keys()) {
      rows = Math.max(rows, Math.floor(k / KEY_STRIDE) + 1);
      columns = Math.max(columns, (k % KEY_STRIDE) + 1);
    }
    this.extentCache = { rows, columns };
    return this.extentCache;
  }
}

/** Key/value store with Apps Script's PropertiesService limits. */
export class PropertyStore {
  /** Apps Script: 9 KB per value, 500 KB per store. */
  static readonly MAX_VALUE_BYTES = 9 * 1024;
  static readonly MAX_TOTAL_BYTES = 500 * 1024;
  private readonly entries = new Map<string, string>();

  get(name: string): string | null {
    return this.entries.get(name) ?? null;
  }

  set(name: string, value: string): void {
    const bytes = Buffer.byteLength(name) + Buffer.byteLength(value);
    if (bytes > PropertyStore.MAX_VALUE_BYTES) {
      throw new Error(`Argument too large: the property "${name}" is ${bytes} bytes; Apps Script allows ${PropertyStore.MAX_VALUE_BYTES} per property`);
    }
    const total = this.totalBytes() - this.sizeOf(name) + bytes;
    if (total > PropertyStore.MAX_TOTAL_BYTES) {
      throw new Error(`You have exceeded the property storage quota (${total} of ${PropertyStore.MAX_TOTAL_BYTES} bytes)`);
    }
    this.entries.set(name, value);
  }

  delete(name: string): void {
    this.entries.delete(name);
  }

  clear(): void {
    this.entries.clear();
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  toObject(): Record<string, string> {
    return Object.fromEntries(this.entries);
  }

  private sizeOf(name: string): number {
    const value = this.entries.get(name);
    return value === undefined ? 0 : Buffer.byteLength(name) + Buffer.byteLength(value);
  }

  private totalBytes(): number {
    let total = 0;
    for (const [name, value] of this.entries) total += Buffer.byteLength(name) + Buffer.byteLength(value);
    return total;
  }
}

/**
 * The document lock of one workbook, shared by every execution (services object) working on it, so
 * two runs on the same workbook contend as two executions on one spreadsheet would.
 */
export class DocumentLockState {
  private holder: object | null = null;

  /** Takes the lock for `owner` if it is free or already theirs. */
  acquire(owner: object): boolean {
    if (this.holder !== null && this.holder !== owner) return false;
    this.holder = owner;
    return true;
  }

  release(owner: object): void {
    if (this.holder === owner) this.holder = null;
  }

  isHeldBy(owner: object): boolean {
    return this.holder === owner;
  }

  isHeld(): boolean {
    return this.holder !== null;
  }

  /** Tests: pretend another execution holds the lock until {@link releaseElsewhere}. */
  holdElsewhere(): void {
    this.holder = ELSEWHERE;
  }

  releaseElsewhere(): void {
    if (this.holder === ELSEWHERE) this.holder = null;
  }
}

const ELSEWHERE = Object.freeze({ owner: 'another execution' });

export interface WorkbookOptions {
  readonly name?: string;
  readonly timeZone?: string;
  /** Sheets locale such as `ja_JP`. */
  readonly locale?: string;
  readonly id?: string;
}

/** Sheet names: Sheets compares them without regard to case. */
const nameKey = (name: string): string => name.toLowerCase();

/** Sheets' own limit on sheet-name length. */
export const MAX_SHEET_NAME_LENGTH = 100;

/** A whole spreadsheet: ordered sheets plus document-level state (metadata, properties, lock). */
export class Workbook {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly sheets: SheetData[] = [];
  readonly developerMetadata: DeveloperMetadataRecord[] = [];
  readonly documentProperties = new PropertyStore();
  readonly documentLock = new DocumentLockState();
  activeSheetId: number | null = null;
  /** The cell styles of the .xlsx this workbook was read from (see {@link FileExtras.cellStyles}). */
  fileStyles: FileStyles = [];
  /** What reading the input files noticed (bad bytes, formulas without results…), for the CLI's warnings. */
  readonly loadWarnings: LoadWarning[] = [];
  private nextSheetId = 0;
  private nextMetadataId = 1;
  private nextChartId = 1;

  constructor(options: WorkbookOptions = {}) {
    this.id = options.id ?? 'local-workbook';
    this.name = options.name ?? 'Workbook';
    this.timeZone = options.timeZone ?? 'Asia/Tokyo';
    this.locale = options.locale ?? 'ja_JP';
  }

  /**
   * Adds a sheet. Throws like Sheets when the name is empty, too long or already taken
   * (case-insensitively).
   */
  addSheet(name: string, options: { index?: number; origin?: SheetOrigin; rows?: number; columns?: number } = {}): SheetData {
    this.checkName(name, null);
    const id = this.nextSheetId;
    // Sheets gives the first sheet id 0 and later ones large ids; any distinct numbers do here.
    this.nextSheetId = id === 0 ? 1_000_001 : id + 1;
    const sheet = new SheetData(id, name, options.origin ?? 'created', { rows: options.rows, columns: options.columns });
    const index = options.index ?? this.sheets.length;
    if (!Number.isInteger(index) || index < 0 || index > this.sheets.length) {
      throw new RangeError(`Sheet index ${index} is out of range (0–${this.sheets.length})`);
    }
    this.sheets.splice(index, 0, sheet);
    if (this.activeSheetId === null) this.activeSheetId = id;
    return sheet;
  }

  /**
   * Gives a loaded sheet back the id it had when the runner wrote it (an .xlsx has no place for
   * Sheets' ids, so loading numbers sheets by position; the runtime state keeps the ids). A sheet
   * that got that id by position takes a fresh one. Call before anything refers to the ids.
   */
  restoreSheetId(sheet: SheetData, id: number): void {
    if (!Number.isSafeInteger(id) || id < 0 || sheet.id === id) return;
    const holder = this.sheetById(id);
    const old = sheet.id;
    sheet.assignId(id);
    this.nextSheetId = Math.max(this.nextSheetId, id + 1, 1_000_001);
    if (holder) {
      holder.assignId(this.nextSheetId);
      this.nextSheetId += 1;
    }
    if (this.activeSheetId === old) this.activeSheetId = id;
    else if (this.activeSheetId === id && holder) this.activeSheetId = holder.id;
  }

  /** Removes a sheet with its metadata; refuses to remove the last one, as Sheets does. */
  removeSheet(sheet: SheetData): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new Error(`Sheet "${sheet.name}" is not in this workbook`);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (let i = this.developerMetadata.length - 1; i >= 0; i -= 1) {
      if (this.developerMetadata[i]?.sheetId === sheet.id) this.developerMetadata.splice(i, 1);
    }
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[Math.max(0, index - 1)]?.id ?? null;
  }

  rename(sheet: SheetData, name: string): void {
    this.checkName(name, sheet);
    sheet.name = name;
  }

  /** Moves a sheet to a 0-based position. */
  move(sheet: SheetData, index: number): void {
    const from = this.sheets.indexOf(sheet);
    if (from < 0) throw new Error(`Sheet "${sheet.name}" is not in this workbook`);
    this.sheets.splice(from, 1);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
  }

  sheetByName(name: string): SheetData | undefined {
    const wanted = nameKey(name);
    return this.sheets.find((s) => nameKey(s.name) === wanted);
  }

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetData | undefined {
    return (this.activeSheetId === null ? undefined : this.sheetById(this.activeSheetId)) ?? this.sheets[0];
  }

  addMetadata(record: Omit<DeveloperMetadataRecord, 'id'>): DeveloperMetadataRecord {
    const stored: DeveloperMetadataRecord = { id: this.nextMetadataId, ...record };
    this.nextMetadataId += 1;
    this.developerMetadata.push(stored);
    return stored;
  }

  removeMetadata(id: number): void {
    const index = this.developerMetadata.findIndex((m) => m.id === id);
    if (index >= 0) this.developerMetadata.splice(index, 1);
  }

  newChartId(): number {
    const id = this.nextChartId;
    this.nextChartId += 1;
    return id;
  }

  private checkName(name: string, renaming: SheetData | null): void {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('A sheet name cannot be empty.');
    if (name.length > MAX_SHEET_NAME_LENGTH) {
      throw new Error(`The sheet name "${name.slice(0, 20)}…" is longer than ${MAX_SHEET_NAME_LENGTH} characters.`);
    }
    const existing = this.sheetByName(name);
    if (existing && existing !== renaming) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
}
