/**
 * Literal text for report cells (design §6.1). Spreadsheets read typed text as formulas (`=`, `+`,
 * `-`, `@`), numbers, dates or booleans; a leading apostrophe tells Sheets (and the local runtime)
 * "this is text" and is not displayed. The check runs on the text as written and on its NFKC form:
 * `＝` becomes `=` under NFKC, and a combining mark after `=` composes into another character.
 */

/** Half-width triggers, and their full-width forms for text whose NFKC form no longer shows them. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', "'", '\u2212', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Characters that open something a spreadsheet would coerce: numbers, money, percent, errors. */
const COERCIBLE_START = /^[0-9.,(%#$¥€£▲△]/;

const BOOLEAN_WORDS = new Set(['true', 'false']);

/** `Apr 2025`, `March 1`: English month names followed by a number become dates. */
const MONTH_NAME_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,-]*\d/i;

/** The decision for one spelling of the text (as written, or its NFKC form). */
function startsLikeInput(text: string): boolean {
  const first = text.charAt(0);
  if (first === '') return false;
  // Tab, CR, LF, NUL and every other control character (OWASP's list, widened).
  if (first.charCodeAt(0) < 0x20) return true;
  const trimmed = text.replace(/^\s+/, '');
  const firstVisible = trimmed.charAt(0);
  if (FORMULA_TRIGGERS.has(firstVisible)) return true;
  if (COERCIBLE_START.test(trimmed)) return true;
  if (BOOLEAN_WORDS.has(trimmed.trim().toLowerCase())) return true;
  return MONTH_NAME_DATE.test(trimmed);
}

/**
 * Both spellings decide: the NFKC form catches `＝` (which becomes `=`), the raw text catches a
 * trigger that NFKC composes away (`=` + U+0338 becomes `≠`, yet the cell still starts with `=`).
 */
function needsLiteralMarker(text: string): boolean {
  return startsLikeInput(text) || startsLikeInput(text.normalize('NFKC'));
}

/**
 * Makes a string safe to write as literal text: when it or its NFKC form (after leading spaces) starts
 * with `=`, `+`, `-`, `−`, `@`, `'`, a control character (tab, CR, LF), or anything a spreadsheet
 * would turn into a number, date, boolean or error (a digit, `.`, `(`, `%`, `#`, a currency sign,
 * `TRUE`/`FALSE`, `Apr 2025`), it gets one leading apostrophe. Other strings are returned unchanged.
 * The original spelling is kept (full-width `＝` stays full-width on the sheet).
 *
 * @example
 * neutralizeText('=HYPERLINK("http://x","y")')
 * //=> `'=HYPERLINK("http://x","y")`
 * neutralizeText('＝1+1')
 * //=> "'＝1+1"
 * neutralizeText('Google広告')
 * //=> 'Google広告'
 */
export function neutralizeText(text: string): string {
  return needsLiteralMarker(text) ? `'${text}` : text;
}

/**
 * The text a reader sees for a text cell's value: without the one leading literal-text apostrophe.
 * Exporters that write file cells directly (not through a spreadsheet's input parser) use it.
 *
 * @example
 * displayText("'=1+1")
 * //=> '=1+1'
 * displayText('リード')
 * //=> 'リード'
 */
export function displayText(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}
