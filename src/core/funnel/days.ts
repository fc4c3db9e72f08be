/**
 * Month spans for the funnel's monthly table, on day numbers (days since 1970-01-01). The calendar
 * itself (civil dates, ISO text) is src/core/dates/calendar.ts.
 */
import { civilFromDay, dayFromCivil, dayToMonth } from '../dates/calendar';
import type { DayNumber, IsoMonth } from '../model/types';

/** One calendar month: its `YYYY-MM` key and its first and last day. */
export interface MonthSpan {
  readonly month: IsoMonth;
  readonly start: DayNumber;
  readonly end: DayNumber;
}

/**
 * The first day of the month a day falls in.
 *
 * @example
 * startOfMonth(20193) // 2025-04-15
 * //=> 20179 // 2025-04-01
 */
export function startOfMonth(dayNumber: DayNumber): DayNumber {
  const { year, month } = civilFromDay(dayNumber);
  return dayFromCivil(year, month, 1);
}

/**
 * The last day of the month a day falls in.
 *
 * @example
 * endOfMonth(20193) // 2025-04-15
 * //=> 20208 // 2025-04-30
 */
export function endOfMonth(dayNumber: DayNumber): DayNumber {
  const { year, month } = civilFromDay(dayNumber);
  return month === 12 ? dayFromCivil(year + 1, 1, 1) - 1 : dayFromCivil(year, month + 1, 1) - 1;
}

/**
 * Every calendar month touched by the inclusive range `from..to`, ascending; empty when
 * `from` is after `to`.
 *
 * @example
 * monthsBetween(20193, 20240).map((span) => span.month) // 2025-04-15 .. 2025-06-01
 * //=> ['2025-04', '2025-05', '2025-06']
 */
export function monthsBetween(from: DayNumber, to: DayNumber): MonthSpan[] {
  const spans: MonthSpan[] = [];
  if (from > to) return spans;
  for (let start = startOfMonth(from); start <= to; start = endOfMonth(start) + 1) {
    spans.push({ month: dayToMonth(start), start, end: endOfMonth(start) });
  }
  return spans;
}
