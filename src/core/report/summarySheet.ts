/**
 * Sheet 1, ファネル概要 / Funnel summary — a one-screen dashboard (design §6 item 1): title and
 * context; a row of scorecards (value, target and event-date attainment when the period has targets,
 * the previous period and the change against it when the data covers it); the ad funnel and the
 * sales funnel, each with its own chart; the opportunities won, lost and still open (the pipeline);
 * the findings (§6.2); the tabs read. Every rate is a formula over cells of this sheet; counts and
 * amounts are values.
 */
import type { CountKey, FunnelSummary, KpiRow, RatioKey, TargetAttainment } from '../model/summary';
import type { FunnelSettings, Language, SourceTabSummary } from '../model/types';
import { serverMessage } from '../text/messages';
import { blockEnd, EMPTY_CELL, formulaCell, label, makeBlock, NULL_CELL, numberCell, row, styled, textCell, type BlockRow, type StyledCell } from './cells';
import { COUNT_FORMAT, moneyFormat, PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { columnRange, constant, divide, operation, reference, relativeChange, type FormulaExpression } from './formula';
import { KPI_CATALOG, type KpiKey, type MeasureKey } from './kpiCatalog';
import { formatForUnit, ratioExpression, type LtvAssumptionCells } from './kpiColumns';
import { kpiName, reportLabels, type ReportLabels } from './labels';
import type { Block, Cell, ChartSpec, ConditionalFormat, HorizontalAlignment, SheetRange } from './model';
import { finishSheet, fitHeaderWidths, ltvAssumptionValues, mergedTextRows, mergeWidths, periodText, spanWidth, type BuiltSheet } from './sheetParts';
import { DEFAULT_ROW_PIXELS } from './textMetrics';
import { attainmentRules, changeRules } from './style';
import { placeTable, type PlacedTable, type TableColumn } from './table';

/** Scorecards in reading order (design §6 item 1); 失注 sits beside 受注 so that 受注率 is a visible formula. */
const SCORECARD_KEYS = ['leads', 'opportunities', 'won', 'lost', 'revenue', 'cost', 'opportunityRate', 'winRate', 'cpl', 'cac', 'roas'] as const;
type ScorecardKey = (typeof SCORECARD_KEYS)[number] | 'ltvToCac';

/** Rates change in points; everything else changes relatively. */
const POINT_CHANGES: ReadonlySet<ScorecardKey> = new Set(['opportunityRate', 'winRate']);
/** Which way is better, for colouring a change red; cost and 失注 are neither. */
const BETTER: Readonly<Partial<Record<ScorecardKey, 'higher' | 'lower'>>> = {
  leads: 'higher',
  opportunities: 'higher',
  won: 'higher',
  revenue: 'higher',
  opportunityRate: 'higher',
  winRate: 'higher',
  roas: 'higher',
  ltvToCac: 'higher',
  cpl: 'lower',
  cac: 'lower',
};
/** Targets whose attainment is coloured: more is better (a budget under-spent is not "red"). */
const COLOURED_TARGETS: ReadonlySet<string> = new Set(['leads', 'mql', 'sql', 'opportunities', 'won', 'revenue', 'sessions', 'clicks', 'impressions']);

const AD_STAGES: readonly CountKey[] = ['impressions', 'clicks', 'sessions'];
const SALES_STAGES: readonly CountKey[] = ['leads', 'mql', 'sql', 'opportunities', 'won'];

/** Row labels of the KPI table and the funnels (実績（発生日ベース）, 前段からの転換率 wraps in its header). */
const LABEL_WIDTH = 170;
/** A scorecard column: ¥49,730,000 or a long KPI name in two lines; the whole table fits a laptop screen. */
const CARD_WIDTH = 100;

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
  /** The title and text lines; then, when LTV is set, its two assumptions (numbers, right-aligned like every number). */
  readonly blocks: readonly Block[];
  readonly nextRow: number;
  readonly assumptions?: LtvAssumptionCells;
}

/** Columns of the label/value pairs to the right of the period and generated-at lines (E/F, then H/I). */
const SIDE_COLUMN = 5;
const FAR_SIDE_COLUMN = 8;

