/**
 * The date parser of design §3.3: any cell value → the spreadsheet-local calendar day, or a reason.
 */
import type { ZoneOffsetResolver } from '../model/zone';
import { civilFromDay, dayFromCivil, dayToMonth, isPlausibleYear, isValidCivilDate } from './calendar';
import { parseDateText } from './dateText';
import { BLANK_DAY, NO_DAY_OPTIONS, type DayResult, type MonthResult, type ParseDayOptions } from './dayResult';
import { dateObjectToDay, isDateObject, plausibleDay, serialToDay } from './instants';

/** Reads 8-digit `YYYYMMDD` and 6-digit `YYYYMM` integers (GA4 dates that a sheet turned into numbers). */
function compactDateNumber(value: number): DayResult | null {
  if (!Number.isInteger(value)) return null;
  if (value >= 19_000_101 && value <= 22_001_231) {
    const year = Math.floor(value / 10_000);
    const month = Math.floor(value / 100) % 100;
    const day = value % 100;
    return isValidCivilDate(year, month, day)
      ? { kind: 'day', day: dayFromCivil(year, month, day), precision: 'day' }
      : { kind: 'invalid', reason: 'impossible_date' };
  }
  if (value >= 190_001 && value <= 220_012) {
    const year = Math.floor(value / 100);
    const month = value % 100;
    if (month >= 1 && month <= 12 && isPlausibleYear(year)) {
      return plausibleDay(dayFromCivil(year, month, 1), 'month');
    }
  }
  return null;
}

/**
 * Reads a cell value as a calendar day in the spreadsheet's zone.
 *
 * - Date values (from any realm) are instants: they are moved into the zone given by `zoneOffset`.
 * - Numbers are spreadsheet serials (1899-12-30 = 0, the fraction is the time of day), except
 *   8-digit `YYYYMMDD` and 6-digit `YYYYMM` integers, which GA4 exports produce.
 * - Text: `2025-04-01`, `2025/4/1`, `2025.4.1`, `20250401`, `2025年4月1日(火)`, `令和7年4月1日`,
 *   `R7.4.1`, `Apr 1, 2025`, `1 Apr 2025`, with an optional time (`13:45`, ISO `T…+09:00`). Month
 *   values (`2025-04`, `2025年4月`, `202504`) give the month's first day with `precision: 'month'`.
 *   Numeric dates `4/5/2025`, `16-04-2024`, `1.4.2025`, `20-10-16` (two-digit years are 20xx) are
 *   read in the order the value proves, else in `options.order`. A five-digit number written as
 *   text (`45812`) is a serial, as in a number cell.
 * - Blank cells and the export blank markers (`N/A`, `NA`, `null`, `None`, `-`, `--`, `—`,
 *   `(not set)`) are `blank`; anything else is `invalid` with a {@link DateProblem}.
 *
 * Only years 1900–2200 are accepted, so a stray count or duration is not mistaken for a date.
 *
 * @example
 * parseDay('2025/4/1', () => 540)
 * //=> { kind: 'day', day: 20179, precision: 'day' }
 * @example
 * parseDay(new Date(Date.UTC(2025, 2, 31, 15, 0)), () => 540)
 * //=> { kind: 'day', day: 20179, precision: 'day' }
 * @example
 * parseDay('2025-02-30', () => 540)
 * //=> { kind: 'invalid', reason: 'impossible_date' }
 */
export function parseDay(value: unknown, zoneOffset: ZoneOffsetResolver, options: ParseDayOptions = NO_DAY_OPTIONS): DayResult {
  // Primitives first: the cross-realm Date test boxes its argument, and most cells are text or numbers.
  if (typeof value === 'string') return parseDateText(value, zoneOffset, options);
  if (typeof value === 'number') return compactDateNumber(value) ?? serialToDay(value);
  if (value === null || value === undefined) return BLANK_DAY;
  if (isDateObject(value)) return dateObjectToDay(value, zoneOffset);
  return { kind: 'invalid', reason: 'not_a_date' };
}

/**
 * Reads a cell value as a `YYYY-MM` month (targets tabs). Accepts every form {@link parseDay}
 * accepts; a full date stands for its month (`2025/4/1` → `2025-04`).
 *
 * @example
 * parseMonth('2025年4月', () => 540)
 * //=> { kind: 'month', month: '2025-04', firstDay: 20179 }
 */
export function parseMonth(value: unknown, zoneOffset: ZoneOffsetResolver, options: ParseDayOptions = NO_DAY_OPTIONS): MonthResult {
  const result = parseDay(value, zoneOffset, options);
  if (result.kind !== 'day') return result;
  const { year, month } = civilFromDay(result.day);
  return { kind: 'month', month: dayToMonth(result.day), firstDay: dayFromCivil(year, month, 1) };
}
