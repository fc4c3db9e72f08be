/**
 * Sheet 2, チャネル別 / By channel (design §6): one row per channel in the summary's order and a
 * total row, the core columns in view and the secondary columns in tables below, and a chart of cost
 * against 受注金額 per channel. (Channel groups with subtotals arrive with design §4.6; the tables
 * already take subtotal rows.)
 */
import type { FunnelSummary, KpiRow } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { textCell } from './cells';
import { PLAIN_FORMAT } from './formats';
import { columnRange } from './formula';
import type { KpiKey } from './kpiCatalog';
import { CHANNEL_LAYOUT, placeKpiTables } from './kpiTables';
import { reportLabels } from './labels';
import type { Block, ChartSpec, DataRowRole } from './model';
import { assumptionRow, contextLine, finishSheet, ltvAssumptionValues, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import type { PlacedTable, TableColumn } from './table';

interface ChannelTableRow {
  readonly label: string;
  readonly kpis: KpiRow;
}

const CHART_SERIES: readonly KpiKey[] = ['cost', 'revenue'];

/** Cost against 受注金額 per channel as a column chart under the tables (the total row is left out). */
function channelChart(table: PlacedTable, channelCount: number, anchorRow: number, title: string): ChartSpec[] {
  const labelColumn = table.columnOf('label');
  if (channelCount === 0 || labelColumn === undefined) return [];
  const lastChannelRow = table.headerRow + channelCount;
  const series = CHART_SERIES.flatMap((key) => {
    const column = table.columnOf(key);
    return column === undefined ? [] : [columnRange(column, table.headerRow, lastChannelRow)];
  });
  if (series.length === 0) return [];
  return [
    {
      type: 'column',
      title,
      domain: columnRange(labelColumn, table.headerRow, lastChannelRow),
      series,
      headerRows: 1,
      anchor: { row: anchorRow, column: 1 },
      width: 720,
      height: 360,
    },
  ];
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

  const rows: { data: ChannelTableRow; role: DataRowRole }[] = [
    ...summary.byChannel.map((row) => ({ data: { label: row.channel, kpis: row }, role: 'body' as const })),
    { data: { label: labels.channels.total, kpis: summary.total }, role: 'total' },
  ];
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
  blocks.push(...tables.tables.map((table) => table.block));

  return {
    sheet: finishSheet({
      role: 'channels',
      name: labels.sheetNames.channels,
      blocks,
      frozenRows: tables.core.headerRow,
      frozenColumns: 1,
      columnWidths: mergeWidths(tables.tables.map((table) => ({ firstColumn: 1, widths: table.widths }))),
      charts: channelChart(tables.core, summary.byChannel.length, tables.nextRow + 1, labels.channels.chartTitle),
    }),
    kpis: assumptions ? [...tables.kpis, 'grossMargin', 'expectedPurchases'] : tables.kpis,
  };
}
