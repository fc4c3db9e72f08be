/**
 * The period the summary's scorecards compare with (design §6 item 1): the one just before the
 * report's, of the same length.
 */
import { addMonths, dayToMonth, monthEndDay, monthStartDay } from '../dates/calendar';
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
