/**
 * Month spans for the funnel's monthly table, on day numbers (days since 1970-01-01). The calendar
 * itself (civil dates, ISO text, month bounds) is src/core/dates/calendar.ts.
 */
import { monthEndDay, monthStartDay, monthsInRange } from '../dates/calendar';
import type { DayNumber, IsoMonth } from '../model/types';

/** One calendar month: its `YYYY-MM` key and its first and last day. */
export interface MonthSpan {
  readonly month: IsoMonth;
  readonly start: DayNumber;
  readonly end: DayNumber;
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
  // monthsInRange only yields well-formed months, so their bounds always exist.
  return monthsInRange(from, to).map((month) => ({ month, start: monthStartDay(month) ?? from, end: monthEndDay(month) ?? to }));
}
