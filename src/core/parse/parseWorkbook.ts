/**
 * Reading every mapped data tab into typed rows (design §3.3): the one place where raw cell values
 * become {@link ParsedWorkbook}. Pure: the caller passes the values and the spreadsheet's zone.
 */
import { missingFields } from '../model/requiredFields';
import { dayFromCivil, dayToIso } from '../dates/calendar';
import { readInOrder, type DateOrder } from '../dates/dateOrder';
import type {
  AdRow,
  AnyField,
  DayNumber,
  DealRow,
  EmailRow,
  Language,
  LeadAttributeColumn,
  LeadRow,
  ParsedWorkbook,
  SourceTabSummary,
  TabKind,
  TabMapping,
  TargetRow,
  TrafficRow,
  UnreadableValue,
  WarningCode,
} from '../model/types';
import { FIELDS_BY_KIND } from '../model/types';
import type { ZoneOffsetResolver } from '../model/zone';
import { fieldLabel, kindLabel } from '../vocabulary/fieldLabels';
import type { KindRecord } from './kindReaders';
import { closeDateMeansWon, createRowReader, leadAttributeColumns } from './kindReaders';
import { assumedDateOrderMessage, dealsDatedByCloseMessage, footerRowsMessage, headerNotFoundMessage, missingTabMessage, mixedCurrenciesMessage, summaryRowsMessage, totalRowsMessage, unusableTabMessage } from './messages';
import { summaryRowsOf } from './summaryRows';
import { mergeRepeatedDeals } from './repeatedDeals';
import { dropRepeatedAdRows } from './repeatedAdRows';
import { nextTableStart, trailingFooter } from './footerRows';
import { groupFills } from './groupColumn';
import { createRepeatedHeaderCheck, isBlankRow, isNoteRow, totalLabelColumn } from '../vocabulary/structureRows';
import { isUndatedRow, totalRowsOf, type TotalCandidate } from './totalRows';
import { currencyOfAmount, parseNumber } from '../numbers/parseNumber';
import type { TabContext } from './rowFields';
import { createRowFields } from './rowFields';
import { countDataRows } from '../recognition/recognizeTab';
import { decideDateOrder } from './columnDateOrder';
import type { WarningLog } from './warningLog';
import { createWarningLog, ROW_WARNINGS_PER_COLUMN } from './warningLog';
import { cellText, isBlank } from '../text/normalize';
import { headerUnitScale } from '../vocabulary/headerKey';
import { serverMessage, type ServerMessageKey, type ServerMessageParams } from '../text/messages';
import { formatNumber } from '../money/currency';

export interface SheetTab {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
}

export interface ParseOptions {
  readonly zoneOffset: ZoneOffsetResolver;
  readonly language: Language;
  /** Today in the spreadsheet's zone (the adapter knows the clock; the core does not). */
  readonly today?: DayNumber;
  /** Headers of leads columns the user picked as attributes (design §4.7), besides the recognised ones. */
  readonly attributeColumns?: readonly string[];
  /**
   * The spreadsheet's locale (`ja_JP`, `en_US`, `en_GB` …): the order of a date column whose values
   * could all be read day first or month first. Default `ja_JP`, the spreadsheet default we serve.
   */
  readonly locale?: string;
}

const DEFAULT_LOCALE = 'ja_JP';

/** Date fields whose numeric-date order is decided per column. */
const DATE_FIELDS: readonly AnyField[] = [
  'date', 'created_date', 'mql_date', 'sql_date', 'opportunity_date', 'won_date', 'close_date', 'month',
];

/** Text columns where a total row may carry its label besides the first columns. */
const LABEL_FIELDS: readonly AnyField[] = ['date', 'created_date', 'month', 'channel', 'campaign', 'metric'];

/** How the first ambiguous value of a column reads in the order chosen for it, for the warning. */
function readingOf(parts: Parameters<typeof readInOrder>[0], order: DateOrder): { order: DateOrder; reading: string } {
  // A four-digit year is always last, so a year-first locale reads such a value month first.
  const applied: DateOrder = order === 'ymd' && !parts.shortYear ? 'mdy' : order;
  const { year, month, day } = readInOrder(parts, applied);
  return { order: applied, reading: dayToIso(dayFromCivil(year, month, day)) };
}

