/**
 * Writes the model to .xlsx (design §9), streaming: each sheet's rows go to the file as they are
 * made (exceljs's WorkbookWriter), so the workbook is never held twice in memory (design §10).
 * Every sheet in order with values, formulas (no cached results for the report's own, so Excel and
 * LibreOffice compute them on open), number formats, bold, alignment, frozen panes and column
 * widths; input tabs read from an .xlsx also keep their own cell styles, merged cells, hyperlinks,
 * hidden rows and columns, row heights, error values and array formulas (fileExtras.ts). Text stays
 * text: only cells that ARE formulas in the model are written as formulas, so a label such as
 * `=IMPORTXML(…)` stays literal. Charts are not written.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FileStyles } from './fileExtras';
import type { LoadWarning } from './loadWarning';
import { cellKey, DEFAULT_COLUMN_WIDTH, DEFAULT_FONT_COLOR, DEFAULT_FONT_SIZE, LocalDateTime, PIXELS_PER_CHARACTER, type CellValue, type ConditionalFormatRecord, type MergeRecord, type NumberCondition, type SheetData, type Workbook } from './model';
import { PRINT_SETUP } from '../../core/report/model';
import { rowHeightForLines, wrappedLines } from '../../core/report/textMetrics';
import { REPORT_ROLE_KEY, taggedSheetId } from '../../core/report/sheetTag';
import { encodeRuntimeState, RUNTIME_STATE_SHEET } from './runtimeState';
import { xlsxSafeSheetName } from './sheetNames';
import { columnName } from './xlsx/a1';
import { xlsxText } from './xlsx/xmlText';

export interface SaveWorkbookOptions {
  /** Keep developer metadata, document properties and protections in a very hidden sheet; default true. */
  readonly keepRuntimeState?: boolean;
  /** Called at each pause between batches of rows (the CLI collects garbage there). */
  readonly onPause?: () => void;
}

export interface SaveResult {
  readonly file: string;
  /** Sheets whose names Excel would not accept, with the name used in the file. */
  readonly renamedSheets: ReadonlyMap<string, string>;
  /** Characters the file could not hold, replaced (one warning per sheet). */
  readonly warnings: readonly LoadWarning[];
}

/**
 * The style of cells and rows without one. exceljs finds a style's id by the style OBJECT (a weak
 * map) before it hashes the style's contents, and gives every new cell and row a fresh `{}`: one
 * shared object spares the hashing for every plain cell.
 */
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * exceljs's shared-string table, on a Map: exceljs keys a plain object by each string, which
 * slows to seconds at a few hundred thousand distinct strings (lead IDs, e-mails). Same members
 * as exceljs's SharedStrings (add, getString, count, values, totalRefs), which the writer reads.
 */
class SharedStringTable {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];
  totalRefs = 0;

  get count(): number {
    return this.values.length;
  }

  add(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.values.length;
      this.index.set(value, at);
      this.values.push(value);
    }
    this.totalRefs += 1;
    return at;
  }

  getString(index: number): string | undefined {
    return this.values[index];
  }
}

/** Google Sheets' default font, for cells whose font the report sets. */
const SHEETS_FONT = 'Arial';