/**
 * The title, then label/value lines, packed so the scorecards and both funnels fit the first screen
 * (design §6: a one-screen dashboard): period with the as-of date beside it; generated-at with the
 * currency beside it; the view and the notes (long texts, one line each, running to the right); the
 * LTV assumptions, when set, beside those two lines further right (numbers, right-aligned).
 */
function infoBlock(summary: FunnelSummary, settings: FunnelSettings, generatedAt: string, labels: ReportLabels): InfoLayout {
  const language = settings.language;
  const field = (name: string, value: StyledCell): BlockRow => row('field', [label(name), value]);
  // A pair's label may be longer than its column (想定購入回数, "Expected purchases"): then it takes the
  // next column too, left empty for it to run into, and the value stands one further right.
  const pair = (at: number, column: number, name: string, value: StyledCell, align: HorizontalAlignment = 'left', wide = false): Block =>
    makeBlock(at, column, [row('field', [label(name), ...(wide ? [styled(EMPTY_CELL)] : []), value])], { alignments: ['left', ...(wide ? (['left'] as const) : []), align] });
  const rows: BlockRow[] = [
    row('title', [label(labels.sheetNames.summary)]),
    field(labels.info.period, label(periodText(summary, labels))),
    field(labels.info.generatedAt, label(formatGeneratedAt(generatedAt))),
    field(labels.info.view, label(labels.viewDescriptions[summary.view])),
  ];
  const periodRow = 2;
  const generatedRow = 3;
  // Deals without leads: say first why the report is in the period view (design §3.2.1).
  if (summary.viewReason === 'no_leads') rows.push(field(labels.info.note, label(serverMessage(language, 'funnel.periodViewWithoutLeads'))));
  if (summary.view === 'period') rows.push(field(labels.info.note, label(labels.periodViewNote)));
  // What could not be computed and why (LTV without its inputs): said where the report starts.
  for (const note of summary.notes) rows.push(field(labels.info.note, label(note)));
  const blocks: Block[] = [
    makeBlock(1, 1, rows),
    // Without dated rows the period line is a long explanation: nothing beside it to cut it short.
    ...(summary.period.undated ? [] : [pair(periodRow, SIDE_COLUMN, labels.info.asOf, label(summary.asOf))]),
    pair(generatedRow, SIDE_COLUMN, labels.info.currency, label(summary.currency)),
  ];
  const nextRow = rows.length + 1;
  const values = ltvAssumptionValues(settings);
  if (!values) return { blocks, nextRow };
  blocks.push(
    pair(periodRow, FAR_SIDE_COLUMN, kpiName('grossMargin', language), styled(numberCell(values.grossMargin), RATE_FORMAT), 'right', true),
    pair(generatedRow, FAR_SIDE_COLUMN, kpiName('expectedPurchases', language), styled(numberCell(values.expectedPurchases), PLAIN_FORMAT), 'right', true),
  );
  const assumptions = { grossMargin: reference(periodRow, FAR_SIDE_COLUMN + 2, true), expectedPurchases: reference(generatedRow, FAR_SIDE_COLUMN + 2, true) };
  return { blocks, nextRow, assumptions };
}

function isMeasure(key: ScorecardKey): key is Extract<ScorecardKey, MeasureKey> {
  return key === 'leads' || key === 'opportunities' || key === 'won' || key === 'lost' || key === 'revenue' || key === 'cost';
}

/** The scorecards this summary can fill: measures it has, ratios whose inputs are among them. */
function scorecardKeys(total: KpiRow, hasLtv: boolean): ScorecardKey[] {
  const measures = new Set<string>(SCORECARD_KEYS.filter((key) => isMeasure(key) && total[key] !== null));
  const needs: Readonly<Partial<Record<ScorecardKey, readonly string[]>>> = {
    opportunityRate: ['opportunities', 'leads'],
    winRate: ['won', 'lost'],
    cpl: ['cost', 'leads'],
    cac: ['cost', 'won'],
    roas: ['revenue', 'cost'],
    ltvToCac: ['revenue', 'won', 'cost'],
  };
  const keys: ScorecardKey[] = [...SCORECARD_KEYS, ...(hasLtv ? (['ltvToCac'] as const) : [])];
  return keys.filter((key) => (isMeasure(key) ? measures.has(key) : (needs[key] ?? []).every((input) => measures.has(input))));
}

