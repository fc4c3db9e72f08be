/**
 * The 見込み table of provisional months (design §6.3), shared by the monthly and plan sheets: the
 * actual 商談 and 受注 so far beside their expected final count and its low–high range, in a table of
 * its own so a projection never sits inside the actuals.
 */
import type { MonthRow, Projection } from '../model/summary';
import type { Language } from '../model/types';
import { numberCell, textCell } from './cells';
import { COUNT_FORMAT, PLAIN_FORMAT } from './formats';
import { kpiName, type ReportLabels } from './labels';
import { placeTable, type PlacedTable, type TableColumn } from './table';

type ProjectedKey = 'opportunities' | 'won';

function stageColumns(stage: ProjectedKey, labels: ReportLabels, language: Language): TableColumn<MonthRow>[] {
  const name = kpiName(stage, language);
  const projection = (row: MonthRow): Projection | undefined => (stage === 'won' ? row.projectedWon : row.projectedOpportunities);
  // The stage names its four columns once, in the group row above them: 商談 over 実績・見込み・下限・上限.
  const count = (key: string, header: string, value: (row: MonthRow) => number | null): TableColumn<MonthRow> => ({
    key: `${stage}:${key}`,
    header,
    group: name,
    format: COUNT_FORMAT,
    width: 64,
    cell: (row) => numberCell(value(row)),
  });
  return [
    count('actual', labels.plan.actual, (row) => row[stage]),
    count('expected', labels.plan.expected, (row) => projection(row)?.expected ?? null),
    count('low', labels.plan.low, (row) => projection(row)?.low ?? null),
    count('high', labels.plan.high, (row) => projection(row)?.high ?? null),
  ];
}

/** Whether any month carries a projection. */
export function hasProjections(months: readonly MonthRow[]): boolean {
  return months.some((row) => row.projectedOpportunities !== undefined || row.projectedWon !== undefined);
}

/**
 * Places the 見込み table with its caption at `captionRow` (the stages' group row below it, then the
 * headers), or returns null when no month has one. Its months are the provisional ones: the caption
 * says so, and the month column is headed 月 as on the monthly table.
 *
 * @example
 * projectionTable(summary.byMonth, 30, labels, 'ja')?.headerRow
 * //=> 32
 */
export function projectionTable(months: readonly MonthRow[], captionRow: number, labels: ReportLabels, language: Language): PlacedTable | null {
  if (!hasProjections(months)) return null;
  const monthColumn: TableColumn<MonthRow> = { key: 'month', header: labels.monthly.month, format: PLAIN_FORMAT, width: 64, cell: (row) => textCell(row.month) };
  const leadsColumn: TableColumn<MonthRow> = { key: 'leads', header: kpiName('leads', language), format: COUNT_FORMAT, width: 64, cell: (row) => numberCell(row.leads) };
  return placeTable(
    captionRow + 2,
    1,
    [monthColumn, leadsColumn, ...stageColumns('opportunities', labels, language), ...stageColumns('won', labels, language)],
    months.filter((row) => row.projectedOpportunities !== undefined || row.projectedWon !== undefined).map((row) => ({ data: row, role: 'provisional' as const })),
    { caption: labels.plan.projections },
  );
}
