/**
 * Sheet 6, メール / Email (design §6, §5): one row per campaign with delivered, opens and clicks as
 * values and the open, click and click-to-open rates as formulas. Written only when there are rows.
 */
import type { EmailTableRow, FunnelSummary } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { formulaCell, NULL_CELL, numberCell, textCell } from './cells';
import { COUNT_FORMAT, PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { divide } from './formula';
import type { KpiKey } from './kpiCatalog';
import { kpiName, reportLabels } from './labels';
import { contextLine, finishSheet, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import { placeTable, type TableColumn } from './table';

type EmailColumn = TableColumn<EmailTableRow>;

/**
 * Builds the email sheet, or `null` when the summary has no email rows.
 *
 * @example
 * buildEmailSheet({ ...summary, email: [] }, settings)
 * //=> null
 */
export function buildEmailSheet(summary: FunnelSummary, settings: FunnelSettings): BuiltSheet | null {
  if (summary.email.length === 0) return null;
  const language = settings.language;
  const labels = reportLabels(language);
  const top = preamble(labels.sheetNames.email, [contextLine(summary, labels), labels.email.note]);

  const count = (key: KpiKey, value: (row: EmailTableRow) => number | null): EmailColumn => ({
    key,
    header: kpiName(key, language),
    format: COUNT_FORMAT,
    width: 110,
    cell: (row) => numberCell(value(row)),
  });
  const rate = (key: KpiKey, numerator: KpiKey, denominator: KpiKey): EmailColumn => ({
    key,
    header: kpiName(key, language),
    format: RATE_FORMAT,
    width: 130,
    cell: (_row, locate) => {
      const top = locate.here(numerator);
      const bottom = locate.here(denominator);
      return top === undefined || bottom === undefined ? NULL_CELL : formulaCell(divide(top, bottom));
    },
  });
  const hasOpens = summary.email.some((row) => row.opens !== null);
  const hasClicks = summary.email.some((row) => row.clicks !== null);

  const columns: EmailColumn[] = [
    { key: 'campaign', header: labels.email.campaign, format: PLAIN_FORMAT, width: 220, cell: (row) => textCell(row.campaign) },
    count('delivered', (row) => row.delivered),
  ];
  const kpis: KpiKey[] = ['delivered'];
  if (hasOpens) {
    columns.push(count('opens', (row) => row.opens));
    kpis.push('opens');
  }
  if (hasClicks) {
    columns.push(count('emailClicks', (row) => row.clicks));
    kpis.push('emailClicks');
  }
  if (hasOpens) {
    columns.push(rate('openRate', 'opens', 'delivered'));
    kpis.push('openRate');
  }
  if (hasClicks) {
    columns.push(rate('clickRate', 'emailClicks', 'delivered'));
    kpis.push('clickRate');
  }
  if (hasOpens && hasClicks) {
    columns.push(rate('clickToOpenRate', 'emailClicks', 'opens'));
    kpis.push('clickToOpenRate');
  }

  const table = placeTable(top.nextRow + 1, 1, columns, summary.email.map((row) => ({ data: row })));
  return {
    sheet: finishSheet({
      role: 'email',
      name: labels.sheetNames.email,
      blocks: [top.block, table.block],
      frozenRows: table.headerRow,
      frozenColumns: 1,
      columnWidths: mergeWidths([{ firstColumn: 1, widths: table.widths }]),
      charts: [],
    }),
    kpis,
  };
}
