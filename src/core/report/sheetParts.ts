/**
 * Pieces every report sheet shares: the title and context lines at the top, the LTV assumption
 * cells, column widths, and the finished {@link ReportSheet}.
 */
import type { FunnelSummary } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { label, makeBlock, numberCell, row, styled } from './cells';
import { PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { reference } from './formula';
import type { KpiKey } from './kpiCatalog';
import type { LtvAssumptionCells } from './kpiColumns';
import { kpiName, type ReportLabels } from './labels';
import { PRINT_SETUP, type Block, type ChartSpec, type ColumnRun, type ConditionalFormat, type MergedRows, type ReportRole, type ReportSheet } from './model';
import { headerWidth, rowHeightForLines, wrappedLines } from './textMetrics';

/** A sheet plus the KPIs it shows (the guide sheet explains exactly those). */
export interface BuiltSheet {
  readonly sheet: ReportSheet;
  readonly kpis: readonly KpiKey[];
}

/**
 * One line naming the period, the view and the as-of date, for the top of table sheets.
 *
 * @example
 * contextLine(summary, reportLabels('en'))
 * //=> 'Period 2025-04-01 to 2026-03-31 · Cohort view · As of 2026-03-31'
 */
export function contextLine(summary: FunnelSummary, labels: ReportLabels): string {
  return labels.context(periodText(summary, labels), labels.viewNames[summary.view], summary.period.undated ? '—' : summary.asOf);
}

/**
 * The report period in words, or "no dated rows" when the tabs have none (its days are placeholders).
 *
 * @example
 * periodText({ ...summary, period: { from: '1970-01-01', to: '1970-01-01', undated: true } }, reportLabels('en'))
 * //=> '— (no tab has dated rows: every row is counted, with no period)'
 */
export function periodText(summary: FunnelSummary, labels: ReportLabels): string {
  return summary.period.undated ? labels.noDatedRows : labels.periodRange(summary.period.from, summary.period.to);
}

/**
 * The block at A1: the title and one context line per entry of `lines`. Returns the block and the
 * first row after it.
 *
 * @example
 * preamble('Monthly', ['Period …']).nextRow
 * //=> 3
 */
export function preamble(title: string, lines: readonly string[]): { block: Block; nextRow: number } {
  const rows = [row('title', [label(title)]), ...lines.map((line) => row('context', [label(line)]))];
  return { block: makeBlock(1, 1, rows), nextRow: 1 + rows.length };
}

/**
 * Both LTV assumptions when the settings give them (design §5: LTV only when both are given).
 *
 * @example
 * ltvAssumptionValues({ view: 'cohort', language: 'ja', currency: 'JPY', grossMargin: 0.7 })
 * //=> undefined
 */
export function ltvAssumptionValues(settings: FunnelSettings): { grossMargin: number; expectedPurchases: number } | undefined {
  const { grossMargin, expectedPurchases } = settings;
  return grossMargin === undefined || expectedPurchases === undefined ? undefined : { grossMargin, expectedPurchases };
}

/**
 * A one-row block at (`row`, A) holding the LTV assumptions, so LTV formulas can point at them:
 * heading | gross-margin name | value | expected-purchases name | value.
 *
 * @example
 * assumptionRow(4, { grossMargin: 0.7, expectedPurchases: 3 }, labels, 'en').cells.grossMargin
 * //=> { kind: 'reference', at: { row: 4, column: 3, absolute: true } }
 */
export function assumptionRow(
  at: number,
  values: { grossMargin: number; expectedPurchases: number },
  labels: ReportLabels,
  language: 'ja' | 'en',
): { block: Block; cells: LtvAssumptionCells } {
  const block = makeBlock(
    at,
    1,
    [
      row('field', [
        label(labels.assumptions),
        label(kpiName('grossMargin', language)),
        styled(numberCell(values.grossMargin), RATE_FORMAT),
        label(kpiName('expectedPurchases', language)),
        styled(numberCell(values.expectedPurchases), PLAIN_FORMAT),
      ]),
    ],
    { alignments: ['left', 'left', 'right', 'left', 'right'] },
  );
  return { block, cells: { grossMargin: reference(at, 3, true), expectedPurchases: reference(at, 5, true) } };
}

/**
 * Column widths from placed tables: the widest request per column wins.
 *
 * @example
 * mergeWidths([{ firstColumn: 1, widths: [200, 100] }, { firstColumn: 2, widths: [150] }])
 * //=> [200, 150]
 */
export function mergeWidths(parts: readonly { readonly firstColumn: number; readonly widths: readonly number[] }[]): number[] {
  const widths: number[] = [];
  for (const part of parts) {
    part.widths.forEach((width, index) => {
      const at = part.firstColumn - 1 + index;
      widths[at] = Math.max(widths[at] ?? 0, width);
    });
  }
  return Array.from(widths, (width) => width ?? 100);
}

/**
 * The sheet row of the core table's header: the first header row of the sheet (design §6: the core
 * table comes first, the further tables stand below it). Undefined on a sheet without a table.
 */
export function coreHeaderRow(blocks: readonly Block[]): number | undefined {
  let first: number | undefined;
  for (const block of blocks) {
    const index = block.rowRoles.indexOf('header');
    if (index >= 0 && (first === undefined || block.row + index < first)) first = block.row + index;
  }
  return first;
}

/**
 * Column widths wide enough for every header cell of `blocks`: the widest of the requested width
 * and the headers'. The core table's headers (the first header row) fit in two lines (three for
 * Latin words, `headerWidth`); the headers of the tables below it wrap up to four lines before they
 * widen a column, so the columns follow the core table and it stays on a laptop screen, however long
 * a header further down is (design §6).
 *
 * @example
 * fitHeaderWidths([makeBlock(5, 1, [row('header', [label('月'), label('商談化率の前月差')])])], [100, 100])
 * //=> [100, 100]
 */
export function fitHeaderWidths(blocks: readonly Block[], widths: readonly number[]): number[] {
  const fitted = [...widths];
  const core = coreHeaderRow(blocks);
  for (const block of blocks) {
    block.rowRoles.forEach((role, rowIndex) => {
      if (role !== 'header') return;
      const placement = block.row + rowIndex === core ? 'core' : 'below';
      block.cells[rowIndex]?.forEach((cell, columnIndex) => {
        if (cell.kind !== 'text' || cell.value === '') return;
        const at = block.column - 1 + columnIndex;
        // A leading apostrophe is the literal-text marker, not shown.
        const shown = cell.value.startsWith("'") ? cell.value.slice(1) : cell.value;
        fitted[at] = Math.max(fitted[at] ?? DEFAULT_WIDTH, headerWidth(shown, placement));
      });
    });
  }
  return Array.from(fitted, (width) => width ?? DEFAULT_WIDTH);
}

/** Sheets' width of a column nobody set. */
const DEFAULT_WIDTH = 100;

/**
 * The pixel width of columns `first`…`first + count - 1` (1-based) under `widths`.
 *
 * @example
 * spanWidth([240, 110], 1, 3)
 * //=> 450
 */
export function spanWidth(widths: readonly number[], first: number, count: number): number {
  let total = 0;
  for (let column = first; column < first + count; column += 1) total += widths[column - 1] ?? DEFAULT_WIDTH;
  return total;
}

/**
 * Every row of a one-column text block merged across `columns` columns from the block's column,
 * with the height the longest text needs at the merged width (at most one line is guessed short:
 * the estimate rounds up).
 *
 * @example
 * mergedTextRows(makeBlock(20, 1, [row('text', [label('短い')])]), 3, [240, 110, 110]).rowHeight
 * //=> 21
 */
export function mergedTextRows(block: Block, columns: number, widths: readonly number[]): MergedRows {
  const width = spanWidth(widths, block.column, columns);
  const lines = Math.max(
    1,
    ...block.cells.map((cells) => {
      const first = cells[0];
      return first?.kind === 'text' ? wrappedLines(first.value, width) : 1;
    }),
  );
  return { range: { row: block.row, column: block.column, rows: block.cells.length, columns }, rowHeight: rowHeightForLines(lines) };
}

/**
 * The runs of columns set with one call each: adjacent columns that hold the same number format in
 * every table of the sheet (受注 and 失注 in the core table and the same kinds of values below them),
 * every other column (the label and text columns) alone. The runs depend on the layout only; each run takes the width of its
 * widest column, so the values decide how wide, never how many calls.
 *
 * @example
 * widthRuns([makeBlock(1, 1, [row('header', [label('a'), label('b'), label('c')]), row('body', [styled(numberCell(1), '#,##0'), styled(numberCell(2), '#,##0'), styled(numberCell(0.5), '0.0%')])])], 4)
 * //=> [{ first: 1, count: 1 }, { first: 2, count: 1 }, { first: 3, count: 1 }, { first: 4, count: 1 }]
 */
export function widthRuns(blocks: readonly Block[], columns: number): ColumnRun[] {
  const tables = blocks.flatMap((block) => {
    const headerIndex = block.rowRoles.indexOf('header');
    const formats = headerIndex >= 0 ? block.numberFormats[headerIndex + 1] : undefined;
    return formats ? [{ block, formats }] : [];
  });
  // A column's formats down the sheet, one per table ('' where a table does not reach it).
  const signature = (column: number): string => tables.map(({ block, formats }) => (column >= block.column ? (formats[column - block.column] ?? '') : '')).join('\u0000');
  const runs: ColumnRun[] = [];
  for (let column = 1; column <= columns; column += 1) {
    const last = runs[runs.length - 1];
    // The label column and text columns stay alone: their widths follow their text.
    if (last && column > 2 && isNumberSignature(signature(column)) && signature(column) === signature(column - 1)) runs[runs.length - 1] = { first: last.first, count: last.count + 1 };
    else runs.push({ first: column, count: 1 });
  }
  return runs;
}

/** Whether a column holds numbers in every table that reaches it (text columns keep their own widths). */
function isNumberSignature(signature: string): boolean {
  return signature.split('\u0000').every((format) => format !== PLAIN_FORMAT);
}

/** The widths with every column of a run as wide as the run's widest, and the runs. */
function equalWidthRuns(blocks: readonly Block[], widths: readonly number[]): { columnWidths: number[]; columnWidthRuns: ColumnRun[] } {
  const runs = widthRuns(blocks, widths.length);
  const equal = [...widths];
  for (const run of runs) {
    const widest = Math.max(...widths.slice(run.first - 1, run.first - 1 + run.count));
    for (let column = run.first; column < run.first + run.count; column += 1) equal[column - 1] = widest;
  }
  return { columnWidths: equal, columnWidthRuns: runs };
}

/**
 * A finished report sheet: columns wide enough for their headers (`fitHeaderWidths`), A4
 * landscape fit to width (design §6), warning-only protection (design §7.1), and no conditional
 * formats or merged rows unless given.
 *
 * @example
 * finishSheet({ role: 'velocity', name: 'Velocity', blocks: [], frozenRows: 4, frozenColumns: 0, columnWidths: [], charts: [] }).print
 * //=> { paperSize: 'A4', orientation: 'landscape', fitToWidth: true }
 */
export function finishSheet(parts: {
  readonly role: ReportRole;
  readonly name: string;
  readonly blocks: readonly Block[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartSpec[];
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly mergedRows?: readonly MergedRows[];
}): ReportSheet {
  return {
    ...parts,
    ...equalWidthRuns(parts.blocks, fitHeaderWidths(parts.blocks, parts.columnWidths)),
    mergedRows: parts.mergedRows ?? [],
    conditionalFormats: parts.conditionalFormats ?? [],
    print: PRINT_SETUP,
    protection: 'warning',
  };
}
