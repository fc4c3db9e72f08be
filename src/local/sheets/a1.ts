/**
 * A1 notation: column letters and rectangular ranges (1-based, as Sheets counts).
 */

/**
 * Column letters of a 1-based column number.
 *
 * @example
 * columnLetters(28)
 * //=> 'AB'
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * 1-based column number of column letters (case-insensitive).
 *
 * @example
 * columnNumber('ab')
 * //=> 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A rectangle of cells, 1-based. */
export interface GridRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/**
 * A1 notation of a rectangle: `B2` for one cell, `A1:C3` otherwise.
 *
 * @example
 * a1Notation({ row: 1, column: 1, numRows: 3, numColumns: 3 })
 * //=> 'A1:C3'
 */
export function a1Notation(rect: GridRect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/**
 * Parses `B2`, `A1:C3`, `C:E` (whole columns) or `2:4` (whole rows) against a sheet's size.
 * Returns `null` for anything else (sheet-qualified ranges are not accepted here).
 *
 * @example
 * parseA1('B2:C3', { maxRows: 1000, maxColumns: 26 })
 * //=> { row: 2, column: 2, numRows: 2, numColumns: 2 }
 */
export function parseA1(text: string, size: { maxRows: number; maxColumns: number }): GridRect | null {
  const parts = text.trim().split(':');
  if (parts.length === 1) {
    const m = CELL.exec(parts[0] ?? '');
    return m ? { row: Number(m[2]), column: columnNumber(m[1] ?? ''), numRows: 1, numColumns: 1 } : null;
  }
  if (parts.length !== 2) return null;
  const [left = '', right = ''] = parts;
  const cellA = CELL.exec(left);
  const cellB = CELL.exec(right);
  if (cellA && cellB) {
    const r1 = Number(cellA[2]);
    const r2 = Number(cellB[2]);
    const c1 = columnNumber(cellA[1] ?? '');
    const c2 = columnNumber(cellB[1] ?? '');
    return { row: Math.min(r1, r2), column: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
  }
  const colA = COLUMN.exec(left);
  const colB = COLUMN.exec(right);
  if (colA && colB) {
    const c1 = columnNumber(colA[1] ?? '');
    const c2 = columnNumber(colB[1] ?? '');
    return { row: 1, column: Math.min(c1, c2), numRows: size.maxRows, numColumns: Math.abs(c2 - c1) + 1 };
  }
  const rowA = ROW.exec(left);
  const rowB = ROW.exec(right);
  if (rowA && rowB) {
    const r1 = Number(rowA[1]);
    const r2 = Number(rowB[1]);
    return { row: Math.min(r1, r2), column: 1, numRows: Math.abs(r2 - r1) + 1, numColumns: size.maxColumns };
  }
  return null;
}