function dateOrders(
  tab: SheetTab,
  mapping: TabMapping,
  log: WarningLog,
  options: ParseOptions,
): Partial<Record<AnyField, DateOrder>> {
  const orders: Partial<Record<AnyField, DateOrder>> = {};
  const locale = options.locale ?? DEFAULT_LOCALE;
  const header = tab.values[mapping.headerRow] ?? [];
  for (const field of DATE_FIELDS) {
    const column = mapping.columns[field];
    if (column === undefined) continue;
    const decision = decideDateOrder(tab.values, mapping.headerRow, column, locale);
    if (decision.order) orders[field] = decision.order;
    if (decision.order && decision.assumedFrom) {
      const { order, reading } = readingOf(decision.assumedFrom.parts, decision.order);
      const columnName = cellText(header[column]) ?? fieldLabel(field, options.language);
      log.general({
        tab: tab.name,
        row: null,
        field,
        code: 'ambiguous_date_order',
        message: assumedDateOrderMessage({ tab: tab.name, column: columnName, locale, order, example: decision.assumedFrom.text, reading }, options.language),
      });
    }
  }
  return orders;
}

/** The column every data row must fill: the first required field of the kind. */
function anchorColumn(mapping: TabMapping, kind: TabKind): number | undefined {
  const { columns } = mapping;
  switch (kind) {
    case 'ads':
    case 'traffic':
      return columns.date;
    case 'leads':
      return columns.created_date;
    case 'deals':
      return columns.created_date ?? columns.close_date;
    case 'email':
      return columns.delivered ?? columns.sent;
    case 'targets':
      return columns.month;
  }
}

/** Says once for a deals tab without a created date that its deals are dated by their close date. */
function noteDealsDatedByClose(tab: string, mapping: TabMapping, header: readonly unknown[], log: WarningLog, language: Language): void {
  const closeColumn = mapping.columns.close_date;
  if (mapping.columns.created_date !== undefined || closeColumn === undefined) return;
  const { columns } = mapping;
  const outcomeKnown = columns.stage !== undefined || columns.deal_status !== undefined || columns.won_flag !== undefined || columns.lost_flag !== undefined || columns.closed_flag !== undefined;
  const wonList = !outcomeKnown && closeDateMeansWon(mapping, header);
  const column = cellText(header[closeColumn]) ?? fieldLabel('close_date', language);
  log.general({
    tab,
    row: null,
    field: 'created_date',
    code: 'deals_dated_by_close',
    message: dealsDatedByCloseMessage(tab, column, wonList, language),
  });
}

interface TabResult {
  readonly records: readonly KindRecord[];
  readonly rowsRead: number;
  readonly rowsSkipped: number;
  readonly attributes: readonly LeadAttributeColumn[];
  /** When rows were there but none could be read: the first few values that stopped them (design §3.2.1). */
  readonly unreadable: readonly UnreadableValue[] | null;
}

/** How many unreadable values a tab that gave no row quotes. */
const UNREADABLE_EXAMPLES = 3;
/** Skipped rows looked at for distinct examples (as many as the log keeps warnings for per column). */
const SKIPPED_ROWS_SEARCHED = ROW_WARNINGS_PER_COLUMN;

/**
 * Up to three different values that stopped the first skipped rows, from the warnings the field
 * readers logged for them (each skipped row has at least one, naming its field). A column of the
 * same bad date is one example, not three.
 */
