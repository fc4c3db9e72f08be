/**
 * Number formats of report cells (design §6.1, §5): counts, money per currency, rates, ROAS as a
 * percentage in Japanese and a multiple in English, changes with ↑ + and ↓ − (rates in pt), days.
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
/**
 * A change is written with an arrow AND its sign, ↑ + for a rise and ↓ − for a fall (design §6):
 * not ▲/▼, because in Japanese business documents ▲ (and △) marks a negative number — our own
 * number parser reads ▲1,000 as −1,000 — so a ▲ for a rise reads backwards. Zero has neither.
 */
const RISE = '↑ +';
const FALL = '↓ −';

/** A relative change: 0.2 → ↑ +20.0%, −0.2 → ↓ −20.0%. */
const RELATIVE_CHANGE_FORMAT = `"${RISE}"0.0%;"${FALL}"0.0%;0.0%` as const satisfies NumberFormat;
/** A difference of rates already in points: 1.7 → ↑ +1.7pt (cells compute (rate − previous) × 100). */
const POINTS_CHANGE_FORMAT_JA = `"${RISE}"0.0"pt";"${FALL}"0.0"pt";0.0"pt"` as const satisfies NumberFormat;
const POINTS_CHANGE_FORMAT_EN = `"${RISE}"0.0" pt";"${FALL}"0.0" pt";0.0" pt"` as const satisfies NumberFormat;

/**
 * The one format of every change on the report: relative (leads, revenue, CAC: ↑ +20.0%) or a
 * difference of rates in points (商談化率: ↑ +1.7pt, English "↑ +1.7 pt").
 *
 * @example
 * [changeFormat('relative', 'ja'), changeFormat('points', 'ja')]
 * //=> ['"↑ +"0.0%;"↓ −"0.0%;0.0%', '"↑ +"0.0"pt";"↓ −"0.0"pt";0.0"pt"']
 */
export function changeFormat(kind: 'relative' | 'points', language: Language): NumberFormat {
  if (kind === 'relative') return RELATIVE_CHANGE_FORMAT;
  return language === 'ja' ? POINTS_CHANGE_FORMAT_JA : POINTS_CHANGE_FORMAT_EN;
}

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
