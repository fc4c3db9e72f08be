/**
 * The report model: a declarative, pure description of every report sheet (design §6). A thin Sheets
 * adapter and the .xlsx exporter write it with one batched call per block and per kind of setting.
 */

export const REPORT_ROLES = ['summary', 'channels', 'monthly', 'scores', 'velocity', 'email', 'attributes', 'plan', 'guide'] as const;
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
 * or `0.0×` (en), multiples `0.0倍`/`0.0×`, changes with ↑ +/↓ − (relative, or rates in pt; `changeFormat`), days
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
  | '"↑ +"0.0%;"↓ −"0.0%;0.0%'
  | '"↑ +"0.0"pt";"↓ −"0.0"pt";0.0"pt"'
  | '"↑ +"0.0" pt";"↓ −"0.0" pt";0.0" pt"'
  | MoneyFormat;

/**
 * What a row of a block is. The row's look follows from its role alone (`style.ts`), so a writer
 * sets fills, weights, font colours, italics and sizes with one call per block per property:
 * - `title`: the sheet title (large, bold, dark blue);
 * - `context`: a grey line under the title (period, view, as-of, notes);
 * - `caption`: a bold section heading above a table;
 * - `group`: a row on the header band above the column headers naming groups of columns (リード /
 *   商談 / 受注 over 目標・実績・達成率), one line, each name left in the first column of its group and
 *   running over the group's empty cells, so the headers below stay short;
 * - `header`: column headers, bold white on the coloured header band;
 * - `body`: a data row, white or light blue in alternation when the block is banded;
 * - `provisional`: a data row of a month still being counted (集計途中), grey and italic;
 * - `subtotal` / `total`: shaded and bold (total darker);
 * - `field`: a label/value line, the label (first column) bold;
 * - `text`: plain text (findings, notes), never banded.
 */
export const ROW_ROLES = ['title', 'context', 'caption', 'group', 'header', 'body', 'provisional', 'subtotal', 'total', 'field', 'text'] as const;
export type RowRole = (typeof ROW_ROLES)[number];

/** Data rows of a table; the other roles frame them. */
export type DataRowRole = Extract<RowRole, 'body' | 'provisional' | 'subtotal' | 'total'>;

/** Numbers and `—` right, labels left; a header cell takes its column's alignment (design §6). */
export type HorizontalAlignment = 'left' | 'center' | 'right';

/**
 * A rectangle of cells whose top-left corner is at (`row`, `column`), both 1-based as in
 * `Sheet.getRange(row, column)`. `cells` and `numberFormats` have the same rectangular shape;
 * `rowRoles` has one entry per row and `alignments` one per column, so no cell can have a look of its
 * own. Only `makeBlock` in `cells.ts` builds one, and it checks the shapes. The writer turns each
 * property into one grid with the helpers of `cells.ts` and `style.ts` and sets it with one call.
 * `wrap` asks for wrapped text over the whole block (long explanations).
 */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly Cell[])[];
  readonly numberFormats: readonly (readonly NumberFormat[])[];
  readonly rowRoles: readonly RowRole[];
  readonly alignments: readonly HorizontalAlignment[];
  /** Body and provisional rows alternate white and light blue, starting white (design §6). */
  readonly banded: boolean;
  readonly wrap: boolean;
}

/** A rectangle of a sheet, 1-based: `Sheet.getRange(row, column, rows, columns)`. */
export interface SheetRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * When a conditional format applies. Conditions test *numbers only*: a text cell (`—`) or an empty
 * cell never matches (Excel compares text and blanks with numbers, so the .xlsx writer guards each
 * rule with ISNUMBER). `between` includes both ends.
 */
export type ConditionalCondition =
  | { readonly kind: 'lessThan'; readonly value: number }
  | { readonly kind: 'between'; readonly low: number; readonly high: number }
  | { readonly kind: 'greaterThanOrEqual'; readonly value: number }
  | { readonly kind: 'greaterThan'; readonly value: number };

/**
 * One conditional-format rule of a sheet: fill and font colour where the condition holds. A sheet's
 * rules are in priority order: where several match one cell, the earliest wins (Sheets applies the
 * first matching rule; Excel the highest priority).
 */
export interface ConditionalFormat {
  /** Why the rule exists: target attainment (< 80 % red, 80–100 % amber, ≥ 100 % green) or a change for the worse (red). */
  readonly purpose: 'attainment' | 'change';
  readonly ranges: readonly SheetRange[];
  readonly condition: ConditionalCondition;
  readonly fill: string;
  readonly fontColor: string;
}

/** How every report sheet prints (design §6): A4 landscape, scaled to the page width. */
export interface PrintSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'landscape';
  /** Scale so that every column fits one page wide; the height runs over as many pages as needed. */
  readonly fitToWidth: true;
}

export const PRINT_SETUP: PrintSetup = { paperSize: 'A4', orientation: 'landscape', fitToWidth: true };

/** The widest a table may be: a laptop screen, and one A4 landscape page (design §6). */
export const MAX_TABLE_COLUMNS = 14;

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

/**
 * Rows that each become one cell across the width of a table (Sheets' `Range.mergeAcross`): long
 * text (the findings) in the first column of every row of `range`, wrapped at the merged width
 * and aligned to the top. `rowHeight` (pixels) is the height of each of those rows: enough lines
 * for the longest text, so one call sets them all (design §10: calls constant in rows).
 */
export interface MergedRows {
  readonly range: SheetRange;
  readonly rowHeight: number;
}

/** Columns `first`…`first + count - 1` (1-based). */
export interface ColumnRun {
  readonly first: number;
  readonly count: number;
}

export interface ReportSheet {
  readonly role: ReportRole;
  /** Sheet name in the user's language; the adapter adds ` (2)` when an untagged sheet holds it. */
  readonly name: string;
  readonly blocks: readonly Block[];
  /** Rows frozen at the top: through the table header row. */
  readonly frozenRows: number;
  /** Columns frozen at the left: the label column of the tables. */
  readonly frozenColumns: number;
  /**
   * Pixel widths of columns A, B, C, … (columns past the end keep the default width); never
   * narrower than a header of the column needs (`textMetrics.ts`).
   */
  readonly columnWidths: readonly number[];
  /**
   * The columns set together, one Sheets call per run (`setColumnWidths`), every column of a run as
   * wide as the others. Runs follow the layout (`widthRuns`), never the data, so the number of calls
   * stays the same however many rows the tabs hold (design §10).
   */
  readonly columnWidthRuns: readonly ColumnRun[];
  /** Rows merged across a table's width (the findings); at most one entry per block of rows. */
  readonly mergedRows: readonly MergedRows[];
  readonly charts: readonly ChartSpec[];
  /** Conditional formats in priority order (see {@link ConditionalFormat}). */
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly print: PrintSetup;
  /** Report sheets warn before edits rather than forbid them (design §7.1). */
  readonly protection: 'warning';
}

export interface ReportModel {
  readonly sheets: readonly ReportSheet[];
}
