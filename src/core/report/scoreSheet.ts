/**
 * Sheet 4, スコア分析 / Lead score (design §6, §5): leads, opportunities and wins per score band, with
 * 商談化率 and 受注率 as formulas. Written only when the summary has score bands.
 */
import type { FunnelSummary, ScoreBandRow } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { formulaCell, NULL_CELL, numberCell, textCell } from './cells';
import { COUNT_FORMAT, PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { divide } from './formula';
import { KPI_CATALOG, type KpiKey } from './kpiCatalog';
import { reportLabels } from './labels';
import { contextLine, finishSheet, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import { placeTable, type RowLocator, type TableColumn } from './table';

function rateOf(numerator: string, denominator: string) {
  return (_row: ScoreBandRow, locate: RowLocator) => {
    const top = locate.here(numerator);
    const bottom = locate.here(denominator);
    return top === undefined || bottom === undefined ? NULL_CELL : formulaCell(divide(top, bottom));
  };
}

/**
 * Builds the lead-score sheet, or `null` when there are no score bands.
 *
 * @example
 * buildScoreSheet({ ...summary, scoreBands: [] }, settings)
 * //=> null
 */
export function buildScoreSheet(summary: FunnelSummary, settings: FunnelSettings): BuiltSheet | null {
  if (summary.scoreBands.length === 0) return null;
  const language = settings.language;
  const labels = reportLabels(language);
  const top = preamble(labels.sheetNames.scores, [contextLine(summary, labels), labels.scores.note]);
  const count = (key: 'leads' | 'opportunities' | 'won'): TableColumn<ScoreBandRow> => ({
    key,
    header: KPI_CATALOG[key].name[language],
    format: COUNT_FORMAT,
    width: 110,
    cell: (row) => numberCell(row[key]),
  });
  const rate = (key: 'opportunityRate' | 'winRate', numerator: string, denominator: string): TableColumn<ScoreBandRow> => ({
    key,
    header: KPI_CATALOG[key].name[language],
    format: RATE_FORMAT,
    width: 110,
    cell: rateOf(numerator, denominator),
  });
  const table = placeTable(
    top.nextRow + 1,
    1,
    [
      { key: 'band', header: labels.scores.band, format: PLAIN_FORMAT, width: 140, cell: (row) => textCell(row.band) },
      count('leads'),
      count('opportunities'),
      count('won'),
      rate('opportunityRate', 'opportunities', 'leads'),
      rate('winRate', 'won', 'opportunities'),
    ],
    summary.scoreBands.map((row) => ({ data: row, bold: false })),
  );
  const kpis: KpiKey[] = ['leads', 'opportunities', 'won', 'opportunityRate', 'winRate'];
  return {
    sheet: finishSheet({
      role: 'scores',
      name: labels.sheetNames.scores,
      blocks: [top.block, table.block],
      frozenRows: table.headerRow,
      frozenColumns: 0,
      columnWidths: mergeWidths([{ firstColumn: 1, widths: table.widths }]),
      charts: [],
    }),
    kpis,
  };
}