/** A scorecard value in a row of scorecards: a measure's number, or a ratio over that row's cells. */
function scorecardCell(key: ScorecardKey, values: KpiRow, here: (key: string) => FormulaExpression | undefined, assumptions?: LtvAssumptionCells): Cell {
  if (isMeasure(key)) return numberCell(values[key]);
  if (key === 'ltvToCac') {
    const revenue = here('revenue');
    const won = here('won');
    const cost = here('cost');
    if (revenue === undefined || won === undefined || cost === undefined || assumptions === undefined) return NULL_CELL;
    const lifetimeValue = operation('*', operation('*', divide(revenue, won), assumptions.grossMargin), assumptions.expectedPurchases);
    return formulaCell(divide(lifetimeValue, divide(cost, won)));
  }
  const expression = ratioExpression(key satisfies RatioKey, here);
  return expression === undefined ? NULL_CELL : formulaCell(expression);
}

interface Scorecards {
  readonly block: Block;
  readonly lastRow: number;
  /** Absolute references to this period's values (the funnels and costs use them). */
  readonly valueCell: (key: ScorecardKey) => FormulaExpression | undefined;
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly kpis: readonly KpiKey[];
}

/** Joins single cells of one row into runs of adjacent columns. */
function rowRuns(sheetRow: number, columns: readonly number[]): SheetRange[] {
  const runs: SheetRange[] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.column + last.columns === column) runs[runs.length - 1] = { ...last, columns: last.columns + 1 };
    else runs.push({ row: sheetRow, column, rows: 1, columns: 1 });
  }
  return runs;
}

/**
 * The scorecards: a header row naming each KPI, then rows for this period's value; the target, the
 * event-date actual (cohort view) and attainment when the period has targets; the previous period
 * and the change against it when the data covers it.
 */