/** One style object per distinct look, so exceljs maps it to its style id once (it caches by object). */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  of(sheet: SheetData, row: number, column: number): Partial<ExcelJS.Style> | null {
    const numberFormat = sheet.numberFormat(row, column);
    const bold = sheet.fontWeight(row, column) === 'bold';
    const horizontal = sheet.horizontalAlignment(row, column);
    const wrap = sheet.wrap(row, column);
    const fill = sheet.background(row, column);
    const color = sheet.fontColor(row, column);
    const italic = sheet.fontStyle(row, column) === 'italic';
    const size = sheet.fontSize(row, column);
    const vertical = sheet.verticalAlignment(row, column);
    const plainFont = !bold && !italic && color === DEFAULT_FONT_COLOR && size === DEFAULT_FONT_SIZE;
    if (numberFormat === 'General' && plainFont && horizontal === null && !wrap && fill === null && vertical === null) return null;
    const key = [numberFormat, bold, horizontal, wrap, fill, color, italic, size, vertical].join('\u0000');
    let style = this.styles.get(key);
    if (!style) {
      style = {
        ...(numberFormat !== 'General' ? { numFmt: numberFormat } : {}),
        // Every styled cell names Sheets' font and size: a font without a name falls back to the reader's
        // default (a serif in LibreOffice), and plain cells next to bold ones would differ in size.
        font: { name: SHEETS_FONT, size, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), ...(color !== DEFAULT_FONT_COLOR ? { color: { argb: argbOf(color) } } : {}) },
        ...(fill !== null ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(fill) } } } : {}),
        ...(horizontal !== null || wrap || vertical !== null
          ? { alignment: { ...(horizontal ? { horizontal } : {}), ...(vertical ? { vertical } : {}), ...(wrap ? { wrapText: true } : {}) } }
          : {}),
      };
      this.styles.set(key, style);
    }
    return style;
  }
}

/**
 * `#rrggbb` as exceljs's opaque ARGB.
 *
 * @example
 * argbOf('#1f4e79')
 * //=> 'FF1F4E79'
 */
export function argbOf(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/** The top-left cell of a range, relative (`B5`), for a rule's formula: Excel shifts it over the range. */
function topLeft(range: ConditionalFormatRecord['ranges'][number]): string {
  return `${columnName(range.column - 1)}${range.row}`;
}

function rangeRef(range: ConditionalFormatRecord['ranges'][number]): string {
  const start = topLeft(range);
  return range.numRows === 1 && range.numColumns === 1 ? start : `${start}:${columnName(range.column + range.numColumns - 2)}${range.row + range.numRows - 1}`;
}

/**
 * A rule's test as an Excel expression over the range's top-left cell. ISNUMBER first, because
 * Excel compares text and blanks with numbers (a `—` would pass `>= 1`) while Sheets' number
 * conditions never match them.
 *
 * @example
 * conditionExpression({ kind: 'NUMBER_BETWEEN', values: [0.8, 1] }, 'E5')
 * //=> 'AND(ISNUMBER(E5),E5>=0.8,E5<=1)'
 */
export function conditionExpression(condition: NumberCondition, cell: string): string {
  switch (condition.kind) {
    case 'NUMBER_LESS_THAN':
      return `AND(ISNUMBER(${cell}),${cell}<${condition.values[0]})`;
    case 'NUMBER_GREATER_THAN':
      return `AND(ISNUMBER(${cell}),${cell}>${condition.values[0]})`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `AND(ISNUMBER(${cell}),${cell}>=${condition.values[0]})`;
    case 'NUMBER_BETWEEN':
      return `AND(ISNUMBER(${cell}),${cell}>=${condition.values[0]},${cell}<=${condition.values[1]})`;
  }
}

/**
 * The sheet's rules as expression rules, one entry per range (a rule over several ranges repeats
 * with its priority, since its formula is relative to each range's corner). Earlier rules win.
 */
function conditionalFormattings(sheet: SheetData): ExcelJS.ConditionalFormattingOptions[] {
  let priority = 0;
  return sheet.conditionalFormats.flatMap((rule) => {
    priority += 1;
    const style: Partial<ExcelJS.Style> = {
      ...(rule.background !== null ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argbOf(rule.background) } } } : {}),
      ...(rule.fontColor !== null ? { font: { color: { argb: argbOf(rule.fontColor) } } } : {}),
    };
    const rulePriority = priority;
    return rule.ranges.map((range) => ({
      ref: rangeRef(range),
      rules: [{ type: 'expression' as const, priority: rulePriority, formulae: [conditionExpression(rule.condition, topLeft(range))], style }],
    }));
  });
}

