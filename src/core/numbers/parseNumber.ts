/**
 * The one number parser (design §4.4): spreadsheet cells as Japanese marketers fill them — yen and
 * dollar signs, full-width digits, thousands separators, percents, accounting negatives and the
 * 万/億/千 units — to a number, a blank, or a reason. Never a partial parse, never NaN.
 */
import type { Language } from '../model/types';
import type { Bilingual } from '../text/translate';
import { isBlankMarker } from '../text/blankMarkers';
import { AMOUNT_CURRENCY_CODES } from '../money/currency';

/** Why a value is not a number. */
export type InvalidNumberReason =
  /** TRUE/FALSE (a checkbox, or a flag column passed by mistake). */
  | 'boolean'
  /** A date value (a cell formatted as a date). */
  | 'date'
  /** Text that does not read as a number, or NaN. */
  | 'not_a_number'
  /** Reads as a number but is too large to compute with (`1e400`, `Infinity`). */
  | 'out_of_range'
  /** Any other kind of value (an object, an array, a function). */
  | 'unsupported_type';

export type ParsedNumber =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly reason: InvalidNumberReason };

const BLANK: ParsedNumber = { kind: 'blank' };
const NOT_A_NUMBER: ParsedNumber = { kind: 'invalid', reason: 'not_a_number' };
const OUT_OF_RANGE: ParsedNumber = { kind: 'invalid', reason: 'out_of_range' };


/** Unit characters and their powers of ten. Big units split the number into groups of 4 digits. */
const BIG_UNIT_EXPONENT: Readonly<Record<string, number>> = { 兆: 12, 億: 8, 万: 4 };
const SMALL_UNIT_EXPONENT: Readonly<Record<string, number>> = { 千: 3, 百: 2 };

/**
 * A plain decimal: digits, or digits in proper groups with commas, optional fraction. Groups are
 * of three (`1,234,567`), or Indian lakh/crore grouping as en-IN spreadsheets display amounts: the
 * last three digits, then groups of two (`12,34,567`, `1,77,000.00`).
 */
const DECIMAL = /^(?:\d+|\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3})(?:\.\d+)?$|^\.\d+$/;
const SCIENTIFIC = /^(?:\d+(?:\.\d+)?|\.\d+)[eE][+-]?\d+$/;
const SIMPLE = /^-?\d+(?:\.\d+)?$/;
const NEGATIVE_SIGNS: readonly string[] = ['-', '−', '▲', '△'];
/**
 * sign? currency? sign? body suffix? — the sign may sit on either side of the currency sign
 * (`-¥1,200`, `¥-1,200`); the body is checked separately so nothing is parsed partially.
 */
const LAYOUT = /^([-+−▲△]?)\s*(¥|\$|€|£|\\|[A-Z]{3}(?=[\s\d.]))?\s*([-+−▲△]?)\s*(.*?)\s*(%|円|[A-Z]{3})?$/i;
/** A currency written as letters must be an ISO code of {@link AMOUNT_CURRENCY_CODES}. */
const LETTERS = /^[a-z]{3}$/i;
const UNIT_TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([兆億万千百])/y;

/**
 * Reads one spreadsheet cell as a number.
 *
 * - Blank (`''`, spaces, `null`, `undefined`, and the export placeholders of `isBlankMarker`:
 *   `-`, `--`, `—`, `NA`, `N/A`, `null`, `None`, `(not set)`) is `{ kind: 'blank' }`, never 0.
 * - Text may carry full-width characters, one currency mark (`¥`, `￥`, `$`, `€`, `£`, `円`, an ISO
 *   code before or after the amount as multi-currency reports write it — `JPY 1,234,000`,
 *   `USD 12,000.00`, `1,200 EUR` — or `\`, which is how Shift_JIS files show the yen sign), commas
 *   between proper groups of three digits (or Indian lakh/crore groups: `1,77,000`, `28,92,032.00`),
 *   a percent sign (divided by 100 without rounding), one negative mark (`-`, `−`, `－`, `▲`, `△`
 *   or parentheses), and the units 万, 億, 兆, 千, 百 (`1.2万`, `1万2千`, `500千円`).
 * - Ambiguous forms are rejected rather than guessed: `1,2,3`, `1 200`, `1.234,5`, `1万12000`.
 * - `¥ -` (how accounting formats show zero) is 0.
 * - `-0` becomes 0; anything that would be NaN or ±Infinity is invalid.
 *
 * @example
 * parseNumber('¥1,200')
 * //=> { kind: 'number', value: 1200 }
 * @example
 * parseNumber('▲1.2万円')
 * //=> { kind: 'number', value: -12000 }
 * @example
 * parseNumber('12.5％')
 * //=> { kind: 'number', value: 0.125 }
 * @example
 * parseNumber('1,2,3')
 * //=> { kind: 'invalid', reason: 'not_a_number' }
 * @example
 * parseNumber('--')
 * //=> { kind: 'blank' }
 */
