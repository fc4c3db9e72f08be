/**
 * Calendar arithmetic on {@link DayNumber}s (days since 1970-01-01, proleptic Gregorian) without
 * `Date`, so results never depend on the machine's time zone. Conversions follow Howard Hinnant's
 * `days_from_civil` / `civil_from_days` algorithms, which are exact for every integer day.
 */
import { floor, isInteger } from '../model/builtins';
import type { DayNumber, IsoDay, IsoMonth } from '../model/types';

/** A proleptic Gregorian calendar date; `month` is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Earliest and latest years the parsers accept: anything outside is a typo, not marketing data. */
export const FIRST_PLAUSIBLE_YEAR = 1900;
export const LAST_PLAUSIBLE_YEAR = 2200;

export const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Number of days in a month of a year.
 *
 * @example
 * daysInMonth(2024, 2)
 * //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True for Gregorian leap years.
 *
 * @example
 * isLeapYear(1900)
 * //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * True when the parts name a day that exists (integers, month 1–12, day within the month).
 *
 * @example
 * isValidCivilDate(2025, 2, 29)
 * //=> false
 */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    isInteger(year) &&
    isInteger(month) &&
    isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The day number of a calendar date. The parts are assumed valid (see {@link isValidCivilDate}).
 *
 * @example
 * dayFromCivil(2025, 4, 1)
 * //=> 20179
 */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The calendar date of a day number.
 *
 * @example
 * civilFromDay(20179)
 * //=> { year: 2025, month: 4, day: 1 }
 */
export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719_468;
  const era = floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36_524) - floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const shiftedMonth = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * shiftedMonth + 2) / 5) + 1;
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
 * dayToIso(20179)
 * //=> '2025-04-01'
 */
export function dayToIso(dayNumber: DayNumber): IsoDay {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Reads a strict `YYYY-MM-DD` string; `null` when it is malformed or names no real day.
 *
 * @example
 * isoToDay('2025-04-01')
 * //=> 20179
 */
export function isoToDay(iso: IsoDay): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidCivilDate(year, month, day) ? dayFromCivil(year, month, day) : null;
}

/**
 * The `YYYY-MM` month a day belongs to.
 *
 * @example
 * dayToMonth(20179)
 * //=> '2025-04'
 */
export function dayToMonth(dayNumber: DayNumber): IsoMonth {
  const { year, month } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function parseIsoMonth(month: IsoMonth): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]) };
  return parts.month >= 1 && parts.month <= 12 ? parts : null;
}

/**
 * The first day of a `YYYY-MM` month; `null` for a malformed month.
 *
 * @example
 * monthStartDay('2025-04')
 * //=> 20179
 */
export function monthStartDay(month: IsoMonth): DayNumber | null {
  const parts = parseIsoMonth(month);
  return parts ? dayFromCivil(parts.year, parts.month, 1) : null;
}

/**
 * The last day of a `YYYY-MM` month; `null` for a malformed month.
 *
 * @example
 * dayToIso(monthEndDay('2024-02') ?? 0)
 * //=> '2024-02-29'
 */
export function monthEndDay(month: IsoMonth): DayNumber | null {
  const parts = parseIsoMonth(month);
  return parts ? dayFromCivil(parts.year, parts.month, daysInMonth(parts.year, parts.month)) : null;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween(isoToDay('2025-03-31') ?? 0, isoToDay('2025-04-02') ?? 0)
 * //=> 2
 */
export function daysBetween(from: DayNumber, to: DayNumber): number {
  return to - from;
}

/**
 * The month `count` months after (or before, when negative) a `YYYY-MM` month.
 *
 * @example
 * addMonths('2025-11', 3)
 * //=> '2026-02'
 */
export function addMonths(month: IsoMonth, count: number): IsoMonth | null {
  const parts = parseIsoMonth(month);
  if (!parts) return null;
  const index = parts.year * 12 + (parts.month - 1) + count;
  const year = floor(index / 12);
  return `${pad(year, 4)}-${pad(index - year * 12 + 1, 2)}`;
}

/**
 * Every `YYYY-MM` month touched by the inclusive day range, ascending; empty when `to < from`.
 *
 * @example
 * monthsInRange(isoToDay('2025-03-15') ?? 0, isoToDay('2025-05-02') ?? 0)
 * //=> ['2025-03', '2025-04', '2025-05']
 */
export function monthsInRange(from: DayNumber, to: DayNumber): IsoMonth[] {
  if (to < from) return [];
  const months: IsoMonth[] = [];
  const last = dayToMonth(to);
  let current: IsoMonth | null = dayToMonth(from);
  while (current !== null && current <= last) {
    months.push(current);
    current = addMonths(current, 1);
  }
  return months;
}

/**
 * True when the year lies in the range the parsers treat as plausible (1900–2200).
 *
 * @example
 * isPlausibleYear(2025)
 * //=> true
 */
export function isPlausibleYear(year: number): boolean {
  return year >= FIRST_PLAUSIBLE_YEAR && year <= LAST_PLAUSIBLE_YEAR;
}
