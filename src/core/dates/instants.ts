/**
 * Conversions from instants (Date values, spreadsheet serial numbers) to spreadsheet-local days.
 */
import { floor, isFiniteNumber } from '../model/builtins';
import type { DayNumber } from '../model/types';
import type { ZoneOffsetResolver } from '../model/zone';
import { dayFromCivil, FIRST_PLAUSIBLE_YEAR, LAST_PLAUSIBLE_YEAR, MILLISECONDS_PER_DAY } from './calendar';
import type { DayResult } from './dayResult';

/** Day number of the spreadsheet serial epoch, 1899-12-30 (serial 0). */
export const SERIAL_EPOCH_DAY: DayNumber = -25_569;

// Read once when the bundle loads, as the built-ins of model/builtins.ts: these run for every date cell.
// eslint-disable-next-line @typescript-eslint/unbound-method -- only ever called with .call(value)
const objectTag = Object.prototype.toString;
// eslint-disable-next-line @typescript-eslint/unbound-method -- only ever called with .call(value)
const dateTime = Date.prototype.getTime;

/**
 * True for a `Date` from any realm (Apps Script and `vm` contexts hand over foreign `Date`s,
 * for which `instanceof Date` is false).
 *
 * @example
 * isDateObject(new Date(0))
 * //=> true
 */
export function isDateObject(value: unknown): value is Date {
  return objectTag.call(value) === '[object Date]';
}

/**
 * Milliseconds since the Unix epoch of a (possibly foreign) Date; NaN for an invalid Date.
 * `Date.prototype.getTime` reads the internal time value, which works across realms.
 *
 * @example
 * dateObjectMilliseconds(new Date(86_400_000))
 * //=> 86400000
 */
export function dateObjectMilliseconds(value: Date): number {
  return dateTime.call(value);
}

/**
 * The local calendar day of an instant: shift by the zone's offset at that instant, then floor.
 *
 * @example
 * instantToLocalDay(Date.UTC(2025, 2, 31, 15, 30), () => 540)
 * //=> 20179
 */
export function instantToLocalDay(epochMilliseconds: number, zoneOffset: ZoneOffsetResolver): DayNumber {
  const local = epochMilliseconds + zoneOffset(epochMilliseconds) * 60_000;
  return floor(local / MILLISECONDS_PER_DAY);
}

const FIRST_PLAUSIBLE_DAY = dayFromCivil(FIRST_PLAUSIBLE_YEAR, 1, 1);
const LAST_PLAUSIBLE_DAY = dayFromCivil(LAST_PLAUSIBLE_YEAR, 12, 31);

/**
 * Wraps a day number as a result, refusing days outside the plausible years (1900–2200).
 *
 * @example
 * plausibleDay(-30_000)
 * //=> { kind: 'invalid', reason: 'out_of_range' }
 */
export function plausibleDay(day: DayNumber, precision: 'day' | 'month' = 'day'): DayResult {
  return day >= FIRST_PLAUSIBLE_DAY && day <= LAST_PLAUSIBLE_DAY
    ? { kind: 'day', day, precision }
    : { kind: 'invalid', reason: 'out_of_range' };
}

/**
 * The local day of a Date cell value.
 *
 * @example
 * dateObjectToDay(new Date(Date.UTC(2025, 2, 31, 15)), () => 540)
 * //=> { kind: 'day', day: 20179, precision: 'day' }
 */
export function dateObjectToDay(value: Date, zoneOffset: ZoneOffsetResolver): DayResult {
  const milliseconds = dateObjectMilliseconds(value);
  if (!isFiniteNumber(milliseconds)) return { kind: 'invalid', reason: 'not_a_date' };
  return plausibleDay(instantToLocalDay(milliseconds, zoneOffset));
}

/**
 * The day of a spreadsheet serial number (days since 1899-12-30; the fraction is the time of day
 * and is dropped). Serials are already local, so no zone is involved.
 *
 * @example
 * serialToDay(45748.75)
 * //=> { kind: 'day', day: 20179, precision: 'day' }
 */
export function serialToDay(serial: number): DayResult {
  if (!isFiniteNumber(serial)) return { kind: 'invalid', reason: 'not_a_date' };
  return plausibleDay(floor(serial) + SERIAL_EPOCH_DAY);
}