export function parseNumber(value: unknown): ParsedNumber {
  switch (typeof value) {
    case 'number':
      return numberResult(value);
    case 'string':
      return parseNumberText(value);
    case 'boolean':
      return { kind: 'invalid', reason: 'boolean' };
    case 'undefined':
      return BLANK;
    default:
      if (value === null) return BLANK;
      // instanceof fails for Dates made in another realm (gas-local, vm contexts).
      if (Object.prototype.toString.call(value) === '[object Date]') return { kind: 'invalid', reason: 'date' };
      return { kind: 'invalid', reason: 'unsupported_type' };
  }
}

function numberResult(value: number): ParsedNumber {
  if (Number.isNaN(value)) return NOT_A_NUMBER;
  if (!Number.isFinite(value)) return OUT_OF_RANGE;
  return { kind: 'number', value: value === 0 ? 0 : value };
}

function parseNumberText(raw: string): ParsedNumber {
  const trimmed = raw.trim();
  if (trimmed === '') return BLANK;
  if (SIMPLE.test(trimmed)) return numberResult(Number(trimmed));
  const text = foldWidth(trimmed).trim();
  if (text === '' || isBlankMarker(text.toLowerCase())) return BLANK;

  let negative = false;
  let inner = text;
  if (inner.startsWith('(') && inner.endsWith(')')) {
    negative = true;
    inner = inner.slice(1, -1).trim();
  }
  const layout = LAYOUT.exec(inner);
  if (layout === null) return NOT_A_NUMBER;
  const [, signBefore = '', currency = '', signAfter = '', body = '', suffix = ''] = layout;
  if (!isCurrencyCode(currency) || !isCurrencyCode(suffix)) return NOT_A_NUMBER;
  const sign = signBefore + signAfter;
  if (sign.length > 1 || (negative && sign !== '')) return NOT_A_NUMBER;
  negative = negative || NEGATIVE_SIGNS.includes(sign);
  const suffixIsPercent = suffix === '%';
  const hasCurrency = currency !== '' || (suffix !== '' && !suffixIsPercent);
  if (currency !== '' && suffix !== '') return NOT_A_NUMBER;

  let magnitude: number | null;
  if (hasCurrency && body === '' && NEGATIVE_SIGNS.includes(sign)) {
    // `¥ -` is how accounting formats display zero.
    magnitude = 0;
    negative = false;
  } else if (DECIMAL.test(body)) {
    magnitude = scaleDecimal(body, suffixIsPercent ? -2 : 0);
  } else if (suffixIsPercent) {
    magnitude = null;
  } else if (SCIENTIFIC.test(body)) {
    magnitude = Number(body);
  } else {
    magnitude = parseUnitNumber(body);
  }
  if (magnitude === null) return NOT_A_NUMBER;
  return numberResult(negative ? -magnitude : magnitude);
}

/** Currency marks that name the same currency. `$` stays `$`: it is the mark of several dollars. */
const MARK_CURRENCY: Readonly<Record<string, string>> = { '¥': 'JPY', '\\': 'JPY', 円: 'JPY', '€': 'EUR', '£': 'GBP' };

/**
 * The currency an amount's text is written in (`USD 12,000.00` → `USD`, `¥1,200` → `JPY`), or
 * `null` when it carries none or is not an amount. Used to notice a column that mixes currencies,
 * since amounts are never converted (design §1).
 *
 * @example
 * ['JPY 1,234,000', 'USD 12,000.00', '¥1,200', '1,200円', '$5', '1200', 'ABC 1'].map(currencyOfAmount)
 * //=> ['JPY', 'USD', 'JPY', 'JPY', '$', null, null]
 */
export function currencyOfAmount(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  // A plain number (`1200`, `1,200.50`) starts and ends with a digit: no mark, no further work.
  if (trimmed === '' || (isDigit(trimmed.charCodeAt(0)) && isDigit(trimmed.charCodeAt(trimmed.length - 1)))) return null;
  const text = foldWidth(trimmed);
  const inner = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1).trim() : text;
  const layout = LAYOUT.exec(inner);
  const [, , currency = '', , body = '', suffix = ''] = layout ?? [];
  const mark = currency || (suffix === '%' ? '' : suffix);
  // The amount's own reading warns about a body that is no number; here only the mark matters.
  if (mark === '' || !/\d/.test(body) || !isCurrencyCode(mark)) return null;
  return MARK_CURRENCY[mark] ?? mark.toUpperCase();
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for a mark that is not letters, or letters that are a known ISO 4217 code (`USD`, `jpy`). */
function isCurrencyCode(mark: string): boolean {
  return !LETTERS.test(mark) || AMOUNT_CURRENCY_CODES.has(mark.toUpperCase());
}

/**
 * Full-width ASCII (`１，２３４`, `（`, `％`, `ＪＰＹ`) to half-width, `￥` to `¥`, unusual spaces to a
 * space. Deliberately not NFKC: NFKC also turns `²` and `①` into digits, which would misread `10²`.
 */
function foldWidth(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uffe5/g, '¥')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '');
}

/** `decimal × 10^exponent`, rounded once (so `14.3%` is exactly 0.143 and `1.15万` is 11500). */
function scaleDecimal(decimal: string, exponent: number): number {
  const digits = decimal.replace(/,/g, '');
  return exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);
}

