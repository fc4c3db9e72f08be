/**
 * Number formats of report cells (design §6.1): counts, money per currency, rates, ratios, days.
 */
import type { MoneyFormat, NumberFormat } from './model';

export const COUNT_FORMAT: NumberFormat = '#,##0';
export const RATE_FORMAT: NumberFormat = '0.0%';
export const RATIO_FORMAT: NumberFormat = '0.00';
export const DAYS_FORMAT: NumberFormat = '0.0';
export const PLAIN_FORMAT: NumberFormat = 'General';

/**
 * Money format for a currency code: `¥#,##0` for JPY, `$#,##0.00` for USD, and the number followed
 * by the code for any other three-letter code. Anything that is not a three-letter code gets a plain
 * two-decimal format, so no outside text ever reaches a format string.
 *
 * @example
 * moneyFormat('JPY')
 * //=> '¥#,##0'
 * moneyFormat('eur')
 * //=> '#,##0.00 "EUR"'
 */
export function moneyFormat(currency: string): MoneyFormat {
  const code = currency.trim().toUpperCase();
  if (code === 'JPY') return '¥#,##0';
  if (code === 'USD') return '$#,##0.00';
  if (/^[A-Z]{3}$/.test(code)) return `#,##0.00 "${code}"`;
  return '#,##0.00';
}