/** Counts replaced characters per sheet, for one warning each. */
class TextReplacements {
  readonly bySheet = new Map<string, { count: number; first: string }>();

  text(value: string, sheet: string, row: number, column: number): string {
    const { text, replaced } = xlsxText(value);
    if (replaced) {
      const seen = this.bySheet.get(sheet);
      if (seen) seen.count += 1;
      else this.bySheet.set(sheet, { count: 1, first: `${columnName(column)}${row + 1}` });
    }
    return text;
  }

  warnings(): LoadWarning[] {
    return [...this.bySheet].map(([tab, { count, first }]) => ({
      code: 'illegal_character_replaced',
      tab,
      row: null,
      messages: {
        ja: `「${tab}」の ${count} 個のセル（最初は ${first}）に .xlsx に書けない文字（U+FFFE、U+FFFF、制御文字など）があったため、--out のファイルでは � に置き換えました。元のファイルは変わりません。`,
        en: `Tab "${tab}": ${count === 1 ? '1 cell' : `${count} cells (the first is ${first})`} held characters an .xlsx cannot hold (U+FFFE, U+FFFF, control characters); they are replaced with � in the --out file. The input file is unchanged.`,
      },
    }));
  }
}

interface SheetWriteContext {
  readonly reportSheets: ReadonlySet<number>;
  readonly onPause: () => void;
  readonly fileStyles: FileStyles;
  readonly styles: StyleCache;
  readonly texts: TextReplacements;
}

function cellValue(sheet: SheetData, row: number, column: number, value: CellValue | undefined, formula: string | null, context: SheetWriteContext): ExcelJS.CellValue {
  const extras = sheet.fileExtras;
  const key = cellKey(row, column);
  if (formula !== null) {
    const text = context.texts.text(formula.slice(1), sheet.name, row, column);
    const result = value === undefined ? undefined : value instanceof LocalDateTime ? value.toUtcFieldsDate() : typeof value === 'string' ? context.texts.text(value, sheet.name, row, column) : value;
    const ref = extras.arrayFormulas.size > 0 ? extras.arrayFormulas.get(key) : undefined;
    const withResult = result === undefined ? {} : { result: extras.errorCells.has(key) ? { error: String(value) } : result };
    return (ref ? { formula: text, shareType: 'array', ref, ...withResult } : { formula: text, ...withResult }) as ExcelJS.CellFormulaValue;
  }
  if (value === undefined) return null;
  if (value instanceof LocalDateTime) return value.toUtcFieldsDate();
  if (typeof value === 'string') {
    if (extras.errorCells.size > 0 && extras.errorCells.has(key)) return { error: value } as ExcelJS.CellErrorValue;
    return context.texts.text(value, sheet.name, row, column);
  }
  return value;
}

/** Points per pixel at 96 dpi: Sheets measures rows in pixels, .xlsx in points. */
const POINTS_PER_PIXEL = 0.75;

/** A merge as A1 (`A5:L5`). */
function mergeRef(merge: MergeRecord): string {
  return `${columnName(merge.column - 1)}${merge.row}:${columnName(merge.column + merge.numColumns - 2)}${merge.row + merge.numRows - 1}`;
}

/** The pixel width a cell's text wraps in: its column, or all the columns of the merge it starts. */
function wrapWidth(sheet: SheetData, row: number, column: number): number {
  const merge = sheet.mergeAt(row, column);
  const first = merge ? merge.column : column + 1;
  const count = merge ? merge.numColumns : 1;
  let width = 0;
  for (let c = first; c < first + count; c += 1) width += sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  return width;
}

/**
 * The height in points a row needs: the height set through the service (Sheets grows a row to
 * fit its text beyond it, so the taller wins), and the lines of its wrapped text cells at their
 * width (merged cells at the merge's width, `textMetrics.ts`). Excel and LibreOffice do not
 * re-measure rows when they open a file, so without a height a wrapped header would show only one
 * of its lines. Undefined when one plain line is enough.
 */
