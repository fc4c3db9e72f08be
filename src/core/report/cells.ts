/**
 * Building blocks of report sheets: cell constructors that enforce the cell rules of design §6.1
 * (finite numbers, literal text, `—` for null) and the block builder that keeps a block's grids
 * the same rectangular shape, with one role per row and one alignment per column.
 */
import { renderGuardedFormula, type FormulaExpression } from './formula';
import { PLAIN_FORMAT } from './formats';
import { NULL_DISPLAY, type Block, type Cell, type HorizontalAlignment, type NumberFormat, type RowRole } from './model';
import { neutralizeText } from './neutralizeText';

/** A cell with its number format, before the block splits cells and formats into grids. */
export interface StyledCell {
  readonly cell: Cell;
  readonly format: NumberFormat;
}

/** A row of a block: its role (which decides its look) and its cells. */
export interface BlockRow {
  readonly role: RowRole;
  readonly cells: readonly StyledCell[];
}

export const EMPTY_CELL: Cell = { kind: 'empty' };

/**
 * A literal text cell. Every text cell of the report is made here, so every one is neutralised.
 *
 * @example
 * textCell('+81-3')
 * //=> { kind: 'text', value: "'+81-3" }
 */
export function textCell(text: string): Cell {
  return { kind: 'text', value: neutralizeText(text) };
}

/** The cell shown for a null value: `—`. */
export const NULL_CELL: Cell = { kind: 'text', value: NULL_DISPLAY };

/**
 * A number cell, or `—` for null (and, defensively, for anything not finite). `-0` becomes `0`.
 *
 * @example
 * numberCell(1200)
 * //=> { kind: 'number', value: 1200 }
 * numberCell(null)
 * //=> { kind: 'text', value: '—' }
 */
export function numberCell(value: number | null): Cell {
  if (value === null || !Number.isFinite(value)) return NULL_CELL;
  return { kind: 'number', value: value === 0 ? 0 : value };
}

/**
 * A formula cell: the expression guarded so that errors show as `—`.
 *
 * @example
 * formulaCell({ kind: 'reference', at: { row: 2, column: 1, absolute: false } })
 * //=> { kind: 'formula', formula: '=IFERROR(A2,"—")' }
 */
export function formulaCell(expression: FormulaExpression): Cell {
  return { kind: 'formula', formula: renderGuardedFormula(expression) };
}

/**
 * A styled cell.
 *
 * @example
 * styled(numberCell(3), '#,##0')
 * //=> { cell: { kind: 'number', value: 3 }, format: '#,##0' }
 */
export function styled(cell: Cell, format: NumberFormat = PLAIN_FORMAT): StyledCell {
  return { cell, format };
}

/**
 * A text cell in the general format (titles, headings, labels).
 *
 * @example
 * label('Funnel').cell
 * //=> { kind: 'text', value: 'Funnel' }
 */
export function label(text: string): StyledCell {
  return styled(textCell(text));
}

/**
 * A row of a block.
 *
 * @example
 * row('caption', [label('Funnel')]).role
 * //=> 'caption'
 */
export function row(role: RowRole, cells: readonly StyledCell[]): BlockRow {
  return { role, cells };
}

const EMPTY_STYLED: StyledCell = styled(EMPTY_CELL);

export interface BlockOptions {
  /** One per column; columns without one are left-aligned (text). */
  readonly alignments?: readonly HorizontalAlignment[];
  readonly banded?: boolean;
  readonly wrap?: boolean;
}

/**
 * A block at (row, column), 1-based, from rows of styled cells. Short rows are padded with empty
 * cells, so the grids are rectangular and of the same shape; there is one role per row and one
 * alignment per column.
 *
 * @example
 * makeBlock(1, 1, [row('title', [label('Title')]), row('body', [styled(numberCell(1)), styled(numberCell(2))])]).cells[0]
 * //=> [{ kind: 'text', value: 'Title' }, { kind: 'empty' }]
 *
 * @throws RangeError for a block without rows, or with more alignments than columns.
 */
export function makeBlock(row: number, column: number, rows: readonly BlockRow[], options: BlockOptions = {}): Block {
  if (rows.length === 0) throw new RangeError('a block needs at least one row');
  const width = Math.max(1, ...rows.map((entry) => entry.cells.length));
  const given = options.alignments ?? [];
  if (given.length > width) throw new RangeError(`${given.length} alignments for ${width} columns`);
  const padded = rows.map((entry) => [...entry.cells, ...Array<StyledCell>(width - entry.cells.length).fill(EMPTY_STYLED)]);
  return {
    row,
    column,
    cells: padded.map((cells) => cells.map((entry) => entry.cell)),
    numberFormats: padded.map((cells) => cells.map((entry) => entry.format)),
    rowRoles: rows.map((entry) => entry.role),
    alignments: Array.from({ length: width }, (_, index) => given[index] ?? 'left'),
    banded: options.banded ?? false,
    wrap: options.wrap ?? false,
  };
}

/**
 * The grid to pass to `Range.setValues` for a block: numbers, text in input form, formula text, and
 * `''` for empty cells. Text never starts with `=` (neutralised), so only formula cells become formulas.
 *
 * @example
 * blockValues(makeBlock(1, 1, [row('body', [styled(numberCell(5)), label('=x')])]))
 * //=> [[5, "'=x"]]
 */
export function blockValues(block: Block): (string | number)[][] {
  return block.cells.map((row) =>
    row.map((cell) => {
      switch (cell.kind) {
        case 'number':
          return cell.value;
        case 'text':
          return cell.value;
        case 'formula':
          return cell.formula;
        case 'empty':
          return '';
      }
    }),
  );
}

export { blockFontWeights } from './style';

/**
 * Last row and last column a block covers (1-based, inclusive).
 *
 * @example
 * blockEnd(makeBlock(3, 2, [row('header', [label('a'), label('b')])]))
 * //=> { row: 3, column: 3 }
 */
export function blockEnd(block: Block): { row: number; column: number } {
  return { row: block.row + block.cells.length - 1, column: block.column + (block.cells[0]?.length ?? 1) - 1 };
}
