/**
 * `Sheet`: one tab. Sizes, frozen rows, column widths, metadata, protection and charts live on the
 * model's {@link SheetData}; ranges are created through {@link rangeOf} so Sheets' bounds hold.
 */
import { DEFAULT_COLUMN_WIDTH, type SheetData } from '../workbook/model';
import { parseA1 } from './a1';
import { conditionalFormatRulesOf, ConditionalFormatRule, setConditionalFormatRules } from './conditionalFormat';
import { chartsOf, EmbeddedChart, EmbeddedChartBuilder, insertChart, removeChart, updateChart } from './charts';
import { addMetadata, DeveloperMetadata, DeveloperMetadataFinder } from './developerMetadata';
import { duplicateSheet } from './duplicateSheet';
import { enumMemberName, SheetType, type EnumMember } from './enums';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import { requireCellRoom } from './limits';
import { requireNoMergeFormatClear } from './merges';
import { requireEditable, requireGridSheet, sheetTypeOf } from './platformState';
import { Protection } from './protection';
import { liveSheet, Range, rangeOf } from './range';
import { RangeList } from './rangeList';
import { Spreadsheet } from './spreadsheet';

function requireCount(n: unknown, what: string, method: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error(`${method}: ${what} must be a whole number ≥ 0, not ${String(n)}`);
  return n;
}

/** Google Sheets' default row height in pixels. */
const DEFAULT_ROW_HEIGHT = 21;

function requireWidth(n: unknown, method: string): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw new Error(`${method}: the width must be a number of pixels ≥ 0`);
  return Math.round(n);
}

