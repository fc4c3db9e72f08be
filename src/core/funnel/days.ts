/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), private to the funnel engine.
 * Uses Howard Hinnant's civil-from-days algorithm, so it needs no `Date` and no time zone.
 */
import type { DayNumber, IsoDay, IsoMonth } from '../model/types';

/** A calendar date split into its parts; `month` is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** One calendar month: its `YYYY-MM` key and its first and last day. */
export interface MonthSpan {
  readonly month: IsoMonth;
  readonly start: DayNumber;
  readonly end: DayNumber;
}

const DAYS_PER_ERA = 146097;
/** Days from 0000-03-01 (the algorithm's epoch) to 1970-01-01. */
const EPOCH_SHIFT = 719468;

/**
 * Converts a calendar date to its day number.
 *
 * @example
 * dayFromCivil(2025, 4, 1)
 * //=> 20179
 */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  // The algorithm's year starts in March, so the leap day is the last day of its year.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/**
 * Splits a day number into year, month and day.
 *
 * @example
 * civilFromDay(20179)
 * //=> { year: 2025, month: 4, day: 1 }
 */
export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const shifted = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Formats a day number as `YYYY-MM-DD`.
 *
 * @example
 * formatIsoDay(20179)
 * //=> '2025-04-01'
 */
export function formatIsoDay(dayNumber: DayNumber): IsoDay {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Formats the month a day falls in as `YYYY-MM`.
 *
 * @example
 * formatIsoMonth(20208) // 2025-04-30
 * //=> '2025-04'
 */
export function formatIsoMonth(dayNumber: DayNumber): IsoMonth {
  const { year, month } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * Reads a strict `YYYY-MM-DD` string; `null` when it is not a real calendar day.
 *
 * @example
 * parseIsoDay('2025-04-01')
 * //=> 20179
 * parseIsoDay('2025-02-30')
 * //=> null
 */
export function parseIsoDay(text: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const dayNumber = dayFromCivil(year, month, day);
  // A day past the month's end rolls into the next month; the round trip catches it.
  return civilFromDay(dayNumber).month === month ? dayNumber : null;
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
    spans.push({ month: formatIsoMonth(start), start, end: endOfMonth(start) });
  }
  return spans;
}
