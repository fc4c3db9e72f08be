/**
 * Calendar arithmetic for the sample workbook on whole day numbers (days since 1970-01-01), with
 * no `Date`: the generator must not depend on the machine's clock or time zone.
 */
import { civilFromDay, dayFromCivil, dayToIso } from '../dates/calendar';
import type { DayNumber, IsoDay } from '../model/types';

/**
 * The day number of a `YYYY-MM-DD` string. The caller passes well-formed dates (constants).
 *
 * @example
 * dayFromIso('1970-01-02')
 * //=> 1
 */
export function dayFromIso(iso: IsoDay): DayNumber {
  return dayFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
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
  return dayToIso(day).replace(/-/g, '');
}

/**
 * Formats a day with slashes and zero padding, as Japanese ad-platform reports do: `YYYY/MM/DD`.
 *
 * @example
 * slashedDate(dayFromIso('2025-04-01'))
 * //=> '2025/04/01'
 */
export function slashedDate(day: DayNumber): string {
  return dayToIso(day).replace(/-/g, '/');
}

/**
 * Formats a day in Japanese: `2025年4月1日`.
 *
 * @example
 * japaneseDate(dayFromIso('2026-03-31'))
 * //=> '2026年3月31日'
 */
export function japaneseDate(day: DayNumber): string {
  const { year, month, day: dayOfMonth } = civilFromDay(day);
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
  const start = civilFromDay(fiscalStart);
  const current = civilFromDay(day);
  return (current.year - start.year) * 12 + (current.month - start.month);
}
