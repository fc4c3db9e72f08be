/**
 * The size limits of the spreadsheets an input must fit (design §9): what Google Sheets accepts,
 * narrowed by what the written .xlsx can hold. An input beyond them is refused with a message that
 * says where, before anything of that size is allocated.
 */
import { InputError } from './inputError';
import { columnName } from './xlsx/a1';

export const SPREADSHEET_LIMITS = {
  /** Excel's last column, XFD (Sheets allows 18,278, but the report is also written as .xlsx). */
  columns: 16_384,
  /** Excel's last row (Sheets has no row limit of its own beyond the cell limit). */
  rows: 1_048_576,
  /** Google Sheets: cells in a whole spreadsheet, counted over each tab's used area. */
  cells: 10_000_000,
  /** Google Sheets: characters in one cell. */
  cellCharacters: 50_000,
} as const;

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A tab wider than the last column. `column` is 1-based. */
export function tooManyColumns(file: string, tab: string, column: number): InputError {
  return new InputError('too_large', file, {
    ja: `${file} の「${tab}」は ${count(column)} 列目まで値があり、スプレッドシートの上限（${count(SPREADSHEET_LIMITS.columns)} 列、XFD 列まで）を超えています。使わない列を削除してから保存し直してください。`,
    en: `${file}: tab "${tab}" has values up to column ${count(column)}, beyond the spreadsheet limit of ${count(SPREADSHEET_LIMITS.columns)} columns (column XFD). Delete the columns you do not need and save it again.`,
  });
}

/** A tab longer than the last row. `row` is 1-based. */
export function tooManyRows(file: string, tab: string, row: number): InputError {
  return new InputError('too_large', file, {
    ja: `${file} の「${tab}」は ${count(row)} 行目まで値があり、スプレッドシートの上限（${count(SPREADSHEET_LIMITS.rows)} 行）を超えています。ファイルを分けるか、使わない行を削除してください。`,
    en: `${file}: tab "${tab}" has values down to row ${count(row)}, beyond the spreadsheet limit of ${count(SPREADSHEET_LIMITS.rows)} rows. Split the file or delete the rows you do not need.`,
  });
}

/** Tabs whose used areas (first cell to the last row and column with a value) add up to too many cells. */
export function tooManyCells(file: string, tab: string, rows: number, columns: number, total: number): InputError {
  const corner = `${columnName(columns - 1)}${rows}`;
  return new InputError('too_large', file, {
    ja: `${file} の「${tab}」は A1 から ${corner} までを使っており、ブック全体で ${count(total)} セルになります。スプレッドシートの上限は ${count(SPREADSHEET_LIMITS.cells)} セルです。離れた場所にある不要な値（メモなど）を削除してから保存し直してください。`,
    en: `${file}: tab "${tab}" uses A1 to ${corner}, which brings the workbook to ${count(total)} cells; a spreadsheet holds at most ${count(SPREADSHEET_LIMITS.cells)}. Delete stray values far from the data (notes and the like) and save it again.`,
  });
}

/** One cell holding more text than a spreadsheet cell can. Row and column are 1-based. */
export function cellTooLong(file: string, tab: string, row: number, column: number, length: number): InputError {
  const at = `${columnName(column - 1)}${row}`;
  return new InputError('too_large', file, {
    ja: `${file} の「${tab}」${at} セルは ${count(length)} 文字あり、スプレッドシートの1セルの上限（${count(SPREADSHEET_LIMITS.cellCharacters)} 文字）を超えています。区切り文字や引用符（"）が崩れていないか確認してください。`,
    en: `${file}: cell ${at} of tab "${tab}" holds ${count(length)} characters, more than a spreadsheet cell holds (${count(SPREADSHEET_LIMITS.cellCharacters)}). Check the file's delimiters and double quotes.`,
  });
}

/**
 * Counts the cells of each tab's used area against the workbook limit; throws {@link tooManyCells}.
 *
 * @example
 * const budget = cellBudget('a.xlsx'); budget.add('Sheet1', 1000, 10)
 * //=> undefined (10,000 cells counted)
 */
export function cellBudget(file: string): { add(tab: string, rows: number, columns: number): void } {
  let total = 0;
  return {
    add(tab, rows, columns) {
      total += rows * columns;
      if (total > SPREADSHEET_LIMITS.cells) throw tooManyCells(file, tab, rows, columns, total);
    },
  };
}
