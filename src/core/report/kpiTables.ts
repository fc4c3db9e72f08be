/**
 * A sheet's KPI columns laid out as a core table and secondary tables below it (design §6): the
 * core table holds what a manager reads first and stays within {@link MAX_TABLE_COLUMNS}, so it fits
 * a laptop screen and one A4 landscape page; the secondary tables repeat the row labels and hold
 * the rest. A ratio in a secondary table may use the core table's cells of the same row.
 */
import type { KpiRow, RatioKey } from '../model/summary';
import type { Language } from '../model/types';
import type { KpiKey, MeasureKey } from './kpiCatalog';
import { kpiColumnsFor, shownKpis, type LtvAssumptionCells } from './kpiColumns';
import { MAX_TABLE_COLUMNS } from './model';
import { placeTable, type PlacedTable, type TableColumn, type TableRow } from './table';

type KpiColumnKey = MeasureKey | RatioKey;

/** Which KPI goes to which table, in reading order. */
export interface KpiLayout {
  readonly core: readonly KpiColumnKey[];
  /** Ads and site: the web part of the funnel. */
  readonly web: readonly KpiColumnKey[];
  /** Stages and deals: MQL/SQL, closed and open opportunities, unit costs and LTV. */
  readonly deals: readonly KpiColumnKey[];
}

const WEB_KEYS: readonly KpiColumnKey[] = [
  'impressions',
  'clicks',
  'ctr',
  'cpc',
  'engagedSessions',
  'engagementRate',
  'downloads',
  'downloadRate',
  'leadConversionRate',
  // CPC's cost (the ad rows with clicks, design §5) last, so the columns above keep their widths.
  'adCost',
];
const DEAL_KEYS: readonly KpiColumnKey[] = [
  'mql',
  'sql',
  'mqlRate',
  'sqlRate',
  'openOpportunities',
  'pipelineAmount',
  'opportunityToWinRate',
  'leadToWinRate',
  'costPerOpportunity',
  'averageDealSize',
  'ltv',
  'ltvToCac',
];

/** チャネル別: cost, sessions, leads, 商談, 受注 (and 失注, which 受注率 needs), 受注金額, CPL, 商談化率, 受注率, CAC, ROAS. */
export const CHANNEL_LAYOUT: KpiLayout = {
  core: ['cost', 'sessions', 'leads', 'opportunities', 'won', 'lost', 'revenue', 'cpl', 'opportunityRate', 'winRate', 'cac', 'roas'],
  web: WEB_KEYS,
  deals: DEAL_KEYS,
};

/** 月次推移: counts, money and the core rates; the month, its status and two changes join them. Sessions and CPL go below. */
export const MONTHLY_LAYOUT: KpiLayout = {
  core: ['leads', 'opportunities', 'won', 'lost', 'revenue', 'cost', 'opportunityRate', 'winRate', 'cac', 'roas'],
  web: ['sessions', ...WEB_KEYS],
  deals: ['cpl', ...DEAL_KEYS],
};

export interface KpiTablesInput<Row> {
  /** Header row of the core table. */
  readonly headerRow: number;
  readonly labelColumn: TableColumn<Row>;
  /** Columns of the core table after the label and before the KPIs (e.g. the month's status). */
  readonly leading?: readonly TableColumn<Row>[];
  /** Columns of the core table after the KPIs (e.g. changes against the previous row). */
  readonly trailing?: (shown: ReadonlySet<string>) => readonly TableColumn<Row>[];
  readonly rows: readonly TableRow<Row>[];
  readonly kpisOf: (row: Row) => KpiRow;
  readonly layout: KpiLayout;
  readonly captions: { readonly web: string; readonly deals: string };
  readonly language: Language;
  readonly currency: string;
  readonly assumptions?: LtvAssumptionCells;
}

export interface KpiTables {
  readonly core: PlacedTable;
  /** Core first, then the secondary tables that have any column. */
  readonly tables: readonly PlacedTable[];
  /** KPI keys shown in any table, for the guide sheet. */
  readonly kpis: readonly KpiKey[];
  /** Every measure and ratio the rows can show. */
  readonly shown: ReadonlySet<string>;
  /** First free row below the last table. */
  readonly nextRow: number;
}

/** Rows between one table's last row and the next table's caption. */
const GAP = 2;

/**
 * Places the core table at `headerRow` and each non-empty secondary table below it.
 *
 * @throws RangeError when a table would be wider than {@link MAX_TABLE_COLUMNS}: a layout error.
 */
export function placeKpiTables<Row>(input: KpiTablesInput<Row>): KpiTables {
  const allRows = input.rows.map((row) => input.kpisOf(row.data));
  const shown = shownKpis(allRows, input.assumptions !== undefined);
  const options = { language: input.language, currency: input.currency, assumptions: input.assumptions };
  const core = kpiColumnsFor(input.layout.core, shown, input.kpisOf, options);
  const trailing = input.trailing?.(shown) ?? [];
  const checkWidth = (columns: readonly unknown[]): void => {
    if (columns.length > MAX_TABLE_COLUMNS) throw new RangeError(`a report table has ${columns.length} columns; at most ${MAX_TABLE_COLUMNS} fit`);
  };
  const coreColumns = [input.labelColumn, ...(input.leading ?? []), ...core.columns, ...trailing];
  checkWidth(coreColumns);
  const coreTable = placeTable(input.headerRow, 1, coreColumns, input.rows);
  const tables: PlacedTable[] = [coreTable];
  const kpis: KpiKey[] = [...core.kpis];
  let nextRow = coreTable.lastDataRow + 1;
  for (const [keys, caption] of [
    [input.layout.web, input.captions.web],
    [input.layout.deals, input.captions.deals],
  ] as const) {
    const secondary = kpiColumnsFor(keys, shown, input.kpisOf, options);
    if (secondary.columns.length === 0) continue;
    const columns = [input.labelColumn, ...secondary.columns];
    checkWidth(columns);
    // Caption one row below the gap, header under it.
    const table = placeTable(nextRow + GAP, 1, columns, input.rows, { caption, borrowFrom: coreTable });
    tables.push(table);
    kpis.push(...secondary.kpis);
    nextRow = table.lastDataRow + 1;
  }
  return { core: coreTable, tables, kpis, shown, nextRow };
}
