/**
 * Currencies: the one table of symbols and decimals that money text (findings, warnings, the
 * headline) and money cells (number formats) are both made from, so a report never shows "€" in a
 * sentence and "EUR" in the cell next to it. Hand-written rather than `Intl.NumberFormat` because
 * Apps Script does not promise `Intl` data for every locale, and cell formats need a format string
 * anyway.
 */
import type { Language } from '../model/types';

export interface Currency {
  /** ISO 4217 code. */
  readonly code: string;
  /** What stands before the amount, in text and in cells. */
  readonly symbol: string;
  /** Minor-unit digits shown (ISO 4217: JPY and KRW have none in use). */
  readonly decimals: 0 | 2;
}

/**
 * The currencies offered in the sidebar, in the order it lists them. Symbols that could be read as
 * another currency (the yuan's ¥, the Taiwan, Hong Kong, Singapore, Australian and Canadian dollars)
 * carry their country prefix.
 */
export const CURRENCIES: readonly Currency[] = [
  { code: 'JPY', symbol: '¥', decimals: 0 },
  { code: 'USD', symbol: '$', decimals: 2 },
  { code: 'EUR', symbol: '€', decimals: 2 },
  { code: 'GBP', symbol: '£', decimals: 2 },
  { code: 'CNY', symbol: 'CN¥', decimals: 2 },
  { code: 'KRW', symbol: '₩', decimals: 0 },
  { code: 'TWD', symbol: 'NT$', decimals: 2 },
  { code: 'HKD', symbol: 'HK$', decimals: 2 },
  { code: 'SGD', symbol: 'S$', decimals: 2 },
  { code: 'AUD', symbol: 'A$', decimals: 2 },
  { code: 'CAD', symbol: 'C$', decimals: 2 },
  { code: 'THB', symbol: '฿', decimals: 2 },
];

/**
 * ISO 4217 codes that amounts may be written with (`JPY 1,234,000`, `USD 12,000.00`, `1,200 EUR`),
 * as Salesforce multi-currency reports and accounting exports write them: the sidebar's currencies
 * and other common ones. A code outside this list is not taken for a currency (`ABC 100` is text).
 */
export const AMOUNT_CURRENCY_CODES: ReadonlySet<string> = new Set([
  ...CURRENCIES.map((currency) => currency.code),
  'CHF', 'INR', 'NZD', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN', 'PHP', 'IDR', 'MYR', 'VND', 'ZAR', 'PLN', 'TRY', 'AED', 'SAR', 'ILS',
]);

/** The report's default currency. */
export const DEFAULT_CURRENCY = 'JPY';

const BY_CODE: ReadonlyMap<string, Currency> = new Map(CURRENCIES.map((currency) => [currency.code, currency]));

/**
 * The canonical code: trimmed and upper-case when it is three letters, otherwise `null` (so no
 * outside text ever reaches a format string or a message).
 *
 * @example
 * currencyCode(' eur ')
 * //=> 'EUR'
 * currencyCode('euro')
 * //=> null
 */
export function currencyCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

/**
 * How amounts in `code` are shown: a known currency from the table, any other three-letter code
 * spelled after the amount with two decimals, anything else as a plain two-decimal number.
 */
function describe(text: string): { readonly prefix: string; readonly suffix: string; readonly decimals: 0 | 2 } {
  const code = currencyCode(text);
  const known = code === null ? undefined : BY_CODE.get(code);
  if (known) return { prefix: known.symbol, suffix: '', decimals: known.decimals };
  return { prefix: '', suffix: code === null ? '' : ` ${code}`, decimals: 2 };
}

/**
 * Formats a number with thousands separators and a fixed number of decimals; never `-0`.
 *
 * @example
 * formatNumber(-1234567.891, 2)
 * //=> '-1,234,567.89'
 * formatNumber(-0.001, 1)
 * //=> '0.0'
 */
export function formatNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Money as text, the same way the money cells of the report show it.
 *
 * @example
 * formatMoney(1200, 'JPY')
 * //=> '¥1,200'
 * formatMoney(-12.5, 'EUR')
 * //=> '-€12.50'
 * formatMoney(9, 'CHF')
 * //=> '9.00 CHF'
 */
