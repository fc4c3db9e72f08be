/**
 * Google Sheets' size limits (src/local/README.md, "Limits"): 10 million cells per spreadsheet,
 * counted over every sheet's whole grid (empty cells count), and 50,000 characters in one cell.
 */
import type { Workbook } from '../workbook/model';

export const MAX_CELLS_PER_SPREADSHEET = 10_000_000;
export const MAX_CHARACTERS_PER_CELL = 50_000;

/** Every cell of every sheet's grid, as Sheets counts toward its limit. */
export function gridCells(workbook: Workbook): number {
  let total = 0;
  for (const sheet of workbook.sheets) total += sheet.maxRows * sheet.maxColumns;
  return total;
}

/**
 * Throws Sheets' message when adding `extraCells` to the grids would pass the 10 M-cell limit.
 *
 * @example
 * requireCellRoom(new Workbook(), 26_000)
 * //=> (nothing: a new workbook has room)
 */
export function requireCellRoom(workbook: Workbook, extraCells: number): void {
  if (gridCells(workbook) + extraCells > MAX_CELLS_PER_SPREADSHEET) {
    throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS_PER_SPREADSHEET} cells.`);
  }
}

/** Throws Sheets' message for a string longer than a cell may hold. */
export function requireCellLength(text: string): void {
  if (text.length > MAX_CHARACTERS_PER_CELL) {
    throw new Error(`Your input contains more than the maximum of ${MAX_CHARACTERS_PER_CELL} characters in a single cell.`);
  }
}
