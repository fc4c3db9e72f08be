/**
 * Text normalisation shared by header matching, channel grouping and key matching.
 */

/**
 * Normalises text for matching: Unicode NFKC (full-width → half-width), trim, collapse runs of
 * white space to one space, and case-fold.
 *
 * @example
 * normalizeText('  Ｇｏｏｇｌｅ　 広告 ')
 * //=> 'google 広告'
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Normalises an email address for matching leads and deals: NFKC, trimmed, lower-case.
 * Returns `null` for blank input.
 *
 * @example
 * normalizeEmail(' Taro.Yamada＠Example.co.jp ')
 * //=> 'taro.yamada@example.co.jp'
 */
export function normalizeEmail(text: string): string | null {
  const key = text.normalize('NFKC').trim().toLowerCase();
  return key === '' ? null : key;
}

/** True for `''`, `null`, `undefined` and strings of white space only. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * The text of a cell value for labels and matching: strings as written, numbers and booleans as
 * JavaScript writes them, a date value as its date string, anything else (never a real cell) as ''.
 *
 * @example
 * cellText(' 費用 ')
 * //=> ' 費用 '
 * cellText(1200)
 * //=> '1200'
 * cellText(null)
 * //=> ''
 */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Object.prototype.toString.call(value) === '[object Date]') return String(value);
  return '';
}
