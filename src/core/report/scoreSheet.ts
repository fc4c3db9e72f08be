/**
 * Sheet 4, スコア分析 / Lead score (design §6, §5): leads, opportunities, wins and losses per score
 * band, with 商談化率, 商談→受注率 and 受注率 (closed opportunities) as formulas. Written only when the
 * summary has score bands.
 */
import type { FunnelSummary, ScoreBandRow } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { formulaCell, NULL_CELL, numberCell, textCell } from './cells';
import { COUNT_FORMAT, PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { ratioExpression } from './kpiColumns';
import type { KpiKey } from './kpiCatalog';
import { kpiName, reportLabels } from './labels';
import { contextLine, finishSheet, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import { placeTable, type RowLocator, type TableColumn } from './table';

/** The ratio's own recipe (design §5) over this row's cells. */
function rateOf(key: 'opportunityRate' | 'opportunityToWinRate' | 'winRate') {
  return (_row: ScoreBandRow, locate: RowLocator) => {
    const expression = ratioExpression(key, locate.here);
    return expression === undefined ? NULL_CELL : formulaCell(expression);
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
  const count = (key: 'leads' | 'opportunities' | 'won' | 'lost'): TableColumn<ScoreBandRow> => ({
    key,
    header: kpiName(key, language),
    format: COUNT_FORMAT,
    width: 110,
    cell: (row) => numberCell(row[key]),
  });
  const rate = (key: 'opportunityRate' | 'opportunityToWinRate' | 'winRate'): TableColumn<ScoreBandRow> => ({
    key,
    header: kpiName(key, language),
    format: RATE_FORMAT,
    width: 110,
    cell: rateOf(key),
  });
  const table = placeTable(
    top.nextRow + 1,
    1,
    [
      { key: 'band', header: labels.scores.band, format: PLAIN_FORMAT, width: 140, cell: (row) => textCell(row.band) },
      count('leads'),
      count('opportunities'),
      count('won'),
      count('lost'),
      rate('opportunityRate'),
      rate('opportunityToWinRate'),
      rate('winRate'),
    ],
    summary.scoreBands.map((row) => ({ data: row })),
  );
  const kpis: KpiKey[] = ['leads', 'opportunities', 'won', 'lost', 'opportunityRate', 'opportunityToWinRate', 'winRate'];
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
