/**
 * Custom-function arguments as Sheets passes them: a single value, or a range as rows of cells.
 * A grid is the flat, row-major view of either, so the engine walks every argument the same way.
 */

// Looked up once: a 10,000-row range calls it per row, and global lookups are slow in sandboxes.
const isArray: (value: unknown) => value is unknown[] = Array.isArray;

export interface Grid {
  readonly rows: number;
  readonly columns: number;
  /** Row-major cell values; a single value is one cell. */
  readonly cells: readonly unknown[];
  /** False for a single value (no row/column to report in messages). */
  readonly isRange: boolean;
}

/**
 * Reads an argument as a grid. Returns `null` for an array that is not a rectangular range.
 * A flat array of values (never sent by Sheets, but natural from TypeScript) is read as one column;
 * an empty array is a single blank.
 *
 * @example
 * toGrid([[1], [2], ['']])
 * //=> { rows: 3, columns: 1, cells: [1, 2, ''], isRange: true }
 * @example
 * toGrid(5)
 * //=> { rows: 1, columns: 1, cells: [5], isRange: false }
 */
export function toGrid(argument: unknown): Grid | null {
  if (!isArray(argument)) return { rows: 1, columns: 1, cells: [argument], isRange: false };
  if (argument.length === 0) return { rows: 1, columns: 1, cells: [''], isRange: false };
  const rows = argument as readonly unknown[];
  const first = rows[0];
  if (!isArray(first)) {
    return rows.some((cell) => isArray(cell)) ? null : { rows: rows.length, columns: 1, cells: rows, isRange: true };
  }
  const columns = first.length;
  if (columns === 0) return rows.length === 1 ? { rows: 1, columns: 1, cells: [''], isRange: false } : null;
  const cells = new Array<unknown>(rows.length * columns);
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r];
    if (!isArray(row) || row.length !== columns) return null;
    for (let c = 0; c < columns; c += 1) {
      const cell: unknown = row[c];
      if (isArray(cell)) return null;
      cells[r * columns + c] = cell;
    }
  }
  return { rows: rows.length, columns, cells, isRange: true };
}

/**
 * The size of a grid as rows×columns, the way messages show it.
 *
 * @example
 * shapeText({ rows: 3, columns: 1 })
 * //=> '3×1'
 */
export function shapeText(grid: Pick<Grid, 'rows' | 'columns'>): string {
  return `${grid.rows}×${grid.columns}`;
}
