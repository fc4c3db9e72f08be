/**
 * Number and month wording for warnings and findings. Written by hand because `Intl` is not
 * guaranteed in Apps Script.
 */
import type { IsoMonth, Language } from '../model/types';
import { formatNumber } from '../money/currency';

export { formatMoney, formatNumber } from '../money/currency';
export { listLabels, quoteLabel } from '../text/wording';

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
 * //=> '6.0pt'
 * formatPoints(0.015, 'en')
 * //=> '1.5 pt'
 */
export function formatPoints(difference: number, language: Language): string {
  const points = formatNumber(Math.abs(difference) * 100, 1);
  return language === 'ja' ? `${points}pt` : `${points} pt`;
}

/**
 * Formats ROAS: a percentage in Japanese, a multiple in English (design §5).
 *
 * @example
 * formatRoas(0.755, 'ja')
 * //=> '76%'
 * formatRoas(0.755, 'en')
 * //=> '0.8×'
 */
export function formatRoas(ratio: number, language: Language): string {
  return language === 'ja' ? `${formatNumber(ratio * 100, 0)}%` : formatMultiple(ratio, language);
}

/**
 * Formats a multiple: 2.4倍 in Japanese, 2.4× in English.
 *
 * @example
 * formatMultiple(2.36, 'ja')
 * //=> '2.4倍'
 */
export function formatMultiple(ratio: number, language: Language): string {
  return `${formatNumber(ratio, 1)}${language === 'ja' ? '倍' : '×'}`;
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
