/**
 * Numeric dates whose order the value alone may not tell (design §3.2.1): `4/5/2025`, `16-04-2024`,
 * `01.08.2023`, `20-10-16`, `02/23/26`. Three parts separated by one of `/ - .`, the last part a
 * four-digit year or a two-digit one (20xx), or all three parts short (then the year may also come
 * first: `25-04-05` in a Japanese sheet). Year-first dates with a four-digit year (`2025-04-05`)
 * are never ambiguous and are read elsewhere.
 *
 * The column decides the order (parse/columnDateOrder.ts); this module says what one value proves
 * and reads it in a given order.
 */

/** The order of day, month and year in a numeric date. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** The three numbers of a numeric date, as written. */
export interface NumericDateParts {
  readonly first: number;
  readonly second: number;
  readonly third: number;
  /** True when the last part has two digits (`20-10-16`): a year of 20xx, or the day of a short year-first date. */
  readonly shortYear: boolean;
}

/**
 * `a/b/yyyy`, `a-b-yy`, `a.b.yyyy` at the start of a value (a time may follow). The separator is
 * the same throughout, and the last part is not followed by another digit.
 */
export const NUMERIC_DATE_HEAD = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;

/**
 * What one value proves about its column's order: a definite order, `either` when day-first and
 * month-first give the same day (`4/4/2025`), or `ambiguous`.
 *
 * - a first part above 31 can only be a (two-digit) year → `ymd`;
 * - a first part above 12 cannot be a month → `dmy`;
 * - a second part above 12 cannot be a month → `mdy`.
 *
 * @example
 * ['13/4/2025', '4/13/2025', '4/4/2025', '4/5/2025', '45-04-05'].map((text) => orderEvidence(numericDateParts(text)!))
 * //=> ['dmy', 'mdy', 'either', 'ambiguous', 'ymd']
 */
export function orderEvidence(parts: NumericDateParts): DateOrder | 'either' | 'ambiguous' {
  if (parts.shortYear && parts.first > 31) return 'ymd';
  if (parts.first > 12) return 'dmy';
  if (parts.second > 12) return 'mdy';
  return parts.first === parts.second && !parts.shortYear ? 'either' : 'ambiguous';
}

/**
 * The parts of a numeric date at the start of already-normalised text, or `null`.
 *
 * @example
 * numericDateParts('20-10-16')
 * //=> { first: 20, second: 10, third: 16, shortYear: true }
 */
export function numericDateParts(text: string): NumericDateParts | null {
  const match = NUMERIC_DATE_HEAD.exec(text);
  if (!match) return null;
  return { first: Number(match[1]), second: Number(match[3]), third: Number(match[4]), shortYear: (match[4] ?? '').length === 2 };
}

/** A two-digit year is 20xx (design §3.2.1): exports written with `yy` are this century's. */
function fullYear(year: number, short: boolean): number {
  return short ? 2000 + year : year;
}

/**
 * Year, month and day of the parts read in `order`. A four-digit last part is always the year, so
 * `ymd` reads `4/5/2025` month first (the year-first locales put the month before the day).
 *
 * @example
 * readInOrder({ first: 4, second: 5, third: 2025, shortYear: false }, 'dmy')
 * //=> { year: 2025, month: 5, day: 4 }
 */
export function readInOrder(parts: NumericDateParts, order: DateOrder): { year: number; month: number; day: number } {
  const { first, second, third, shortYear } = parts;
  if (order === 'ymd' && shortYear) return { year: fullYear(first, true), month: second, day: third };
  const year = fullYear(third, shortYear);
  return order === 'dmy' ? { year, month: second, day: first } : { year, month: first, day: second };
}

/**
 * The order a value is read in: what the value proves, else the column's order, else (when both
 * readings agree) day first; `null` when it stays ambiguous.
 *
 * @example
 * [orderForValue({ first: 4, second: 5, third: 2025, shortYear: false }, undefined), orderForValue({ first: 4, second: 5, third: 2025, shortYear: false }, 'mdy')]
 * //=> [null, 'mdy']
 */
export function orderForValue(parts: NumericDateParts, columnOrder: DateOrder | undefined): DateOrder | null {
  const evidence = orderEvidence(parts);
  if (evidence !== 'either' && evidence !== 'ambiguous') return evidence;
  if (columnOrder !== undefined) return columnOrder;
  return evidence === 'either' ? 'dmy' : null;
}

/**
 * The order a spreadsheet locale writes numeric dates in (design §3.2.1): Japanese (and Chinese and
 * Korean) year first, US English month first, everything else day first.
 *
 * @example
 * ['ja_JP', 'en_US', 'en_GB', 'de_DE', 'ko_KR'].map(localeDateOrder)
 * //=> ['ymd', 'mdy', 'dmy', 'dmy', 'ymd']
 */
export function localeDateOrder(locale: string): DateOrder {
  const normalized = locale.trim().toLowerCase().replace('-', '_');
  if (/^(ja|zh|ko)(_|$)/.test(normalized)) return 'ymd';
  if (normalized === 'en_us' || normalized === 'en') return 'mdy';
  return 'dmy';
}
