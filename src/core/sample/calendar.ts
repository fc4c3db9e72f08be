/**
 * Calendar arithmetic for the sample workbook on whole day numbers (days since 1970-01-01), with
 * no `Date`: the generator must not depend on the machine's clock or time zone.
 */
import type { DayNumber, IsoDay } from '../model/types';

/**
 * Splits a day number into its calendar year, month (1–12) and day of month.
 *
 * @example
 * calendarParts(20179)
 * //=> { year: 2025, month: 4, dayOfMonth: 1 }
 */
export function calendarParts(day: DayNumber): { year: number; month: number; dayOfMonth: number } {
  // Howard Hinnant's civil_from_days, valid for the whole proleptic Gregorian calendar.
  const shifted = day + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, dayOfMonth };
}

/**
 * The day number of a calendar date (month 1–12). Out-of-range months or days roll over the way
 * they would on a calendar (day 0 is the last day of the previous month).
 *
 * @example
 * dayFromParts(2025, 4, 1)
 * //=> 20179
 */
export function dayFromParts(year: number, month: number, dayOfMonth: number): DayNumber {
  // Hinnant's days_from_civil.
  const adjustedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(adjustedYear / 400);
  const yearOfEra = adjustedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The day number of a `YYYY-MM-DD` string. The caller passes well-formed dates (constants).
 *
 * @example
 * dayFromIso('1970-01-02')
 * //=> 1
 */
export function dayFromIso(iso: IsoDay): DayNumber {
  return dayFromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * Formats a day as `YYYY-MM-DD`.
 *
 * @example
 * isoFromDay(20179)
 * //=> '2025-04-01'
 */
export function isoFromDay(day: DayNumber): IsoDay {
  const { year, month, dayOfMonth } = calendarParts(day);
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * weekday(dayFromIso('2025-04-01')) // a Tuesday
 * //=> 2
 */
export function weekday(day: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Formats a day the way GA4 exports it: `YYYYMMDD`.
 *
 * @example
 * compactDate(dayFromIso('2025-04-01'))
 * //=> '20250401'
 */
export function compactDate(day: DayNumber): string {
  return isoFromDay(day).replace(/-/g, '');
}

/**
 * Formats a day with slashes and zero padding, as Japanese ad-platform reports do: `YYYY/MM/DD`.
 *
 * @example
 * slashedDate(dayFromIso('2025-04-01'))
 * //=> '2025/04/01'
 */
export function slashedDate(day: DayNumber): string {
  return isoFromDay(day).replace(/-/g, '/');
}

/**
 * Formats a day in Japanese: `2025年4月1日`.
 *
 * @example
 * japaneseDate(dayFromIso('2026-03-31'))
 * //=> '2026年3月31日'
 */
export function japaneseDate(day: DayNumber): string {
  const { year, month, dayOfMonth } = calendarParts(day);
  return `${year}年${month}月${dayOfMonth}日`;
}

/**
 * Zero-based month index of a day inside a fiscal year starting on `fiscalStart` (April = 0).
 *
 * @example
 * fiscalMonthIndex(dayFromIso('2026-01-15'), dayFromIso('2025-04-01'))
 * //=> 9
 */
export function fiscalMonthIndex(day: DayNumber, fiscalStart: DayNumber): number {
  const start = calendarParts(fiscalStart);
  const current = calendarParts(day);
  return (current.year - start.year) * 12 + (current.month - start.month);
}