function buildScorecards(
  summary: FunnelSummary,
  language: Language,
  labels: ReportLabels,
  captionRow: number,
  assumptions: LtvAssumptionCells | undefined,
): Scorecards {
  const keys = scorecardKeys(summary.total, assumptions !== undefined);
  const columnOf = new Map<ScorecardKey, number>(keys.map((key, index) => [key, index + 2]));
  const formatOf = (key: ScorecardKey) => formatForUnit(KPI_CATALOG[key].unit, summary.currency, language);
  const rowCells = (sheetRow: number) => (key: string) => {
    const column = columnOf.get(key as ScorecardKey);
    return column === undefined ? undefined : reference(sheetRow, column);
  };
  const rows: BlockRow[] = [row('caption', [label(labels.scorecards.heading)]), row('header', [label(labels.scorecards.measure), ...keys.map((key) => label(kpiName(key, language)))])];
  const nextRow = (): number => captionRow + rows.length;

  const valueRow = nextRow();
  rows.push(row('body', [label(labels.scorecards.value), ...keys.map((key) => styled(scorecardCell(key, summary.total, rowCells(valueRow), assumptions), formatOf(key)))]));

  const conditionalFormats: ConditionalFormat[] = [];
  const targetOf = new Map<string, TargetAttainment>(summary.periodTargets.map((entry) => [entry.metric, entry]));
  const targeted = keys.filter((key) => targetOf.has(key));
  const previous = summary.previousPeriod;
  const targetRow = targeted.length > 0 ? nextRow() : null;
  if (targetRow !== null) {
    const targets = keys.map((key) => {
      const entry = targetOf.get(key);
      return entry === undefined ? styled(EMPTY_CELL) : styled(numberCell(entry.target), formatOf(key));
    });
    // While the period runs, the targets are those due by the day the actuals reach (design §6.2).
    const toDate = summary.periodTargets.some((entry) => entry.periodTarget !== undefined);
    const dueBy = summary.asOf < summary.period.to ? summary.asOf : summary.period.to;
    rows.push(row('body', [label(toDate ? labels.scorecards.targetToDate(dueBy) : labels.scorecards.target), ...targets]));
  }
  // In the cohort view the value row counts cohorts: targets and the previous period compare with
  // what happened in the period, the event-date row (design §4.5, §6 item 1).
  const eventValues = summary.view === 'cohort' && (targetRow !== null || previous !== null) ? summary.eventDateTotal : null;
  const actualRow = eventValues === null ? valueRow : nextRow();
  if (eventValues !== null) {
    rows.push(row('body', [label(labels.scorecards.eventActual), ...keys.map((key) => styled(scorecardCell(key, eventValues, rowCells(actualRow), assumptions), formatOf(key)))]));
  }
  if (targetRow !== null) {
    const perKey = (make: (key: ScorecardKey) => StyledCell) => keys.map((key) => (targetOf.has(key) ? make(key) : styled(EMPTY_CELL)));
    const attainmentRow = nextRow();
    rows.push(
      row('body', [
        label(labels.scorecards.attainment),
        ...perKey((key) => {
          const column = columnOf.get(key) as number;
          return styled(formulaCell(divide(reference(actualRow, column), reference(targetRow, column))), RATE_FORMAT);
        }),
      ]),
    );
    conditionalFormats.push(...attainmentRules(rowRuns(attainmentRow, targeted.filter((key) => COLOURED_TARGETS.has(key)).map((key) => columnOf.get(key) as number))));
  }

  if (previous !== null) {
    const previousRow = nextRow();
    rows.push(
      row('body', [
        label(labels.scorecards.previous(previous.from, previous.to)),
        ...keys.map((key) => styled(scorecardCell(key, previous.total, rowCells(previousRow), assumptions), formatOf(key))),
      ]),
    );
    const changeRow = nextRow();
    rows.push(
      row('body', [
        label(previous.sameSpan === true ? labels.scorecards.changeSameSpan : labels.scorecards.change),
        ...keys.map((key) => {
          const column = columnOf.get(key) as number;
          // Both by event date (design §6 item 1): a cohort with provisional months is not compared with a mature one.
          const current = reference(actualRow, column);
          const before = reference(previousRow, column);
          return POINT_CHANGES.has(key)
            ? styled(formulaCell(operation('*', operation('-', current, before), constant(100))), formatForUnit('points', summary.currency, language))
            : styled(formulaCell(relativeChange(current, before)), formatForUnit('change', summary.currency, language));
        }),
      ]),
    );
    for (const better of ['higher', 'lower'] as const) {
      conditionalFormats.push(...changeRules(rowRuns(changeRow, keys.filter((key) => BETTER[key] === better).map((key) => columnOf.get(key) as number)), better));
    }
  }

  const alignments: HorizontalAlignment[] = ['left', ...keys.map((): HorizontalAlignment => 'right')];
  const kpis: KpiKey[] = [...keys];
  if (targeted.length > 0) kpis.push('target', 'attainment');
  if (eventValues !== null) kpis.push('eventDateActual');
  if (previous !== null) kpis.push('previousPeriod', 'periodChange');
  return {
    block: makeBlock(captionRow, 1, rows, { alignments, banded: false }),
    lastRow: captionRow + rows.length - 1,
    valueCell: (key) => {
      const column = columnOf.get(key);
      return column === undefined ? undefined : reference(valueRow, column, true);
    },
    conditionalFormats,
    kpis,
  };
}

interface FunnelRow {
  readonly stage: CountKey;
  readonly count: number | null;
  /** Whether the step from the row above compares like with like (not sessions after ad clicks, which come from every source). */
  readonly comparable: boolean;
}