export function formatMoney(value: number, currency: string): string {
  const { prefix, suffix, decimals } = describe(currency);
  const amount = formatNumber(value, decimals);
  const sign = amount.startsWith('-') ? '-' : '';
  return `${sign}${prefix}${sign ? amount.slice(1) : amount}${suffix}`;
}

/** A number format for money cells; see {@link moneyFormat}. */
export type MoneyFormat = `"${string}"#,##0` | `"${string}"#,##0.00` | `#,##0.00 "${string}"` | '#,##0.00';

/**
 * The cell number format for money in `currency`, shown like {@link formatMoney} in Google Sheets,
 * Excel and LibreOffice alike (the symbol is a quoted literal, so `$` and `€` need no locale).
 *
 * @example
 * moneyFormat('JPY')
 * //=> '"¥"#,##0'
 * moneyFormat('eur')
 * //=> '"€"#,##0.00'
 * moneyFormat('CHF')
 * //=> '#,##0.00 "CHF"'
 */
export function moneyFormat(currency: string): MoneyFormat {
  const { prefix, suffix, decimals } = describe(currency);
  if (prefix) return decimals === 0 ? `"${prefix}"#,##0` : `"${prefix}"#,##0.00`;
  return suffix ? `#,##0.00 "${suffix.trim()}"` : '#,##0.00';
}

/** Units of money in prose, largest first: 億 and 万 in Japanese, billion and million in English. */
const UNITS: Readonly<Record<Language, readonly (readonly [number, string])[]>> = {
  ja: [
    [1e8, '億'],
    [1e4, '万'],
  ],
  en: [
    [1e9, ' billion'],
    [1e6, ' million'],
  ],
};

/**
 * Money for reading in a sentence (findings, design §6.2): rounded in the units a reader of the
 * language counts in — 万円 and 億円 in Japanese (約2,541万円, 約1.23億円), million and billion in
 * English (about ¥25.4 million) — with 約 / "about" when rounding changed the amount. Amounts under
 * 1,000 are written exactly, with the currency's decimals. The one rounding rule of the report's
 * prose; the exact figures stay in the tables ({@link formatMoney}).
 *
 * @example
 * formatApproximateMoney(25412121, 'JPY', 'ja')
 * //=> '約2,541万円'
 * formatApproximateMoney(25412121, 'JPY', 'en')
 * //=> 'about ¥25.4 million'
 * formatApproximateMoney(8314165, 'USD', 'ja')
 * //=> '約$831万'
 *
 * @example
 * // An estimate is approximate by origin, whatever its digits: 70,850,000 × 19 ÷ 65.
 * formatApproximateMoney(20710000, 'JPY', 'ja', { estimate: true })
 * //=> '約2,071万円'
 */
export function formatApproximateMoney(value: number, currency: string, language: Language, options: { readonly estimate?: boolean } = {}): string {
  const amount = Math.abs(value);
  const { prefix, suffix } = describe(currency);
  const yen = language === 'ja' && prefix === '¥';
  if (!Number.isFinite(amount) || amount < 1000) return yen ? `${formatNumber(value, 0)}円` : formatMoney(value, currency);
  // Three significant digits; in 万, whole 万 from 10万 (約2,541万円, not 約2,540万円) and one decimal below (約3.1万円).
  const digits = Math.floor(Math.log10(amount));
  const step = language === 'ja' && digits >= 4 && digits < 8 ? Math.min(1e4, 10 ** (digits - 1)) : 10 ** (digits - 2);
  const rounded = Math.round(amount / step) * step;
  const [size, unit] = UNITS[language].find(([limit]) => rounded >= limit) ?? [1, ''];
  const text = formatNumber(rounded / size, Math.max(0, Math.round(Math.log10(size / step)))).replace(/\.0+$|(\.\d*?)0+$/, '$1');
  const written = `${value < 0 ? '-' : ''}${yen ? '' : prefix}${text}${unit}${yen ? '円' : suffix}`;
  if (Math.abs(rounded - amount) < 1e-6 && options.estimate !== true) return written;
  return language === 'ja' ? `約${written}` : `about ${written}`;
}
