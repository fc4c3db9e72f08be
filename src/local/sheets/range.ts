/**
 * `Range`: a rectangle of one sheet. Reads and writes go straight to the model, cell by cell,
 * with Sheets' argument checks (2-D arrays of exactly the range's size).
 */
import type { FontStyle, FontWeight, HorizontalAlignment, SheetData, VerticalAlignment } from '../workbook/model';
import { a1Notation, type GridRect } from './a1';
import { readValue, writeCell } from './cellValues';
import { displayValue } from './displayValue';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import { breakApart, mergeCells, mergesTouching, requireNoMergeFormatClear } from './merges';
import { requireEditable, requireGridSheet } from './platformState';
import { Sheet } from './sheet';

/**
 * Throws unless `values` is a 2-D array matching the range's size (Sheets' messages).
 *
 * @example
 * requireGrid([[1, 2]], { row: 1, column: 1, numRows: 1, numColumns: 2 }, 'Range.setValues')
 * //=> [[1, 2]]
 */
export function requireGrid(values: unknown, rect: GridRect, method: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
    throw new Error(`The parameters (${Array.isArray(values) ? 'Object[]' : typeof values}) don't match the method signature for SpreadsheetApp.${method}: expected a 2-D array (rows of cells)`);
  }
  if (values.length !== rect.numRows) {
    throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rect.numRows}.`);
  }
  for (const row of values as unknown[][]) {
    if (row.length !== rect.numColumns) {
      throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`);
    }
  }
  return values as unknown[][];
}

/**
 * A sheet that still exists, or a Sheets-like error.
 *
 * @example
 * liveSheet(workbook.sheets[0]).name
 * //=> 'Sheet1'
 */
export function liveSheet(data: SheetData): SheetData {
  if (data.deleted) throw new Error(`The sheet "${data.name}" has been deleted.`);
  return data;
}

const FONT_WEIGHTS = new Set(['bold', 'normal']);
const ALIGNMENTS = new Set(['left', 'center', 'right', 'normal', 'general']);

function fontWeightOf(value: unknown, method: string): FontWeight {
  if (value === null) return 'normal';
  if (typeof value !== 'string' || !FONT_WEIGHTS.has(value)) {
    throw new Error(`${method}: font weight must be "bold", "normal" or null, not ${JSON.stringify(value)}`);
  }
  return value as FontWeight;
}

function alignmentOf(value: unknown, method: string): HorizontalAlignment | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !ALIGNMENTS.has(value)) {
    throw new Error(`${method}: alignment must be "left", "center", "right", "normal" or null, not ${JSON.stringify(value)}`);
  }
  return value === 'normal' || value === 'general' ? null : (value as HorizontalAlignment);
}

/**
 * A colour argument as Sheets stores it: `#rgb` or `#rrggbb` in lower case, or null (reset).
 * CSS colour names, which Sheets also accepts, are not modelled and throw.
 *
 * @example
 * colorOf('#1F4E79', 'Range.setBackgrounds')
 * //=> '#1f4e79'
 */
export function colorOf(value: unknown, method: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw new Error(`${method}: a colour must be a string such as "#1f4e79" or null, not ${typeof value}`);
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  throw new Error(`${method}: only "#rgb" and "#rrggbb" colours are modelled in the local runtime, not ${JSON.stringify(value)}`);
}

const VERTICAL_ALIGNMENTS = new Set(['top', 'middle', 'bottom']);

function verticalAlignmentOf(value: unknown, method: string): VerticalAlignment | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !VERTICAL_ALIGNMENTS.has(value)) throw new Error(`${method}: alignment must be "top", "middle", "bottom" or null, not ${JSON.stringify(value)}`);
  return value as VerticalAlignment;
}

const FONT_STYLES = new Set(['italic', 'normal']);

function fontStyleOf(value: unknown, method: string): FontStyle {
  if (value === null) return 'normal';
  if (typeof value !== 'string' || !FONT_STYLES.has(value)) throw new Error(`${method}: font style must be "italic", "normal" or null, not ${JSON.stringify(value)}`);
  return value as FontStyle;
}

/** Sheets offers sizes from 1 to 400 points (the font size box refuses others); null resets to 10. */
function fontSizeOf(value: unknown, method: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 400) throw new Error(`${method}: a font size must be a whole number of points from 1 to 400, not ${String(value)}`);
  return value;
}