function rowHeightPoints(sheet: SheetData, row: number, values: readonly (CellValue | undefined)[] | undefined): number | undefined {
  let lines = 1;
  if (sheet.hasWrappedCells()) {
    values?.forEach((value, column) => {
      if (typeof value !== 'string' || !sheet.wrap(row, column)) return;
      lines = Math.max(lines, wrappedLines(value, wrapWidth(sheet, row, column)));
    });
  }
  const set = sheet.rowHeights.size > 0 ? sheet.rowHeights.get(row + 1) : undefined;
  if (lines === 1 && set === undefined) return undefined;
  return Math.max(lines > 1 ? rowHeightForLines(lines) : 0, set ?? 0) * POINTS_PER_PIXEL;
}

/** Rows written between two pauses that let the zip compress and flush what was written. */
const ROWS_PER_FLUSH = 2000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * How a report sheet prints (design §6): A4 landscape, every column on one page wide and as many
 * pages down as needed, the frozen header rows repeated on each page. Apps Script has no page-setup
 * API, so only the .xlsx carries it; other tabs print as the file had them.
 */
function reportPageSetup(sheet: SheetData): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4 in SpreadsheetML's paper-size codes (ECMA-376 §18.3.1.63)
    orientation: PRINT_SETUP.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
  };
}

/** Ids of the sheets the add-on wrote: a report-role tag that names the sheet's own id. */
function reportSheetIds(workbook: Workbook): Set<number> {
  return new Set(
    workbook.developerMetadata.flatMap((metadata) => (metadata.key === REPORT_ROLE_KEY && metadata.sheetId !== null && taggedSheetId(metadata.value) === metadata.sheetId ? [metadata.sheetId] : [])),
  );
}

async function writeSheet(writer: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetData, name: string, context: SheetWriteContext): Promise<void> {
  const argb = tabColorArgb(sheet.tabColor);
  const ws = writer.addWorksheet(name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.frozenRows > 0 || sheet.frozenColumns > 0 ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [],
    ...(argb ? { properties: { tabColor: { argb } } } : {}),
    ...(context.reportSheets.has(sheet.id) ? { pageSetup: reportPageSetup(sheet) } : {}),
  });
  for (const formatting of conditionalFormattings(sheet)) ws.addConditionalFormatting(formatting);
  const extras = sheet.fileExtras;
  // Column settings go out with the first row, so they are set before any row.
  for (const [column, px] of sheet.columnWidths) ws.getColumn(column).width = px / PIXELS_PER_CHARACTER;
  for (const column of extras.hiddenColumns) ws.getColumn(column + 1).hidden = true;
  // Merges touch their cells, so they are declared before those rows are committed.
  for (const range of extras.merges) ws.mergeCells(range);
  for (const merge of sheet.merges) ws.mergeCells(mergeRef(merge));
  const hyperlinks = new Map(extras.hyperlinks.map((link) => [cellKey(link.row, link.column), link]));
  const extent = sheet.formattedExtent();
  let rows = extent.rows;
  for (const r of extras.hiddenRows) rows = Math.max(rows, r + 1);
  for (let r = 0; r < rows; r += 1) {
    let row: ExcelJS.Row | null = null;
    const values = sheet.rowValues(r);
    const columns = Math.max(extent.columns, values?.length ?? 0);
    for (let c = 0; c < columns; c += 1) {
      const value = values?.[c];
      const formula = sheet.formula(r, c);
      const key = cellKey(r, c);
      const fileStyle = extras.cellStyles.size > 0 ? extras.cellStyles.get(key) : undefined;
      const style = fileStyle !== undefined ? (context.fileStyles[fileStyle] ?? null) : context.styles.of(sheet, r, c);
      const link = hyperlinks.size > 0 ? hyperlinks.get(key) : undefined;
      if (value === undefined && formula === null && style === null && !link) continue;
      if (!row) {
        row = ws.getRow(r + 1);
        (row as unknown as { style: Partial<ExcelJS.Style> }).style = NO_STYLE;
      }
      const cell = row.getCell(c + 1);
      const written = cellValue(sheet, r, c, value, formula, context);
      if (link && formula === null) {
        cell.value = { text: written === null ? '' : String(written), hyperlink: link.target ?? link.location ?? '', ...(link.tooltip ? { tooltip: link.tooltip } : {}) };
      } else if (written !== null) cell.value = written;
      cell.style = style ?? NO_STYLE;
    }
    const wrappedHeight = row ? rowHeightPoints(sheet, r, values) : undefined;
    if (extras.hiddenRows.has(r) || extras.rowHeights.has(r) || wrappedHeight !== undefined) {
      row ??= ws.getRow(r + 1);
      if (extras.hiddenRows.has(r)) row.hidden = true;
      const height = extras.rowHeights.get(r) ?? wrappedHeight;
      if (height !== undefined) row.height = height;
    }
    row?.commit();
    // Without a pause the whole sheet's XML would wait in memory for the zip (design §10).
    if (r % ROWS_PER_FLUSH === ROWS_PER_FLUSH - 1) {
      context.onPause();
      await nextTurn();
    }
  }
  ws.commit();
}

