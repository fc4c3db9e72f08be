/**
 * Building a workbook from plain arrays: what tests, the bench and the loaders use to put data in.
 */
import { LocalDateTime, Workbook, type CellValue, type SheetData, type WorkbookOptions } from './model';

/** A cell as given in code. A `Date` is read by its UTC fields (see {@link LocalDateTime.fromUtcFields}). */
export type CellInput =
  | string
  | number
  | boolean
  | Date
  | LocalDateTime
  | null
  | undefined
  | { readonly formula: string; readonly result?: string | number | boolean | Date };

export interface TabInput {
  readonly name: string;
  readonly rows: readonly (readonly CellInput[])[];
  /** Per-cell number formats, same shape as `rows` (missing entries = General). */
  readonly numberFormats?: readonly (readonly (string | undefined)[])[];
  readonly frozenRows?: number;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Converts a cell given in code to what the model stores. Text is kept as text, even when it starts
 * with `=`: input data is data (formulas need the `{ formula }` form).
 *
 * @example
 * toCellValue('  ')
 * //=> '  '
 */
export function toCellValue(input: Exclude<CellInput, { formula: string }>): CellValue | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (input instanceof LocalDateTime) return input;
  if (isDate(input)) return LocalDateTime.fromUtcFields(input);
  if (typeof input === 'number' && !Number.isFinite(input)) throw new RangeError(`Cannot store ${input} in a cell`);
  return input;
}

/**
 * Writes rows of {@link CellInput} into a sheet starting at A1.
 *
 * @example
 * fillSheet(sheet, [['日付'], [new Date('2025-04-01')]]); sheet.lastRow()
 * //=> 2
 */
export function fillSheet(sheet: SheetData, rows: readonly (readonly CellInput[])[]): void {
  let widest = 0;
  rows.forEach((row, r) => {
    const plain: (CellValue | undefined)[] = [];
    const formulas: { column: number; formula: string; result?: CellValue }[] = [];
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === 'object' && 'formula' in cell) {
        const text = cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
        formulas.push({ column: c, formula: text, result: cell.result === undefined ? undefined : toCellValue(cell.result) });
        plain.push(undefined);
      } else {
        plain.push(toCellValue(cell));
      }
    });
    while (plain.length > 0 && plain[plain.length - 1] === undefined) plain.pop();
    if (plain.length > 0) sheet.setRowValues(r, plain);
    for (const f of formulas) sheet.setFormula(r, f.column, f.formula, f.result);
    widest = Math.max(widest, row.length);
  });
  sheet.maxRows = Math.max(sheet.maxRows, rows.length);
  sheet.maxColumns = Math.max(sheet.maxColumns, widest);
}

/**
 * Creates a workbook whose sheets are input tabs holding the given rows.
 *
 * @example
 * workbookFromTabs([{ name: '広告', rows: [['日付', '費用'], [new Date('2025-04-01'), 1200]] }]).sheets[0]?.lastRow()
 * //=> 2
 */
export function workbookFromTabs(tabs: readonly TabInput[], options: WorkbookOptions = {}): Workbook {
  const workbook = new Workbook(options);
  for (const tab of tabs) {
    const sheet = workbook.addSheet(tab.name, {
      origin: 'input',
      rows: Math.max(1000, tab.rows.length),
      columns: Math.max(26, ...tab.rows.map((r) => r.length)),
    });
    fillSheet(sheet, tab.rows);
    tab.numberFormats?.forEach((row, r) =>
      row.forEach((format, c) => {
        if (format) sheet.setNumberFormat(r, c, format);
      }),
    );
    if (tab.frozenRows) sheet.frozenRows = tab.frozenRows;
  }
  return workbook;
}
