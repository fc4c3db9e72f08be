/**
 * Sheet 2, チャネル別 / By channel (design §6, §4.6): the channel groups, sorted by leads, each as a
 * subtotal row with its channels beneath it, then the total row; the core columns in view and the
 * secondary columns in tables below; the hygiene audit (every raw value and where it landed, likely
 * duplicates, values that fell to その他) at the bottom; and a chart of cost against 受注金額 per group.
 */
import type { ChannelGroupRow, ChannelRow, FunnelSummary, KpiRow } from '../model/summary';
import type { FunnelSettings, Language } from '../model/types';
import { numberCell, textCell } from './cells';
import { moneyFormat, PLAIN_FORMAT } from './formats';
import { columnRange } from './formula';
import { CHANNEL_LAYOUT, placeKpiTables } from './kpiTables';
import { kpiName, reportLabels, type ReportLabels } from './labels';
import type { Block, ChartSpec } from './model';
import { assumptionRow, contextLine, finishSheet, mergeWidths, ltvAssumptionValues, preamble, type BuiltSheet } from './sheetParts';
import { channelAuditTables, type AuditPart } from './channelAudit';
import { placeTable, type PlacedTable, type TableColumn, type TableRow } from './table';
import { DEFAULT_ROW_PIXELS } from './textMetrics';

interface ChannelTableRow {
  readonly label: string;
  readonly kpis: KpiRow;
}

/**
 * Channels sit under their group, indented so the outline reads at a glance. Leading spaces keep
 * the label text (neutralisation looks past them, so `=…` behind them still gets its marker).
 */
export const CHANNEL_INDENT = '    ';

/**
 * The rows of the core table: per group (in the summary's group order) the group's sums as a
 * subtotal row, then its channels in the summary's channel order; the total last.
 *
 * @example
 * channelTableRows(summary, 'Total').map((row) => row.role)
 * //=> ['subtotal', 'body', 'body', 'subtotal', 'body', 'total']
 */
export function channelTableRows(summary: FunnelSummary, totalLabel: string): TableRow<ChannelTableRow>[] {
  const channelsOf = new Map<string, ChannelRow[]>();
  for (const channel of summary.byChannel) {
    const list = channelsOf.get(channel.groupId) ?? [];
    list.push(channel);
    channelsOf.set(channel.groupId, list);
  }
  const rows: TableRow<ChannelTableRow>[] = [];
  for (const group of summary.byChannelGroup) {
    rows.push({ data: { label: group.group, kpis: group }, role: 'subtotal' });
    for (const channel of channelsOf.get(group.groupId) ?? []) rows.push({ data: { label: CHANNEL_INDENT + channel.channel, kpis: channel }, role: 'body' });
  }
  rows.push({ data: { label: totalLabel, kpis: summary.total }, role: 'total' });
  return rows;
}

/**
 * The group chart is never shorter than this, so a few groups still get a readable chart (their
 * table then leaves a few rows beside the chart empty).
 */
const GROUP_CHART_MIN_HEIGHT = 160;

/**
 * The chart's own small table (group, cost, 受注金額 as values, design §6.1) and the column chart drawn
 * from it: a chart needs one contiguous range, and the group rows of the core table are spread
 * between their channels. The columns follow the core table's, so a sheet without cost has no cost
 * series.
 */
