/**
 * Formulas over cells of the same sheet (design §6.1). An expression holds only cell references and
 * arithmetic, so user labels cannot be represented in one; rendering wraps it in
 * `IFERROR(…,"—")`, which Sheets, Excel and LibreOffice evaluate alike. A zero denominator
 * (`#DIV/0!`) and a `—` input (`#VALUE!`) both show as `—`, the same as a null in the summary.
 */
import { NULL_DISPLAY, type FormulaText } from './model';

/** A cell of the same sheet, 1-based. `absolute` renders `$B$3` (a fixed assumption cell). */
export interface CellReference {
  readonly row: number;
  readonly column: number;
  readonly absolute: boolean;
}

export type ArithmeticOperator = '+' | '-' | '*' | '/';

export type FormulaExpression =
  | { readonly kind: 'reference'; readonly at: CellReference }
  /** A plain number such as the 100 that turns a rate difference into points. */
  | { readonly kind: 'constant'; readonly value: number }
  | {
      readonly kind: 'operation';
      readonly operator: ArithmeticOperator;
      readonly left: FormulaExpression;
      readonly right: FormulaExpression;
    };

/**
 * Column letters of a 1-based column number.
 *
 * @example
 * columnLetters(28)
 * //=> 'AB'
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column must be a positive integer, got ${column}`);
  let rest = column;
  let letters = '';
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * A1 address of a 1-based (row, column).
 *
 * @example
 * cellAddress(5, 8)
 * //=> 'H5'
 * cellAddress(3, 2, true)
 * //=> '$B$3'
 */
export function cellAddress(row: number, column: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`row must be a positive integer, got ${row}`);
  const dollar = absolute ? '$' : '';
  return `${dollar}${columnLetters(column)}${dollar}${row}`;
}

/**
 * A1 range of a column segment, from `firstRow` to `lastRow` inclusive.
 *
 * @example
 * columnRange(2, 10, 15)
 * //=> 'B10:B15'
 */
export function columnRange(column: number, firstRow: number, lastRow: number): string {
  return `${cellAddress(firstRow, column)}:${cellAddress(lastRow, column)}`;
}

/**
 * A reference to a cell of the same sheet.
 *
 * @example
 * renderExpression(reference(5, 7))
 * //=> 'G5'
 */
export function reference(row: number, column: number, absolute = false): FormulaExpression {
  return { kind: 'reference', at: { row, column, absolute } };
}

/**
 * A number in a formula: a whole number or a plain decimal (never an exponent, never a user value).
 *
 * @example
 * renderExpression(constant(100))
 * //=> '100'
 *
 * @throws RangeError for a number that is not finite or would need an exponent.
 */
export function constant(value: number): FormulaExpression {
  if (!Number.isFinite(value) || /e/i.test(String(value))) throw new RangeError(`not a plain number: ${value}`);
  return { kind: 'constant', value: value === 0 ? 0 : value };
}

/**
 * `left operator right`.
 *
 * @example
 * renderExpression(operation('/', reference(5, 8), reference(5, 7)))
 * //=> 'H5/G5'
 */
export function operation(operator: ArithmeticOperator, left: FormulaExpression, right: FormulaExpression): FormulaExpression {
  return { kind: 'operation', operator, left, right };
}

/**
 * `numerator ÷ denominator`.
 *
 * @example
 * renderExpression(divide(reference(5, 8), reference(5, 7)))
 * //=> 'H5/G5'
 */
export function divide(numerator: FormulaExpression, denominator: FormulaExpression): FormulaExpression {
  return operation('/', numerator, denominator);
}

/**
 * `(current − previous) ÷ previous`: the change against a previous value (GROWTH_RATE, 前月比).
 *
 * @example
 * renderExpression(relativeChange(reference(6, 2), reference(5, 2)))
 * //=> '(B6-B5)/B5'
 */
export function relativeChange(current: FormulaExpression, previous: FormulaExpression): FormulaExpression {
  return divide(operation('-', current, previous), previous);
}

const PRECEDENCE: Record<ArithmeticOperator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function precedenceOf(expression: FormulaExpression): number {
  // A negative constant reads as a unary minus: parenthesise it like an operation.
  if (expression.kind === 'constant') return expression.value < 0 ? 0 : 3;
  return expression.kind === 'operation' ? PRECEDENCE[expression.operator] : 3;
}

/**
 * Formula text of an expression, with the parentheses its shape needs (operations are
 * left-associative, so a right operand of equal precedence is parenthesised).
 *
 * @example
 * renderExpression(divide(reference(1, 1), divide(reference(1, 2), reference(1, 3))))
 * //=> 'A1/(B1/C1)'
 */
export function renderExpression(expression: FormulaExpression): string {
  if (expression.kind === 'reference') {
    return cellAddress(expression.at.row, expression.at.column, expression.at.absolute);
  }
  if (expression.kind === 'constant') return String(expression.value);
  const own = PRECEDENCE[expression.operator];
  const left = renderExpression(expression.left);
  const right = renderExpression(expression.right);
  const leftText = precedenceOf(expression.left) < own ? `(${left})` : left;
  const rightText = precedenceOf(expression.right) <= own ? `(${right})` : right;
  return `${leftText}${expression.operator}${rightText}`;
}

/**
 * The formula of a report cell: the expression guarded by `IFERROR(…,"—")`.
 *
 * @example
 * renderGuardedFormula(divide(reference(5, 8), reference(5, 7)))
 * //=> '=IFERROR(H5/G5,"—")'
 */
export function renderGuardedFormula(expression: FormulaExpression): FormulaText {
  return `=IFERROR(${renderExpression(expression)},"${NULL_DISPLAY}")` as FormulaText;
}