/** A funnel table: stage, count, conversion from the stage above, (conversion from leads,) cost per stage. */
function funnelTable(
  captionRow: number,
  caption: string,
  stages: readonly CountKey[],
  total: KpiRow,
  options: { readonly language: Language; readonly labels: ReportLabels; readonly money: ReturnType<typeof moneyFormat>; readonly cost?: FormulaExpression; readonly leads?: FormulaExpression },
): PlacedTable {
  const { language, labels } = options;
  const rows: FunnelRow[] = stages.map((stage) => ({ stage, count: total[stage], comparable: stage !== 'sessions' }));
  const columns: TableColumn<FunnelRow>[] = [
    { key: 'stage', header: labels.funnel.stage, format: PLAIN_FORMAT, width: LABEL_WIDTH, cell: (entry) => textCell(entry.stage === 'sessions' ? labels.funnel.allSessions : kpiName(entry.stage, language)) },
    { key: 'count', header: labels.funnel.count, format: COUNT_FORMAT, width: 130, cell: (entry) => numberCell(entry.count) },
    {
      key: 'stepConversion',
      header: kpiName('stepConversion', language),
      format: RATE_FORMAT,
      width: 160,
      cell: (entry, locate) => {
        const here = locate.here('count');
        const above = locate.above('count');
        return !entry.comparable || here === undefined || above === undefined ? EMPTY_CELL : formulaCell(divide(here, above));
      },
    },
  ];
  const leads = options.leads;
  if (leads !== undefined) {
    columns.push({
      key: 'conversionFromLeads',
      header: kpiName('conversionFromLeads', language),
      format: RATE_FORMAT,
      width: 160,
      cell: (_entry, locate) => {
        const here = locate.here('count');
        return here === undefined ? EMPTY_CELL : formulaCell(divide(here, leads));
      },
    });
  }
  const cost = options.cost;
  if (cost !== undefined) {
    columns.push({
      key: 'costPerStage',
      header: kpiName('costPerStage', language),
      format: options.money,
      width: 150,
      // Cost per impression is a fraction of a yen (the usual measure, CPM, is another scale), and
      // sessions come from every source: neither has a meaningful cost per stage.
      cell: (entry, locate) => {
        const here = locate.here('count');
        return entry.stage === 'impressions' || entry.stage === 'sessions' || here === undefined ? EMPTY_CELL : formulaCell(divide(cost, here));
      },
    });
  }
  return placeTable(
    captionRow + 1,
    1,
    columns,
    rows.map((entry) => ({ data: entry })),
    { caption },
  );
}

/** A bar chart of a funnel table's counts, scaled to its own numbers. */
function funnelChart(table: PlacedTable, title: string): Omit<ChartSpec, 'anchor' | 'width' | 'height'> {
  return {
    type: 'bar',
    title,
    domain: columnRange(1, table.headerRow, table.lastDataRow),
    series: [columnRange(2, table.headerRow, table.lastDataRow)],
    headerRows: 1,
  };
}

/** Rows a chart covers at the default row height, rounded up. */
const rowsFor = (pixels: number): number => Math.ceil(pixels / DEFAULT_ROW_PIXELS);
/**
 * Each funnel chart is at least this wide and tall, so its bars and labels stay readable; only
 * tables shorter than that (one funnel of few stages) leave a few rows beside the chart empty.
 */
const CHART_MIN_WIDTH = 340;
const CHART_MIN_HEIGHT = 160;
/** Pixels between the charts and the tables, and between two charts. */
const CHART_GAP = 12;

/**
 * The funnel charts side by side to the right of the funnel and pipeline tables, `height` pixels
 * tall: as tall as those tables, never shorter than {@link CHART_MIN_HEIGHT}. The charts use the
 * room beside the tables instead of pushing the next table down, so a file without the charts (the
 * .xlsx) has no blank slot between tables. Each chart starts at a column boundary and spans whole
 * columns, at least {@link CHART_MIN_WIDTH} wide.
 */
function placeFunnelCharts(charts: readonly Omit<ChartSpec, 'anchor' | 'width' | 'height'>[], top: number, height: number, firstColumn: number, widths: readonly number[]): ChartSpec[] {
  let column = firstColumn;
  return charts.map((chart) => {
    let span = 1;
    while (spanWidth(widths, column, span) < CHART_MIN_WIDTH + CHART_GAP) span += 1;
    const placed: ChartSpec = { ...chart, anchor: { row: top, column }, width: spanWidth(widths, column, span) - CHART_GAP, height };
    column += span;
    return placed;
  });
}

interface PipelineRow {
  readonly key: 'won' | 'lost' | 'openOpportunities';
  readonly count: number | null;
  readonly amount: number | null;
}

