/**
 * Merged cells (src/local/README.md, "Merged cells"): `Range.merge`, `mergeAcross`,
 * `mergeVertically`, `breakApart`, `getMergedRanges` and `isPartOfMerge` on the model's
 * {@link SheetData.merges}. What the runtime does not model throws instead of guessing.
 */
import type { MergeRecord, SheetData } from '../workbook/model';
import { a1Notation, type GridRect } from './a1';
import { notImplementedMessage } from './expose';

/** How a range is merged: into one cell, one cell per row, or one cell per column. */
export type MergeMode = 'all' | 'across' | 'vertically';

/** Sheets' message when a range cuts through a merged block (seen in the wild; not on a Google page). */
export const PARTIAL_MERGE_MESSAGE = 'You must select all cells in a merged range to merge or unmerge them.';

function intersects(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

function contains(outer: GridRect, inner: GridRect): boolean {
  return inner.row >= outer.row && inner.row + inner.numRows <= outer.row + outer.numRows && inner.column >= outer.column && inner.column + inner.numColumns <= outer.column + outer.numColumns;
}

/**
 * The merges of `sheet` that share at least one cell with `rect` (Range.getMergedRanges: "fully
 * within the current range, or contain at least one cell in the current range").
 *
 * @example
 * sheet.merges.push({ row: 2, column: 1, numRows: 1, numColumns: 3 }); mergesTouching(sheet, { row: 2, column: 3, numRows: 1, numColumns: 1 }).length
 * //=> 1
 */
export function mergesTouching(sheet: SheetData, rect: GridRect): MergeRecord[] {
  return sheet.merges.filter((merge) => intersects(merge, rect));
}

/** The blocks `mode` makes of `rect`. */
function blocksOf(rect: GridRect, mode: MergeMode): MergeRecord[] {
  switch (mode) {
    case 'all':
      return [{ ...rect }];
    case 'across':
      return Array.from({ length: rect.numRows }, (_, r) => ({ row: rect.row + r, column: rect.column, numRows: 1, numColumns: rect.numColumns }));
    case 'vertically':
      return Array.from({ length: rect.numColumns }, (_, c) => ({ row: rect.row, column: rect.column + c, numRows: rect.numRows, numColumns: 1 }));
  }
}

/**
 * Merges `rect` as `mode` says. Each new block keeps the value, formula and look of its top-left
 * cell; the values and formulas of its other cells are cleared (assumed: the reference does not
 * say, and Sheets' own menu warns that a merge keeps only the upper-left value — the harder case
 * for the add-on). Not modelled, so it throws: a block of a single cell (what Sheets does with
 * `mergeAcross` on one column is not documented) and a range that touches an existing merge.
 *
 * @example
 * mergeCells(sheet, { row: 5, column: 1, numRows: 3, numColumns: 4 }, 'across', 'Range.mergeAcross'); sheet.merges.length
 * //=> 3
 */
export function mergeCells(sheet: SheetData, rect: GridRect, mode: MergeMode, method: string): void {
  const blocks = blocksOf(rect, mode);
  if (blocks.some((block) => block.numRows * block.numColumns < 2)) {
    throw new Error(`${notImplementedMessage(method)} on ${a1Notation(rect)}: a merge of a single cell is not modelled`);
  }
  const touched = mergesTouching(sheet, rect);
  if (touched.length > 0) {
    throw new Error(`${notImplementedMessage(method)} on ${a1Notation(rect)}: merging over the merged cells ${touched.map(a1Notation).join(', ')} is not modelled (break them apart first)`);
  }
  for (const block of blocks) {
    for (let r = block.row; r < block.row + block.numRows; r += 1) {
      for (let c = block.column; c < block.column + block.numColumns; c += 1) {
        if (r !== block.row || c !== block.column) sheet.setValue(r - 1, c - 1, undefined);
      }
    }
    sheet.merges.push(block);
  }
}

/**
 * Range.breakApart: every merge inside `rect` becomes separate cells again; a merge that `rect`
 * only partly covers throws Sheets' message.
 *
 * @example
 * breakApart(sheet, { row: 1, column: 1, numRows: 10, numColumns: 10 }); sheet.merges.length
 * //=> 0
 */
export function breakApart(sheet: SheetData, rect: GridRect): void {
  const touched = mergesTouching(sheet, rect);
  if (touched.some((merge) => !contains(rect, merge))) throw new Error(PARTIAL_MERGE_MESSAGE);
  for (const merge of touched) sheet.merges.splice(sheet.merges.indexOf(merge), 1);
}

/**
 * Throws unless the cell is blank or outside every merge but a top-left: what Sheets does with a
 * value written under a merge (hidden? refused?) is not documented, so the runtime does not guess.
 *
 * @example
 * requireUncovered(sheet, 4, 2, 'Range.setValues')
 * //=> throws when E3's row 5 is merged from A5 across
 */
export function requireUncovered(sheet: SheetData, row: number, column: number, method: string): void {
  const merge = sheet.mergeAt(row, column);
  if (merge && (merge.row !== row + 1 || merge.column !== column + 1)) {
    const cell = a1Notation({ row: row + 1, column: column + 1, numRows: 1, numColumns: 1 });
    throw new Error(`${notImplementedMessage(method)}: writing ${sheet.name}!${cell}, which the merged cells ${a1Notation(merge)} cover, is not modelled`);
  }
}

/**
 * Throws when clearing the formats of `rect` would touch a merge (whether clearing formats breaks
 * a merge apart is not documented).
 */
export function requireNoMergeFormatClear(sheet: SheetData, rect: GridRect, method: string): void {
  const touched = mergesTouching(sheet, rect);
  if (touched.length > 0) throw new Error(`${notImplementedMessage(method)}: clearing the formats of the merged cells ${touched.map(a1Notation).join(', ')} is not modelled`);
}
