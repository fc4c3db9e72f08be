/**
 * Pieces every report sheet shares: the title and context lines at the top, the LTV assumption
 * cells, column widths, and the finished {@link ReportSheet}.
 */
import type { FunnelSummary } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { label, makeBlock, numberCell, row, styled } from './cells';
import { PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { reference } from './formula';
import { KPI_CATALOG, type KpiKey } from './kpiCatalog';
import type { LtvAssumptionCells } from './kpiColumns';
import type { ReportLabels } from './labels';
import { PRINT_SETUP, type Block, type ChartSpec, type ConditionalFormat, type ReportRole, type ReportSheet } from './model';

/** A sheet plus the KPIs it shows (the guide sheet explains exactly those). */
export interface BuiltSheet {
  readonly sheet: ReportSheet;
  readonly kpis: readonly KpiKey[];
}

/**
 * One line naming the period, the view and the as-of date, for the top of table sheets.
 *
 * @example
 * contextLine(summary, reportLabels('en'))
 * //=> 'Period 2025-04-01 to 2026-03-31 · Cohort view · As of 2026-03-31'
 */
export function contextLine(summary: FunnelSummary, labels: ReportLabels): string {
  return labels.context(labels.periodRange(summary.period.from, summary.period.to), labels.viewNames[summary.view], summary.asOf);
}

/**
 * The block at A1: the title and one context line per entry of `lines`. Returns the block and the
 * first row after it.
 *
 * @example
 * preamble('Monthly', ['Period …']).nextRow
 * //=> 3
 */
export function preamble(title: string, lines: readonly string[]): { block: Block; nextRow: number } {
  const rows = [row('title', [label(title)]), ...lines.map((line) => row('context', [label(line)]))];
  return { block: makeBlock(1, 1, rows), nextRow: 1 + rows.length };
}

/**
 * Both LTV assumptions when the settings give them (design §5: LTV only when both are given).
 *
 * @example
 * ltvAssumptionValues({ view: 'cohort', language: 'ja', currency: 'JPY', grossMargin: 0.7 })
 * //=> undefined
 */
export function ltvAssumptionValues(settings: FunnelSettings): { grossMargin: number; expectedPurchases: number } | undefined {
  const { grossMargin, expectedPurchases } = settings;
  return grossMargin === undefined || expectedPurchases === undefined ? undefined : { grossMargin, expectedPurchases };
}

/**
 * A one-row block at (`row`, A) holding the LTV assumptions, so LTV formulas can point at them:
 * heading | gross-margin name | value | expected-purchases name | value.
 *
 * @example
 * assumptionRow(4, { grossMargin: 0.7, expectedPurchases: 3 }, labels, 'en').cells.grossMargin
 * //=> { kind: 'reference', at: { row: 4, column: 3, absolute: true } }
 */
export function assumptionRow(
  at: number,
  values: { grossMargin: number; expectedPurchases: number },
  labels: ReportLabels,
  language: 'ja' | 'en',
): { block: Block; cells: LtvAssumptionCells } {
  const block = makeBlock(
    at,
    1,
    [
      row('field', [
        label(labels.assumptions),
        label(KPI_CATALOG.grossMargin.name[language]),
        styled(numberCell(values.grossMargin), RATE_FORMAT),
        label(KPI_CATALOG.expectedPurchases.name[language]),
        styled(numberCell(values.expectedPurchases), PLAIN_FORMAT),
      ]),
    ],
    { alignments: ['left', 'left', 'right', 'left', 'right'] },
  );
  return { block, cells: { grossMargin: reference(at, 3, true), expectedPurchases: reference(at, 5, true) } };
}

/**
 * Column widths from placed tables: the widest request per column wins.
 *
 * @example
 * mergeWidths([{ firstColumn: 1, widths: [200, 100] }, { firstColumn: 2, widths: [150] }])
 * //=> [200, 150]
 */
export function mergeWidths(parts: readonly { readonly firstColumn: number; readonly widths: readonly number[] }[]): number[] {
  const widths: number[] = [];
  for (const part of parts) {
    part.widths.forEach((width, index) => {
      const at = part.firstColumn - 1 + index;
      widths[at] = Math.max(widths[at] ?? 0, width);
    });
  }
  return Array.from(widths, (width) => width ?? 100);
}

/**
 * A finished report sheet: A4 landscape fit to width (design §6), warning-only protection
 * (design §7.1), and no conditional formats unless given.
 *
 * @example
 * finishSheet({ role: 'velocity', name: 'Velocity', blocks: [], frozenRows: 4, frozenColumns: 0, columnWidths: [], charts: [] }).print
 * //=> { paperSize: 'A4', orientation: 'landscape', fitToWidth: true }
 */
export function finishSheet(parts: {
  readonly role: ReportRole;
  readonly name: string;
  readonly blocks: readonly Block[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartSpec[];
  readonly conditionalFormats?: readonly ConditionalFormat[];
}): ReportSheet {
  return { ...parts, conditionalFormats: parts.conditionalFormats ?? [], print: PRINT_SETUP, protection: 'warning' };
}
