/**
 * Sheet 3, 月次推移 / Monthly (design §6): one row per month with the KPI columns, the maturity flag
 * (cohort view), month-over-month change of leads and 商談化率 as formulas over the row above,
 * targets with attainment when a targets tab gave any, and a line chart.
 */
import type { FunnelSummary, MonthRow } from '../model/summary';
import type { FunnelSettings, Language } from '../model/types';
import { EMPTY_CELL, formulaCell, NULL_CELL, numberCell, textCell } from './cells';
import { PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { columnRange, divide, relativeChange } from './formula';
import { KPI_CATALOG, KPI_KEYS, type KpiKey } from './kpiCatalog';
import { formatForUnit, kpiColumns } from './kpiColumns';
import { reportLabels, type ReportLabels } from './labels';
import type { Block, ChartSpec } from './model';
import { assumptionRow, contextLine, finishSheet, ltvAssumptionValues, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import { placeTable, type PlacedTable, type TableColumn } from './table';

type MonthColumn = TableColumn<MonthRow>;

function isKpiKey(metric: string): metric is KpiKey {
  return (KPI_KEYS as readonly string[]).includes(metric);
}

/** Target metrics in the order of the KPI catalog, then unknown metrics in order of appearance. */
function targetMetrics(months: readonly MonthRow[]): string[] {
  const seen: string[] = [];
  for (const month of months) {
    for (const target of month.targets) if (!seen.includes(target.metric)) seen.push(target.metric);
  }
  const known = KPI_KEYS.filter((key) => seen.includes(key));
  return [...known, ...seen.filter((metric) => !isKpiKey(metric))];
}

function changeColumn(key: 'leadsChange' | 'opportunityRateChange', base: KpiKey, language: Language): MonthColumn {
  return {
    key,
    header: KPI_CATALOG[key].name[language],
    format: RATE_FORMAT,
    width: 120,
    cell: (_row, locate) => {
      const current = locate.here(base);
      const previous = locate.above(base);
      return current === undefined || previous === undefined ? NULL_CELL : formulaCell(relativeChange(current, previous));
    },
  };
}

/**
 * Target, (actual,) attainment columns of one metric. A metric with its own column in the table is
 * compared with that column; any other metric brings its actual value along.
 */
function targetColumns(metric: string, shownKeys: ReadonlySet<string>, labels: ReportLabels, language: Language, currency: string): MonthColumn[] {
  const known = isKpiKey(metric);
  const name = known ? KPI_CATALOG[metric].name[language] : metric;
  const format = known ? formatForUnit(KPI_CATALOG[metric].unit, currency, language) : PLAIN_FORMAT;
  const entryOf = (row: MonthRow) => row.targets.find((target) => target.metric === metric);
  const targetKey = `target:${metric}`;
  const actualKey = known && shownKeys.has(metric) ? metric : `actual:${metric}`;
  const columns: MonthColumn[] = [
    { key: targetKey, header: labels.monthly.target(name), format, width: 120, cell: (row) => numberCell(entryOf(row)?.target ?? null) },
  ];
  if (actualKey !== metric) {
    columns.push({ key: actualKey, header: labels.monthly.actual(name), format, width: 120, cell: (row) => numberCell(entryOf(row)?.actual ?? null) });
  }
  columns.push({
    key: `attainment:${metric}`,
    header: labels.monthly.attainment(name),
    format: RATE_FORMAT,
    width: 120,
    cell: (_row, locate) => {
      const actual = locate.here(actualKey);
      const target = locate.here(targetKey);
      return actual === undefined || target === undefined ? NULL_CELL : formulaCell(divide(actual, target));
    },
  });
  return columns;
}

const CHART_SERIES: readonly KpiKey[] = ['leads', 'opportunities', 'won'];

function monthlyChart(table: PlacedTable, monthCount: number, title: string): ChartSpec[] {
  const monthColumn = table.columnOf('month');
  const series = CHART_SERIES.flatMap((key) => {
    const column = table.columnOf(key);
    return column === undefined ? [] : [columnRange(column, table.headerRow, table.lastDataRow)];
  });
  if (monthCount === 0 || monthColumn === undefined || series.length === 0) return [];
  return [
    {
      type: 'line',
      title,
      domain: columnRange(monthColumn, table.headerRow, table.lastDataRow),
      series,
      headerRows: 1,
      anchor: { row: table.lastDataRow + 2, column: 1 },
      width: 720,
      height: 360,
    },
  ];
}

/**
 * Builds the monthly sheet.
 *
 * @example
 * buildMonthlySheet(summary, { view: 'cohort', language: 'ja', currency: 'JPY' }).sheet.name
 * //=> '月次推移'
 */
export function buildMonthlySheet(summary: FunnelSummary, settings: FunnelSettings): BuiltSheet {
  const language = settings.language;
  const labels = reportLabels(language);
  const cohort = summary.view === 'cohort';
  const top = preamble(labels.sheetNames.monthly, [contextLine(summary, labels), cohort ? labels.maturityNote : labels.periodViewNote]);
  const blocks: Block[] = [top.block];
  let nextRow = top.nextRow + 1;

  const assumptionValues = ltvAssumptionValues(settings);
  const assumptions = assumptionValues && assumptionRow(nextRow, assumptionValues, labels, language);
  if (assumptions) {
    blocks.push(assumptions.block);
    nextRow += 2;
  }

  const kpis = kpiColumns<MonthRow>(summary.byMonth, (row) => row, {
    language,
    currency: summary.currency,
    assumptions: assumptions?.cells,
  });
  const shownKeys = new Set<string>(kpis.kpis);
  const used: KpiKey[] = [...kpis.kpis];

  const columns: MonthColumn[] = [
    { key: 'month', header: labels.monthly.month, format: PLAIN_FORMAT, width: 100, cell: (row) => textCell(row.month) },
  ];
  if (cohort) {
    used.push('immature');
    columns.push({
      key: 'maturity',
      header: labels.monthly.maturity,
      format: PLAIN_FORMAT,
      width: 90,
      cell: (row) => (row.immature ? textCell(KPI_CATALOG.immature.name[language]) : EMPTY_CELL),
    });
  }
  columns.push(...kpis.columns);
  if (shownKeys.has('leads')) {
    columns.push(changeColumn('leadsChange', 'leads', language));
    used.push('leadsChange');
  }
  if (shownKeys.has('opportunityRate')) {
    columns.push(changeColumn('opportunityRateChange', 'opportunityRate', language));
    used.push('opportunityRateChange');
  }
  const metrics = targetMetrics(summary.byMonth);
  for (const metric of metrics) columns.push(...targetColumns(metric, shownKeys, labels, language, summary.currency));
  if (metrics.length > 0) used.push('target', 'attainment');
  if (assumptions) used.push('grossMargin', 'expectedPurchases');

  const table = placeTable(nextRow, 1, columns, summary.byMonth.map((row) => ({ data: row, bold: false })));
  blocks.push(table.block);

  return {
    sheet: finishSheet({
      role: 'monthly',
      name: labels.sheetNames.monthly,
      blocks,
      frozenRows: table.headerRow,
      frozenColumns: 1,
      columnWidths: mergeWidths([{ firstColumn: 1, widths: table.widths }]),
      charts: monthlyChart(table, summary.byMonth.length, labels.monthly.chartTitle),
    }),
    kpis: used,
  };
}
