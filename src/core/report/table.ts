/**
 * Tables on report sheets: a header row and data rows laid out as one block, with formula cells that
 * find the other columns of their row (and of the row above) by key instead of by hand-counted
 * letters.
 */
import { label, makeBlock, row, styled, type BlockRow } from './cells';
import { PLAIN_FORMAT } from './formats';
import { reference, type FormulaExpression } from './formula';
import type { Block, Cell, DataRowRole, HorizontalAlignment, NumberFormat, SheetRange } from './model';
import { numberColumnWidth, shownUnits } from './numberWidths';
import { textWidth } from './textMetrics';

/** Finds cells of other columns for a formula, by column key. */
export interface RowLocator {
  /** The same row's cell in column `key`, or `undefined` when the table has no such column. */
  readonly here: (key: string) => FormulaExpression | undefined;
  /** The previous data row's cell in column `key`, or `undefined` on the first data row. */
  readonly above: (key: string) => FormulaExpression | undefined;
}

export interface TableColumn<Row> {
  /** Unique within the table; formulas of other columns refer to it. */
  readonly key: string;
  readonly header: string;
  readonly format: NumberFormat;
  /**
   * Pixels of a text column (a floor: unwrapped text columns grow to their longest value). Number
   * columns are sized to their values instead (`numberWidths.ts`); for them this is only the width of
   * the column before the data is known. The sheet widens any column its header needs (`finishSheet`).
   */
  readonly width: number;
  /** Defaults to left for text (the general format) and right for everything else. */
  readonly align?: HorizontalAlignment;
  /**
   * The group the column belongs to (リード over 目標・実績・達成率), named once in a row on the header
   * band above the headers, over the first column of each run of columns of the same group. Lets the
   * headers stay short ("目標", not "リード目標") and so the columns narrow (design §6).
   */
  readonly group?: string;
  readonly cell: (row: Row, locate: RowLocator) => Cell;
}

export interface TableRow<Row> {
  readonly data: Row;
  /** Defaults to `body`. */
  readonly role?: DataRowRole;
}

export interface PlacedTable {
  readonly block: Block;
  /** Sheet row of the header. */
  readonly headerRow: number;
  /** Sheet rows of the first and last data rows (`lastDataRow < firstDataRow` when there are none). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Sheet column of a column key, if the table has it. */
  readonly columnOf: (key: string) => number | undefined;
  /** The data cells of a column, for conditional formats; `undefined` without the column or without rows. */
  readonly dataRange: (key: string) => SheetRange | undefined;
  /** The cell of a column key in the data row at `index` (0-based), as a formula reference. */
  readonly cellAt: (index: number, key: string) => FormulaExpression | undefined;
  /**
   * The columns' widths: as asked, text columns of tables that do not wrap widened to their longest
   * value (up to {@link MAX_FITTED_TEXT_WIDTH}); the header rule is applied when the sheet is finished.
   */
  readonly widths: readonly number[];
}

export interface TableOptions {
  /** A caption in the row above the header (above the group row when columns have groups; part of the same block). */
  readonly caption?: string;
  /** Wrap long text over the whole block. */
  readonly wrap?: boolean;
  /** Alternate the fill of body rows (default true). */
  readonly banded?: boolean;
  /**
   * A table whose data rows are the same rows as this one's (a secondary table below a core table):
   * a formula asking for a key this table lacks finds it there, in the row of the same index.
   */
  readonly borrowFrom?: PlacedTable;
}

/** Text columns read left to right; numbers, rates, money and `—` line up on the right. */
function alignmentOf(column: { readonly align?: HorizontalAlignment; readonly format: NumberFormat }): HorizontalAlignment {
  return column.align ?? (column.format === PLAIN_FORMAT ? 'left' : 'right');
}

/** The widest a text column grows to show its longest value on one line; longer values are cut. */
export const MAX_FITTED_TEXT_WIDTH = 400;

/**
 * A text column's width: wide enough for its longest value on one line (campaign and channel
 * names), up to {@link MAX_FITTED_TEXT_WIDTH}, never narrower than asked. Tables that wrap keep the
 * width asked for (their text takes more lines instead).
 */
