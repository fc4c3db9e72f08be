/**
 * The report model: a declarative, pure description of every report sheet (design §6). A thin Sheets
 * adapter and the .xlsx exporter write it with one batched call per block and per kind of setting.
 */

export const REPORT_ROLES = ['summary', 'channels', 'monthly', 'scores', 'velocity', 'email', 'guide'] as const;
export type ReportRole = (typeof REPORT_ROLES)[number];

/** What a null KPI looks like on a sheet (design §6.1), and what every generated formula falls back to. */
export const NULL_DISPLAY = '—';

import type { MoneyFormat } from '../money/currency';

declare const formulaBrand: unique symbol;

/**
 * Formula text such as `=IFERROR(H5/G5,"—")`. Only {@link renderGuardedFormula} in `formula.ts`
 * produces it, from cell addresses and arithmetic, so user text can never end up inside a formula.
 */
export type FormulaText = string & { readonly [formulaBrand]: true };

/**
 * One cell.
 * - `number`: a finite number, never `NaN`, `Infinity` or `-0`.
 * - `text`: literal text in *input form*: a leading apostrophe is the spreadsheet's literal-text
 *   marker (hidden by Sheets and by the local runtime), added by `neutralizeText` whenever the text
 *   could otherwise be read as a formula, number, date or boolean. Writers pass it through unchanged;
 *   a writer that stores file cells directly strips exactly one leading apostrophe (`displayText`).
 *   A null value is the text {@link NULL_DISPLAY}.
 * - `formula`: one of our own formulas over cells of the same sheet.
 * - `empty`: nothing is written (the block still covers the cell).
 */
export type Cell =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'formula'; readonly formula: FormulaText }
  | { readonly kind: 'empty' };


/**
 * Number formats the report uses (see `formats.ts`): counts `#,##0`, rates `0.0%`, ROAS `0%` (ja)
 * or `0.0×` (en), multiples `0.0倍`/`0.0×`, changes with ▲/▼ (relative, or rates in pt), days
 * `0.0`, money per currency, and `General` for text and plain values.
 */
export type NumberFormat =
  | 'General'
  | '#,##0'
  | '0.0%'
  | '0%'
  | '0.0'
  | '0.0"×"'
  | '0.0"倍"'
  | '"▲"0.0%;"▼"0.0%;0.0%'
  | '"▲"0.0"pt";"▼"0.0"pt";0.0"pt"'
  | '"▲"0.0" pt";"▼"0.0" pt";0.0" pt"'
  | MoneyFormat;

/**
 * A rectangle of cells whose top-left corner is at (`row`, `column`), both 1-based as in
 * `Sheet.getRange(row, column)`. `cells`, `numberFormats` and `bold` have the same rectangular
 * shape, so the adapter writes each with one call (`blockValues` in `cells.ts` gives the grid for
 * `setValues`). `wrap` asks for wrapped text over the whole block (long explanations).
 */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly Cell[])[];
  readonly numberFormats: readonly (readonly NumberFormat[])[];
  readonly bold: readonly (readonly boolean[])[];
  readonly wrap: boolean;
}

/** A chart over ranges of its own sheet, each range written in A1 notation including one header row. */
export interface ChartSpec {
  readonly type: 'column' | 'bar' | 'line';
  readonly title: string;
  /** Category labels, e.g. `A10:A15` (stage names) or `A6:A9` (channels). */
  readonly domain: string;
  /** One range per series, each the same rows as `domain`, e.g. `['G10:G15']`. */
  readonly series: readonly string[];
  /** Number of header rows at the top of every range (their text names the series). */
  readonly headerRows: 1;
  /** Top-left cell the chart is anchored to (1-based). */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly width: number;
  readonly height: number;
}

export interface ReportSheet {
  readonly role: ReportRole;
  /** Sheet name in the user's language; the adapter adds ` (2)` when an untagged sheet holds it. */
  readonly name: string;
  readonly blocks: readonly Block[];
  /** Rows frozen at the top: through the table header row. */
  readonly frozenRows: number;
  /** Columns frozen at the left: the row labels of wide tables. */
  readonly frozenColumns: number;
  /** Pixel widths of columns A, B, C, … (columns past the end keep the default width). */
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartSpec[];
  /** Report sheets warn before edits rather than forbid them (design §7.1). */
  readonly protection: 'warning';
}

export interface ReportModel {
  readonly sheets: readonly ReportSheet[];
}
