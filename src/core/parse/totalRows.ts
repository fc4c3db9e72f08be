/**
 * Total rows, told by their shape (design §3.2; issue 16): a row is a total when it carries a total
 * label (`合計`, `Total: Account`, `Grand total` …) AND looks like one —
 *
 * - in a tab with a date column: it has no readable date there (data rows all do);
 * - in a tab without one (a report dated by its preamble, an undated e-mail list): the cells that
 *   name a data row (its id columns, and its first columns when data rows hold text there) are
 *   blank or `--`; or, when the row fills none of them, its measure equals the sum of the data rows
 *   above it (or below it: GA4 puts its grand total first); or it sits directly below another total
 *   row (`Total: Account` under `Total: Campaigns`).
 *
 * A label alone is never enough: `TOTAL`, `Sum` or `計` (also a Japanese given name) can be a
 * company, a campaign or a person in a real row. Rows skipped as totals are counted and named.
 */
import type { ParseDayOptions } from '../dates/dayResult';
import { dateObjectMilliseconds, isDateObject } from '../dates/instants';
import { parseDay } from '../dates/parseDay';
import { isFiniteNumber } from '../model/builtins';
import type { ZoneOffsetResolver } from '../model/zone';
import { parseNumber } from '../numbers/parseNumber';
import { isBlank } from '../text/normalize';

type Grid = readonly (readonly unknown[])[];

/** A data row fills an identifying column this often, or the column identifies nothing. */
const IDENTITY_FILL = 0.9;
/** The first columns, where exports put a row's name or id. */
const LEADING_COLUMNS = 3;
/** Totals are rounded per row: allow half a cent per row summed, plus floating-point noise. */
const ROUNDING_PER_ROW = 0.005;

/** Any order will do to tell a date from no date; one shared options object, not one per row. */
const MONTH_FIRST: ParseDayOptions = { order: 'mdy' };

/**
 * True when a dated tab's row with a total label is a total: its date cell holds no date. A value
 * shaped like a date that cannot be read (`2025/02/30`, `4/5/2025` in an undecided column) is a
 * data row with a bad date — warned about as such, not hidden as a total.
 *
 * @example
 * [isUndatedRow(['合計', '', '300'], 0, () => 540), isUndatedRow(['2025-04-01', 'TOTAL', '300'], 0, () => 540)]
 * //=> [true, false]
 */
export function isUndatedRow(row: readonly unknown[], dateColumn: number, zoneOffset: ZoneOffsetResolver): boolean {
  const cell = row[dateColumn];
  // A Date cell (most rows of an .xlsx or a sheet) is a date unless it is an invalid Date; which
  // day it is in the zone does not matter here. This runs for every row of a dated tab.
  if (isDateObject(cell)) return !isFiniteNumber(dateObjectMilliseconds(cell));
  const result = parseDay(cell, zoneOffset, MONTH_FIRST);
  return result.kind === 'blank' || (result.kind === 'invalid' && result.reason === 'not_a_date');
}

/** A row with a total label in a tab without a date column, waiting for the shape of the whole tab. */
export interface TotalCandidate {
  /** 0-based index in the tab's values. */
  readonly index: number;
  readonly labelColumn: number;
}

export interface UndatedTabShape {
  readonly values: Grid;
  /** 0-based indexes of the rows read as data (or skipped as unreadable), ascending. */
  readonly dataRows: readonly number[];
  /** The column of the tab's main number (cost, sessions, delivered, target), if any. */
  readonly measureColumn: number | undefined;
  /** Mapped id columns (lead, deal, campaign ids): a data row fills them. */
  readonly idColumns: readonly number[];
}

function isEmptyValue(cell: unknown): boolean {
  return isBlank(cell) || parseNumber(cell).kind === 'blank';
}

function isNumeric(cell: unknown): boolean {
  return parseNumber(cell).kind === 'number';
}

/**
 * Columns that name a data row: mapped id columns, and the first columns when data rows fill them
 * with text (a status, a campaign, a stream name) rather than numbers (a measure). When every row
 * has a total label (campaigns all called `TOTAL`), the labelled rows themselves show the shape.
 */
function identityColumns(shape: UndatedTabShape, candidates: readonly TotalCandidate[]): number[] {
  const rows = shape.dataRows.length > 0 ? shape.dataRows : candidates.map((candidate) => candidate.index);
  if (rows.length === 0) return [];
  const ids = new Set(shape.idColumns);
  const columns = [...new Set([...Array.from({ length: LEADING_COLUMNS }, (_, index) => index), ...shape.idColumns])];
  return columns.filter((column) => {
    let filled = 0;
    let numeric = 0;
    for (const index of rows) {
      const cell = shape.values[index]?.[column];
      if (isEmptyValue(cell)) continue;
      filled += 1;
      if (isNumeric(cell)) numeric += 1;
    }
    const fillsEveryRow = filled >= IDENTITY_FILL * rows.length;
    return fillsEveryRow && (ids.has(column) || numeric * 2 < filled);
  });
}

function measureOf(values: Grid, index: number, column: number): number | null {
  const parsed = parseNumber(values[index]?.[column]);
  return parsed.kind === 'number' ? parsed.value : null;
}

/** True when `value` is the sum of the given data rows strictly between two row indexes (at least one row). */
function sumsRows(values: Grid, rows: Iterable<number>, column: number, value: number, after: number, before: number): boolean {
  let sum = 0;
  let count = 0;
  for (const index of rows) {
    if (index <= after || index >= before) continue;
    sum += measureOf(values, index, column) ?? 0;
    count += 1;
  }
  if (count === 0) return false;
  return Math.abs(sum - value) <= ROUNDING_PER_ROW * count + 1e-9 * Math.abs(sum);
}

/**
 * Decides which candidates of a tab without a date column are totals (see the module comment), top
 * down: a candidate found to be data (a campaign named `Total`) counts in the sums of the rows above
 * the next one.
 *
 * @example
 * // Google Ads rows: two campaigns, then Total: Campaigns and Total: Account.
 * totalRowsOf([{ index: 3, labelColumn: 0 }, { index: 4, labelColumn: 0 }], { values, dataRows: [1, 2], measureColumn: 2, idColumns: [] })
 * //=> Set { 3, 4 }
 */
export function totalRowsOf(candidates: readonly TotalCandidate[], shape: UndatedTabShape): Set<number> {
  const totals = new Set<number>();
  const data = new Set(shape.dataRows);
  const identity = identityColumns(shape, candidates);
  const { measureColumn, values } = shape;
  let lastTotal = -1;
  candidates.forEach((candidate, position) => {
    const row = values[candidate.index] ?? [];
    const next = candidates[position + 1];
    const belowTotal = lastTotal === candidate.index - 1;
    const checked = identity.filter((column) => column !== candidate.labelColumn);
    const unidentified = checked.length > 0 && checked.every((column) => isEmptyValue(row[column]));
    // A row that names itself like the data rows do (a status, a stream) is data, whatever it sums to.
    const identified = checked.some((column) => !isEmptyValue(row[column]));
    const measure = measureColumn === undefined ? null : measureOf(values, candidate.index, measureColumn);
    const sums =
      !identified &&
      measure !== null &&
      measureColumn !== undefined &&
      (sumsRows(values, data, measureColumn, measure, lastTotal, candidate.index) ||
        sumsRows(values, shape.dataRows, measureColumn, measure, candidate.index, next?.index ?? Number.MAX_SAFE_INTEGER));
    if (belowTotal || unidentified || sums) {
      totals.add(candidate.index);
      lastTotal = candidate.index;
    } else {
      data.add(candidate.index);
    }
  });
  return totals;
}
