/**
 * Writes one report sheet of the model into an empty sheet: per block one setValues (values and our
 * own formulas together: a string starting with "=" becomes a formula, literal text arrives already
 * neutralised with a leading apostrophe), one setNumberFormats and one setFontWeights. The number of
 * calls depends on the report's layout, never on how many rows the data tabs hold.
 */
import { blockEnd, blockFontWeights, blockValues } from '../../core/report/cells';
import type { ChartSpec, ReportSheet } from '../../core/report/model';

const CHART_TYPES = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  line: () => Charts.ChartType.LINE,
} as const;

function insertChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: ChartSpec): void {
  let builder = sheet.newChart().setChartType(CHART_TYPES[spec.type]()).addRange(sheet.getRange(spec.domain));
  for (const series of spec.series) builder = builder.addRange(sheet.getRange(series));
  const chart = builder
    .setNumHeaders(spec.headerRows)
    .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
    .setOption('title', spec.title)
    .setOption('width', spec.width)
    .setOption('height', spec.height)
    .build();
  sheet.insertChart(chart);
}

/** One setColumnWidths call per run of equal widths. */
function setColumnWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let index = 1; index <= widths.length; index += 1) {
    if (index === widths.length || widths[index] !== widths[start]) {
      sheet.setColumnWidths(start + 1, index - start, widths[start] ?? 100);
      start = index;
    }
  }
}

/** A new sheet has 1000 rows and 26 columns; a wide table needs more (getRange past the edge throws). */
function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, model: ReportSheet): void {
  let lastRow = 1;
  let lastColumn = model.columnWidths.length;
  for (const block of model.blocks) {
    const end = blockEnd(block);
    lastRow = Math.max(lastRow, end.row);
    lastColumn = Math.max(lastColumn, end.column);
  }
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
}

export function writeReportSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, model: ReportSheet, protectionNote: string): void {
  ensureSize(sheet, model);
  for (const block of model.blocks) {
    const rows = block.cells.length;
    const columns = block.cells[0]?.length ?? 0;
    if (rows === 0 || columns === 0) continue;
    const range = sheet.getRange(block.row, block.column, rows, columns);
    range.setValues(blockValues(block));
    range.setNumberFormats(block.numberFormats.map((row) => [...row]));
    range.setFontWeights(blockFontWeights(block));
    if (block.wrap) range.setWrap(true);
  }
  if (model.frozenRows > 0) sheet.setFrozenRows(model.frozenRows);
  if (model.frozenColumns > 0) sheet.setFrozenColumns(model.frozenColumns);
  setColumnWidths(sheet, model.columnWidths);
  for (const chart of model.charts) insertChart(sheet, chart);
  sheet.protect().setWarningOnly(true).setDescription(protectionNote);
}
