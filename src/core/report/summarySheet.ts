/**
 * Sheet 1, ファネル概要 / Funnel summary (design §6): what was computed and how, the headline KPIs,
 * cost and revenue, the funnel table with its chart, the findings (§6.2) and the tabs that were read.
 * Every rate is a formula over cells of this sheet; counts and amounts are values.
 */
import type { CountKey, FunnelSummary } from '../model/summary';
import type { FunnelSettings, Language } from '../model/types';
import { EMPTY_CELL, formulaCell, heading, makeBlock, NULL_CELL, numberCell, styled, textCell, type StyledCell } from './cells';
import { COUNT_FORMAT, moneyFormat, PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { columnRange, divide, operation, reference, type FormulaExpression } from './formula';
import { KPI_CATALOG, type KpiKey } from './kpiCatalog';
import { formatForUnit } from './kpiColumns';
import { reportLabels, type ReportLabels } from './labels';
import type { Block, Cell, ChartSpec } from './model';
import { finishSheet, ltvAssumptionValues, mergeWidths, type BuiltSheet } from './sheetParts';
import { placeTable, type TableColumn } from './table';
import { serverMessage } from '../text/messages';

/** Funnel stages top to bottom (design §1). */
const FUNNEL_STAGES: readonly CountKey[] = ['impressions', 'clicks', 'sessions', 'leads', 'mql', 'sql', 'opportunities', 'won'];
const LEAD_LEVEL = new Set<CountKey>(['leads', 'mql', 'sql', 'opportunities', 'won']);

/**
 * Whether "conversion from the previous stage" means something for this pair. Sessions come from
 * every source, not only ad clicks, and leads come from more than the website, so only
 * impressions → clicks, sessions → leads and steps between lead-level stages are compared.
 */
function isComparableStep(previous: CountKey, current: CountKey): boolean {
  if (LEAD_LEVEL.has(previous) && LEAD_LEVEL.has(current)) return true;
  return (previous === 'impressions' && current === 'clicks') || (previous === 'sessions' && current === 'leads');
}

/**
 * "2026-04-01T09:30:00+09:00" → "2026-04-01 09:30 (UTC+09:00)"; anything else is shown as given.
 * The core has no clock and no Intl, so the adapter's timestamp is only reshaped, never converted.
 */
function formatGeneratedAt(timestamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(timestamp.trim());
  if (!match) return timestamp;
  const zone = match[3] === undefined ? '' : match[3] === 'Z' ? ' (UTC)' : ` (UTC${match[3]})`;
  return `${match[1]} ${match[2]}${zone}`;
}

interface InfoLayout {
  readonly rows: StyledCell[][];
  readonly grossMargin?: FormulaExpression;
  readonly expectedPurchases?: FormulaExpression;
}

/** Title, blank line and label/value rows, starting at A1. */
function infoRows(summary: FunnelSummary, settings: FunnelSettings, generatedAt: string, labels: ReportLabels): InfoLayout {
  const language = settings.language;
  const line = (label: string, value: StyledCell): StyledCell[] => [heading(label), value];
  const text = (value: string) => styled(textCell(value));
  const rows: StyledCell[][] = [
    [heading(labels.sheetNames.summary)],
    [],
    line(labels.info.period, text(labels.periodRange(summary.period.from, summary.period.to))),
    line(labels.info.view, text(labels.viewDescriptions[summary.view])),
  ];
  // Deals without leads: say first why the report is in the period view (design §3.2.1).
  if (summary.viewReason === 'no_leads') rows.push(line(labels.info.note, text(serverMessage(language, 'funnel.periodViewWithoutLeads'))));
  if (summary.view === 'period') rows.push(line(labels.info.note, text(labels.periodViewNote)));
  rows.push(
    line(labels.info.asOf, text(summary.asOf)),
    line(labels.info.generatedAt, text(formatGeneratedAt(generatedAt))),
    line(labels.info.currency, text(summary.currency)),
  );
  const assumptions = ltvAssumptionValues(settings);
  if (!assumptions) return { rows };
  rows.push(line(KPI_CATALOG.grossMargin.name[language], styled(numberCell(assumptions.grossMargin), RATE_FORMAT)));
  const grossMargin = reference(rows.length, 2, true);
  rows.push(line(KPI_CATALOG.expectedPurchases.name[language], styled(numberCell(assumptions.expectedPurchases), PLAIN_FORMAT)));
  const expectedPurchases = reference(rows.length, 2, true);
  return { rows, grossMargin, expectedPurchases };
}

interface FunnelRow {
  readonly stage: CountKey;
  readonly previous: CountKey | null;
  readonly count: number | null;
}

/** Builds a formula from cells that may be missing; a missing input means the KPI cannot be computed. */
function formulaOrNull(build: () => FormulaExpression | undefined): Cell {
  const expression = build();
  return expression === undefined ? NULL_CELL : formulaCell(expression);
}

/**
 * Builds the summary sheet.
 *
 * @example
 * buildSummarySheet(summary, { view: 'cohort', language: 'ja', currency: 'JPY' }, '2026-04-01T09:00:00+09:00').sheet.name
 * //=> 'ファネル概要'
 */
export function buildSummarySheet(summary: FunnelSummary, settings: FunnelSettings, generatedAt: string): BuiltSheet {
  const language: Language = settings.language;
  const labels = reportLabels(language);
  const money = moneyFormat(summary.currency);
  const used: KpiKey[] = [];

  const info = infoRows(summary, settings, generatedAt, labels);
  const hasLtv = info.grossMargin !== undefined && info.expectedPurchases !== undefined;
  if (hasLtv) used.push('grossMargin', 'expectedPurchases');

  // Rows are fixed in advance because the headline KPIs (above) refer to the funnel table (below).
  const headlineCaptionRow = info.rows.length + 2;
  const headlineHeaderRow = headlineCaptionRow + 1;
  const amountsCaptionRow = headlineHeaderRow + 5 + 2;
  const amountsHeaderRow = amountsCaptionRow + 1;
  const costCell = reference(amountsHeaderRow + 1, 2, true);
  const revenueCell = reference(amountsHeaderRow + 2, 2, true);
  const funnelCaptionRow = amountsHeaderRow + 2 + 2;
  const funnelHeaderRow = funnelCaptionRow + 1;

  const stages = FUNNEL_STAGES.filter((stage) => summary.total[stage] !== null);
  const funnelRows: FunnelRow[] = stages.map((stage, index) => ({
    stage,
    previous: index === 0 ? null : (stages[index - 1] ?? null),
    count: summary.total[stage],
  }));
  const countColumn = 2;
  const stageCell = (stage: CountKey): FormulaExpression | undefined => {
    const index = stages.indexOf(stage);
    return index < 0 ? undefined : reference(funnelHeaderRow + 1 + index, countColumn, true);
  };

  // Headline KPIs (design §6: leads, 商談化率, 受注率, CAC, ROAS or LTV/CAC).
  const leadsCell = stageCell('leads');
  const opportunitiesCell = stageCell('opportunities');
  const wonCell = stageCell('won');
  const lastHeadline: KpiKey = hasLtv ? 'ltvToCac' : 'roas';
  const headline: { key: KpiKey; cell: Cell }[] = [
    { key: 'leads', cell: numberCell(summary.total.leads) },
    { key: 'opportunityRate', cell: formulaOrNull(() => opportunitiesCell && leadsCell && divide(opportunitiesCell, leadsCell)) },
    { key: 'winRate', cell: formulaOrNull(() => wonCell && opportunitiesCell && divide(wonCell, opportunitiesCell)) },
    { key: 'cac', cell: formulaOrNull(() => wonCell && divide(costCell, wonCell)) },
    {
      key: lastHeadline,
      cell: formulaOrNull(() => {
        if (!hasLtv) return divide(revenueCell, costCell);
        if (wonCell === undefined || info.grossMargin === undefined || info.expectedPurchases === undefined) return undefined;
        const lifetimeValue = operation('*', operation('*', divide(revenueCell, wonCell), info.grossMargin), info.expectedPurchases);
        return divide(lifetimeValue, divide(costCell, wonCell));
      }),
    },
  ];
  used.push(...headline.map((entry) => entry.key), 'cost', 'revenue');
  const headlineBlock = makeBlock(headlineCaptionRow, 1, [
    [heading(labels.headline.heading)],
    [heading(labels.headline.measure), heading(labels.headline.value)],
    ...headline.map((entry) => [
      styled(textCell(KPI_CATALOG[entry.key].name[language])),
      styled(entry.cell, formatForUnit(KPI_CATALOG[entry.key].unit, summary.currency)),
    ]),
  ]);

  const amountsBlock = makeBlock(amountsCaptionRow, 1, [
    [heading(labels.amounts.heading)],
    [heading(labels.amounts.item), heading(labels.amounts.amount)],
    [styled(textCell(KPI_CATALOG.cost.name[language])), styled(numberCell(summary.total.cost), money)],
    [styled(textCell(KPI_CATALOG.revenue.name[language])), styled(numberCell(summary.total.revenue), money)],
  ]);

  // The funnel table.
  const hasCost = summary.total.cost !== null;
  const funnelColumns: TableColumn<FunnelRow>[] = [
    { key: 'stage', header: labels.funnel.stage, format: PLAIN_FORMAT, width: 220, cell: (row) => textCell(KPI_CATALOG[row.stage].name[language]) },
    { key: 'count', header: labels.funnel.count, format: COUNT_FORMAT, width: 140, cell: (row) => numberCell(row.count) },
    {
      key: 'stepConversion',
      header: KPI_CATALOG.stepConversion.name[language],
      format: RATE_FORMAT,
      width: 160,
      cell: (row, locate) => {
        const here = locate.here('count');
        const above = locate.above('count');
        if (row.previous === null || !isComparableStep(row.previous, row.stage) || here === undefined || above === undefined) return EMPTY_CELL;
        return formulaCell(divide(here, above));
      },
    },
    {
      key: 'conversionFromLeads',
      header: KPI_CATALOG.conversionFromLeads.name[language],
      format: RATE_FORMAT,
      width: 160,
      cell: (row, locate) => {
        const here = locate.here('count');
        if (!LEAD_LEVEL.has(row.stage) || here === undefined || leadsCell === undefined) return EMPTY_CELL;
        return formulaCell(divide(here, leadsCell));
      },
    },
  ];
  if (hasCost) {
    funnelColumns.push({
      key: 'costPerStage',
      header: KPI_CATALOG.costPerStage.name[language],
      format: money,
      width: 150,
      // Cost per impression is a fraction of a yen; the usual measure (CPM) is another scale.
      cell: (row, locate) => {
        const here = locate.here('count');
        return row.stage === 'impressions' || here === undefined ? EMPTY_CELL : formulaCell(divide(costCell, here));
      },
    });
  }
  const funnel = placeTable(
    funnelHeaderRow,
    1,
    funnelColumns,
    funnelRows.map((row) => ({ data: row, bold: false })),
    { caption: labels.funnel.heading },
  );
  used.push(...stages, 'stepConversion', 'conversionFromLeads');
  if (hasCost) used.push('costPerStage');

  const charts: ChartSpec[] =
    stages.length === 0
      ? []
      : [
          {
            type: 'bar',
            title: labels.funnel.chartTitle,
            domain: columnRange(1, funnelHeaderRow, funnel.lastDataRow),
            series: [columnRange(countColumn, funnelHeaderRow, funnel.lastDataRow)],
            headerRows: 1,
            // Beside the headline KPIs and amounts (columns A–B): the 13 rows down to the funnel table
            // are free, and long findings below never run under the chart.
            anchor: { row: headlineCaptionRow, column: 4 },
            width: 480,
            height: 250,
          },
        ];

  // Findings (design §6.2), then the tabs that were read.
  const findingsRow = Math.max(funnel.lastDataRow, funnelHeaderRow) + 2;
  const findingLines = summary.findings.length > 0 ? summary.findings.map((finding) => finding.message) : [labels.findings.none];
  const findingsBlock = makeBlock(findingsRow, 1, [[heading(labels.findings.heading)], ...findingLines.map((line) => [styled(textCell(line))])]);

  const blocks: Block[] = [makeBlock(1, 1, info.rows), headlineBlock, amountsBlock, funnel.block, findingsBlock];
  const widthParts = [{ firstColumn: 1, widths: funnel.widths }];
  if (summary.sources.length > 0) {
    const sourcesHeaderRow = findingsRow + findingLines.length + 3;
    const sources = placeTable(
      sourcesHeaderRow,
      1,
      [
        { key: 'tab', header: labels.sources.tab, format: PLAIN_FORMAT, width: 220, cell: (row) => textCell(row.tab) },
        {
          key: 'kind',
          header: labels.sources.kind,
          format: PLAIN_FORMAT,
          width: 140,
          cell: (row) => textCell(row.kind === null ? labels.sources.unused : labels.sources.kinds[row.kind]),
        },
        { key: 'rowsRead', header: labels.sources.rowsRead, format: COUNT_FORMAT, width: 160, cell: (row) => numberCell(row.rowsRead) },
        { key: 'rowsSkipped', header: labels.sources.rowsSkipped, format: COUNT_FORMAT, width: 160, cell: (row) => numberCell(row.rowsSkipped) },
      ],
      summary.sources.map((source) => ({ data: source, bold: false })),
      { caption: labels.sources.heading },
    );
    blocks.push(sources.block);
    widthParts.push({ firstColumn: 1, widths: sources.widths });
  }

  return {
    sheet: finishSheet({
      role: 'summary',
      name: labels.sheetNames.summary,
      blocks,
      frozenRows: 1,
      frozenColumns: 0,
      columnWidths: mergeWidths(widthParts),
      charts,
    }),
    kpis: used,
  };
}
