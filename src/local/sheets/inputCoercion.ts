/**
 * What Google Sheets stores for a string written with `Range.setValue(s)`: Sheets parses it the way
 * it parses typed input ("If it begins with '=' it is interpreted as a formula"; numbers, currency,
 * percentages, dates and booleans become values, in the spreadsheet's locale). Google documents the
 * behaviour but not the grammar, so this models the conservative core (see src/local/README.md,
 * "Typed input"), and answers `unmodelled` for forms Sheets probably converts in ways this runtime
 * cannot reproduce (a date without a year needs the clock; `(1,200)` may be a negative number).
 * In coercing mode the runtime throws on those instead of guessing.
 */

/** How a written string ends up in the cell. */
export type Coerced =
  | { readonly kind: 'text' }
  | { readonly kind: 'number'; readonly value: number; readonly format: string | null }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A date or time: the wall-clock reading encoded as UTC fields (as LocalDateTime stores it). */
  | { readonly kind: 'date'; readonly wallMillis: number; readonly format: string }
  /** A leading `+`/`-` that does not make a number starts a formula, which fails to evaluate. */
  | { readonly kind: 'formula-error'; readonly formula: string; readonly error: '#ERROR!' | '#NAME?' }
  | { readonly kind: 'unmodelled'; readonly reason: string };

const TEXT: Coerced = { kind: 'text' };

/** Currency symbols Sheets recognises in typed numbers (assumed: any of these, in any locale). */
const CURRENCY = '[$¥￥€£]';
const PLAIN_NUMBER = new RegExp(
  `^([+-])?\\s*(${CURRENCY})?\\s*([+-])?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(%)?$`,
);
const SCIENTIFIC = /^([+-])?(\d+(?:\.\d+)?|\.\d+)[eE]([+-]?\d+)$/;
const ISO_LIKE_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const JA_FULL_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const JA_YEAR_MONTH = /^(\d{4})年(\d{1,2})月$/;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** Forms that Sheets probably reads as a date or number but that this runtime does not reproduce. */
const UNMODELLED: readonly (readonly [RegExp, string])[] = [
  [/^\d{4}[-/.]\d{1,2}$/, 'a year and month without a day (Sheets reads it as a date)'],
  [/^\d{1,2}[-/]\d{1,2}$/, 'a month and day without a year (Sheets completes the year from today)'],
  [/^\d{1,2}月\d{1,2}日$/, 'a month and day without a year (Sheets completes the year from today)'],
  [/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/, 'a day-month-year or month-day-year date whose order depends on the locale'],
  [/^\d{4}\.\d{1,2}\.\d{1,2}$/, 'a dotted date'],
  [/^\(\s*[$¥￥€£]?\s*[\d,]+(\.\d+)?\s*\)$/, 'an accounting negative such as (1,200)'],
];

/** Sheets' day 0 (1899-12-30): a time without a date is a time on that day. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function wallDate(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number | null {
  if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds > 59) return null;
  const millis = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(millis);
  // 2025/02/30 is not a date: Sheets keeps such text as text.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return millis;
}

function dateOf(millis: number | null, format: string): Coerced {
  return millis === null ? TEXT : { kind: 'date', wallMillis: millis, format };
}

function isJapanese(locale: string): boolean {
  return /^ja\b|^ja[_-]/i.test(locale);
}

function currencyFormat(symbol: string, decimals: boolean): string {
  const shown = symbol === '￥' ? '¥' : symbol;
  return `"${shown}"#,##0${decimals ? '.00' : ''}`;
}

function numberFrom(match: RegExpExecArray): Coerced {
  const [, sign1, currency, sign2, digits = '', percent] = match;
  if (sign1 && sign2) return TEXT;
  const negative = (sign1 ?? sign2) === '-';
  const magnitude = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return TEXT;
  const decimals = digits.includes('.');
  let value = negative ? -magnitude : magnitude;
  let format: string | null = null;
  if (percent) {
    value /= 100;
    format = decimals ? '0.00%' : '0%';
  } else if (currency) {
    format = currencyFormat(currency, decimals);
  } else if (digits.includes(',')) {
    format = decimals ? '#,##0.00' : '#,##0';
  }
  if (currency && percent) return TEXT;
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, format };
}

function dateFrom(text: string, locale: string): Coerced | null {
  const iso = ISO_LIKE_DATE.exec(text);
  if (iso) {
    const [, y, separator, m, d, hh, mm, ss] = iso;
    const withTime = hh !== undefined;
    const millis = wallDate(Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0));
    const day = separator === '/' ? 'yyyy/mm/dd' : 'yyyy-mm-dd';
    return dateOf(millis, withTime ? `${day} hh:mm:ss` : day);
  }
  const jaFull = JA_FULL_DATE.exec(text);
  if (jaFull && isJapanese(locale)) return dateOf(wallDate(Number(jaFull[1]), Number(jaFull[2]), Number(jaFull[3])), 'yyyy"年"m"月"d"日"');
  const jaMonth = JA_YEAR_MONTH.exec(text);
  if (jaMonth && isJapanese(locale)) return dateOf(wallDate(Number(jaMonth[1]), Number(jaMonth[2]), 1), 'yyyy"年"m"月"');
  const us = US_DATE.exec(text);
  if (us && /^en[_-]US$/i.test(locale)) return dateOf(wallDate(Number(us[3]), Number(us[1]), Number(us[2])), 'm/d/yyyy');
  const time = TIME_ONLY.exec(text);
  if (time) {
    const [, hh, mm, ss] = time;
    if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return TEXT;
    return { kind: 'date', wallMillis: SERIAL_EPOCH + ((Number(hh) * 60 + Number(mm)) * 60 + Number(ss ?? 0)) * 1000, format: 'h:mm:ss' };
  }
  return null;
}

/**
 * How Sheets stores `text` typed (or written with setValue) into a cell whose format is not plain
 * text, in `locale` (`ja_JP`, `en_US`). Strings starting with `=` (formulas) or `'` (forced text)
 * are handled by the caller before this.
 *
 * @example
 * coerceTypedInput('¥60,000', 'ja_JP')
 * //=> { kind: 'number', value: 60000, format: '"¥"#,##0' }
 * @example
 * coerceTypedInput('--', 'ja_JP')
 * //=> { kind: 'formula-error', formula: '=--', error: '#ERROR!' }
 */
export function coerceTypedInput(text: string, locale: string): Coerced {
  const trimmed = text.trim();
  if (trimmed === '') return TEXT;
  const number = PLAIN_NUMBER.exec(trimmed);
  if (number) return numberFrom(number);
  const scientific = SCIENTIFIC.exec(trimmed);
  if (scientific) {
    const value = Number(trimmed);
    return Number.isFinite(value) ? { kind: 'number', value: Object.is(value, -0) ? 0 : value, format: null } : TEXT;
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'boolean', value: trimmed.toLowerCase() === 'true' };
  const date = dateFrom(trimmed, locale);
  if (date) return date;
  for (const [pattern, reason] of UNMODELLED) {
    if (pattern.test(trimmed)) return { kind: 'unmodelled', reason };
  }
  if (/^[+-]/.test(text) && text.length > 1) {
    // "-メモ", "--", "+81 90…": Sheets starts a formula and shows an error instead of the text.
    const name = /^[+-][A-Za-z_][A-Za-z0-9_.]*$/.test(text);
    return { kind: 'formula-error', formula: `=${text}`, error: name ? '#NAME?' : '#ERROR!' };
  }
  return TEXT;
}