function numberFormatOf(value: unknown, method: string): string {
  if (typeof value !== 'string') throw new Error(`${method}: a number format must be a string, not ${typeof value}`);
  return value;
}

export class Range implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly data: SheetData,
    private readonly rect: GridRect,
  ) {}

  /** The model sheet and rectangle behind a wrapper (for the runtime's own modules). */
  static whereOf_(range: Range): { readonly data: SheetData; readonly rect: GridRect } {
    return { data: range.data, rect: range.rect };
  }

  /** The sheet, when it still exists and this user may edit it (restricted protections throw). */
  private writable_(): SheetData {
    return requireEditable(liveSheet(this.data));
  }

  /** Calls `visit(row, column, r, c)` for every cell (0-based sheet coordinates, then offsets). */
  private each_(visit: (row: number, column: number, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = 0; r < numRows; r += 1) {
      for (let c = 0; c < numColumns; c += 1) visit(row - 1 + r, column - 1 + c, r, c);
    }
  }

  private grid_<T>(cell: (row: number, column: number) => T): T[][] {
    liveSheet(this.data);
    const { row, column, numRows, numColumns } = this.rect;
    this.env.calls.cellsRead += numRows * numColumns;
    const out = new Array<T[]>(numRows);
    for (let r = 0; r < numRows; r += 1) {
      const line = new Array<T>(numColumns);
      for (let c = 0; c < numColumns; c += 1) line[c] = cell(row - 1 + r, column - 1 + c);
      out[r] = line;
    }
    return out;
  }

  getValues(): unknown[][] {
    const sheet = liveSheet(this.data);
    const { row, column, numRows, numColumns } = this.rect;
    this.env.calls.cellsRead += numRows * numColumns;
    const out = new Array<unknown[]>(numRows);
    // The hot path of every report run (one read per data tab): straight over the row arrays.
    for (let r = 0; r < numRows; r += 1) {
      const cells = sheet.rowValues(row - 1 + r);
      const line: unknown[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c += 1) {
        const value = cells?.[column - 1 + c];
        line[c] = value === undefined ? '' : typeof value === 'object' ? readValue(this.env, value) : value;
      }
      out[r] = line;
    }
    return out;
  }

  getValue(): unknown {
    return readValue(this.env, liveSheet(this.data).value(this.rect.row - 1, this.rect.column - 1));
  }

  getDisplayValues(): string[][] {
    return this.grid_((r, c) => displayValue(this.data.value(r, c), this.data.numberFormat(r, c)));
  }

  getDisplayValue(): string {
    const r = this.rect.row - 1;
    const c = this.rect.column - 1;
    return displayValue(liveSheet(this.data).value(r, c), this.data.numberFormat(r, c));
  }

  getFormulas(): string[][] {
    return this.grid_((r, c) => this.data.formula(r, c) ?? '');
  }

  getFormula(): string {
    return liveSheet(this.data).formula(this.rect.row - 1, this.rect.column - 1) ?? '';
  }

  setValues(values: unknown): Range {
    const sheet = this.writable_();
    const grid = requireGrid(values, this.rect, 'Range.setValues');
    this.each_((row, column, r, c) => writeCell(this.env, sheet, row, column, grid[r]?.[c], 'Range.setValues'));
    return this;
  }

  setValue(value: unknown): Range {
    const sheet = this.writable_();
    this.each_((row, column) => writeCell(this.env, sheet, row, column, value, 'Range.setValue'));
    return this;
  }

  setFormulas(formulas: unknown): Range {
    const sheet = this.writable_();
    const grid = requireGrid(formulas, this.rect, 'Range.setFormulas');
    this.each_((row, column, r, c) => {
      const formula = grid[r]?.[c];
      if (typeof formula !== 'string') throw new Error(`Range.setFormulas: formulas must be strings, not ${typeof formula}`);
      writeCell(this.env, sheet, row, column, formula, 'Range.setFormulas');
    });
    return this;
  }

  setFormula(formula: unknown): Range {
    if (typeof formula !== 'string') throw new Error(`Range.setFormula: a formula must be a string, not ${typeof formula}`);
    return this.setValue(formula);
  }

  setNumberFormat(format: unknown): Range {
    const sheet = this.writable_();
    const text = numberFormatOf(format, 'Range.setNumberFormat');
    this.each_((row, column) => sheet.setNumberFormat(row, column, text));
    return this;
  }

  setNumberFormats(formats: unknown): Range {
    const sheet = this.writable_();
    const grid = requireGrid(formats, this.rect, 'Range.setNumberFormats');
    this.each_((row, column, r, c) => sheet.setNumberFormat(row, column, numberFormatOf(grid[r]?.[c], 'Range.setNumberFormats')));
    return this;
  }

  getNumberFormat(): string {
    return liveSheet(this.data).numberFormat(this.rect.row - 1, this.rect.column - 1);
  }

  getNumberFormats(): string[][] {
    return this.grid_((r, c) => this.data.numberFormat(r, c));
  }

  setFontWeight(weight: unknown): Range {
    const sheet = this.writable_();
    const value = fontWeightOf(weight, 'Range.setFontWeight');
    this.each_((row, column) => sheet.setFontWeight(row, column, value));
    return this;
  }

  setFontWeights(weights: unknown): Range {
    const sheet = this.writable_();
    const grid = requireGrid(weights, this.rect, 'Range.setFontWeights');
    this.each_((row, column, r, c) => sheet.setFontWeight(row, column, fontWeightOf(grid[r]?.[c], 'Range.setFontWeights')));
    return this;
  }

  getFontWeight(): FontWeight {
    return liveSheet(this.data).fontWeight(this.rect.row - 1, this.rect.column - 1);
  }

  getFontWeights(): FontWeight[][] {
    return this.grid_((r, c) => this.data.fontWeight(r, c));
  }

  setHorizontalAlignment(alignment: unknown): Range {
    const sheet = this.writable_();
    const value = alignmentOf(alignment, 'Range.setHorizontalAlignment');
    this.each_((row, column) => sheet.setHorizontalAlignment(row, column, value));
    return this;
  }

  setHorizontalAlignments(alignments: unknown): Range {
    const sheet = this.writable_();
    const grid = requireGrid(alignments, this.rect, 'Range.setHorizontalAlignments');
    this.each_((row, column, r, c) => sheet.setHorizontalAlignment(row, column, alignmentOf(grid[r]?.[c], 'Range.setHorizontalAlignments')));
    return this;
  }

  getHorizontalAlignment(): string {
    return liveSheet(this.data).horizontalAlignment(this.rect.row - 1, this.rect.column - 1) ?? 'general';
  }

  getHorizontalAlignments(): string[][] {
    return this.grid_((r, c) => this.data.horizontalAlignment(r, c) ?? 'general');
  }

  /** Sets one per-cell property from a 2-D grid of the range's size, each value checked by `parse`. */
  private setGrid_<T>(values: unknown, method: string, parse: (value: unknown, method: string) => T, store: (sheet: SheetData, row: number, column: number, value: T) => void): Range {
    const sheet = this.writable_();
    const grid = requireGrid(values, this.rect, method);
    const parsed = grid.map((line) => line.map((value) => parse(value, method)));
    this.each_((row, column, r, c) => store(sheet, row, column, parsed[r]?.[c] as T));
    return this;
  }

  private setAll_<T>(value: unknown, method: string, parse: (value: unknown, method: string) => T, store: (sheet: SheetData, row: number, column: number, value: T) => void): Range {
    const sheet = this.writable_();
    const parsed = parse(value, method);
    this.each_((row, column) => store(sheet, row, column, parsed));
    return this;
  }

  setBackgrounds(colors: unknown): Range {
    return this.setGrid_(colors, 'Range.setBackgrounds', colorOf, (sheet, row, column, color) => sheet.setBackground(row, column, color));
  }

  setBackground(color: unknown): Range {
    return this.setAll_(color, 'Range.setBackground', colorOf, (sheet, row, column, value) => sheet.setBackground(row, column, value));
  }

  /** No fill reads as white, as in Sheets. */
  getBackgrounds(): string[][] {
    return this.grid_((r, c) => this.data.background(r, c) ?? '#ffffff');
  }

  getBackground(): string {
    return liveSheet(this.data).background(this.rect.row - 1, this.rect.column - 1) ?? '#ffffff';
  }

  setFontColors(colors: unknown): Range {
    return this.setGrid_(colors, 'Range.setFontColors', colorOf, (sheet, row, column, color) => sheet.setFontColor(row, column, color));
  }

  setFontColor(color: unknown): Range {
    return this.setAll_(color, 'Range.setFontColor', colorOf, (sheet, row, column, value) => sheet.setFontColor(row, column, value));
  }

  getFontColors(): string[][] {
    return this.grid_((r, c) => this.data.fontColor(r, c));
  }

  getFontColor(): string {
    return liveSheet(this.data).fontColor(this.rect.row - 1, this.rect.column - 1);
  }

  setFontStyles(styles: unknown): Range {
    return this.setGrid_(styles, 'Range.setFontStyles', fontStyleOf, (sheet, row, column, style) => sheet.setFontStyle(row, column, style));
  }

  setFontStyle(style: unknown): Range {
    return this.setAll_(style, 'Range.setFontStyle', fontStyleOf, (sheet, row, column, value) => sheet.setFontStyle(row, column, value));
  }

  getFontStyles(): FontStyle[][] {
    return this.grid_((r, c) => this.data.fontStyle(r, c));
  }

  getFontStyle(): FontStyle {
    return liveSheet(this.data).fontStyle(this.rect.row - 1, this.rect.column - 1);
  }

  setFontSizes(sizes: unknown): Range {
    return this.setGrid_(sizes, 'Range.setFontSizes', fontSizeOf, (sheet, row, column, size) => sheet.setFontSize(row, column, size));
  }

  setFontSize(size: unknown): Range {
    return this.setAll_(size, 'Range.setFontSize', fontSizeOf, (sheet, row, column, value) => sheet.setFontSize(row, column, value));
  }

  getFontSizes(): number[][] {
    return this.grid_((r, c) => this.data.fontSize(r, c));
  }

  getFontSize(): number {
    return liveSheet(this.data).fontSize(this.rect.row - 1, this.rect.column - 1);
  }

  setWrap(wrap: unknown): Range {
    const sheet = this.writable_();
    if (typeof wrap !== 'boolean') throw new Error('Range.setWrap: expected true or false');
    this.each_((row, column) => sheet.setWrap(row, column, wrap));
    return this;
  }

  setWraps(wraps: unknown): Range {
    const sheet = this.writable_();
    const grid = requireGrid(wraps, this.rect, 'Range.setWraps');
    if (!grid.every((line) => line.every((value) => typeof value === 'boolean'))) throw new Error('Range.setWraps: expected a 2-D array of true or false');
    this.each_((row, column, r, c) => sheet.setWrap(row, column, grid[r]?.[c] === true));
    return this;
  }

  setVerticalAlignment(alignment: unknown): Range {
    return this.setAll_(alignment, 'Range.setVerticalAlignment', verticalAlignmentOf, (sheet, row, column, value) => sheet.setVerticalAlignment(row, column, value));
  }

  setVerticalAlignments(alignments: unknown): Range {
    return this.setGrid_(alignments, 'Range.setVerticalAlignments', verticalAlignmentOf, (sheet, row, column, value) => sheet.setVerticalAlignment(row, column, value));
  }

  /** Sheets' default is the bottom of the cell. */
  getVerticalAlignment(): string {
    return liveSheet(this.data).verticalAlignment(this.rect.row - 1, this.rect.column - 1) ?? 'bottom';
  }

  getVerticalAlignments(): string[][] {
    return this.grid_((r, c) => this.data.verticalAlignment(r, c) ?? 'bottom');
  }

  /** One merged cell over the whole range (see merges.ts for what is modelled). */
  merge(): Range {
    mergeCells(this.writable_(), this.rect, 'all', 'Range.merge');
    return this;
  }

  /** One merged cell per row of the range ("creates 2 merges: B1:E1 and B2:E2" for B1:E2). */
  mergeAcross(): Range {
    mergeCells(this.writable_(), this.rect, 'across', 'Range.mergeAcross');
    return this;
  }

  /** One merged cell per column of the range. */
  mergeVertically(): Range {
    mergeCells(this.writable_(), this.rect, 'vertically', 'Range.mergeVertically');
    return this;
  }

  breakApart(): Range {
    breakApart(this.writable_(), this.rect);
    return this;
  }

  /** The merged blocks fully within the range or sharing a cell with it. */
  getMergedRanges(): Range[] {
    const sheet = liveSheet(this.data);
    return mergesTouching(sheet, this.rect).map((merge) => new Range(this.env, sheet, { ...merge }));
  }

  isPartOfMerge(): boolean {
    return mergesTouching(liveSheet(this.data), this.rect).length > 0;
  }

  getWrap(): boolean {
    return liveSheet(this.data).wrap(this.rect.row - 1, this.rect.column - 1);
  }

  getWraps(): boolean[][] {
    return this.grid_((r, c) => this.data.wrap(r, c));
  }

  getRow(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.column;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numColumns;
  }

  getHeight(): number {
    return this.rect.numRows;
  }

  getWidth(): number {
    return this.rect.numColumns;
  }

  getA1Notation(): string {
    return a1Notation(this.rect);
  }

  getGridId(): number {
    return this.data.id;
  }

  getSheet(): Sheet {
    return new Sheet(this.env, liveSheet(this.data));
  }

  /** True when no cell of the range has a value or a formula. */
  isBlank(): boolean {
    const sheet = liveSheet(this.data);
    let blank = true;
    this.each_((row, column) => {
      if (sheet.value(row, column) !== undefined || sheet.formula(row, column) !== null) blank = false;
    });
    return blank;
  }

  clear(options?: unknown): Range {
    const sheet = this.writable_();
    const { row, column, numRows, numColumns } = this.rect;
    const opts = (options ?? {}) as { contentsOnly?: boolean; formatOnly?: boolean };
    if (!opts.contentsOnly) requireNoMergeFormatClear(sheet, this.rect, 'Range.clear');
    if (!opts.formatOnly) sheet.clearContents(row - 1, column - 1, numRows, numColumns);
    if (!opts.contentsOnly) sheet.clearFormats(row - 1, column - 1, numRows, numColumns);
    return this;
  }

  clearContent(): Range {
    const { row, column, numRows, numColumns } = this.rect;
    this.writable_().clearContents(row - 1, column - 1, numRows, numColumns);
    return this;
  }

  clearFormat(): Range {
    const { row, column, numRows, numColumns } = this.rect;
    const sheet = this.writable_();
    requireNoMergeFormatClear(sheet, this.rect, 'Range.clearFormat');
    sheet.clearFormats(row - 1, column - 1, numRows, numColumns);
    return this;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return rangeOf(this.env, this.data, {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    });
  }

  activate(): Range {
    this.env.workbook.activeSheetId = liveSheet(this.data).id;
    return this;
  }
}
exposeAs('Range', Range);

function isPositiveInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

/**
 * A Range after Sheets' coordinate checks: 1-based, at least one row and column, and inside the
 * sheet's current grid (Sheets does not grow a sheet for getRange; insertRowsAfter/insertColumnsAfter do).
 *
 * @example
 * rangeOf(env, sheet, { row: 2, column: 1, numRows: 1, numColumns: 3 }).getA1Notation()
 * //=> 'A2:C2'
 */
export function rangeOf(env: ServiceEnv, data: SheetData, rect: GridRect): Range {
  const sheet = requireGridSheet(liveSheet(data), 'getRange');
  if (!isPositiveInteger(rect.row) || !isPositiveInteger(rect.column)) {
    throw new Error(`The starting row and column of a range must be at least 1 (got row ${rect.row}, column ${rect.column}).`);
  }
  if (!isPositiveInteger(rect.numRows)) throw new Error(`The number of rows in the range must be at least 1 (got ${String(rect.numRows)}).`);
  if (!isPositiveInteger(rect.numColumns)) throw new Error(`The number of columns in the range must be at least 1 (got ${String(rect.numColumns)}).`);
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) {
    throw new Error(
      `The coordinates of the range are outside the dimensions of the sheet. (${sheet.name}!${a1Notation(rect)}; the sheet has ${sheet.maxRows} rows and ${sheet.maxColumns} columns — add room with insertRowsAfter/insertColumnsAfter)`,
    );
  }
  return new Range(env, sheet, rect);
}

export type { FontWeight, HorizontalAlignment };
