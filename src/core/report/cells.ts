/**
 * Building blocks of report sheets: cell constructors that enforce the cell rules of design §6.1
 * (finite numbers, literal text, `—` for null) and the block builder that keeps the three grids of a
 * block the same rectangular shape.
 */
import { renderGuardedFormula, type FormulaExpression } from './formula';
import { PLAIN_FORMAT } from './formats';
import { NULL_DISPLAY, type Block, type Cell, type NumberFormat } from './model';
import { neutralizeText } from './neutralizeText';

/** A cell with its number format and weight, before the block splits them into grids. */
export interface StyledCell {
  readonly cell: Cell;
  readonly format: NumberFormat;
  readonly bold: boolean;
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
 * //=> { cell: { kind: 'number', value: 3 }, format: '#,##0', bold: false }
 */
export function styled(cell: Cell, format: NumberFormat = PLAIN_FORMAT, bold = false): StyledCell {
  return { cell, format, bold };
}

/**
 * A bold text cell (titles, headings, header rows).
 *
 * @example
 * heading('Funnel').bold
 * //=> true
 */
export function heading(text: string): StyledCell {
  return styled(textCell(text), PLAIN_FORMAT, true);
}

const EMPTY_STYLED: StyledCell = styled(EMPTY_CELL);

/**
 * A block at (row, column), 1-based, from rows of styled cells. Short rows are padded with empty
 * cells, so the three grids are rectangular and of the same shape.
 *
 * @example
 * makeBlock(1, 1, [[heading('Title')], [styled(numberCell(1)), styled(numberCell(2))]]).cells[0]
 * //=> [{ kind: 'text', value: 'Title' }, { kind: 'empty' }]
 */
export function makeBlock(row: number, column: number, rows: readonly (readonly StyledCell[])[], wrap = false): Block {
  if (rows.length === 0) throw new RangeError('a block needs at least one row');
  const width = Math.max(1, ...rows.map((cells) => cells.length));
  const padded = rows.map((cells) => [...cells, ...Array<StyledCell>(width - cells.length).fill(EMPTY_STYLED)]);
  return {
    row,
    column,
    cells: padded.map((cells) => cells.map((entry) => entry.cell)),
    numberFormats: padded.map((cells) => cells.map((entry) => entry.format)),
    bold: padded.map((cells) => cells.map((entry) => entry.bold)),
    wrap,
  };
}

/**
 * The grid to pass to `Range.setValues` for a block: numbers, text in input form, formula text, and
 * `''` for empty cells. Text never starts with `=` (neutralised), so only formula cells become formulas.
 *
 * @example
 * blockValues(makeBlock(1, 1, [[styled(numberCell(5)), heading('=x')]]))
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

/**
 * The grid to pass to `Range.setFontWeights` for a block.
 *
 * @example
 * blockFontWeights(makeBlock(1, 1, [[heading('A'), styled(numberCell(1))]]))
 * //=> [['bold', 'normal']]
 */
export function blockFontWeights(block: Block): ('bold' | 'normal')[][] {
  return block.bold.map((row) => row.map((bold) => (bold ? 'bold' : 'normal')));
}

/**
 * Last row and last column a block covers (1-based, inclusive).
 *
 * @example
 * blockEnd(makeBlock(3, 2, [[heading('a'), heading('b')]]))
 * //=> { row: 3, column: 3 }
 */
export function blockEnd(block: Block): { row: number; column: number } {
  return { row: block.row + block.cells.length - 1, column: block.column + (block.cells[0]?.length ?? 1) - 1 };
}