interface UnitTerm {
  readonly decimal: string;
  readonly exponent: number;
}

/**
 * `1.2万`, `1万2千`, `12百万`, `1億2千万`, `1,200万`: groups of digits with 千/百 inside, closed by
 * 兆/億/万 in descending order. Every part after the first must fit below the unit before it, so
 * `1万12000` and `1千5000` are rejected rather than guessed.
 */
function parseUnitNumber(body: string): number | null {
  const tokens = tokenizeUnits(body);
  if (tokens === null || tokens.length === 0) return null;
  let total = 0;
  let previousBig = Infinity;
  let group: UnitTerm[] = [];
  let previousSmall = Infinity;
  let pending: string | null = null;

  const closeGroup = (bigExponent: number): boolean => {
    if (pending !== null) {
      if (group.length > 0 && Number(pending.replace(/,/g, '')) >= 10 ** previousSmall) return false;
      group.push({ decimal: pending, exponent: 0 });
      pending = null;
    }
    if (group.length === 0 || bigExponent >= previousBig) return false;
    const value = group.reduce((sum, term) => sum + scaleDecimal(term.decimal, term.exponent + bigExponent), 0);
    if (previousBig !== Infinity && value >= 10 ** previousBig) return false;
    total += value;
    previousBig = bigExponent;
    group = [];
    previousSmall = Infinity;
    return true;
  };

  for (const token of tokens) {
    if (token.kind === 'digits') {
      if (pending !== null) return null;
      pending = token.text;
      continue;
    }
    const small = SMALL_UNIT_EXPONENT[token.text];
    if (small !== undefined) {
      if (pending === null || small >= previousSmall) return null;
      if (group.length > 0 && Number(pending.replace(/,/g, '')) >= 10 ** (previousSmall - small)) return null;
      group.push({ decimal: pending, exponent: small });
      pending = null;
      previousSmall = small;
    } else if (!closeGroup(BIG_UNIT_EXPONENT[token.text] ?? 0)) {
      return null;
    }
  }
  if ((pending !== null || group.length > 0) && !closeGroup(0)) return null;
  // A bare number without any unit is not this form (DECIMAL already rejected it).
  return tokens.some((t) => t.kind === 'unit') ? total : null;
}

type UnitToken = { readonly kind: 'digits' | 'unit'; readonly text: string };

function tokenizeUnits(body: string): UnitToken[] | null {
  const tokens: UnitToken[] = [];
  UNIT_TOKEN.lastIndex = 0;
  while (UNIT_TOKEN.lastIndex < body.length) {
    const match = UNIT_TOKEN.exec(body);
    if (match === null) return null;
    tokens.push(match[1] !== undefined ? { kind: 'digits', text: match[1] } : { kind: 'unit', text: match[0] });
  }
  return tokens;
}

/** Text for a reason: what is wrong with the value, and how to fix it. */
export interface InvalidNumberText {
  /** A predicate for the value: ja follows 「… は」, en follows the value. */
  readonly problem: string;
  readonly fix: string;
}

const INVALID_NUMBER_TEXT: { readonly [R in InvalidNumberReason]: Bilingual<InvalidNumberText> } = {
  not_a_number: {
    ja: { problem: '数値として読めません', fix: '数値（例: 1200、¥1,200、12%、1.2万）を入れるか、空欄にしてください。' },
    en: { problem: 'is not a number', fix: 'Enter a number (e.g. 1200, ¥1,200, 12%, 1.2万) or leave the cell blank.' },
  },
  boolean: {
    ja: { problem: '論理値（TRUE/FALSE）で、数値ではありません', fix: 'チェックボックスや TRUE/FALSE ではなく、件数や金額を入れてください。' },
    en: { problem: 'is TRUE/FALSE, not a number', fix: 'Use a count or an amount, not a checkbox or TRUE/FALSE.' },
  },
  date: {
    ja: { problem: '日付になっていて、数値として使えません', fix: '数値を入れるか、セルの表示形式を「数値」にしてください。' },
    en: { problem: 'is a date, not a number', fix: 'Enter a number, or set the cell format to Number.' },
  },
  out_of_range: {
    ja: { problem: '大きすぎて計算に使えません', fix: '値が正しいか確認してください。' },
    en: { problem: 'is too large to calculate with', fix: 'Check that the value is right.' },
  },
  unsupported_type: {
    ja: { problem: '数値として扱えない種類の値です', fix: '数値を入れるか、空欄にしてください。' },
    en: { problem: 'is not a value that can be read as a number', fix: 'Enter a number or leave the cell blank.' },
  },
};

/**
 * Message parts for an invalid value, for warnings and function errors.
 *
 * @example
 * invalidNumberText('not_a_number', 'en').problem
 * //=> 'is not a number'
 * @example
 * invalidNumberText('boolean', 'ja').problem
 * //=> '論理値（TRUE/FALSE）で、数値ではありません'
 */
export function invalidNumberText(reason: InvalidNumberReason, language: Language): InvalidNumberText {
  return INVALID_NUMBER_TEXT[reason][language];
}
