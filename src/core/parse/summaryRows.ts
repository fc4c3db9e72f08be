/**
 * An ads or traffic report's unlabelled summary row (design §3.2): Meta Ads Manager's export with
 * "Include summary row" puts a row above the campaigns that names no campaign, spans the whole period
 * in its date cells, and holds the sum of every row below. Dated like a data row and carrying no total
 * label, it would be counted twice. Told by its shape, for any tool — all of:
 *
 * - it is the first or the last row of the table (a summary is never in the middle);
 * - its campaign and channel cells are blank (every data row of such an export names one);
 * - its main measure (cost, sessions) is a number other than 0, and each measure it fills (cost,
 *   impressions, clicks, conversions; sessions, new users …) equals the sum of the same measure over
 *   the other rows, of which at least two fill the main measure.
 *
 * Rows skipped so are counted and named in a warning, like total rows.
 */
import { parseNumber } from '../numbers/parseNumber';

type Grid = readonly (readonly unknown[])[];

/** Totals are rounded per row: allow half a cent per row summed, plus floating-point noise. */
const ROUNDING_PER_ROW = 0.005;
/** Rows that must fill the main measure besides the summary. */
const MIN_SUMMED_ROWS = 2;

export interface SummaryShape {
  readonly values: Grid;
  /** 0-based bounds of the table: its rows are `from` ≤ index < `to`. */
  readonly from: number;
  readonly to: number;
  /** False for the rows that are no row of the table: blank, notes, repeated headers, total rows. */
  readonly isTableRow: (row: readonly unknown[], index: number) => boolean;
  /** Campaign and channel columns: blank in a summary row. None mapped: no row is told a summary. */
  readonly nameColumns: readonly number[];
  /** Measure columns, the main one (cost, sessions) first. */
  readonly measureColumns: readonly number[];
}

function numberIn(cell: unknown): number | null {
  const parsed = parseNumber(cell);
  return parsed.kind === 'number' ? parsed.value : null;
}

/** Blank, or a blank marker such as `--` (parseNumber reads both as blank). */
function isEmpty(cell: unknown): boolean {
  return parseNumber(cell).kind === 'blank';
}

/** A first or last row that could be a summary: no name, a main measure other than 0. */
function mayBeSummary(shape: SummaryShape, row: readonly unknown[]): boolean {
  const main = shape.measureColumns[0] as number;
  const value = numberIn(row[main]);
  return value !== null && value !== 0 && shape.nameColumns.every((column) => isEmpty(row[column]));
}

/** The first (or last) row of the table, scanning from one end. */
function endRow(shape: SummaryShape, fromTop: boolean): number | null {
  const step = fromTop ? 1 : -1;
  for (let index = fromTop ? shape.from : shape.to - 1; index >= shape.from && index < shape.to; index += step) {
    if (shape.isTableRow(shape.values[index] ?? [], index)) return index;
  }
  return null;
}

/**
 * The 0-based indexes of the table's unlabelled summary rows (see the module comment), ascending.
 * Only the two end rows are looked at unless one of them has the shape of a summary: then the
 * table's measures are summed once.
 *
 * @example
 * // Meta: a row without a campaign above two campaigns, holding their sums.
 * summaryRowsOf({ values: [['Day', 'Campaign', 'Cost'], ['2025-07-01', '', '300'], ['2025-07-01', 'A', '100'], ['2025-07-01', 'B', '200']], from: 1, to: 4, isTableRow: () => true, nameColumns: [1], measureColumns: [2] })
 * //=> [1]
 */
export function summaryRowsOf(shape: SummaryShape): number[] {
  const { nameColumns, measureColumns, values } = shape;
  if (nameColumns.length === 0 || measureColumns.length === 0) return [];
  const first = endRow(shape, true);
  const last = endRow(shape, false);
  if (first === null || last === null || first === last) return [];
  const ends = [first, last].filter((index) => mayBeSummary(shape, values[index] ?? []));
  if (ends.length === 0) return [];
  // Sums and filled counts of every measure over the whole table, once.
  const sums = measureColumns.map(() => 0);
  let filledMain = 0;
  for (let index = first; index <= last; index += 1) {
    const row = values[index] ?? [];
    if (!shape.isTableRow(row, index)) continue;
    measureColumns.forEach((column, position) => {
      const value = numberIn(row[column]);
      if (value === null) return;
      sums[position] = (sums[position] ?? 0) + value;
      if (position === 0) filledMain += 1;
    });
  }
  /** True when `index` holds the sums of the table without the rows `left` (itself among them). */
  const sumsOthers = (index: number, left: readonly number[]): boolean => {
    const row = values[index] ?? [];
    const leftRows = left.map((skipped) => values[skipped] ?? []);
    const summedRows = filledMain - leftRows.length;
    if (summedRows < MIN_SUMMED_ROWS) return false;
    return measureColumns.every((column, position) => {
      const cell = row[column];
      if (isEmpty(cell)) return position !== 0;
      const value = numberIn(cell);
      if (value === null) return false;
      const sum = (sums[position] ?? 0) - leftRows.reduce((total, other) => total + (numberIn(other[column]) ?? 0), 0);
      return Math.abs(sum - value) <= ROUNDING_PER_ROW * summedRows + 1e-9 * Math.abs(sum);
    });
  };
  // A summary on top and a total at the bottom both sum the rows between them.
  if (ends.length === 2 && ends.every((index) => sumsOthers(index, ends))) return ends;
  return ends.filter((index) => sumsOthers(index, [index]));
}