function groupChart(summary: FunnelSummary, core: PlacedTable, at: number, labels: ReportLabels, language: Language): { table: PlacedTable | null; charts: ChartSpec[] } {
  const seriesKeys = (['cost', 'revenue'] as const).filter((key) => core.columnOf(key) !== undefined);
  if (seriesKeys.length === 0 || summary.byChannelGroup.length === 0) return { table: null, charts: [] };
  const columns: TableColumn<ChannelGroupRow>[] = [
    { key: 'label', header: labels.channels.group, format: PLAIN_FORMAT, width: 180, cell: (group) => textCell(group.group) },
    ...seriesKeys.map((key) => ({
      key,
      header: kpiName(key, language),
      format: moneyFormat(summary.currency),
      width: 120,
      cell: (group: ChannelGroupRow) => numberCell(group[key]),
    })),
  ];
  const table = placeTable(at + 1, 1, columns, summary.byChannelGroup.map((group) => ({ data: group })), { caption: labels.channels.chartTable });
  const chart: ChartSpec = {
    type: 'column',
    title: labels.channels.chartTitle,
    domain: columnRange(1, table.headerRow, table.lastDataRow),
    series: seriesKeys.map((key) => columnRange(table.columnOf(key) ?? 1, table.headerRow, table.lastDataRow)),
    headerRows: 1,
    anchor: { row: table.headerRow - 1, column: columns.length + 2 },
    width: 720,
    // As tall as its table (caption, header, groups), so nothing waits below an empty slot where a
    // file without the chart (the .xlsx) would show blank rows; never too short to read.
    height: Math.max(GROUP_CHART_MIN_HEIGHT, (table.lastDataRow - table.headerRow + 2) * DEFAULT_ROW_PIXELS),
  };
  return { table, charts: [chart] };
}

/**
 * Builds the by-channel sheet.
 *
 * @example
 * buildChannelSheet(summary, { view: 'cohort', language: 'en', currency: 'JPY' }).sheet.name
 * //=> 'By channel'
 */
export function buildChannelSheet(summary: FunnelSummary, settings: FunnelSettings): BuiltSheet {
  const language = settings.language;
  const labels = reportLabels(language);
  const notes = summary.view === 'period' ? [labels.periodViewNote] : [];
  const top = preamble(labels.sheetNames.channels, [contextLine(summary, labels), ...notes]);
  const blocks: Block[] = [top.block];
  let nextRow = top.nextRow + 1;

  const assumptionValues = ltvAssumptionValues(settings);
  const assumptions = assumptionValues && assumptionRow(nextRow, assumptionValues, labels, language);
  if (assumptions) {
    blocks.push(assumptions.block);
    nextRow += 2;
  }

  const rows = channelTableRows(summary, labels.channels.total);
  const labelColumn: TableColumn<ChannelTableRow> = {
    key: 'label',
    header: labels.channels.channel,
    format: PLAIN_FORMAT,
    width: 180,
    cell: (row) => textCell(row.label),
  };
  const tables = placeKpiTables({
    headerRow: nextRow,
    labelColumn,
    rows,
    kpisOf: (row) => row.kpis,
    layout: CHANNEL_LAYOUT,
    captions: labels.secondaryTables,
    language,
    currency: summary.currency,
    assumptions: assumptions?.cells,
  });
  const placed: AuditPart[] = [...tables.tables];
  const chart = groupChart(summary, tables.core, tables.nextRow + 1, labels, language);
  let auditRow = tables.nextRow + 1;
  if (chart.table) {
    placed.push(chart.table);
    // The chart stands beside its table, from the caption row down.
    const chartRows = Math.ceil((chart.charts[0]?.height ?? 0) / DEFAULT_ROW_PIXELS);
    auditRow = Math.max(chart.table.lastDataRow, chart.table.headerRow - 2 + chartRows) + 2;
  }
  placed.push(...channelAuditTables(summary, labels, language, auditRow));

  return {
    sheet: finishSheet({
      role: 'channels',
      name: labels.sheetNames.channels,
      blocks: [...blocks, ...placed.map((table) => table.block)],
      frozenRows: tables.core.headerRow,
      frozenColumns: 1,
      columnWidths: mergeWidths(placed.map((table) => ({ firstColumn: 1, widths: table.widths }))),
      charts: chart.charts,
    }),
    kpis: assumptions ? [...tables.kpis, 'grossMargin', 'expectedPurchases'] : tables.kpis,
  };
}
