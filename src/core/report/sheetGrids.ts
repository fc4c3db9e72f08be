/**
 * One sheet's cells and look as grids over the rectangle its blocks cover, so a writer sets each
 * property of the whole sheet with one call (design §6, §10: Sheets calls constant in rows and
 * few per sheet). Cells between blocks get the sheet's defaults (blank, `General`, no fill, plain
 * black 10 pt, no wrap); where blocks overlap, the later block wins, as sequential writes would.
 */
import { blockEnd, blockValues } from './cells';
import type { HorizontalAlignment, ReportSheet, RowRole, SheetRange } from './model';
import { BODY_FONT_SIZE, blockAlignments, blockBackgrounds, blockFontColors, blockFontSizes, blockFontStyles, blockFontWeights, REPORT_COLORS } from './style';

export interface SheetGrids {
  readonly range: SheetRange;
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
  readonly backgrounds: (string | null)[][];
  readonly fontColors: string[][];
  readonly fontWeights: ('bold' | 'normal')[][];
  readonly fontStyles: ('italic' | 'normal')[][];
  readonly fontSizes: number[][];
  /** `null`: the cell keeps Sheets' automatic alignment. */
  readonly alignments: (HorizontalAlignment | null)[][];
  /**
   * Header rows wrap (a long column name takes two lines instead of running into its neighbour),
   * and the rows of blocks that ask for it, except titles, context lines, captions and column-group
   * names: those run on to the right over empty cells, as one line.
   */
  readonly wraps: boolean[][];
  /**
   * `top` for the wrapped rows of blocks that ask for wrapping (text of several lines reads from
   * the top, beside one-line labels); `null` keeps Sheets' default (the bottom) everywhere else,
   * headers included.
   */
  readonly verticalAlignments: ('top' | null)[][];
}

/** Rows that stay one line even in a wrapped block. */
const ONE_LINE_ROLES: ReadonlySet<RowRole> = new Set(['title', 'context', 'caption', 'group']);

function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

/** Copies a block's grid into the sheet grid at the block's offset. */
function paste<T>(target: T[][], source: readonly (readonly T[])[], rowOffset: number, columnOffset: number): void {
  source.forEach((line, r) => line.forEach((value, c) => {
    const row = target[rowOffset + r];
    if (row) row[columnOffset + c] = value;
  }));
}

/**
 * The grids of a sheet, or null when it has no cells.
 *
 * @example
 * sheetGrids(sheetWith([makeBlock(1, 1, [row('title', [label('ファネル概要')])]), makeBlock(3, 2, [row('header', [label('リード')])])]))?.range
 * //=> { row: 1, column: 1, rows: 3, columns: 2 }
 */
export function sheetGrids(sheet: Pick<ReportSheet, 'blocks'>): SheetGrids | null {
  const blocks = sheet.blocks.filter((block) => block.cells.length > 0 && (block.cells[0]?.length ?? 0) > 0);
  if (blocks.length === 0) return null;
  const top = Math.min(...blocks.map((block) => block.row));
  const left = Math.min(...blocks.map((block) => block.column));
  const bottom = Math.max(...blocks.map((block) => blockEnd(block).row));
  const right = Math.max(...blocks.map((block) => blockEnd(block).column));
  const rows = bottom - top + 1;
  const columns = right - left + 1;
  const grids: SheetGrids = {
    range: { row: top, column: left, rows, columns },
    values: filled<string | number>(rows, columns, ''),
    numberFormats: filled(rows, columns, 'General'),
    backgrounds: filled<string | null>(rows, columns, null),
    fontColors: filled<string>(rows, columns, REPORT_COLORS.bodyText),
    fontWeights: filled<'bold' | 'normal'>(rows, columns, 'normal'),
    fontStyles: filled<'italic' | 'normal'>(rows, columns, 'normal'),
    fontSizes: filled(rows, columns, BODY_FONT_SIZE),
    alignments: filled<HorizontalAlignment | null>(rows, columns, null),
    wraps: filled(rows, columns, false),
    verticalAlignments: filled<'top' | null>(rows, columns, null),
  };
  for (const block of blocks) {
    const r = block.row - top;
    const c = block.column - left;
    paste(grids.values, blockValues(block), r, c);
    paste<string>(grids.numberFormats, block.numberFormats, r, c);
    paste(grids.backgrounds, blockBackgrounds(block), r, c);
    paste(grids.fontColors, blockFontColors(block), r, c);
    paste(grids.fontWeights, blockFontWeights(block), r, c);
    paste(grids.fontStyles, blockFontStyles(block), r, c);
    paste(grids.fontSizes, blockFontSizes(block), r, c);
    paste<HorizontalAlignment | null>(grids.alignments, blockAlignments(block), r, c);
    paste(grids.wraps, block.rowRoles.map((role) => block.alignments.map(() => (block.wrap && !ONE_LINE_ROLES.has(role)) || role === 'header')), r, c);
    const topAligned = (role: RowRole): boolean => block.wrap && !ONE_LINE_ROLES.has(role) && role !== 'header';
    paste<'top' | null>(grids.verticalAlignments, block.rowRoles.map((role) => block.alignments.map(() => (topAligned(role) ? 'top' : null))), r, c);
  }
  return grids;
}