function tabColorArgb(color: string | null): string | undefined {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color) : null;
  return m ? `FF${(m[1] ?? '').toUpperCase()}` : undefined;
}

/** A name for the state sheet that no tab of this workbook has. */
function stateSheetName(taken: Set<string>): string {
  return xlsxSafeSheetName(RUNTIME_STATE_SHEET, taken);
}

/**
 * Writes the workbook to `file` (folders created; the file appears only once complete, and a
 * failure — a full disk — leaves no partial file). Rejects with the file system's error.
 *
 * @example
 * (await saveWorkbookToXlsx(workbook, 'out/funnel-report.xlsx')).file
 * //=> 'out/funnel-report.xlsx'
 */
export async function saveWorkbookToXlsx(workbook: Workbook, file: string, options: SaveWorkbookOptions = {}): Promise<SaveResult> {
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  // A write error (ENOSPC) can come while rows are still being made: remember it, fail at the end.
  const failed = new Promise<never>((_resolve, reject) => stream.on('error', reject));
  failed.catch(() => undefined);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  // Before any sheet exists: sheets reach the table through the writer when they write rows.
  (writer as unknown as { sharedStrings: SharedStringTable }).sharedStrings = new SharedStringTable();
  const taken = new Set<string>();
  const renamed = new Map<string, string>();
  const namesById = new Map<number, string>();
  for (const sheet of workbook.sheets) {
    const name = xlsxSafeSheetName(sheet.name, taken);
    if (name !== sheet.name) renamed.set(sheet.name, name);
    namesById.set(sheet.id, name);
  }
  const context: SheetWriteContext = { reportSheets: reportSheetIds(workbook), onPause: options.onPause ?? (() => undefined), fileStyles: workbook.fileStyles, styles: new StyleCache(), texts: new TextReplacements() };
  try {
    for (const sheet of workbook.sheets) await writeSheet(writer, sheet, namesById.get(sheet.id) ?? sheet.name, context);
    if (options.keepRuntimeState ?? true) {
      const rows = encodeRuntimeState(workbook, (id) => namesById.get(id));
      if (rows.length > 0) {
        const ws = writer.addWorksheet(stateSheetName(taken), { state: 'veryHidden' });
        // Text cells only: a stored value starting with "=" must stay text.
        for (const values of rows) ws.addRow(values.map((v) => xlsxText(v).text)).commit();
        ws.commit();
      }
    }
    await Promise.race([writer.commit(), failed]);
    renameSync(partial, target);
  } finally {
    stream.destroy();
    rmSync(partial, { force: true });
  }
  return { file, renamedSheets: renamed, warnings: context.texts.warnings() };
}
