/**
 * The period the summary's scorecards compare with (design §6 item 1): the one just before the
 * report's, of the same length.
 */
import { addMonths, civilFromDay, dayFromCivil, daysInMonth, dayToMonth, monthEndDay, monthStartDay } from '../dates/calendar';
import type { DayNumber } from '../model/types';
import { monthsBetween } from './days';

export interface DaySpan {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/** Whether the span is whole calendar months: from the 1st of a month to the last day of a month. */
function isWholeMonths(span: DaySpan): boolean {
  return monthStartDay(dayToMonth(span.from)) === span.from && monthEndDay(dayToMonth(span.to)) === span.to;
}

/**
 * The period just before `span`, of the same length: as many calendar months when `span` is whole
 * months (Oct–Mar → Apr–Sep, whatever the month lengths), otherwise as many days.
 *
 * @example
 * const previous = previousSpan({ from: day('2025-10-01'), to: day('2026-03-31') });
 * [dayToIso(previous.from), dayToIso(previous.to)]
 * //=> ['2025-04-01', '2025-09-30']
 */
export function previousSpan(span: DaySpan): DaySpan {
  const to = span.from - 1;
  if (isWholeMonths(span)) {
    const count = monthsBetween(span.from, span.to).length;
    const first = addMonths(dayToMonth(span.from), -count);
    const from = first === null ? null : monthStartDay(first);
    if (from !== null) return { from, to };
  }
  return { from: span.from - (span.to - span.from + 1), to };
}

/**
 * The previous period when the data covers all of it (its first day is on or after the first day
 * with data), else `null`.
 *
 * @example
 * coveredPreviousSpan({ from: day('2025-04-01'), to: day('2025-09-30') }, day('2025-04-01'))
 * //=> null // the data starts with the period itself
 */
export function coveredPreviousSpan(span: DaySpan, dataFrom: DayNumber | null): DaySpan | null {
  if (dataFrom === null || span.to < span.from) return null;
  const previous = previousSpan(span);
  return previous.from >= dataFrom ? previous : null;
}

/** The day `count` months before `day`, its day of the month kept where the month has it (12-31 → 06-30 for 6). */
function monthsBefore(day: DayNumber, count: number): DayNumber {
  const { year, month, day: date } = civilFromDay(day);
  const index = year * 12 + (month - 1) - count;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  const last = daysInMonth(toYear, toMonth);
  // A month's last day maps to the other month's last day.
  return dayFromCivil(toYear, toMonth, date >= daysInMonth(year, month) ? last : Math.min(date, last));
}

/**
 * The previous period to compare with (design §6.2): the whole previous period when this one's data
 * reaches its end; when the as-of date falls before `span.to`, the same elapsed span of the previous
 * period — as many months back when `span` is whole months (Oct 1–Dec 31 of Oct–Mar → Apr 1–Jun 30),
 * as many days otherwise — with `sameSpan` set. `null` when the data does not cover the previous period.
 *
 * @example
 * comparedPreviousSpan({ from: day('2025-10-01'), to: day('2026-03-31') }, day('2025-12-31'), day('2025-04-01'))
 * //=> { from: day('2025-04-01'), to: day('2025-06-30'), sameSpan: true }
 */
export function comparedPreviousSpan(span: DaySpan, asOf: DayNumber, dataFrom: DayNumber | null): (DaySpan & { readonly sameSpan: boolean }) | null {
  const previous = coveredPreviousSpan(span, dataFrom);
  if (previous === null) return null;
  if (asOf >= span.to || asOf < span.from) return { ...previous, sameSpan: false };
  const to = isWholeMonths(span) ? monthsBefore(asOf, monthsBetween(span.from, span.to).length) : previous.from + (asOf - span.from);
  return { from: previous.from, to: Math.min(to, previous.to), sameSpan: true };
}
