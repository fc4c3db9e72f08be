/**
 * Reads a {@link ReportSheet} the way a spreadsheet would show it: cells by position, text as
 * displayed, formulas evaluated with the test evaluator. Used by the report tests to find tables by
 * their headers and row labels instead of by hard-coded addresses.
 */
import type { Cell, HorizontalAlignment, NumberFormat, ReportSheet, RowRole } from '../../../src/core/report/model';
import { blockAlignments, blockBackgrounds, blockFontColors, blockFontStyles, blockFontWeights } from '../../../src/core/report/style';
import { evaluateFormula, type CellContent, type FormulaValue } from './evaluateFormula';

export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly cell: Cell;
  readonly format: NumberFormat;
  /** The look a writer gives the cell, read back through the style grids of its block. */
  readonly role: RowRole;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fill: string | null;
  readonly fontColor: string;
  readonly align: HorizontalAlignment;
  /** Whether a writer wraps the cell's text (the block asks for it, or a header row). */
  readonly wrap: boolean;
}

export class SheetGrid {
  private readonly cells = new Map<string, PlacedCell>();

  constructor(readonly sheet: ReportSheet) {
    for (const block of sheet.blocks) {
      const weights = blockFontWeights(block);
      const styles = blockFontStyles(block);
      const fills = blockBackgrounds(block);
      const colors = blockFontColors(block);
      const alignments = blockAlignments(block);
      block.cells.forEach((cells, rowOffset) =>
        cells.forEach((cell, columnOffset) => {
          const row = block.row + rowOffset;
          const column = block.column + columnOffset;
          const key = `${row}:${column}`;
          if (this.cells.has(key)) throw new Error(`blocks overlap at R${row}C${column} on ${sheet.name}`);
          this.cells.set(key, {
            row,
            column,
            cell,
            format: block.numberFormats[rowOffset]?.[columnOffset] as NumberFormat,
            role: block.rowRoles[rowOffset] as RowRole,
            bold: weights[rowOffset]?.[columnOffset] === 'bold',
            italic: styles[rowOffset]?.[columnOffset] === 'italic',
            fill: fills[rowOffset]?.[columnOffset] ?? null,
            fontColor: colors[rowOffset]?.[columnOffset] as string,
            align: alignments[rowOffset]?.[columnOffset] as HorizontalAlignment,
            wrap: (block.wrap && !['title', 'context', 'caption'].includes(block.rowRoles[rowOffset] as RowRole)) || block.rowRoles[rowOffset] === 'header',
          });
        }),
      );
    }
  }

  all(): PlacedCell[] {
    return [...this.cells.values()];
  }

  at(row: number, column: number): PlacedCell | undefined {
    return this.cells.get(`${row}:${column}`);
  }

  /** What a reader sees: numbers, text without the literal marker, evaluated formulas. */
  value(row: number, column: number): FormulaValue | undefined {
    const placed = this.at(row, column);
    if (placed === undefined || placed.cell.kind === 'empty') return undefined;
    if (placed.cell.kind === 'number') return placed.cell.value;
    if (placed.cell.kind === 'text') return placed.cell.value.startsWith("'") ? placed.cell.value.slice(1) : placed.cell.value;
    return evaluateFormula(placed.cell.formula, (at) => this.content(at.row, at.column));
  }

  content(row: number, column: number): CellContent | undefined {
    const placed = this.at(row, column);
    return placed?.cell;
  }

  /** Displayed text of a cell, or undefined for non-text cells. */
  text(row: number, column: number): string | undefined {
    const placed = this.at(row, column);
    if (placed?.cell.kind !== 'text') return undefined;
    return placed.cell.value.startsWith("'") ? placed.cell.value.slice(1) : placed.cell.value;
  }

  /** Positions of text cells that display exactly `text`. */
  find(text: string): PlacedCell[] {
    return this.all().filter((placed) => this.text(placed.row, placed.column) === text);
  }

  /** The one row whose column `column` displays `text`; throws when there is not exactly one. */
  rowOf(text: string, column = 1): number {
    const rows = this.find(text).filter((placed) => placed.column === column);
    if (rows.length !== 1) throw new Error(`expected one "${text}" in column ${column} of ${this.sheet.name}, found ${rows.length}`);
    return (rows[0] as PlacedCell).row;
  }