function fittedTextWidth(asked: number, body: readonly BlockRow[], index: number): number {
  let width = asked;
  for (const entry of body) {
    const cell = entry.cells[index]?.cell;
    if (cell?.kind !== 'text') continue;
    width = Math.max(width, Math.min(MAX_FITTED_TEXT_WIDTH, textWidth(cell.value.startsWith("'") ? cell.value.slice(1) : cell.value)));
  }
  return width;
}

/**
 * The columns' widths: number columns as wide as their values shown in their format
 * (`numberColumnWidth`), text columns of tables that do not wrap as wide as their longest value
 * (`fittedTextWidth`), wrapped text columns as asked. Headers are fitted when the sheet is finished.
 */
function columnWidths<Row>(columns: readonly TableColumn<Row>[], body: readonly BlockRow[], wrap: boolean): number[] {
  const widestByFormat = new Map<string, number>();
  for (const entry of body) {
    entry.cells.forEach(({ cell, format }) => {
      if (cell.kind === 'number') widestByFormat.set(format, Math.max(widestByFormat.get(format) ?? 0, shownUnits(cell.value, format)));
    });
  }
  return columns.map((column, index) => {
    if (column.format !== PLAIN_FORMAT) {
      const cells = body.map((entry) => entry.cells[index]?.cell ?? { kind: 'empty' as const });
      return numberColumnWidth(cells, column.format, widestByFormat.get(column.format) ?? 0);
    }
    return wrap || alignmentOf(column) !== 'left' ? column.width : fittedTextWidth(column.width, body, index);
  });
}

/**
 * Lays out a table whose header row is at `headerRow` and whose first column is `firstColumn`.
 *
 * @example
 * const table = placeTable(5, 1, [
 *   { key: 'n', header: 'N', format: '#,##0', width: 80, cell: (row: number) => ({ kind: 'number', value: row }) },
 * ], [{ data: 7 }]);
 * table.block.cells[1]
 * //=> [{ kind: 'number', value: 7 }]
 */
export function placeTable<Row>(
  headerRow: number,
  firstColumn: number,
  columns: readonly TableColumn<Row>[],
  rows: readonly TableRow<Row>[],
  options: TableOptions = {},
): PlacedTable {
  const positions = new Map<string, number>();
  columns.forEach((column, index) => {
    if (positions.has(column.key)) throw new Error(`duplicate column key: ${column.key}`);
    positions.set(column.key, firstColumn + index);
  });
  const own = (sheetRow: number, key: string): FormulaExpression | undefined => {
    const column = positions.get(key);
    return column === undefined ? undefined : reference(sheetRow, column);
  };
  const borrowed = options.borrowFrom;
  const find = (index: number, key: string): FormulaExpression | undefined =>
    index < 0 || index >= rows.length ? undefined : (own(headerRow + 1 + index, key) ?? borrowed?.cellAt(index, key));
  const locator = (index: number): RowLocator => ({
    here: (key) => find(index, key),
    above: (key) => (index === 0 ? undefined : find(index - 1, key)),
  });
  const header: BlockRow = row(
    'header',
    columns.map((column) => label(column.header)),
  );
  const grouped = columns.some((column) => column.group !== undefined);
  const groups: BlockRow[] = grouped
    ? [row('group', columns.map((column, index) => label(column.group !== undefined && column.group !== columns[index - 1]?.group ? column.group : '')))]
    : [];
  const body: BlockRow[] = rows.map((entry, index) => {
    const locate = locator(index);
    return row(
      entry.role ?? 'body',
      columns.map((column) => styled(column.cell(entry.data, locate), column.format)),
    );
  });
  const above = [...(options.caption === undefined ? [] : [row('caption', [label(options.caption)])]), ...groups];
  const grid = [...above, header, ...body];
  const top = headerRow - above.length;
  return {
    block: makeBlock(top, firstColumn, grid, {
      alignments: columns.map(alignmentOf),
      banded: options.banded ?? true,
      wrap: options.wrap ?? false,
    }),
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: headerRow + rows.length,
    columnOf: (key) => positions.get(key),
    dataRange: (key) => {
      const column = positions.get(key);
      return column === undefined || rows.length === 0 ? undefined : { row: headerRow + 1, column, rows: rows.length, columns: 1 };
    },
    cellAt: (index, key) => (index < 0 || index >= rows.length ? undefined : own(headerRow + 1 + index, key)),
    widths: columnWidths(columns, body, options.wrap ?? false),
  };
}
