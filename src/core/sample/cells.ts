/**
 * The cell values of the sample workbook. Most cells are plain strings, numbers or booleans. A cell
 * that should become a real spreadsheet date is a {@link DayCell}: a calendar day with no time and no
 * time zone, which each runtime turns into its own date value (see {@link sampleCellToValue}).
 * Dates that real exports carry as text (GA4 `20250401`, Yahoo!広告 `2025/04/01`) stay strings.
 */
import type { IsoDay } from '../model/types';
import type { ZoneOffsetResolver } from '../model/zone';
import { dayFromIso } from './calendar';

/** A calendar day meant to be written as a real date cell (midnight in the spreadsheet's zone). */
export interface DayCell {
  readonly kind: 'date';
  /** `YYYY-MM-DD`. */
  readonly iso: IsoDay;
}

export type SampleCell = string | number | boolean | DayCell;

/** One tab of the sample workbook: its name and a rectangular grid of cells (row-major). */
export interface SampleTab {
  readonly name: string;
  readonly values: SampleCell[][];
}

const MILLISECONDS_PER_DAY = 86_400_000;
/** Days from the spreadsheet epoch 1899-12-30 to 1970-01-01. */
const SERIAL_OF_UNIX_EPOCH = 25569;

/**
 * Makes a date cell.
 *
 * @example
 * dayCell('2025-04-01')
 * //=> { kind: 'date', iso: '2025-04-01' }
 */
export function dayCell(iso: IsoDay): DayCell {
  return { kind: 'date', iso };
}

/**
 * True when a cell is a {@link DayCell}.
 *
 * @example
 * [isDayCell(dayCell('2025-04-01')), isDayCell('2025-04-01')]
 * //=> [true, false]
 */
export function isDayCell(value: unknown): value is DayCell {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'date';
}

/**
 * The spreadsheet serial number of a date cell (days since 1899-12-30, the epoch shared by Google
 * Sheets, Excel and LibreOffice). It needs no time zone: write it with a date number format.
 *
 * @example
 * dayCellToSerial(dayCell('2025-04-01'))
 * //=> 45748
 */
export function dayCellToSerial(cell: DayCell): number {
  return dayFromIso(cell.iso) + SERIAL_OF_UNIX_EPOCH;
}

/**
 * The instant of midnight of a date cell in the spreadsheet's time zone, as epoch milliseconds:
 * `new Date(result)` is the value Apps Script's `getValues()` returns for that date cell.
 *
 * @example
 * // Tokyo is 9 hours ahead of UTC, so its midnight is 15:00 UTC the day before.
 * dayCellToEpochMilliseconds(dayCell('2025-04-01'), () => 540)
 * //=> 1743433200000
 */
export function dayCellToEpochMilliseconds(cell: DayCell, offsetMinutesAt: ZoneOffsetResolver): number {
  const utcMidnight = dayFromIso(cell.iso) * MILLISECONDS_PER_DAY;
  // The offset at local midnight can differ from the one at UTC midnight across a DST change, so
  // look it up again at the first guess.
  const firstGuess = utcMidnight - offsetMinutesAt(utcMidnight) * 60_000;
  return utcMidnight - offsetMinutesAt(firstGuess) * 60_000;
}

/**
 * Converts one sample cell to the value a runtime writes: date cells go through `toDate` (for
 * example `(cell) => new Date(dayCellToEpochMilliseconds(cell, zone))` in Apps Script, or
 * {@link dayCellToSerial} with a date format in a file writer); every other cell is returned as is.
 *
 * @example
 * [sampleCellToValue(dayCell('2025-04-01'), dayCellToSerial), sampleCellToValue('¥1,200', dayCellToSerial)]
 * //=> [45748, '¥1,200']
 */
export function sampleCellToValue<D>(cell: SampleCell, toDate: (cell: DayCell) => D): string | number | boolean | D {
  return isDayCell(cell) ? toDate(cell) : cell;
}
