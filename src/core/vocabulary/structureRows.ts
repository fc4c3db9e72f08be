/**
 * Rows that are structure rather than data (design §3.2): total labels, repeated headers, blank rows
 * and export comment lines. Blank, comment and repeated-header rows are passed over without a
 * warning; a row with a total label is only a candidate (see `totalLabelColumn`).
 */
import { headerKey } from './headerKey';
import { cellText, isBlank, normalizeText } from '../text/normalize';

const TOTAL_WORDS = new Set([
  '合計', '総計', '小計', '総合計', '計', '合計値', 'total', 'totals', 'grand total', 'subtotal', 'sub total', 'sum',
]);
/**
 * `合計: アカウント`, `Total: Account`, `合計：キャンペーン` (Google Ads), `Total - Search`, a record
 * count in brackets: `Grand Totals (60 records)` (Salesforce), `合計 (200件)`, a count after
 * "of": `Total of 2 campaigns`, `Total of 12 results` (ad managers' summary rows), and the period
 * totals of hand-made sheets: `4月計`, `2025年4月 小計`, `日計`, `月計`.
 */
const TOTAL_PREFIX = /^(?:合計|総計|小計|total|totals|grand totals?|subtotal)\s*(?::|-|–|—|\(\s*\d)|^totals? of \d[\d,]* \S|^(?:(?:\d{4}年)?\d{1,2}月\s*(?:小|合)?|[日週月])計$/;

/** Cheap pre-test before normalising: every total label contains one of these (full-width too). */
const TOTAL_HINT = /[合総小月日週]計|^\s*計\s*$|[tTｔＴ][oOｏＯ][tTｔＴ][aAａＡ][lLｌＬ]|^\s*[sSｓＳ][uUｕＵ][mMｍＭ]\s*$/;
/** `Total: Campaigns (search, display)` is about the longest label seen; data text is often longer. */
const MAX_TOTAL_LABEL_LENGTH = 60;

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
  if (typeof value !== 'string' || value.length > MAX_TOTAL_LABEL_LENGTH || !TOTAL_HINT.test(value)) return false;
  const text = normalizeText(value);
  return TOTAL_WORDS.has(text) || TOTAL_PREFIX.test(text);
}

/**
 * The column of a total label in a row, or -1: among the first columns, the given label columns
 * and the cells beyond the header's width (GA4 explorations write `Grand total` past the last
 * column). A label alone does not make a total row — `TOTAL`, `Sum` or `計` (also a given name) can
 * be a real company, campaign or person; the parser decides by the row's shape (parse/totalRows.ts).
 *
 * @example
 * [totalLabelColumn(['合計: アカウント', '--', '12,345'], [], 3), totalLabelColumn(['', '', '', '48', '5', 'Grand total'], [], 5)]
 * //=> [0, 5]
 */
export function totalLabelColumn(row: readonly unknown[], labelColumns: readonly number[], headerWidth: number): number {
  const leading = Math.min(TOTAL_LABEL_COLUMNS, row.length);
  for (let column = 0; column < leading; column += 1) {
    if (isTotalLabel(row[column])) return column;
  }
  // Indexed, skipping the leading columns already checked: this runs once per data row.
  for (let index = 0; index < labelColumns.length; index += 1) {
    const column = labelColumns[index] as number;
    if (column >= TOTAL_LABEL_COLUMNS && isTotalLabel(row[column])) return column;
  }
  for (let column = Math.max(headerWidth, TOTAL_LABEL_COLUMNS); column < row.length; column += 1) {
    if (isTotalLabel(row[column])) return column;
  }
  return -1;
}

/** Header cells whose length differs more than this from a cell cannot normalise to the same key. */
const HEADER_LENGTH_SLACK = 4;

/**
 * Builds a check for rows that repeat the header (CSV files pasted one under another): at least
 * half of the mapped columns, and at least two when two or more are mapped, hold their header
 * text again. With an `anchorColumn` (the tab's required column) that column must be among them.
 * The header keys are computed once and cells of a clearly different length are never normalised,
 * which keeps the check cheap on large tabs.
 *
 * @example
 * createRepeatedHeaderCheck(['日付', '費用'], [0, 1])(['日付', '費用'])
 * //=> true
 */
export function createRepeatedHeaderCheck(
  header: readonly unknown[],
  mappedColumns: readonly number[],
  anchorColumn?: number,
): (row: readonly unknown[]) => boolean {
  const columns = mappedColumns
    .map((column) => {
      const raw = header[column];
      const text = cellText(raw).trim();
      return { column, text, key: headerKey(raw) };
    })
    .filter((entry) => entry.key !== '');
  const needed = Math.max(Math.min(2, mappedColumns.length), Math.ceil(mappedColumns.length / 2));
  if (columns.length === 0 || columns.length < needed) return () => false;
  const anchor = columns.find((entry) => entry.column === anchorColumn);
  const holdsHeaderText = (cell: unknown, text: string, key: string): boolean => {
    if (typeof cell !== 'string') return false;
    const trimmed = cell.trim();
    return trimmed === text || (Math.abs(trimmed.length - text.length) <= HEADER_LENGTH_SLACK && headerKey(trimmed) === key);
  };
  return (row) => {
    // A repeated header repeats the required column too; testing it first keeps data rows cheap.
    if (anchor && !holdsHeaderText(row[anchor.column], anchor.text, anchor.key)) return false;
    let same = 0;
    let remaining = columns.length;
    for (const { column, text, key } of columns) {
      remaining -= 1;
      if (holdsHeaderText(row[column], text, key)) {
        same += 1;
        if (same >= needed) return true;
      }
      if (same + remaining < needed) return false;
    }
    return false;
  };
}

/**
 * True when a row repeats the header (see {@link createRepeatedHeaderCheck}).
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
  return createRepeatedHeaderCheck(header, mappedColumns)(row);
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

/**
 * A note line below the header: a single non-blank cell starting with `#` (GA4 ends some exports
 * with such lines). A data row whose first cell merely starts with `#` — a `#N/A` error value, a
 * `#1 キャンペーン` label — is data, not a note.
 *
 * @example
 * [isNoteRow(['# 合計は除外']), isNoteRow(['#N/A', '2025-04-01'])]
 * //=> [true, false]
 */
export function isNoteRow(row: readonly unknown[]): boolean {
  let note = false;
  // Indexed: this runs for every row, and for-of allocates a step object until V8 optimises it.
  for (let column = 0; column < row.length; column += 1) {
    const cell = row[column];
    if (isBlank(cell)) continue;
    if (note || typeof cell !== 'string' || !cell.trim().startsWith('#')) return false;
    note = true;
  }
  return note;
}