/** Why a tab is not used, or that it has no day column (design §3.2.1); blank for an ordinary tab. */
function sourceNote(source: SourceTabSummary, language: Language): string {
  if (source.kind === null) return source.unusedReason ?? '';
  if (source.period) return serverMessage(language, 'report.statedPeriodNote', { from: source.period.from, to: source.period.to });
  return '';
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
  const total = summary.total;

  const info = infoBlock(summary, settings, generatedAt, labels);
  const scorecards = buildScorecards(summary, language, labels, info.nextRow + 1, info.assumptions);
  const blocks: Block[] = [...info.blocks, scorecards.block];
  const used: KpiKey[] = [...scorecards.kpis];
  if (info.assumptions) used.push('grossMargin', 'expectedPurchases');
  const tables: PlacedTable[] = [];
  const cost = scorecards.valueCell('cost');

  // The two funnels measure different populations, so each has its own table and chart (design §6).
  const funnelsTop = scorecards.lastRow + 2;
  let nextRow = funnelsTop;
  const funnelCharts: Omit<ChartSpec, 'anchor' | 'width' | 'height'>[] = [];
  const adStages = AD_STAGES.filter((stage) => total[stage] !== null);
  if (adStages.length > 0) {
    // CPC's cost is the cost of the ad rows with clicks (design §5), written on the line under the
    // ad funnel (caption, header, one row per stage) so that the cost per click is a formula over it.
    const adCostRow = total.adCost !== null && adStages.includes('clicks') ? nextRow + 2 + adStages.length : null;
    const adCost = adCostRow === null ? undefined : reference(adCostRow, 2, true);
    const ad = funnelTable(nextRow, labels.funnel.adHeading, adStages, total, { language, labels, money, cost: adCost });
    tables.push(ad);
    blocks.push(ad.block);
    // A chart of one bar compares nothing.
    if (adStages.length > 1) funnelCharts.push(funnelChart(ad, labels.funnel.adChartTitle));
    used.push(...adStages, 'stepConversion');
    if (adCostRow !== null) {
      blocks.push(makeBlock(adCostRow, 1, [row('field', [label(kpiName('adCost', language)), styled(numberCell(total.adCost), money)])], { alignments: ['left', 'right'] }));
      used.push('adCost');
    }
    nextRow = (adCostRow ?? ad.lastDataRow) + 2;
  }
  const salesStages = SALES_STAGES.filter((stage) => total[stage] !== null);
  if (salesStages.length > 0) {
    const leads = salesStages[0] === 'leads' ? reference(nextRow + 2, 2, true) : undefined;
    const sales = funnelTable(nextRow, labels.funnel.salesHeading, salesStages, total, { language, labels, money, cost, leads });
    tables.push(sales);
    blocks.push(sales.block);
    if (salesStages.length > 1) funnelCharts.push(funnelChart(sales, labels.funnel.salesChartTitle));
    used.push(...salesStages, 'stepConversion');
    if (leads !== undefined) used.push('conversionFromLeads');
    nextRow = sales.lastDataRow + 2;
  }
  if (cost !== undefined && tables.length > 0) used.push('costPerStage');

  // The opportunities: won, lost and the open pipeline (design §4.3).
  if (total.opportunities !== null && total.lost !== null && total.openOpportunities !== null) {
    const pipelineRows: PipelineRow[] = [
      { key: 'won', count: total.won, amount: total.revenue },
      { key: 'lost', count: total.lost, amount: null },
      { key: 'openOpportunities', count: total.openOpportunities, amount: total.pipelineAmount },
    ];
    const hasAmounts = total.revenue !== null;
    const pipeline = placeTable(
      nextRow + 1,
      1,
      [
        { key: 'status', header: labels.pipeline.status, format: PLAIN_FORMAT, width: LABEL_WIDTH, cell: (entry: PipelineRow) => textCell(kpiName(entry.key, language)) },
        { key: 'count', header: labels.pipeline.count, format: COUNT_FORMAT, width: 130, cell: (entry: PipelineRow) => numberCell(entry.count) },
        ...(hasAmounts
          ? [{ key: 'amount', header: labels.pipeline.amount, format: money, width: 160, cell: (entry: PipelineRow) => (entry.key === 'lost' ? EMPTY_CELL : numberCell(entry.amount)) }]
          : []),
      ],
      pipelineRows.map((entry) => ({ data: entry })),
      { caption: labels.pipeline.heading },
    );
    tables.push(pipeline);
    blocks.push(pipeline.block);
    used.push('won', 'lost', 'openOpportunities', ...(hasAmounts ? (['revenue', 'pipelineAmount'] as const) : []));
    nextRow = pipeline.lastDataRow + 2;
  }
  const funnelTables = [...tables];
  // The charts beside the tables are as tall as the tables (rows from the first caption to the last table row).
  const chartHeight = Math.max(CHART_MIN_HEIGHT, (nextRow - 1 - funnelsTop) * DEFAULT_ROW_PIXELS);

  // Findings (design §6.2) below the tables and charts, then the tabs that were read.
  const findingsRow = funnelCharts.length > 0 ? Math.max(nextRow, funnelsTop + rowsFor(chartHeight) + 1) : nextRow;
  const findingLines = summary.findings.length > 0 ? summary.findings.map((finding) => finding.message) : [labels.findings.none];
  blocks.push(makeBlock(findingsRow, 1, [row('caption', [label(labels.findings.heading)])]));
  const findingsBlock = makeBlock(
    findingsRow + 1,
    1,
    findingLines.map((line) => row('text', [label(line)])),
    { wrap: true },
  );

  if (summary.sources.length > 0) {
    const sources = placeTable(
      findingsRow + findingLines.length + 3,
      1,
      [
        { key: 'tab', header: labels.sources.tab, format: PLAIN_FORMAT, width: LABEL_WIDTH, cell: (source) => textCell(source.tab) },
        {
          key: 'kind',
          header: labels.sources.kind,
          format: PLAIN_FORMAT,
          width: 130,
          cell: (source) => textCell(source.kind === null ? labels.sources.unused : labels.sources.kinds[source.kind]),
        },
        { key: 'rowsRead', header: labels.sources.rowsRead, format: COUNT_FORMAT, width: 160, cell: (source) => numberCell(source.rowsRead) },
        { key: 'rowsSkipped', header: labels.sources.rowsSkipped, format: COUNT_FORMAT, width: 160, cell: (source) => numberCell(source.rowsSkipped) },
        { key: 'note', header: labels.sources.note, format: PLAIN_FORMAT, width: 120, cell: (source) => textCell(sourceNote(source, language)) },
      ],
      summary.sources.map((source) => ({ data: source })),
      { caption: labels.sources.heading },
    );
    tables.push(sources);
    blocks.push(sources.block);
  }

  const scorecardWidths = { firstColumn: 1, widths: [LABEL_WIDTH, ...Array<number>(scorecards.block.alignments.length - 1).fill(CARD_WIDTH)] };
  const widths = fitHeaderWidths(blocks, mergeWidths([scorecardWidths, ...tables.map((table) => ({ firstColumn: 1, widths: table.widths }))]));
  // Each finding is one cell across the widest table, wrapped (design §6.2: a sentence with numbers and a next step).
  const tableColumns = Math.max(...blocks.map((block) => blockEnd(block).column));
  const findings = mergedTextRows(findingsBlock, tableColumns, widths);

  // The charts sit right of the funnel and pipeline tables, one free column between.
  const chartsColumn = Math.max(0, ...funnelTables.map((table) => blockEnd(table.block).column)) + 2;
  return {
    sheet: finishSheet({
      role: 'summary',
      name: labels.sheetNames.summary,
      blocks: [...blocks, findingsBlock],
      frozenRows: 1,
      frozenColumns: 0,
      columnWidths: widths,
      charts: placeFunnelCharts(funnelCharts, funnelsTop, chartHeight, chartsColumn, widths),
      conditionalFormats: scorecards.conditionalFormats,
      // A single column has nothing to merge across; its text still wraps.
      mergedRows: tableColumns > 1 ? [findings] : [],
    }),
    kpis: used,
  };
}
