/**
 * Small helpers shared by the tab builders: rectangular grids (Sheets' `setValues` rejects ragged
 * rows), even spreading of rows over days, and yen amounts written as text.
 */
import type { DayNumber } from '../model/types';
import type { DayCell, SampleCell } from './cells';
import { FISCAL_YEAR_START } from './plan';
import type { YearDay } from './year';

/**
 * Pads every row with blank strings to the width of the widest row.
 *
 * @example
 * rectangular([['# GA4'], ['日付', 'セッション']])
 * //=> [['# GA4', ''], ['日付', 'セッション']]
 */
export function rectangular(rows: SampleCell[][]): SampleCell[][] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}

/**
 * How many of `total` rows fall on day `dayIndex` of `dayCount` when they are spread as evenly as
 * possible (the counts over all days add up to exactly `total`).
 *
 * @example
 * [0, 1, 2].map((dayIndex) => rowsOnDay(5, dayIndex, 3))
 * //=> [1, 2, 2]
 */
export function rowsOnDay(total: number, dayIndex: number, dayCount: number): number {
  return Math.floor(((dayIndex + 1) * total) / dayCount) - Math.floor((dayIndex * total) / dayCount);
}

/**
 * Groups the digits of a whole number with commas.
 *
 * @example
 * groupDigits(1200000)
 * //=> '1,200,000'
 */
export function groupDigits(value: number): string {
  const digits = String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${digits}` : digits;
}

/**
 * The shared date cell of a day of the fiscal year. Throws for a day outside the year: the
 * generators never produce one, so that would be a bug here, not bad input.
 *
 * @example
 * cellOfDay(fiscalYearDays(), dayFromIso('2025-04-01'))
 * //=> { kind: 'date', iso: '2025-04-01' }
 */
export function cellOfDay(days: readonly YearDay[], day: DayNumber): DayCell {
  const yearDay = days[day - FISCAL_YEAR_START];
  if (yearDay === undefined) throw new RangeError(`sample: day ${day} is outside the fiscal year / 年度外の日付です`);
  return yearDay.cell;
}

/**
 * Rounds to the nearest multiple of `step` (yen amounts are budgeted in round figures).
 *
 * @example
 * roundTo(1_234_567, 10_000)
 * //=> 1230000
 */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