  /** The topmost row whose column `column` displays `text`. */
  firstRowOf(text: string, column = 1): number {
    const rows = this.find(text).filter((placed) => placed.column === column);
    if (rows.length === 0) throw new Error(`no "${text}" in column ${column} of ${this.sheet.name}`);
    return Math.min(...rows.map((placed) => placed.row));
  }

  /** The column in `row` whose cell displays `header`, or undefined. */
  columnOf(header: string, row: number): number | undefined {
    return this.find(header).find((placed) => placed.row === row)?.column;
  }

  /**
   * The column group a header cell stands in: the name in the group row above it, over the first
   * column of the group (the nearest non-empty group cell to its left). Undefined without a group row.
   */
  groupOf(headerRow: number, column: number): string | undefined {
    if (this.at(headerRow - 1, column)?.role !== 'group') return undefined;
    for (let at = column; at >= 1; at -= 1) {
      const name = this.text(headerRow - 1, at) ?? '';
      if (name !== '') return name;
    }
    return undefined;
  }

  /** A header as a reader reads it: its group's name before it when it stands in a group ("Leads Target"). */
  fullHeader(headerRow: number, column: number): string | undefined {
    const header = this.text(headerRow, column);
    const group = this.groupOf(headerRow, column);
    return group === undefined || header === undefined ? header : `${group} ${header}`;
  }

  /** The column of `header` in the group `group` of the header row `row`, or undefined. */
  groupedColumnOf(group: string, header: string, row: number): number | undefined {
    return this.find(header).find((placed) => placed.row === row && this.groupOf(row, placed.column) === group)?.column;
  }

  /** Every formula cell. */
  formulas(): (PlacedCell & { readonly formula: string })[] {
    return this.all().flatMap((placed) => (placed.cell.kind === 'formula' ? [{ ...placed, formula: placed.cell.formula }] : []));
  }

  /** Header rows of the tables whose first column is headed `firstHeader`, top to bottom. */
  headerRows(firstHeader: string, column = 1): number[] {
    return this.find(firstHeader)
      .filter((placed) => placed.column === column && placed.role === 'header')
      .map((placed) => placed.row)
      .sort((a, b) => a - b);
  }

  /** The data rows under a header row (body, provisional, subtotal and total rows). */
  dataRows(headerRow: number): number[] {
    const rows: number[] = [];
    for (let row = headerRow + 1; ; row += 1) {
      const role = this.at(row, 1)?.role;
      if (role !== 'body' && role !== 'provisional' && role !== 'subtotal' && role !== 'total') return rows;
      rows.push(row);
    }
  }

  /**
   * The cell in the row labelled `rowLabel` and the column headed `header`, in whichever table headed
   * `firstHeader` has that column (a sheet's core and secondary tables share their row labels).
   */
  cellFor(firstHeader: string, rowLabel: string, header: string): { row: number; column: number } | undefined {
    for (const headerRow of this.headerRows(firstHeader)) {
      const column = this.columnOf(header, headerRow);
      if (column === undefined) continue;
      const row = this.dataRows(headerRow).find((candidate) => this.text(candidate, 1) === rowLabel);
      return row === undefined ? undefined : { row, column };
    }
    return undefined;
  }

  /** What a reader sees at {@link cellFor}, or undefined when there is no such cell. */
  valueFor(firstHeader: string, rowLabel: string, header: string): FormulaValue | undefined {
    const at = this.cellFor(firstHeader, rowLabel, header);
    return at === undefined ? undefined : this.value(at.row, at.column);
  }

  /** Last row holding any non-empty cell. */
  lastRow(): number {
    return Math.max(...this.all().filter((placed) => placed.cell.kind !== 'empty').map((placed) => placed.row));
  }
}

/** Expect a displayed KPI to be the summary's number (within 1e-9, relative for big values) or `—` for null. */
export function matchesSummaryValue(actual: FormulaValue | undefined, expected: number | null): boolean {
  if (expected === null) return actual === '—';
  if (typeof actual !== 'number') return false;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}
