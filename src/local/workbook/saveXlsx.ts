/**
 * Writes the model to .xlsx (design §9): every sheet in order with values, formulas (no cached
 * results, so Excel and LibreOffice compute them on open), number formats, bold, alignment, frozen
 * rows and column widths. Text stays text: only cells that ARE formulas in the model are written
 * as formulas, so a label such as `=IMPORTXML(…)` stays literal. Charts are not written.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PIXELS_PER_CHARACTER } from './loadXlsx';
import { LocalDateTime, type SheetData, type Workbook } from './model';
import { encodeRuntimeState, RUNTIME_STATE_SHEET } from './runtimeState';
import { xlsxSafeSheetName } from './sheetNames';

export interface SaveWorkbookOptions {
  /** Keep developer metadata, document properties and protections in a very hidden sheet; default true. */
  readonly keepRuntimeState?: boolean;
}

export interface SaveResult {
  readonly file: string;
  /** Sheets whose names Excel would not accept, with the name used in the file. */
  readonly renamedSheets: ReadonlyMap<string, string>;
}

function writeCells(sheet: SheetData, ws: ExcelJS.Worksheet): void {
  const extent = sheet.formattedExtent();
  for (let r = 0; r < extent.rows; r += 1) {
    let row: ExcelJS.Row | null = null;
    for (let c = 0; c < extent.columns; c += 1) {
      const value = sheet.value(r, c);
      const formula = sheet.formula(r, c);
      const numberFormat = sheet.numberFormat(r, c);
      const bold = sheet.fontWeight(r, c) === 'bold';
      const horizontal = sheet.horizontalAlignment(r, c);
      const wrap = sheet.wrap(r, c);
      if (value === undefined && formula === null && numberFormat === 'General' && !bold && horizontal === null && !wrap) continue;
      row ??= ws.getRow(r + 1);
      const cell = row.getCell(c + 1);
      if (formula !== null) cell.value = { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
      else if (value instanceof LocalDateTime) cell.value = value.toUtcFieldsDate();
      else if (value !== undefined) cell.value = value;
      if (numberFormat !== 'General') cell.numFmt = numberFormat;
      if (bold) cell.font = { bold: true };
      if (horizontal !== null || wrap) cell.alignment = { ...(horizontal ? { horizontal } : {}), ...(wrap ? { wrapText: true } : {}) };
    }
  }
}

function tabColorArgb(color: string | null): string | undefined {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color) : null;
  return m ? `FF${(m[1] ?? '').toUpperCase()}` : undefined;
}

/**
 * Writes the workbook to `file` (folders created; the file appears only once complete).
 *
 * @example
 * (await saveWorkbookToXlsx(workbook, 'out/funnel-report.xlsx')).file
 * //=> 'out/funnel-report.xlsx'
 */
export async function saveWorkbookToXlsx(workbook: Workbook, file: string, options: SaveWorkbookOptions = {}): Promise<SaveResult> {
  const out = new ExcelJS.Workbook();
  out.calcProperties.fullCalcOnLoad = true;
  const taken = new Set<string>([RUNTIME_STATE_SHEET.toLowerCase()]);
  const renamed = new Map<string, string>();
  const namesById = new Map<number, string>();
  for (const sheet of workbook.sheets) {
    const name = xlsxSafeSheetName(sheet.name, taken);
    if (name !== sheet.name) renamed.set(sheet.name, name);
    namesById.set(sheet.id, name);
    const argb = tabColorArgb(sheet.tabColor);
    const ws = out.addWorksheet(name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views:
        sheet.frozenRows > 0 || sheet.frozenColumns > 0
          ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
          : [],
      ...(argb ? { properties: { tabColor: { argb } } } : {}),
    });
    writeCells(sheet, ws);
    for (const [column, px] of sheet.columnWidths) ws.getColumn(column).width = px / PIXELS_PER_CHARACTER;
  }
  if (options.keepRuntimeState ?? true) {
    const rows = encodeRuntimeState(workbook, (id) => namesById.get(id));
    if (rows.length > 0) {
      const ws = out.addWorksheet(RUNTIME_STATE_SHEET, { state: 'veryHidden' });
      // Text cells only: a stored value starting with "=" must stay text.
      rows.forEach((r) => ws.addRow(r));
    }
  }
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  try {
    await out.xlsx.writeFile(partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, renamedSheets: renamed };
}
