/**
 * Reads an .xlsx workbook into the model: values (dates as calendar readings), formulas with their
 * cached results, number formats, bold, alignment, frozen panes, column widths and hidden state.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { InputError } from './inputError';
import { LocalDateTime, Workbook, type CellValue, type HorizontalAlignment, type SheetData } from './model';
import { applyRuntimeState, RUNTIME_STATE_SHEET } from './runtimeState';

export interface LoadWorkbookOptions {
  /** The spreadsheet's zone (an .xlsx has none); default Asia/Tokyo. */
  readonly timeZone?: string;
  /** Default ja_JP. */
  readonly locale?: string;
}

/** Pixels per Excel character-width unit (Calibri 11 at 96 dpi, the usual default). */
export const PIXELS_PER_CHARACTER = 7;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A plain cell value from whatever exceljs hands back (results of formulas included). */
function plainValue(value: unknown): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : LocalDateTime.fromUtcFields(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; error?: string; result?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('') || undefined;
    if (typeof v.error === 'string') return v.error;
    if ('text' in v) return plainValue(v.text);
  }
  return undefined;
}

const ALIGNMENTS: ReadonlySet<string> = new Set(['left', 'center', 'right']);

function readSheet(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const values: (CellValue | undefined)[] = [];
    const formulas: { column: number; formula: string; result: CellValue | undefined }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const c = columnNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.type === ExcelJS.ValueType.Formula) {
        const formula = cell.formula;
        if (formula) formulas.push({ column: c, formula: `=${formula}`, result: plainValue(cell.result) });
      } else {
        values[c] = plainValue(cell.value);
      }
      if (cell.numFmt && cell.numFmt !== 'General') sheet.setNumberFormat(r, c, cell.numFmt);
      if (cell.font?.bold) sheet.setFontWeight(r, c, 'bold');
      const horizontal = cell.alignment?.horizontal;
      if (horizontal && ALIGNMENTS.has(horizontal)) sheet.setHorizontalAlignment(r, c, horizontal as HorizontalAlignment);
      if (cell.alignment?.wrapText) sheet.setWrap(r, c, true);
    });
    if (values.some((v) => v !== undefined)) sheet.setRowValues(r, values);
    for (const f of formulas) sheet.setFormula(r, f.column, f.formula, f.result);
  });
  const view = ws.views?.[0];
  if (view && view.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  for (let c = 1; c <= ws.columnCount; c += 1) {
    const width = ws.getColumn(c).width;
    if (typeof width === 'number' && width > 0) sheet.columnWidths.set(c, Math.round(width * PIXELS_PER_CHARACTER));
  }
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const argb = ws.properties?.tabColor?.argb;
  if (typeof argb === 'string' && /^[0-9a-f]{8}$/i.test(argb)) sheet.tabColor = `#${argb.slice(2).toLowerCase()}`;
}

function stateRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1));
  });
  return rows;
}

/**
 * Loads an .xlsx file. Throws {@link InputError} when it is missing or not a readable workbook.
 *
 * @example
 * (await loadWorkbookFromXlsx('sample.xlsx')).sheets.map((s) => s.name)
 * //=> ['広告', 'リード', '商談']
 */
export async function loadWorkbookFromXlsx(file: string, options: LoadWorkbookOptions = {}): Promise<Workbook> {
  try {
    statSync(file);
  } catch {
    throw new InputError('not_found', file, { ja: `ファイル ${file} が見つかりません。パスを確認してください。`, en: `File ${file} was not found. Check the path.` });
  }
  const source = new ExcelJS.Workbook();
  try {
    await source.xlsx.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('corrupt_xlsx', file, {
      ja: `${file} を Excel ブック（.xlsx）として読み込めません（${reason}）。ファイルが壊れていないか、別の形式（.xls や .csv）ではないか確認してください。`,
      en: `Cannot read ${file} as an Excel workbook (.xlsx): ${reason}. Check that the file is not damaged and is not another format (.xls or .csv).`,
    });
  }
  const workbook = new Workbook({
    name: path.basename(file, path.extname(file)),
    timeZone: options.timeZone,
    locale: options.locale,
  });
  let state: unknown[][] | null = null;
  for (const ws of source.worksheets) {
    if (ws.name === RUNTIME_STATE_SHEET) {
      state = stateRows(ws);
      continue;
    }
    const sheet = workbook.addSheet(ws.name, {
      origin: 'input',
      rows: Math.max(1000, ws.rowCount),
      columns: Math.max(26, ws.columnCount),
    });
    readSheet(ws, sheet);
  }
  if (workbook.sheets.length === 0) {
    throw new InputError('corrupt_xlsx', file, { ja: `${file} にはシートがありません。データのシートがあるブックを指定してください。`, en: `${file} contains no sheets. Pass a workbook with your data sheets.` });
  }
  if (state) applyRuntimeState(workbook, state);
  const firstVisible = workbook.sheets.find((s) => !s.hidden);
  if (firstVisible) workbook.activeSheetId = firstVisible.id;
  return workbook;
}
