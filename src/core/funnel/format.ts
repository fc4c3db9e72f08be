/**
 * Number and month wording for warnings and findings. Written by hand because `Intl` is not
 * guaranteed in Apps Script.
 */
import type { IsoMonth, Language } from '../model/types';

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { JPY: '¥', USD: '$', EUR: '€', GBP: '£' };
/** Currencies whose amounts have no minor unit in everyday use. */
const WHOLE_UNIT_CURRENCIES = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK']);
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats a number with thousands separators and a fixed number of decimals.
 *
 * @example
 * formatNumber(1234567.891, 2)
 * //=> '1,234,567.89'
 */
export function formatNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${groupThousands(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Formats a count.
 *
 * @example
 * formatCount(1234)
 * //=> '1,234'
 */
export function formatCount(value: number): string {
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

/**
 * Formats a fraction as a percentage with one decimal.
 *
 * @example
 * formatPercent(0.125)
 * //=> '12.5%'
 */
export function formatPercent(rate: number): string {
  return `${formatNumber(rate * 100, 1)}%`;
}

/**
 * Formats a difference between two rates in percentage points, unsigned.
 *
 * @example
 * formatPoints(-0.06, 'ja')
 * //=> '6.0ポイント'
 */
export function formatPoints(difference: number, language: Language): string {
  const points = formatNumber(Math.abs(difference) * 100, 1);
  return language === 'ja' ? `${points}ポイント` : `${points} points`;
}

/**
 * Formats money in the report currency.
 *
 * @example
 * formatMoney(1200, 'JPY')
 * //=> '¥1,200'
 * formatMoney(12.5, 'USD')
 * //=> '$12.50'
 */
export function formatMoney(value: number, currency: string): string {
  const decimals = WHOLE_UNIT_CURRENCIES.has(currency) ? 0 : 2;
  const amount = formatNumber(Math.abs(value), decimals);
  const sign = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? '-' : '';
  const symbol = CURRENCY_SYMBOLS[currency];
  return symbol === undefined ? `${sign}${amount} ${currency}` : `${sign}${symbol}${amount}`;
}

/**
 * Names a `YYYY-MM` month the way a reader of the language writes it.
 *
 * @example
 * formatMonth('2025-04', 'ja')
 * //=> '2025年4月'
 * formatMonth('2025-04', 'en')
 * //=> 'Apr 2025'
 */
export function formatMonth(month: IsoMonth, language: Language): string {
  const [year = '', monthNumber = ''] = month.split('-');
  const index = Number(monthNumber);
  if (language === 'ja') return `${year}年${index}月`;
  return `${ENGLISH_MONTHS[index - 1] ?? monthNumber} ${year}`;
}

/**
 * Quotes a user-supplied label in the language's quotation marks.
 *
 * @example
 * quoteLabel('展示会', 'ja')
 * //=> '「展示会」'
 */
export function quoteLabel(label: string, language: Language): string {
  return language === 'ja' ? `「${label}」` : `"${label}"`;
}

/**
 * Joins labels into a list, naming at most `limit` and counting the rest.
 *
 * @example
 * listLabels(['a', 'b', 'c'], 'en', 2)
 * //=> 'a, b and 1 more'
 */
export function listLabels(labels: readonly string[], language: Language, limit = 10): string {
  const shown = labels.slice(0, limit);
  const rest = labels.length - shown.length;
  if (language === 'ja') return rest > 0 ? `${shown.join('、')} ほか${rest}件` : shown.join('、');
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
