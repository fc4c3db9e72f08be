/**
 * Number formats of report cells (design §6.1, §5): counts, money per currency, rates, ROAS as a
 * percentage in Japanese and a multiple in English, changes with ▲ and ▼ (rates in pt), days.
 * Literal characters are quoted, so Sheets, Excel and LibreOffice read each format alike.
 */
import type { Language } from '../model/types';
import type { NumberFormat } from './model';

export { moneyFormat } from '../money/currency';

export const COUNT_FORMAT = '#,##0' satisfies NumberFormat;
export const RATE_FORMAT = '0.0%' satisfies NumberFormat;
export const DAYS_FORMAT = '0.0' satisfies NumberFormat;
export const PLAIN_FORMAT = 'General' satisfies NumberFormat;
/** ROAS in Japanese: 3 → 300%. */
export const PERCENT_FORMAT = '0%' satisfies NumberFormat;
/** A multiple in English: 3 → 3.0×. */
export const TIMES_FORMAT = '0.0"×"' satisfies NumberFormat;
/** A multiple in Japanese: 3 → 3.0倍. */
export const BAI_FORMAT = '0.0"倍"' satisfies NumberFormat;
/** A relative change: 0.2 → ▲20.0%, −0.2 → ▼20.0%. */
export const CHANGE_FORMAT = '"▲"0.0%;"▼"0.0%;0.0%' satisfies NumberFormat;
/** A difference of rates already in points: 1.7 → ▲1.7pt (cells compute (rate − previous) × 100). */
export const POINTS_FORMAT_JA = '"▲"0.0"pt";"▼"0.0"pt";0.0"pt"' satisfies NumberFormat;
export const POINTS_FORMAT_EN = '"▲"0.0" pt";"▼"0.0" pt";0.0" pt"' satisfies NumberFormat;

/**
 * The format of ROAS: a percentage in Japanese, a multiple in English (design §5).
 *
 * @example
 * roasFormat('ja')
 * //=> '0%'
 */
export function roasFormat(language: Language): NumberFormat {
  return language === 'ja' ? PERCENT_FORMAT : TIMES_FORMAT;
}

/**
 * The format of a multiple such as LTV/CAC.
 *
 * @example
 * multipleFormat('en')
 * //=> '0.0"×"'
 */
export function multipleFormat(language: Language): NumberFormat {
  return language === 'ja' ? BAI_FORMAT : TIMES_FORMAT;
}

/**
 * The format of a change of rates in points.
 *
 * @example
 * pointsFormat('ja')
 * //=> '"▲"0.0"pt";"▼"0.0"pt";0.0"pt"'
 */
export function pointsFormat(language: Language): NumberFormat {
  return language === 'ja' ? POINTS_FORMAT_JA : POINTS_FORMAT_EN;
}