function unreadableValues(tab: SheetTab, mapping: TabMapping, skippedRows: readonly number[], log: WarningLog): UnreadableValue[] {
  const examples: UnreadableValue[] = [];
  const seen = new Set<string>();
  for (const row of skippedRows) {
    if (examples.length >= UNREADABLE_EXAMPLES) break;
    const warning = log.warnings.find((w) => w.tab === tab.name && w.row === row && w.field !== null);
    const field = warning?.field as AnyField | undefined;
    if (field === undefined) continue;
    const column = mapping.columns[field] ?? (field === 'delivered' ? mapping.columns.sent : undefined);
    const value = column === undefined ? undefined : tab.values[row - 1]?.[column];
    const key = `${field}\u0000${cellText(value).trim()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    examples.push({ field, value, row });
  }
  return examples;
}

/** The required date column every data row fills, if the tab has one (email dates are optional). */
function dateColumnOf(mapping: TabMapping, kind: TabKind): number | undefined {
  switch (kind) {
    case 'ads':
    case 'traffic':
      return mapping.columns.date;
    case 'leads':
    case 'deals':
      return mapping.columns.created_date;
    case 'targets':
      return mapping.columns.month;
    case 'email':
      return undefined;
  }
}

/** The tab's main number, summed by its total rows. */
function measureColumnOf(mapping: TabMapping, kind: TabKind): number | undefined {
  const { columns } = mapping;
  switch (kind) {
    case 'ads':
      return columns.cost;
    case 'traffic':
      return columns.sessions;
    case 'email':
      return columns.delivered ?? columns.sent;
    case 'targets':
      return columns.target;
    case 'leads':
    case 'deals':
      return columns.amount;
  }
}

const ID_FIELDS: readonly AnyField[] = ['lead_id', 'deal_id', 'campaign_id', 'contact_id'];

/** Columns a report's unlabelled summary row leaves blank, and its measures (the main one first). */
const SUMMARY_FIELDS: Partial<Record<TabKind, { readonly names: readonly AnyField[]; readonly measures: readonly AnyField[] }>> = {
  ads: { names: ['campaign', 'channel'], measures: ['cost', 'impressions', 'clicks', 'conversions'] },
  traffic: { names: ['channel', 'medium'], measures: ['sessions', 'new_users', 'engaged_sessions', 'downloads'] },
};

function columnsOf(mapping: TabMapping, fields: readonly AnyField[]): number[] {
  return fields.map((field) => mapping.columns[field]).filter((column): column is number => column !== undefined);
}

/**
 * The 0-based rows of an ads or traffic tab that are its report's unlabelled summary (design §3.2);
 * none for other kinds, or when the main measure (cost, sessions) has no column.
 */
function summaryRowsOfTab(
  tab: SheetTab,
  mapping: TabMapping,
  kind: TabKind,
  tableEnd: number,
  isTableRow: (row: readonly unknown[]) => boolean,
): ReadonlySet<number> {
  const fields = SUMMARY_FIELDS[kind];
  if (fields === undefined || mapping.columns[fields.measures[0] as AnyField] === undefined) return new Set();
  return new Set(
    summaryRowsOf({
      values: tab.values,
      from: mapping.headerRow + 1,
      to: tableEnd,
      isTableRow,
      nameColumns: columnsOf(mapping, fields.names),
      measureColumns: columnsOf(mapping, fields.measures),
    }),
  );
}

/** How many different currencies a money column is searched for: two already make it mixed. */
const CURRENCIES_NAMED = 3;

/**
 * The currencies a tab's money column is written in, when it holds more than one (`JPY 1,200,000`
 * and `USD 12,000.00` in a Salesforce multi-currency report): amounts are added as written, never
 * converted (design §1), so the user must hear of it.
 */
function mixedCurrencies(values: readonly (readonly unknown[])[], from: number, to: number, column: number | undefined): string[] {
  if (column === undefined) return [];
  const seen: string[] = [];
  for (let index = from; index < to && seen.length < CURRENCIES_NAMED; index += 1) {
    const currency = currencyOfAmount(values[index]?.[column]);
    if (currency !== null && !seen.includes(currency)) seen.push(currency);
  }
  return seen.length > 1 ? seen : [];
}

/**
 * Whether a single-cell line below the table holds the tab's required value (design §3.2.1): a
 * date in its required date column, a number in an e-mail tab's delivered or sent column. Such a
 * line is data, never an export's footer.
 */
function footerLineReadsAsData(mapping: TabMapping, kind: TabKind, options: ParseOptions): (row: readonly unknown[], column: number) => boolean {
  const anchor = anchorColumn(mapping, kind);
  if (anchor === undefined) return () => false;
  if (kind === 'email') return (row, column) => column === anchor && parseNumber(row[column]).kind === 'number';
  return (row, column) => {
    if (column !== anchor) return false;
    // A record count typed as a number (`200` under 作成日 in an .xlsx) is no date, though it is a serial.
    const cell = row[column];
    if (typeof cell === 'number' && cell < OLDEST_SERIAL_DATE) return false;
    return !isUndatedRow(row, column, options.zoneOffset);
  };
}

/** Spreadsheet serial of 1950-01-01: a smaller number in a date column is a count, not a date of data. */
const OLDEST_SERIAL_DATE = 18264;

/**
 * A note about a whole tab (a warning without a row), worded from the message table with the tab's
 * name: one call for the notes the layout rules of design §3.2.1 leave.
 */
function tabNote<K extends ServerMessageKey>(
  log: WarningLog,
  tab: string,
  code: WarningCode,
  field: AnyField | null,
  language: Language,
  key: K,
  values: Omit<ServerMessageParams<K>, 'tab'>,
): void {
  // The values are checked against the key's placeholders above; the tab's name is the one added here.
  const word = serverMessage as (language: Language, key: K, values: Readonly<Record<string, string | number>>) => string;
  const message = word(language, key, { tab, ...values });
  log.general({ tab, row: null, field, code, message });
}

/**
 * The money columns of a tab written in a larger unit (`費用（千円）`, `受注金額（万円）`), each said
 * once: their values are read in yen.
 */
function moneyScales(tab: SheetTab, mapping: TabMapping, log: WarningLog, language: Language): Partial<Record<AnyField, number>> | undefined {
  let scales: Partial<Record<AnyField, number>> | undefined;
  for (const field of ['cost', 'amount'] as const) {
    const column = mapping.columns[field];
    const header = column === undefined ? undefined : tab.values[mapping.headerRow]?.[column];
    const scale = headerUnitScale(header);
    if (scale === 1) continue;
    (scales ??= {})[field] = scale;
    tabNote(log, tab.name, 'unit_scaled', field, language, 'parse.unitScaled', { column: cellLabel(header), scale: formatNumber(scale, 0) });
  }
  return scales;
}

/** A grouped report's first column, its blank cells filled from their group's first row (said once). */
function withGroupsFilled(tab: SheetTab, mapping: TabMapping, log: WarningLog, language: Language): SheetTab {
  const fills = Object.values(mapping.columns).includes(0) ? groupFills(tab.values, mapping.headerRow + 1) : [];
  if (fills.length === 0) return tab;
  const values = tab.values.slice();
  for (const [index, value] of fills) values[index] = [value, ...(values[index] ?? []).slice(1)];
  const column = cellLabel(tab.values[mapping.headerRow]?.[0]);
  tabNote(log, tab.name, 'group_values_filled', null, language, 'parse.groupFilled', { column, count: fills.length });
  return { name: tab.name, values };
}

function readTab(sheet: SheetTab, mapping: TabMapping, kind: TabKind, options: ParseOptions, log: WarningLog): TabResult {
  const tab = withGroupsFilled(sheet, mapping, log, options.language);
  const scales = moneyScales(tab, mapping, log, options.language);
  const context: TabContext = {
    tab: tab.name,
    mapping,
    zoneOffset: options.zoneOffset,
    language: options.language,
    log,
    dateOrders: dateOrders(tab, mapping, log, options),
    ...(options.today !== undefined ? { today: options.today } : {}),
    ...(options.attributeColumns !== undefined ? { attributeColumns: options.attributeColumns } : {}),
    ...(scales ? { scales } : {}),
  };
  const header = tab.values[mapping.headerRow] ?? [];
  if (kind === 'deals') noteDealsDatedByClose(tab.name, mapping, header, log, options.language);
  const read = createRowReader(kind, context, header);
  const mappedColumns = Object.values(mapping.columns).filter((column): column is number => column !== undefined);
  const labelColumns = LABEL_FIELDS.map((field) => mapping.columns[field]).filter(
    (column): column is number => column !== undefined,
  );
  const dateColumn = dateColumnOf(mapping, kind);
  // Sheets pads every row to the sheet's width: the header ends at its last labelled cell.
  let headerWidth = header.length;
  while (headerWidth > 0 && isBlank(header[headerWidth - 1])) headerWidth -= 1;
  const cursor = createRowFields(context);
  const isRepeatedHeader = createRepeatedHeaderCheck(header, mappedColumns, anchorColumn(mapping, kind));
  const records: KindRecord[] = [];
  const firstSkipped: number[] = [];
  const totalRows: number[] = [];
  // Without a date column a total is told by the whole tab's shape: candidates wait for it.
  const candidates: TotalCandidate[] = [];
  const dataRows: number[] = [];
  // A second table below this one (GA4) is not this tab's rows: the table, and its footer, end above it.
  const nextTable = nextTableStart(tab.values, mapping.headerRow + 1);
  const otherRows = nextTable === null ? 0 : tab.values.slice(nextTable).filter((row) => !isBlankRow(row) && !isNoteRow(row)).length;
  if (otherRows > 0) {
    tabNote(log, tab.name, 'other_tables_skipped', null, options.language, 'parse.otherTables', { row: (nextTable as number) + 2, count: otherRows });
  }
  const footer = trailingFooter(nextTable === null ? tab.values : tab.values.slice(0, nextTable), mapping.headerRow, footerLineReadsAsData(mapping, kind, options));
  const tableEnd = footer?.start ?? nextTable ?? tab.values.length;
  // Blank rows, notes and repeated headers are passed over without a word; labelled totals are told below.
  const isStructureRow = (row: readonly unknown[]): boolean => isBlankRow(row) || isNoteRow(row) || isRepeatedHeader(row);
  const hasTotalLabel = (row: readonly unknown[]): boolean => totalLabelColumn(row, labelColumns, headerWidth) >= 0;
  // A dated tab's total row has no date and a total label. The date is tested first: nearly every
  // row has one, while a label is searched for in several cells.
  const isDatedTotal = (row: readonly unknown[], column: number): boolean => isUndatedRow(row, column, options.zoneOffset) && hasTotalLabel(row);
  const summaryRows = summaryRowsOfTab(tab, mapping, kind, tableEnd, (row) =>
    !isStructureRow(row) && !(dateColumn === undefined ? hasTotalLabel(row) : isDatedTotal(row, dateColumn)),
  );
  let rowsRead = 0;
  let unreadableRows = 0;
  const readRow = (row: readonly unknown[], index: number): void => {
    const result = read(cursor.at(row, index + 1));
    if (result === null) {
      unreadableRows += 1;
      if (firstSkipped.length < SKIPPED_ROWS_SEARCHED) firstSkipped.push(index + 1);
      return;
    }
    rowsRead += 1;
    // A row gives one record, a wide targets row one per metric: a spread, not an iterator per row.
    records.push(...result);
  };
  for (let index = mapping.headerRow + 1; index < tableEnd; index += 1) {
    const row = tab.values[index] ?? [];
    if (isStructureRow(row) || summaryRows.has(index)) continue;
    if (dateColumn !== undefined) {
      if (isDatedTotal(row, dateColumn)) {
        totalRows.push(index + 1);
        continue;
      }
    } else {
      const labelColumn = totalLabelColumn(row, labelColumns, headerWidth);
      if (labelColumn >= 0) {
        candidates.push({ index, labelColumn });
        continue;
      }
      dataRows.push(index);
    }
    readRow(row, index);
  }
  if (candidates.length > 0) {
    const idColumns = ID_FIELDS.map((field) => mapping.columns[field]).filter((column): column is number => column !== undefined);
    const totals = totalRowsOf(candidates, { values: tab.values, dataRows, measureColumn: measureColumnOf(mapping, kind), idColumns });
    for (const { index } of candidates) {
      if (totals.has(index)) totalRows.push(index + 1);
      else readRow(tab.values[index] ?? [], index);
    }
    totalRows.sort((a, b) => a - b);
  }
  if (totalRows.length > 0) {
    // The first row it names is its row (design §9.1), like any warning the user looks up in the tab.
    log.general({ tab: tab.name, row: totalRows[0] ?? null, field: null, code: 'total_rows_skipped', message: totalRowsMessage(tab.name, totalRows, options.language) });
  }
  if (summaryRows.size > 0) {
    const rows = [...summaryRows];
    const first = tab.values[rows[0] as number] ?? [];
    const filled = columnsOf(mapping, SUMMARY_FIELDS[kind]?.measures ?? []).filter((column) => !isBlank(first[column]));
    const message = summaryRowsMessage(tab.name, rows.map((index) => index + 1), filled.map((column) => cellLabel(header[column])), options.language);
    log.general({ tab: tab.name, row: (rows[0] as number) + 1, field: null, code: 'total_rows_skipped', message });
  }
  const footerRows = footer === null ? [] : footer.lines.map((index) => index + 1);
  if (footer !== null) {
    log.general({ tab: tab.name, row: footerRows[0] ?? null, field: null, code: 'footer_rows_skipped', message: footerRowsMessage(tab.name, footerRows, footer.example, options.language) });
  }
  const moneyColumn = kind === 'ads' ? mapping.columns.cost : kind === 'leads' || kind === 'deals' ? mapping.columns.amount : undefined;
  const currencies = mixedCurrencies(tab.values, mapping.headerRow + 1, tableEnd, moneyColumn);
  if (currencies.length > 0 && moneyColumn !== undefined) {
    const column = cellText(header[moneyColumn]) || fieldLabel(kind === 'ads' ? 'cost' : 'amount', options.language);
    log.general({ tab: tab.name, row: null, field: kind === 'ads' ? 'cost' : 'amount', code: 'mixed_currencies', message: mixedCurrenciesMessage(tab.name, column, currencies, options.language) });
  }
  const unreadable = rowsRead === 0 && unreadableRows > 0 ? unreadableValues(tab, mapping, firstSkipped, log) : null;
  if (kind === 'deals') {
    const merged = mergeRepeatedDeals(records as DealRow[]);
    if (merged.repeated > 0) {
      tabNote(log, tab.name, 'duplicate_deals_merged', 'deal_id', options.language, 'parse.repeatedDeals', { count: merged.repeated });
      records.splice(0, records.length, ...merged.deals);
    }
  }
  const attributes =
    kind === 'leads' ? leadAttributeColumns(context, header).map(({ key, field, header: text }) => ({ tab: tab.name, key, field, header: text })) : [];
  return { records, rowsRead, rowsSkipped: unreadableRows + totalRows.length + summaryRows.size + footerRows.length + otherRows, attributes, unreadable };
}

/**
 * Field → the header text of its column, as the user wrote it (JSON `sources`, design §9.1).
 *
 * @example
 * mappedHeaders({ tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 2 } }, [['日付', '媒体', '費用（円）']])
 * //=> { date: '日付', cost: '費用（円）' }
 */
export function mappedHeaders(mapping: TabMapping, values: readonly (readonly unknown[])[]): Record<string, string> {
  const header = values[mapping.headerRow] ?? [];
  const headers: Record<string, string> = {};
  const byColumn = Object.entries(mapping.columns).filter((entry): entry is [string, number] => entry[1] !== undefined);
  for (const [field, column] of byColumn.sort((a, b) => a[1] - b[1])) headers[field] = cellLabel(header[column]);
  return headers;
}

function cellLabel(value: unknown): string {
  return cellText(value).replace(/^\uFEFF/, '').trim();
}

/** Checks a mapping against its tab; returns the usable kind or logs why the tab is not read. */
function usableKind(tab: SheetTab | undefined, mapping: TabMapping, log: WarningLog, language: Language): TabKind | null {
  const kind = mapping.kind;
  if (kind === null) return null;
  if (!tab) {
    log.general({ tab: mapping.tab, row: null, field: null, code: 'unusable_tab', message: missingTabMessage(mapping.tab, language) });
    return null;
  }
  if (mapping.headerRow < 0 || mapping.headerRow >= tab.values.length) {
    log.general({
      tab: tab.name,
      row: mapping.headerRow + 1,
      field: null,
      code: 'header_not_found',
      message: headerNotFoundMessage(tab.name, mapping.headerRow + 1, language),
    });
    return null;
  }
  const missing = missingFields(mapping, kind);
  if (missing.length > 0) {
    log.general({
      tab: tab.name,
      row: null,
      field: missing[0] ?? null,
      code: 'unusable_tab',
      message: unusableTabMessage(
        tab.name,
        countDataRows(tab.values, mapping.headerRow),
        kindLabel(kind, language),
        missing.map((field) => fieldLabel(field, language)),
        language,
      ),
    });
    return null;
  }
  return kind;
}

function sourceOf(tab: SheetTab, mapping: TabMapping, kind: TabKind | null, rowsRead: number, rowsSkipped: number): SourceTabSummary {
  const source: SourceTabSummary = {
    tab: tab.name,
    kind,
    headerRow: mapping.headerRow + 1,
    rowsRead,
    rowsSkipped,
    mapping: mappedHeaders(mapping, tab.values),
  };
  // Only a tab actually read by its stated period carries it (a date column, when mapped, wins).
  const dateless = kind !== null && mapping.period !== undefined && mapping.columns.date === undefined;
  return dateless && mapping.period ? { ...source, period: mapping.period } : source;
}

function mappedFieldsOf(mapping: TabMapping, kind: TabKind): string[] {
  const known: readonly string[] = FIELDS_BY_KIND[kind];
  const fields = Object.keys(mapping.columns).filter(
    (field) => known.includes(field) && mapping.columns[field as AnyField] !== undefined,
  );
  if (kind === 'targets' && mapping.wideMetrics && Object.keys(mapping.wideMetrics).length > 0) {
    fields.push('metric', 'target');
  }
  return fields.map((field) => `${kind}.${field}`);
}

/**
 * Reads every mapped tab into typed rows.
 *
 * - Rows above and at `headerRow` are skipped; so are blank rows, `#` comment lines, total rows
 *   (`合計`, `Total`, `合計: アカウント` … in the first columns or a label column), repeated
 *   header rows and the export's footer below the table (`footerRows.ts`). Total rows and footer
 *   lines count as skipped, each kind named in one warning per tab; the others count as neither.
 * - A row whose required field is blank or unreadable is skipped and warned about with the tab,
 *   the 1-based row number the user sees, the field, a code and a message in `language`;
 *   `rowsSkipped` counts these rows, the total rows and the footer lines.
 * - Optional values that cannot be read become null, with a warning (see rowFields.ts).
 * - Tabs whose mapping lacks required columns, or that no longer exist, are not read and warned about.
 * - When two mappings name the same tab, the first is used.
 *
 * @example
 * parseWorkbook(
 *   [{ name: '広告', values: [['日付', '費用'], ['2025-04-01', '¥1,200'], ['合計', '¥1,200']] }],
 *   [{ tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1 } }],
 *   { zoneOffset: () => 540, language: 'ja' },
 * ).ads
 * //=> [{ tab: '広告', row: 2, date: 20179, channel: '広告', campaign: null, cost: 1200, impressions: null, clicks: null, conversions: null }]
 */
export function parseWorkbook(
  tabs: readonly SheetTab[],
  mappings: readonly TabMapping[],
  options: ParseOptions,
): ParsedWorkbook {
  const log = createWarningLog(options.language);
  const tabsByName = new Map<string, SheetTab>();
  for (const tab of tabs) if (!tabsByName.has(tab.name)) tabsByName.set(tab.name, tab);

  const ads: AdRow[] = [];
  const traffic: TrafficRow[] = [];
  const leads: LeadRow[] = [];
  const deals: DealRow[] = [];
  const email: EmailRow[] = [];
  const targets: TargetRow[] = [];
  const bucket: { readonly [K in TabKind]: KindRecord[] } = { ads, traffic, leads, deals, email, targets };
  const mappedFields = new Set<`${TabKind}.${string}`>();
  const sources: SourceTabSummary[] = [];
  const leadAttributes: LeadAttributeColumn[] = [];
  const unreadable = new Map<string, readonly UnreadableValue[]>();
  const seenTabs = new Set<string>();

  for (const mapping of mappings) {
    if (seenTabs.has(mapping.tab)) continue;
    seenTabs.add(mapping.tab);
    const tab = tabsByName.get(mapping.tab);
    const kind = usableKind(tab, mapping, log, options.language);
    if (kind === null || !tab) {
      if (tab) sources.push(sourceOf(tab, mapping, null, 0, 0));
      continue;
    }
    const result = readTab(tab, mapping, kind, options, log);
    const target = bucket[kind];
    // Indexed: 100,000 records, where for-of allocates a step object each until V8 optimises it.
    for (let index = 0; index < result.records.length; index += 1) target.push(result.records[index] as KindRecord);
    for (const field of mappedFieldsOf(mapping, kind)) mappedFields.add(field as `${TabKind}.${string}`);
    sources.push(sourceOf(tab, mapping, kind, result.rowsRead, result.rowsSkipped));
    if (result.unreadable !== null) unreadable.set(tab.name, result.unreadable);
    for (const attribute of result.attributes) leadAttributes.push(attribute);
    log.finishTab(tab.name);
  }

  const once = dropRepeatedAdRows(ads);
  for (const [tab, { other, count }] of once.repeated) {
    tabNote(log, tab, 'duplicate_ad_rows', null, options.language, 'parse.repeatedAdRows', { other, count });
  }
  const workbook = { ads: once.rows, traffic, leads, deals, email, targets, mappedFields, sources, unreadable, warnings: [...log.warnings] };
  return leadAttributes.length > 0 ? { ...workbook, leadAttributes } : workbook;
}
