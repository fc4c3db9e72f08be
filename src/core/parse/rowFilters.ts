/**
 * Rows that are structure rather than data (SPEC §3.2): totals, repeated headers, blank rows and
 * export comment lines. They are passed over without a warning.
 */
import { headerKey } from '../recognition/normalizeHeader';
import { isBlank, normalizeText } from '../text/normalize';

const TOTAL_WORDS = new Set([
  '合計', '総計', '小計', '総合計', '計', '合計値', 'total', 'totals', 'grand total', 'subtotal', 'sub total', 'sum',
]);
/** `合計: アカウント`, `Total: Account`, `合計：キャンペーン` (Google Ads), `Total - Search`. */
const TOTAL_PREFIX = /^(?:合計|総計|小計|total|totals|grand total|subtotal)\s*(?::|-|–|—)/;

/** How many leading cells are looked at for a total label (Google Ads puts it in the first column). */
const TOTAL_LABEL_COLUMNS = 3;

/**
 * True for a total or summary label (`合計`, `Total`, `Grand total`, `合計: アカウント`).
 * Words that merely start with "total" (`Total Care キャンペーン`) are not totals.
 *
 * @example
 * isTotalLabel('Total: Account')
 * //=> true
 */
export function isTotalLabel(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = normalizeText(value);
  return TOTAL_WORDS.has(text) || TOTAL_PREFIX.test(text);
}

/**
 * True when a text cell among the first columns or the given label columns is a total label.
 *
 * @example
 * isTotalRow(['合計: アカウント', '--', '12,345'], [])
 * //=> true
 */
export function isTotalRow(row: readonly unknown[], labelColumns: readonly number[]): boolean {
  for (let column = 0; column < Math.min(TOTAL_LABEL_COLUMNS, row.length); column += 1) {
    if (isTotalLabel(row[column])) return true;
  }
  return labelColumns.some((column) => isTotalLabel(row[column]));
}

/**
 * True when a row repeats the header (CSV files pasted one under another): at least half of the
 * mapped columns, and at least two when two or more are mapped, hold their header text again.
 *
 * @example
 * isRepeatedHeaderRow(['日付', '費用'], ['日付', '費用'], [0, 1])
 * //=> true
 */
export function isRepeatedHeaderRow(
  row: readonly unknown[],
  header: readonly unknown[],
  mappedColumns: readonly number[],
): boolean {
  if (mappedColumns.length === 0) return false;
  let same = 0;
  for (const column of mappedColumns) {
    const key = headerKey(header[column]);
    if (key !== '' && headerKey(row[column]) === key) same += 1;
  }
  return same >= Math.max(Math.min(2, mappedColumns.length), Math.ceil(mappedColumns.length / 2));
}

/**
 * True when every cell is blank.
 *
 * @example
 * isBlankRow(['', '  ', null])
 * //=> true
 */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}

/**
 * True for an export comment line: its first non-blank cell is text starting with `#` (GA4).
 *
 * @example
 * isCommentRow(['# Start date: 20250401'])
 * //=> true
 */
export function isCommentRow(row: readonly unknown[]): boolean {
  const first = row.find((cell) => !isBlank(cell));
  return typeof first === 'string' && first.trim().startsWith('#');
}
