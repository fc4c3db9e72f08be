/**
 * Calendar arithmetic for the sample workbook on whole day numbers (days since 1970-01-01), with
 * no `Date`: the generator must not depend on the machine's clock or time zone.
 */
import { civilFromDay, dayFromCivil, dayToIso } from '../dates/calendar';
import type { DayNumber, IsoDay } from '../model/types';

/**
 * Splits a day number into its calendar year, month (1–12) and day of month.
 *
 * @example
 * calendarParts(20179)
 * //=> { year: 2025, month: 4, dayOfMonth: 1 }
 */
export function calendarParts(day: DayNumber): { year: number; month: number; dayOfMonth: number } {
  const civil = civilFromDay(day);
  return { year: civil.year, month: civil.month, dayOfMonth: civil.day };
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
  return dayFromCivil(year, month, dayOfMonth);
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

/**
 * Formats a day as `YYYY-MM-DD`.
 *
 * @example
 * isoFromDay(20179)
 * //=> '2025-04-01'
 */
export function isoFromDay(day: DayNumber): IsoDay {
  return dayToIso(day);
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