export class Sheet implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly data: SheetData,
  ) {}

  /** The model sheet behind a wrapper (for the runtime's own modules). */
  static dataOf_(sheet: Sheet): SheetData {
    return sheet.data;
  }

  private live_(): SheetData {
    return liveSheet(this.data);
  }

  /** The sheet when it is a grid (chart and data-source sheets throw on grid calls). */
  private grid_(method: string): SheetData {
    return requireGridSheet(this.live_(), `Sheet.${method}`);
  }

  /** The grid, when this user may edit it (a restricted protection throws Sheets' message). */
  private editableGrid_(method: string): SheetData {
    return requireEditable(this.grid_(method));
  }

  getName(): string {
    return this.live_().name;
  }

  getSheetName(): string {
    return this.live_().name;
  }

  setName(name: unknown): Sheet {
    if (typeof name !== 'string') throw new Error('Sheet.setName: the name must be a string');
    this.env.workbook.rename(requireEditable(this.live_()), name);
    return this;
  }

  getSheetId(): number {
    return this.data.id;
  }

  /** GRID, OBJECT (a chart on its own sheet) or DATASOURCE (Connected Sheets). */
  getType(): EnumMember {
    return SheetType[sheetTypeOf(this.live_())];
  }

  /**
   * A copy of this sheet in the same spreadsheet ("Copy of …"), with its values, formats and
   * sheet-level developer metadata, as the user's Duplicate makes (see duplicateSheet).
   */
  copyTo(spreadsheet: unknown): Sheet {
    if (!(spreadsheet instanceof Spreadsheet)) throw new Error('Sheet.copyTo: expected a Spreadsheet');
    return new Sheet(this.env, duplicateSheet(this.env.workbook, this.live_()));
  }

  /** 1-based position among the sheets. */
  getIndex(): number {
    return this.env.workbook.sheets.indexOf(this.live_()) + 1;
  }

  getParent(): Spreadsheet {
    return new Spreadsheet(this.env);
  }

  getRange(a1OrRow: unknown, column?: unknown, numRows?: unknown, numColumns?: unknown): Range {
    const sheet = this.live_();
    if (typeof a1OrRow === 'string') {
      if (column !== undefined) throw new Error('Sheet.getRange: an A1 range takes no further arguments');
      const rect = parseA1(a1OrRow, sheet);
      if (!rect) throw new Error(`Range not found: "${a1OrRow}" (the local runtime accepts A1, A1:C3, A:C and 1:3 on a sheet)`);
      return rangeOf(this.env, sheet, rect);
    }
    return rangeOf(this.env, sheet, {
      row: a1OrRow as number,
      column: column as number,
      numRows: numRows === undefined ? 1 : (numRows as number),
      numColumns: numColumns === undefined ? 1 : (numColumns as number),
    });
  }

  getRangeList(a1Notations: unknown): RangeList {
    if (!Array.isArray(a1Notations)) throw new Error('Sheet.getRangeList: expected an array of A1 notations');
    const sheet = this.live_();
    const ranges = a1Notations.map((a1) => {
      const rect = typeof a1 === 'string' ? parseA1(a1, sheet) : null;
      if (!rect) throw new Error(`Range not found: ${JSON.stringify(a1)}`);
      return rangeOf(this.env, sheet, rect);
    });
    return new RangeList(this.env, ranges);
  }

  /** A1 to the last row and column with content (A1 alone for an empty sheet). */
  getDataRange(): Range {
    const sheet = this.live_();
    return rangeOf(this.env, sheet, { row: 1, column: 1, numRows: Math.max(1, sheet.lastRow()), numColumns: Math.max(1, sheet.lastColumn()) });
  }

  getLastRow(): number {
    return this.grid_('getLastRow').lastRow();
  }

  getLastColumn(): number {
    return this.grid_('getLastColumn').lastColumn();
  }

  getMaxRows(): number {
    return this.grid_('getMaxRows').maxRows;
  }

  getMaxColumns(): number {
    return this.grid_('getMaxColumns').maxColumns;
  }

  insertRowsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    const sheet = this.editableGrid_('insertRowsAfter');
    const after = requireCount(afterPosition, 'the row', 'Sheet.insertRowsAfter');
    const count = requireCount(howMany, 'the number of rows', 'Sheet.insertRowsAfter');
    if (after < 1 || after > sheet.maxRows) throw new Error(`Sheet.insertRowsAfter: row ${after} is outside the sheet (1–${sheet.maxRows})`);
    if (after < sheet.lastRow()) throw new Error('not implemented in the local runtime: Sheet.insertRowsAfter above existing content (only appending rows is modelled)');
    requireCellRoom(this.env.workbook, count * sheet.maxColumns);
    sheet.maxRows += count;
    return this;
  }

  insertColumnsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    const sheet = this.editableGrid_('insertColumnsAfter');
    const after = requireCount(afterPosition, 'the column', 'Sheet.insertColumnsAfter');
    const count = requireCount(howMany, 'the number of columns', 'Sheet.insertColumnsAfter');
    if (after < 1 || after > sheet.maxColumns) throw new Error(`Sheet.insertColumnsAfter: column ${after} is outside the sheet (1–${sheet.maxColumns})`);
    if (after < sheet.lastColumn()) throw new Error('not implemented in the local runtime: Sheet.insertColumnsAfter left of existing content (only appending columns is modelled)');
    requireCellRoom(this.env.workbook, count * sheet.maxRows);
    sheet.maxColumns += count;
    return this;
  }

  clear(options?: unknown): Sheet {
    const sheet = this.editableGrid_('clear');
    const opts = (options ?? {}) as { contentsOnly?: boolean; formatOnly?: boolean };
    if (!opts.contentsOnly) requireNoMergeFormatClear(sheet, { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns }, 'Sheet.clear');
    if (!opts.contentsOnly && !opts.formatOnly) sheet.clearAll();
    else if (opts.contentsOnly) sheet.clearContents(0, 0, sheet.maxRows, sheet.maxColumns);
    else sheet.clearFormats(0, 0, sheet.maxRows, sheet.maxColumns);
    return this;
  }

  clearContents(): Sheet {
    const sheet = this.editableGrid_('clearContents');
    sheet.clearContents(0, 0, Math.max(sheet.lastRow(), 1), Math.max(sheet.lastColumn(), 1));
    return this;
  }

  clearFormats(): Sheet {
    const sheet = this.editableGrid_('clearFormats');
    requireNoMergeFormatClear(sheet, { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns }, 'Sheet.clearFormats');
    const extent = sheet.formattedExtent();
    sheet.clearFormats(0, 0, extent.rows, extent.columns);
    return this;
  }

  setFrozenRows(rows: unknown): Sheet {
    const sheet = this.editableGrid_('setFrozenRows');
    const n = requireCount(rows, 'the number of frozen rows', 'Sheet.setFrozenRows');
    if (n > sheet.maxRows) throw new Error(`Sheet.setFrozenRows: the sheet has only ${sheet.maxRows} rows`);
    sheet.frozenRows = n;
    return this;
  }

  getFrozenRows(): number {
    return this.grid_('getFrozenRows').frozenRows;
  }

  setFrozenColumns(columns: unknown): Sheet {
    const sheet = this.editableGrid_('setFrozenColumns');
    const n = requireCount(columns, 'the number of frozen columns', 'Sheet.setFrozenColumns');
    if (n > sheet.maxColumns) throw new Error(`Sheet.setFrozenColumns: the sheet has only ${sheet.maxColumns} columns`);
    sheet.frozenColumns = n;
    return this;
  }

  getFrozenColumns(): number {
    return this.grid_('getFrozenColumns').frozenColumns;
  }

  setColumnWidth(columnPosition: unknown, width: unknown): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: unknown, numColumns: unknown, width: unknown): Sheet {
    const sheet = this.editableGrid_('setColumnWidths');
    const start = requireCount(startColumn, 'the column', 'Sheet.setColumnWidths');
    const count = requireCount(numColumns, 'the number of columns', 'Sheet.setColumnWidths');
    const px = requireWidth(width, 'Sheet.setColumnWidths');
    if (start < 1 || start + count - 1 > sheet.maxColumns) throw new Error('Sheet.setColumnWidths: the columns are outside the sheet');
    for (let c = start; c < start + count; c += 1) sheet.columnWidths.set(c, px);
    return this;
  }

  getColumnWidth(columnPosition: unknown): number {
    const column = requireCount(columnPosition, 'the column', 'Sheet.getColumnWidth');
    return this.grid_('getColumnWidth').columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  setRowHeight(rowPosition: unknown, height: unknown): Sheet {
    return this.setRowHeights(rowPosition, 1, height);
  }

  /**
   * Sets the height of rows in pixels. Sheets still grows a row to fit its content ("By default,
   * rows grow to fit cell contents"; setRowHeightsForced would not) — there is no layout engine
   * here, so the .xlsx writer keeps the taller of this height and its own estimate of wrapped text.
   */
  setRowHeights(startRow: unknown, numRows: unknown, height: unknown): Sheet {
    const sheet = this.editableGrid_('setRowHeights');
    const start = requireCount(startRow, 'the row', 'Sheet.setRowHeights');
    const count = requireCount(numRows, 'the number of rows', 'Sheet.setRowHeights');
    if (typeof height !== 'number' || !Number.isInteger(height) || height < 1) throw new Error('Sheet.setRowHeights: the height must be a whole number of pixels ≥ 1');
    if (start < 1 || start + count - 1 > sheet.maxRows) throw new Error('Sheet.setRowHeights: the rows are outside the sheet');
    for (let r = start; r < start + count; r += 1) sheet.rowHeights.set(r, height);
    return this;
  }

  /** The height set for the row, or Sheets' default 21 px (rows grown to fit content are not modelled). */
  getRowHeight(rowPosition: unknown): number {
    const row = requireCount(rowPosition, 'the row', 'Sheet.getRowHeight');
    return this.grid_('getRowHeight').rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** No layout engine here: recorded by the call counter only. */
  autoResizeColumns(startColumn: unknown, numColumns: unknown): Sheet {
    requireCount(startColumn, 'the column', 'Sheet.autoResizeColumns');
    requireCount(numColumns, 'the number of columns', 'Sheet.autoResizeColumns');
    this.grid_('autoResizeColumns');
    return this;
  }

  autoResizeColumn(columnPosition: unknown): Sheet {
    requireCount(columnPosition, 'the column', 'Sheet.autoResizeColumn');
    this.grid_('autoResizeColumn');
    return this;
  }

  addDeveloperMetadata(...args: unknown[]): Sheet {
    addMetadata(this.env, this.live_().id, args, 'Sheet.addDeveloperMetadata');
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    return new DeveloperMetadataFinder(this.env, this.live_()).find();
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.env, this.live_());
  }

  /** The sheet's protection, created on first call (a sheet has at most one). */
  protect(): Protection {
    const sheet = this.live_();
    let record = sheet.protections[0];
    if (!record) {
      record = { type: 'SHEET', description: '', warningOnly: false };
      sheet.protections.push(record);
    }
    return new Protection(this.env, sheet, record);
  }

  getProtections(type: unknown): Protection[] {
    const kind = enumMemberName(type, 'ProtectionType', 'Sheet.getProtections');
    const sheet = this.live_();
    return sheet.protections.filter((p) => p.type === kind).map((p) => new Protection(this.env, sheet, p));
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.env, this.grid_('newChart'));
  }

  insertChart(chart: unknown): void {
    insertChart(this.env, this.editableGrid_('insertChart'), chart);
  }

  updateChart(chart: unknown): void {
    updateChart(this.editableGrid_('updateChart'), chart);
  }

  removeChart(chart: unknown): void {
    removeChart(this.editableGrid_('removeChart'), chart);
  }

  setConditionalFormatRules(rules: unknown): void {
    setConditionalFormatRules(this.editableGrid_('setConditionalFormatRules'), rules);
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return conditionalFormatRulesOf(this.env, this.grid_('getConditionalFormatRules'));
  }

  getCharts(): EmbeddedChart[] {
    return chartsOf(this.env, this.grid_('getCharts'));
  }

  activate(): Sheet {
    this.env.workbook.activeSheetId = this.live_().id;
    return this;
  }

  hideSheet(): Sheet {
    const sheet = this.live_();
    const visible = this.env.workbook.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === sheet) throw new Error("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    return this;
  }

  showSheet(): Sheet {
    this.live_().hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.live_().hidden;
  }

  setTabColor(color: unknown): Sheet {
    if (color !== null && typeof color !== 'string') throw new Error('Sheet.setTabColor: expected a CSS colour string or null');
    this.live_().tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.live_().tabColor;
  }
}
exposeAs('Sheet', Sheet);
