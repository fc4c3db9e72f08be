/**
 * What a cell shows instead of a value (design §2.1): Sheets' error values, and `Loading...` while a
 * dependency recalculates. A custom function meets them inside the ranges it is given; each gives a
 * blank result for its element instead of failing the whole call.
 */
export const SHEETS_ERROR_VALUES = ['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NUM!', '#NAME?', '#NULL!', '#ERROR!'] as const;
export const LOADING_VALUE = 'Loading...';

const NOT_A_VALUE: ReadonlySet<unknown> = new Set<unknown>([...SHEETS_ERROR_VALUES, LOADING_VALUE]);

/**
 * True for a cell that shows an error or is still loading.
 *
 * @example
 * isErrorOrLoading('#N/A')
 * //=> true
 */
export function isErrorOrLoading(cell: unknown): boolean {
  return NOT_A_VALUE.has(cell);
}
