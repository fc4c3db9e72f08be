/**
 * What the user's "Duplicate" (and `Sheet.copyTo`) makes of a sheet: a new sheet with a new id and
 * the same values, formulas and formats — and, the case design §7.1 guards against, the same
 * sheet-level developer metadata, now attached to the copy. Google does not document whether a
 * copy keeps sheet-level metadata; the runtime assumes the worse case (it does), so a report
 * sheet's tag shows up on a sheet that the add-on did not write.
 */
import type { SheetData, Workbook } from '../workbook/model';
import { requireCellRoom } from './limits';

/** `Copy of Name`, `Copy of Name 2`, …: the first name no sheet uses (the platform's pattern). */
function copyName(workbook: Workbook, name: string): string {
  const base = `Copy of ${name}`;
  if (!workbook.sheetByName(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} ${n}`;
    if (!workbook.sheetByName(candidate)) return candidate;
  }
}

/**
 * Duplicates `source` right after it, as the sheet tab's "Duplicate" does, and returns the copy.
 *
 * @example
 * const copy = duplicateSheet(workbook, workbook.sheetByName('ファネル概要'));
 * workbook.developerMetadata.filter((m) => m.sheetId === copy.id).length
 * //=> the number of tags the original carries
 */
export function duplicateSheet(workbook: Workbook, source: SheetData, name?: string): SheetData {
  requireCellRoom(workbook, source.maxRows * source.maxColumns);
  const copy = workbook.addSheet(name ?? copyName(workbook, source.name), {
    index: workbook.sheets.indexOf(source) + 1,
    origin: 'created',
    rows: source.maxRows,
    columns: source.maxColumns,
  });
  const extent = source.formattedExtent();
  for (let row = 0; row < extent.rows; row += 1) {
    for (let column = 0; column < extent.columns; column += 1) {
      const cell = source.cell(row, column);
      if (cell.formula !== null) copy.setFormula(row, column, cell.formula, cell.value);
      else if (cell.value !== undefined) copy.setValue(row, column, cell.value);
      if (cell.numberFormat !== 'General') copy.setNumberFormat(row, column, cell.numberFormat);
      if (cell.fontWeight === 'bold') copy.setFontWeight(row, column, 'bold');
      if (cell.horizontalAlignment !== null) copy.setHorizontalAlignment(row, column, cell.horizontalAlignment);
      if (cell.wrap) copy.setWrap(row, column, true);
      copy.setBackground(row, column, source.background(row, column));
      copy.setFontColor(row, column, source.fontColor(row, column));
      copy.setFontStyle(row, column, source.fontStyle(row, column));
      copy.setFontSize(row, column, source.fontSize(row, column));
      copy.setVerticalAlignment(row, column, source.verticalAlignment(row, column));
    }
  }
  // Merged cells and row heights are part of the sheet's look, copied like the formats.
  copy.merges.push(...source.merges.map((merge) => ({ ...merge })));
  for (const [row, height] of source.rowHeights) copy.rowHeights.set(row, height);
  // The rules' ranges are positions on the sheet, the same on the copy.
  copy.conditionalFormats = source.conditionalFormats;
  copy.frozenRows = source.frozenRows;
  copy.frozenColumns = source.frozenColumns;
  for (const [column, width] of source.columnWidths) copy.columnWidths.set(column, width);
  for (const record of workbook.developerMetadata.filter((m) => m.sheetId === source.id)) {
    workbook.addMetadata({ key: record.key, value: record.value, visibility: record.visibility, sheetId: copy.id });
  }
  return copy;
}
