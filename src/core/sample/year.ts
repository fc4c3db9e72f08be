/**
 * The days of the sample's fiscal year, computed once per workbook: their date cell, calendar
 * position and how busy a B2B business is on each.
 */
import type { DayNumber, IsoDay } from '../model/types';
import { civilFromDay, dayToIso } from '../dates/calendar';
import { fiscalMonthIndex, weekday } from './calendar';
import { dayCell, type DayCell } from './cells';
import { FISCAL_YEAR_DAYS, FISCAL_YEAR_START } from './plan';

export interface YearDay {
  readonly day: DayNumber;
  readonly iso: IsoDay;
  /** Shared, frozen date cell for this day (the workbook holds many cells for the same day). */
  readonly cell: DayCell;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly month: number;
  readonly dayOfMonth: number;
  /** 0 = April 2025 … 11 = March 2026. */
  readonly monthIndex: number;
  /** Relative inbound activity (weekday ≈ 1). */
  readonly activity: number;
  /** A weekday outside the Golden Week, Obon and New Year holidays. */
  readonly businessDay: boolean;
}

/**
 * Relative volume of inbound activity: B2B leads come on weekdays, dip over Golden Week, Obon and the
 * New Year holidays, and the business grows about 3% a month.
 *
 * @example
 * activityWeight(0, 4, 1, 0) // a Sunday in early April
 * //=> 0.2
 */
export function activityWeight(dayOfWeek: number, month: number, dayOfMonth: number, monthIndex: number): number {
  let weight = dayOfWeek === 0 ? 0.2 : dayOfWeek === 6 ? 0.25 : 1;
  if (month === 5 && dayOfMonth >= 3 && dayOfMonth <= 6) weight *= 0.3;
  else if (month === 8 && dayOfMonth >= 13 && dayOfMonth <= 16) weight *= 0.5;
  else if ((month === 12 && dayOfMonth >= 29) || (month === 1 && dayOfMonth <= 3)) weight *= 0.2;
  return weight * (1 + 0.03 * monthIndex);
}

/**
 * Every day of the fiscal year, in order (index 0 = 2025-04-01).
 *
 * @example
 * const days = fiscalYearDays();
 * [days.length, days[0]?.iso, days[364]?.iso]
 * //=> [365, '2025-04-01', '2026-03-31']
 */
export function fiscalYearDays(): readonly YearDay[] {
  const days: YearDay[] = [];
  for (let index = 0; index < FISCAL_YEAR_DAYS; index += 1) {
    const day = FISCAL_YEAR_START + index;
    const { month, day: dayOfMonth } = civilFromDay(day);
    const monthIndex = fiscalMonthIndex(day, FISCAL_YEAR_START);
    const iso = dayToIso(day);
    const dayOfWeek = weekday(day);
    days.push({
      day,
      iso,
      cell: Object.freeze(dayCell(iso)),
      weekday: dayOfWeek,
      month,
      dayOfMonth,
      monthIndex,
      activity: activityWeight(dayOfWeek, month, dayOfMonth, monthIndex),
      businessDay: activityWeight(dayOfWeek, month, dayOfMonth, 0) === 1,
    });
  }
  return days;
}

/**
 * The first business day on or after `day`, within the fiscal year (the last day of the year when
 * none is left).
 *
 * @example
 * dayToIso(businessDayOnOrAfter(fiscalYearDays(), dayFromIso('2026-01-01'))) // New Year's Day
 * //=> '2026-01-05'
 */
export function businessDayOnOrAfter(days: readonly YearDay[], day: DayNumber): DayNumber {
  for (let index = Math.max(0, day - FISCAL_YEAR_START); index < days.length; index += 1) {
    const candidate = days[index];
    if (candidate?.businessDay) return candidate.day;
  }
  return FISCAL_YEAR_START + days.length - 1;
}
