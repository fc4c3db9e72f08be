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

/** Rounds to `digits` significant digits. */
function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const scale = 10 ** (digits - 1 - Math.floor(Math.log10(value)));
  return Math.round(value * scale) / scale;
}

/** A rounded number in a unit, without trailing zeros after the decimal point. */
function unitNumber(value: number, decimals: number): string {
  const text = formatNumber(value, decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Decimals that show `value` to three significant digits (none for 100 and above). */
function significantDecimals(value: number): number {
  return value <= 0 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(value)));
}

interface Rounded {
  /** The number as written, in its unit. */
  readonly text: string;
  readonly unit: string;
  /** What the text stands for, to tell whether rounding changed anything. */
  readonly amount: number;
}

/** Japanese units: 億 to three significant digits, 万 to whole 万 (one decimal under 10万), else three significant digits. */
function japaneseUnits(amount: number): Rounded {
  const man = amount / 1e4;
  const wholeMan = man >= 10 ? Math.round(man) : Math.round(man * 10) / 10;
  if (amount >= 1e8 || wholeMan >= 1e4) {
    const oku = roundSignificant(amount / 1e8, 3);
    return { text: unitNumber(oku, significantDecimals(oku)), unit: '億', amount: oku * 1e8 };
  }
  if (amount >= 1e4) return { text: unitNumber(wholeMan, wholeMan >= 10 ? 0 : 1), unit: '万', amount: wholeMan * 1e4 };
  const rounded = amount >= 1000 ? roundSignificant(amount, 3) : amount;
  return { text: formatNumber(rounded, 0), unit: '', amount: rounded };
}

/** English units: billion and million to three significant digits, thousands to three significant digits. */
function englishUnits(amount: number): Rounded {
  for (const [size, unit] of [
    [1e9, ' billion'],
    [1e6, ' million'],
  ] as const) {
    const inUnit = roundSignificant(amount / size, 3);
    if (amount >= size || inUnit * size >= size) return { text: unitNumber(inUnit, significantDecimals(inUnit)), unit, amount: inUnit * size };
  }
  const rounded = roundSignificant(amount, 3);
  return { text: formatNumber(rounded, 0), unit: '', amount: rounded };
}

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
 */
export function formatApproximateMoney(value: number, currency: string, language: Language): string {
  const amount = Math.abs(value);
  const { prefix, suffix } = describe(currency);
  const yen = language === 'ja' && prefix === '¥';
  if (!Number.isFinite(amount) || amount < 1000) return yen ? `${formatNumber(value, 0)}円` : formatMoney(value, currency);
  const rounded = language === 'ja' ? japaneseUnits(amount) : englishUnits(amount);
  const sign = value < 0 ? '-' : '';
  const exact = Math.abs(rounded.amount - amount) < 1e-6;
  const written = yen ? `${sign}${rounded.text}${rounded.unit}円` : `${sign}${prefix}${rounded.text}${rounded.unit}${suffix}`;
  if (exact) return written;
  return language === 'ja' ? `約${written}` : `about ${written}`;
}
