/**
 * Sheet 7, 属性別 / By attribute (design §6, §4.7): one table per lead attribute (業種, 従業員数, 役職,
 * キャンペーン, 資料 …, and the columns the user picked), one row per value with leads, MQL, SQL, 商談,
 * 受注, 失注 and 受注金額 as values and 商談化率, 受注率 and 商談→受注率 as formulas; small-sample rows
 * marked. Written only when the leads tab has such columns.
 */
import { MIN_FINDING_DENOMINATOR } from '../funnel/findings';
import type { AttributeRow } from '../model/breakdowns';
import type { FunnelSummary } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { EMPTY_CELL, formulaCell, label, makeBlock, NULL_CELL, numberCell, row, textCell } from './cells';
import { COUNT_FORMAT, moneyFormat, PLAIN_FORMAT, RATE_FORMAT } from './formats';
import { ratioExpression } from './kpiColumns';
import type { KpiKey } from './kpiCatalog';
import { kpiName, reportLabels } from './labels';
import type { Block } from './model';
import { contextLine, finishSheet, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import { placeTable, type PlacedTable, type TableColumn } from './table';

type CountKey = 'leads' | 'mql' | 'sql' | 'opportunities' | 'won' | 'lost';
type RateKey = 'opportunityRate' | 'winRate' | 'opportunityToWinRate';

const COUNTS: readonly CountKey[] = ['leads', 'mql', 'sql', 'opportunities', 'won', 'lost'];
const RATES: readonly RateKey[] = ['opportunityRate', 'winRate', 'opportunityToWinRate'];

/** Rows between one attribute's table and the next attribute's caption. */
const GAP = 2;

/**
 * Builds the attribute sheet, or `null` when the summary has no attribute tables.
 *
 * @example
 * buildAttributeSheet({ ...summary, byAttribute: [] }, settings)
 * //=> null
 */
export function buildAttributeSheet(summary: FunnelSummary, settings: FunnelSettings): BuiltSheet | null {
  const attributes = summary.byAttribute.filter((table) => table.rows.length > 0);
  if (attributes.length === 0) return null;
  const language = settings.language;
  const labels = reportLabels(language);
  const top = preamble(labels.sheetNames.attributes, [contextLine(summary, labels), labels.attributes.note(MIN_FINDING_DENOMINATOR)]);
  const hasRevenue = attributes.some((table) => table.rows.some((entry) => entry.revenue !== null));

  const count = (key: CountKey): TableColumn<AttributeRow> => ({
    key,
    header: kpiName(key, language),
    format: COUNT_FORMAT,
    width: 90,
    cell: (entry) => numberCell(entry[key]),
  });
  const rate = (key: RateKey): TableColumn<AttributeRow> => ({
    key,
    header: kpiName(key, language),
    format: RATE_FORMAT,
    width: 110,
    cell: (_entry, locate) => {
      const expression = ratioExpression(key, locate.here);
      return expression === undefined ? NULL_CELL : formulaCell(expression);
    },
  });
  const columns: TableColumn<AttributeRow>[] = [
    { key: 'value', header: labels.attributes.value, format: PLAIN_FORMAT, width: 200, cell: (entry) => textCell(entry.value) },
    ...COUNTS.map(count),
    ...(hasRevenue
      ? [{ key: 'revenue', header: kpiName('revenue', language), format: moneyFormat(summary.currency), width: 120, cell: (entry: AttributeRow) => numberCell(entry.revenue) }]
      : []),
    ...RATES.map(rate),
    {
      key: 'smallSample',
      header: labels.attributes.smallSample,
      format: PLAIN_FORMAT,
      width: 90,
      cell: (entry) => (entry.smallSample ? textCell(labels.attributes.yes) : EMPTY_CELL),
    },
  ];

  const blocks: Block[] = [top.block];
  const tables: PlacedTable[] = [];
  let next = top.nextRow + 1;
  for (const table of attributes) {
    const merged = table.rows.some((entry) => entry.kind === 'other');
    const captionRows = merged ? [row('caption', [label(table.attribute)]), row('context', [label(labels.attributes.merged(table.distinctValues))])] : [row('caption', [label(table.attribute)])];
    blocks.push(makeBlock(next, 1, captionRows));
    const placed = placeTable(next + captionRows.length, 1, columns, table.rows.map((entry) => ({ data: entry })));
    tables.push(placed);
    next = placed.lastDataRow + 1 + GAP;
  }
  const kpis: KpiKey[] = [...COUNTS, ...(hasRevenue ? (['revenue'] as const) : []), ...RATES];
  return {
    sheet: finishSheet({
      role: 'attributes',
      name: labels.sheetNames.attributes,
      blocks: [...blocks, ...tables.map((table) => table.block)],
      // Every table has the same columns, so the first header stays in view over all of them.
      frozenRows: tables[0]?.headerRow ?? 0,
      frozenColumns: 1,
      columnWidths: mergeWidths(tables.map((table) => ({ firstColumn: 1, widths: table.widths }))),
      charts: [],
    }),
    kpis,
  };
}
