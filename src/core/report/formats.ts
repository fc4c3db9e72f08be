/**
 * Number formats of report cells (design §6.1): counts, money per currency, rates, ratios, days.
 */
import type { NumberFormat } from './model';

export { moneyFormat } from '../money/currency';

export const COUNT_FORMAT: NumberFormat = '#,##0';
export const RATE_FORMAT: NumberFormat = '0.0%';
export const RATIO_FORMAT: NumberFormat = '0.00';
export const DAYS_FORMAT: NumberFormat = '0.0';
export const PLAIN_FORMAT: NumberFormat = 'General';

