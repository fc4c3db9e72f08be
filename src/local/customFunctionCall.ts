/**
 * Calls a custom function of the bundle the way Sheets does (design §2.1): with exactly as many
 * arguments as the formula passes, a range as a 2-D array of its cell values (blank cells `""`),
 * error cells as their error text (`#N/A`, `Loading...` while a dependency recalculates) and a
 * blank single cell as whatever the platform hands over for it, which Google does not document —
 * so the caller chooses (`undefined`, `null` or `""`) and tests run all three.
 */
import { callEntryPoint, type BundleContext } from './runtime';

/** The error values a cell can show, plus the recalculation marker (one list, the core's). */
export { LOADING_VALUE, SHEETS_ERROR_VALUES } from '../core/functions/errorValues';

/** What a formula passes: a single cell's value, a blank single cell, or a range of cell values. */
export type FormulaArgument =
  | { readonly cell: string | number | boolean | Date }
  | { readonly blankCell: true }
  | { readonly range: readonly (readonly unknown[])[] };

/** How a blank single-cell argument arrives (undocumented; `undefined` is what has been reported). */
export type BlankCellArrival = 'undefined' | 'null' | 'empty-string';

const BLANK: Record<BlankCellArrival, unknown> = { undefined: undefined, null: null, 'empty-string': '' };

function argumentValue(argument: FormulaArgument, blankCell: BlankCellArrival): unknown {
  if ('blankCell' in argument) return BLANK[blankCell];
  if ('cell' in argument) return argument.cell;
  return argument.range.map((row) => row.map((value) => (value === null || value === undefined ? '' : value)));
}

/**
 * `=NAME(arg1, arg2, …)` as Sheets evaluates it: the wrapper receives `args.length` arguments.
 *
 * @example
 * callCustomFunction(ctx, 'CONVERSION_RATE', [{ range: [[5], ['#N/A']] }, { cell: 10 }])
 * //=> [[0.5], ['']]
 */
export function callCustomFunction(
  context: BundleContext,
  name: string,
  args: readonly FormulaArgument[],
  blankCell: BlankCellArrival = 'undefined',
): unknown {
  return callEntryPoint(context, name, ...args.map((argument) => argumentValue(argument, blankCell)));
}
