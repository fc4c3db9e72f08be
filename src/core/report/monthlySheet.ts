/**
 * Sheet 3, 月次推移 / Monthly (design §6): one row per month. The core table holds the counts, money
 * and core rates, the month's status (集計途中 months grey and italic, cohort view), the change of
 * leads against the previous month and of 商談化率 in points; secondary tables below hold the rest;
 * when a targets tab exists, tables of targets against event-date actuals (発生日ベース, design §4.5)
 * with attainment coloured red, amber and green. Two line charts: counts, and rates.
 */
import type { FunnelSummary, MonthRow } from '../model/summary';
import type { FunnelSettings, Language } from '../model/types';
import { EMPTY_CELL, formulaCell, NULL_CELL, numberCell, textCell } from './cells';
import { PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { columnRange, constant, divide, operation, relativeChange, type FormulaExpression } from './formula';
import { KPI_CATALOG, KPI_KEYS, type KpiKey } from './kpiCatalog';
import { formatForUnit } from './kpiColumns';
import { MONTHLY_LAYOUT, placeKpiTables } from './kpiTables';
import { kpiName, reportLabels, type ReportLabels } from './labels';
import { MAX_TABLE_COLUMNS, type Block, type ChartSpec, type ConditionalFormat, type SheetRange } from './model';
import { assumptionRow, contextLine, finishSheet, ltvAssumptionValues, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import { attainmentRules, changeRules } from './style';
import { placeTable, type PlacedTable, type TableColumn, type TableRow } from './table';
import { projectionTable } from './projectionTable';

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

/**
 * A change against the row above: leads relatively (↑ +/↓ − %), 商談化率 in points, (rate − previous) × 100.
 */
function changeColumn(key: 'leadsChange' | 'opportunityRateChange', language: Language): MonthColumn {
  const base = key === 'leadsChange' ? 'leads' : 'opportunityRate';
  const change = (current: FormulaExpression, previous: FormulaExpression): FormulaExpression =>
    key === 'leadsChange' ? relativeChange(current, previous) : operation('*', operation('-', current, previous), constant(100));
  return {
    key,
    header: kpiName(key, language),
    format: formatForUnit(KPI_CATALOG[key].unit, '', language),
    width: 130,
    cell: (row, locate) => {
      if (row.notStarted) return NULL_CELL;
      const current = locate.here(base);
      const previous = locate.above(base);
      return current === undefined || previous === undefined ? NULL_CELL : formulaCell(change(current, previous));
    },
  };
}

/** Target, event-date actual and attainment columns of one metric. */
function targetColumns(metric: string, labels: ReportLabels, language: Language, currency: string): MonthColumn[] {
  const known = isKpiKey(metric);
  const name = known ? kpiName(metric, language) : metric;
  const format = known ? formatForUnit(KPI_CATALOG[metric].unit, currency, language) : PLAIN_FORMAT;
  const entryOf = (row: MonthRow) => row.targets.find((target) => target.metric === metric);
  const targetKey = `target:${metric}`;
  const actualKey = `actual:${metric}`;
  // The metric names its three columns once, in the group row above them (design §6: short headers).
  return [
    { key: targetKey, header: labels.monthly.target, group: name, format, width: 120, align: 'right', cell: (row) => numberCell(entryOf(row)?.target ?? null) },
    { key: actualKey, header: labels.monthly.eventActual, group: name, format, width: 150, align: 'right', cell: (row) => numberCell(entryOf(row)?.actual ?? null) },
    {
      key: `attainment:${metric}`,
      header: labels.monthly.attainment,
      group: name,
      format: RATE_FORMAT,
      width: 120,
      cell: (row, locate) => {
        if (row.notStarted) return NULL_CELL;
        const actual = locate.here(actualKey);
        const target = locate.here(targetKey);
        return actual === undefined || target === undefined ? NULL_CELL : formulaCell(divide(actual, target));
      },
    },
  ];
}

/** Metrics per targets table: the month column plus three columns per metric stay within the limit. */
const METRICS_PER_TARGET_TABLE = Math.floor((MAX_TABLE_COLUMNS - 1) / 3);

const COUNT_SERIES: readonly KpiKey[] = ['leads', 'opportunities', 'won'];
const RATE_SERIES: readonly KpiKey[] = ['opportunityRate', 'winRate'];

/** One line chart per scale (design §6): counts, then rates, beside each other under the tables. */
function monthlyCharts(table: PlacedTable, monthCount: number, anchorRow: number, labels: ReportLabels): ChartSpec[] {
  const monthColumn = table.columnOf('month');
  if (monthCount === 0 || monthColumn === undefined) return [];
  const chart = (keys: readonly KpiKey[], title: string, column: number): ChartSpec[] => {
    const series = keys.flatMap((key) => {
      const at = table.columnOf(key);
      return at === undefined ? [] : [columnRange(at, table.headerRow, table.lastDataRow)];
    });
    if (series.length === 0) return [];
    return [
      {
        type: 'line',
        title,
        domain: columnRange(monthColumn, table.headerRow, table.lastDataRow),
        series,
        headerRows: 1,
        anchor: { row: anchorRow, column },
        width: 560,
        height: 320,
      },
    ];
  };
  return [...chart(COUNT_SERIES, labels.monthly.chartTitle, 1), ...chart(RATE_SERIES, labels.monthly.rateChartTitle, 7)];
}

function rangesOf(tables: readonly PlacedTable[], keyMatches: (key: string) => boolean, keys: readonly string[]): SheetRange[] {
  return tables.flatMap((table) => keys.filter(keyMatches).flatMap((key) => table.dataRange(key) ?? []));
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

  const monthColumn: MonthColumn = { key: 'month', header: labels.monthly.month, format: PLAIN_FORMAT, width: 64, cell: (row) => textCell(row.month) };
  const statusColumn: MonthColumn = {
    key: 'maturity',
    header: labels.monthly.maturity,
    format: PLAIN_FORMAT,
    // A floor: the column grows to its longest value (集計途中（暫定）, 未到来, Provisional).
    width: 64,
    cell: (row) => (row.notStarted ? textCell(labels.monthly.notStarted) : row.immature ? textCell(kpiName('immature', language)) : EMPTY_CELL),
  };
  // Months after the as-of date are shown grey with 未到来 and no figures (design §6.2).
  const notStarted = summary.byMonth.some((row) => row.notStarted === true);
  const rows: TableRow<MonthRow>[] = summary.byMonth.map((row) => ({ data: row, role: row.immature || row.notStarted ? 'provisional' : 'body' }));
  const tables = placeKpiTables({
    headerRow: nextRow,
    labelColumn: monthColumn,
    leading: cohort || notStarted ? [statusColumn] : [],
    trailing: (shown) => [
      ...(shown.has('leads') ? [changeColumn('leadsChange', language)] : []),
      ...(shown.has('opportunityRate') ? [changeColumn('opportunityRateChange', language)] : []),
    ],
    rows,
    kpisOf: (row) => row,
    layout: MONTHLY_LAYOUT,
    captions: labels.secondaryTables,
    language,
    currency: summary.currency,
    assumptions: assumptions?.cells,
  });
  blocks.push(...tables.tables.map((table) => table.block));
  const used: KpiKey[] = [...tables.kpis];
  if (cohort) used.push('immature');
  if (tables.shown.has('leads')) used.push('leadsChange');
  if (tables.shown.has('opportunityRate')) used.push('opportunityRateChange');
  const placed: PlacedTable[] = [...tables.tables];
  nextRow = tables.nextRow;

  const metrics = targetMetrics(summary.byMonth);
  const targetTables: PlacedTable[] = [];
  for (let start = 0; start < metrics.length; start += METRICS_PER_TARGET_TABLE) {
    const chunk = metrics.slice(start, start + METRICS_PER_TARGET_TABLE);
    // Caption, the metrics' group row, then the headers.
    const table = placeTable(
      nextRow + 3,
      1,
      [monthColumn, ...chunk.flatMap((metric) => targetColumns(metric, labels, language, summary.currency))],
      rows,
      { caption: labels.monthly.targetsHeading },
    );
    targetTables.push(table);
    blocks.push(table.block);
    nextRow = table.lastDataRow + 1;
  }
  placed.push(...targetTables);
  if (metrics.length > 0) used.push('target', 'eventDateActual', 'attainment');
  // 見込み in a table of their own, below the actuals (design §6.3).
  const projections = projectionTable(summary.byMonth, nextRow + 1, labels, language);
  if (projections) {
    blocks.push(projections.block);
    placed.push(projections);
    used.push('projection');
    nextRow = projections.lastDataRow + 1;
  }
  if (assumptions) used.push('grossMargin', 'expectedPurchases');

  const attainmentKeys = metrics.map((metric) => `attainment:${metric}`);
  const conditionalFormats: ConditionalFormat[] = [
    ...attainmentRules(rangesOf(targetTables, () => true, attainmentKeys)),
    ...changeRules(rangesOf([tables.core], () => true, ['leadsChange', 'opportunityRateChange']), 'higher'),
  ];

  return {
    sheet: finishSheet({
      role: 'monthly',
      name: labels.sheetNames.monthly,
      blocks,
      frozenRows: tables.core.headerRow,
      frozenColumns: 1,
      columnWidths: mergeWidths(placed.map((table) => ({ firstColumn: 1, widths: table.widths }))),
      charts: monthlyCharts(tables.core, summary.byMonth.length, nextRow + 1, labels),
      conditionalFormats,
    }),
    kpis: used,
  };
}
