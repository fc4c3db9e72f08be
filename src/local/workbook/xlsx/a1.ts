/** A1 references in .xlsx parts: cell addresses, and the formulas Excel shares down a range. */

/**
 * A 0-based cell from an A1 address (`B3` → row 2, column 1); `null` when it is not one.
 *
 * @example
 * parseCellRef('XFD1048576')
 * //=> { row: 1048575, column: 16383 }
 */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,9})$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/** Column letters of a 0-based column. */
export function columnName(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell reference not preceded by a name character and not followed by `(` (so `LOG10(` stays). */
const RELATIVE_REF = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * A shared formula as written for a cell `rows` down and `columns` right of the cell that holds its
 * text: relative references move, `$`-anchored parts and text in quotes stay.
 *
 * @example
 * shiftFormula('A2*$B$1+"A1"', 2, 1)
 * //=> 'B4*$B$1+"A1"'
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part.replace(RELATIVE_REF, (match: string, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
        const cell = parseCellRef(`${letters}${digits}`);
        if (!cell) return match;
        const column = colAnchor ? cell.column : cell.column + columns;
        const row = rowAnchor ? cell.row : cell.row + rows;
        if (column < 0 || row < 0) return '#REF!';
        return `${colAnchor}${columnName(column)}${rowAnchor}${row + 1}`;
      });
    })
    .join('');
}

/**
 * True when a formula reads another workbook (`[1]Sheet1!A1`, an external reference index).
 *
 * @example
 * [readsExternalWorkbook('[1]Sheet1!A1*2'), readsExternalWorkbook('"[1]"&A1')]
 * //=> [true, false]
 */
export function readsExternalWorkbook(formula: string): boolean {
  return formula.split(/"(?:[^"]|"")*"/).some((part) => /(^|[^A-Za-z0-9_])'?\[\d+\]/.test(part));
}
