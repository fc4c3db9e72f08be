/**
 * Writes one report sheet of the model into an empty sheet: one setValues (values and our own
 * formulas together: a string starting with "=" becomes a formula, literal text arrives already
 * neutralised with a leading apostrophe) and one call per property of its look (number formats,
 * fills, font colours, weights, styles, sizes, alignments, wraps, and vertical alignments where
 * text wraps — design §6), each over the rectangle all blocks cover (`sheetGrids`); then the
 * sheet's conditional-format rules in one setConditionalFormatRules; the findings' rows merged
 * across the table width with one mergeAcross and given their height with one setRowHeights. The
 * number of calls depends on the report's layout, never on how many rows the data tabs hold. Print
 * setup has no Apps Script API; the .xlsx carries it.
 */
import { blockEnd } from '../../core/report/cells';
import type { ChartSpec, ConditionalCondition, ConditionalFormat, ReportSheet } from '../../core/report/model';
import { sheetGrids } from '../../core/report/sheetGrids';

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

function withCondition(builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, condition: ConditionalCondition): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  switch (condition.kind) {
    case 'lessThan':
      return builder.whenNumberLessThan(condition.value);
    case 'greaterThan':
      return builder.whenNumberGreaterThan(condition.value);
    case 'greaterThanOrEqual':
      return builder.whenNumberGreaterThanOrEqualTo(condition.value);
    case 'between':
      return builder.whenNumberBetween(condition.low, condition.high);
  }
}

/**
 * The model's rules in priority order (Sheets applies the first that matches a cell). Rules over the
 * same cells (the three attainment colours, red and green of a change) share their Range objects:
 * one getRange per distinct range, not one per rule.
 */
function conditionalFormatRules(sheet: GoogleAppsScript.Spreadsheet.Sheet, formats: readonly ConditionalFormat[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = ({ row, column, rows, columns }: ConditionalFormat['ranges'][number]): GoogleAppsScript.Spreadsheet.Range => {
    const key = `${row},${column},${rows},${columns}`;
    const range = ranges.get(key) ?? sheet.getRange(row, column, rows, columns);
    ranges.set(key, range);
    return range;
  };
  return formats.map((format) =>
    withCondition(SpreadsheetApp.newConditionalFormatRule(), format.condition).setBackground(format.fill).setFontColor(format.fontColor).setRanges(format.ranges.map(rangeOf)).build(),
  );
}

/** One setColumnWidths call per run of the layout (`columnWidthRuns`), so the calls never follow the data. */
function setColumnWidths(sheet: GoogleAppsScript.Spreadsheet.Sheet, model: ReportSheet): void {
  for (const run of model.columnWidthRuns) sheet.setColumnWidths(run.first, run.count, model.columnWidths[run.first - 1] ?? 100);
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
  for (const { range } of model.mergedRows) {
    lastRow = Math.max(lastRow, range.row + range.rows - 1);
    lastColumn = Math.max(lastColumn, range.column + range.columns - 1);
  }
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
}

export function writeReportSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, model: ReportSheet, protectionNote: string): void {
  ensureSize(sheet, model);
  const grids = sheetGrids(model);
  if (grids) {
    const { row, column, rows, columns } = grids.range;
    const range = sheet.getRange(row, column, rows, columns);
    range
      .setValues(grids.values)
      .setNumberFormats(grids.numberFormats)
      .setBackgrounds(grids.backgrounds)
      .setFontColors(grids.fontColors)
      .setFontWeights(grids.fontWeights)
      .setFontStyles(grids.fontStyles)
      .setFontSizes(grids.fontSizes)
      .setHorizontalAlignments(grids.alignments)
      .setWraps(grids.wraps);
    // Only sheets with wrapped text blocks (the findings, the guide, the audit) need it: one call more.
    if (grids.verticalAlignments.some((line) => line.some((alignment) => alignment !== null))) range.setVerticalAlignments(grids.verticalAlignments);
  }
  // After the values: a merge keeps only its top-left cell's value. Google documents that rows grow
  // to fit their contents, not whether a merged cell counts: the rows get at least the height their
  // longest text needs (setRowHeights, not forced, so they can still grow).
  for (const merged of model.mergedRows) {
    const { row, column, rows, columns } = merged.range;
    sheet.getRange(row, column, rows, columns).mergeAcross();
    sheet.setRowHeights(row, rows, merged.rowHeight);
  }
  if (model.conditionalFormats.length > 0) sheet.setConditionalFormatRules(conditionalFormatRules(sheet, model.conditionalFormats));
  if (model.frozenRows > 0) sheet.setFrozenRows(model.frozenRows);
  if (model.frozenColumns > 0) sheet.setFrozenColumns(model.frozenColumns);
  setColumnWidths(sheet, model);
  for (const chart of model.charts) insertChart(sheet, chart);
  sheet.protect().setWarningOnly(true).setDescription(protectionNote);
}
