/**
 * Sheet 2, チャネル別 / By channel (design §6): one row per channel in the summary's order, a total
 * row, and a column chart of the lead-level counts.
 */
import type { FunnelSummary, KpiRow } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { textCell } from './cells';
import { columnRange } from './formula';
import { kpiColumns } from './kpiColumns';
import type { KpiKey } from './kpiCatalog';
import { reportLabels } from './labels';
import type { Block, ChartSpec } from './model';
import { assumptionRow, contextLine, finishSheet, ltvAssumptionValues, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import { PLAIN_FORMAT } from './formats';
import { placeTable, type TableColumn, type PlacedTable } from './table';

interface ChannelTableRow {
  readonly label: string;
  readonly kpis: KpiRow;
}

const CHART_SERIES: readonly KpiKey[] = ['leads', 'opportunities', 'won'];

/** Counts per channel as a column chart under the table (the total row is left out). */
function channelChart(table: PlacedTable, channelCount: number, title: string): ChartSpec[] {
  const labelColumn = table.columnOf('label');
  if (channelCount === 0 || labelColumn === undefined) return [];
  const lastChannelRow = table.headerRow + channelCount;
  const seriesKeys = CHART_SERIES.filter((key) => table.columnOf(key) !== undefined);
  const keys = seriesKeys.length > 0 ? seriesKeys : table.columnOf('cost') !== undefined ? (['cost'] as const) : [];
  const series = keys.flatMap((key) => {
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
      anchor: { row: table.lastDataRow + 2, column: 1 },
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

  const rows: ChannelTableRow[] = [
    ...summary.byChannel.map((row) => ({ label: row.channel, kpis: row })),
    { label: labels.channels.total, kpis: summary.total },
  ];
  const kpis = kpiColumns<ChannelTableRow>(
    rows.map((row) => row.kpis),
    (row) => row.kpis,
    { language, currency: summary.currency, assumptions: assumptions?.cells },
  );
  const labelColumn: TableColumn<ChannelTableRow> = {
    key: 'label',
    header: labels.channels.channel,
    format: PLAIN_FORMAT,
    width: 180,
    cell: (row) => textCell(row.label),
  };
  const table = placeTable(
    nextRow,
    1,
    [labelColumn, ...kpis.columns],
    rows.map((row, index) => ({ data: row, bold: index === rows.length - 1 })),
  );
  blocks.push(table.block);

  return {
    sheet: finishSheet({
      role: 'channels',
      name: labels.sheetNames.channels,
      blocks,
      frozenRows: table.headerRow,
      frozenColumns: 1,
      columnWidths: mergeWidths([{ firstColumn: 1, widths: table.widths }]),
      charts: channelChart(table, summary.byChannel.length, labels.channels.chartTitle),
    }),
    kpis: assumptions ? [...kpis.kpis, 'grossMargin', 'expectedPurchases'] : kpis.kpis,
  };
}
