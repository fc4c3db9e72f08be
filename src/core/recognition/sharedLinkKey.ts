/**
 * A column that links deals to leads because both tabs have it (design §3.2.1): the same header in
 * the deals tab and the leads tab (`mql_id` in a marketing-funnel data set's MQL list and its closed
 * deals), holding the leads tab's ids. Recognition maps it as the `link_key` of both tabs (or, when
 * the leads tab already reads that column as its lead ID, as the deals tab's `lead_id`), so the
 * sidebar shows it and the user can change it like any other column. A table's own record number
 * (`レコード番号`, `ID`, `No`) is never such a column: both tabs have one, numbered from 1.
 */
import type { AnyField, TabMapping } from '../model/types';
import { cellText } from '../text/normalize';
import { headerKey } from '../vocabulary/headerKey';

interface TabValues {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
}

/** One tab with the mapping recognition proposed; `saved` mappings are the user's and left alone. */
export interface MappedTab {
  readonly tab: TabValues;
  readonly mapping: TabMapping;
  readonly saved: boolean;
}

/** Headers that name an identifier: `mql_id`, `Lead No`, `顧客番号`, `customer code`, `会員キー`. */
const ID_HEADER = /(?:id|ids|no|number|code|key|番号|コード|キー)$/;

/**
 * Headers of a table's own record number: every app numbers its own rows (kintone `レコード番号`
 * 1, 2, … in a lead app and a deal app alike), so the same header in both tabs links nothing.
 */
const OWN_RECORD_KEYS: ReadonlySet<string> = new Set(
  ['id', 'no', '#', '番号', 'no.', 'レコード番号', 'レコードid', 'record id', 'record number', 'row id', 'row number', '行番号', '連番', 'hs_object_id', 'object id'].map(headerKey),
);

/** Share of the leads column's values that must be distinct for it to hold ids. */
const DISTINCT_SHARE = 0.9;
/** Share of the deals column's values that must be found among the leads' ids. */
const MATCHED_SHARE = 0.5;

function mappedColumns(mapping: TabMapping): Map<number, AnyField> {
  const columns = new Map<number, AnyField>();
  for (const [field, column] of Object.entries(mapping.columns)) if (column !== undefined) columns.set(column, field as AnyField);
  return columns;
}

function columnValues(tab: TabValues, headerRow: number, column: number): string[] {
  const values: string[] = [];
  for (let index = headerRow + 1; index < tab.values.length; index += 1) {
    const text = cellText(tab.values[index]?.[column]).trim();
    if (text !== '') values.push(text);
  }
  return values;
}

/** The leads column's values when they are ids (nearly all distinct), else null. */
function idValues(tab: TabValues, headerRow: number, column: number): Set<string> | null {
  const values = columnValues(tab, headerRow, column);
  const distinct = new Set(values);
  return values.length > 0 && distinct.size >= DISTINCT_SHARE * values.length ? distinct : null;
}

function valuesMatch(dealValues: readonly string[], leadIds: ReadonlySet<string>): boolean {
  if (dealValues.length === 0) return false;
  const matched = dealValues.filter((value) => leadIds.has(value)).length;
  return matched > 0 && matched >= MATCHED_SHARE * dealValues.length;
}

interface SharedColumn {
  readonly dealsColumn: number;
  readonly leadsColumn: number;
  /** The leads tab already reads the column as its lead ID. */
  readonly leadsIdColumn: boolean;
}

function findSharedColumn(deals: MappedTab, leads: MappedTab): SharedColumn | null {
  const dealsMapped = mappedColumns(deals.mapping);
  const leadsMapped = mappedColumns(leads.mapping);
  const leadsHeader = leads.tab.values[leads.mapping.headerRow] ?? [];
  const leadsColumnByKey = new Map<string, number>();
  leadsHeader.forEach((cell, column) => {
    const key = headerKey(cell);
    const field = leadsMapped.get(column);
    if (key !== '' && !leadsColumnByKey.has(key) && (field === undefined || field === 'lead_id' || field === 'link_key')) {
      leadsColumnByKey.set(key, column);
    }
  });
  const dealsHeader = deals.tab.values[deals.mapping.headerRow] ?? [];
  for (let dealsColumn = 0; dealsColumn < dealsHeader.length; dealsColumn += 1) {
    if (dealsMapped.has(dealsColumn)) continue;
    const key = headerKey(dealsHeader[dealsColumn]);
    const leadsColumn = leadsColumnByKey.get(key);
    if (leadsColumn === undefined || !ID_HEADER.test(key) || OWN_RECORD_KEYS.has(key)) continue;
    const leadIds = idValues(leads.tab, leads.mapping.headerRow, leadsColumn);
    if (leadIds === null || !valuesMatch(columnValues(deals.tab, deals.mapping.headerRow, dealsColumn), leadIds)) continue;
    return { dealsColumn, leadsColumn, leadsIdColumn: leadsMapped.get(leadsColumn) === 'lead_id' };
  }
  return null;
}

/** A deals tab that names no lead by id looks for a shared column (its e-mail, if any, still links too). */
function needsSharedColumn(mapping: TabMapping): boolean {
  const { columns } = mapping;
  return columns.lead_id === undefined && columns.contact_id === undefined && columns.link_key === undefined;
}

function withColumn(mapping: TabMapping, field: AnyField, column: number): TabMapping {
  return { ...mapping, columns: { ...mapping.columns, [field]: column } };
}

/**
 * Maps a column shared by a deals tab and a leads tab as their link. Only recognised (unsaved)
 * mappings change, and only deals tabs without a lead or contact ID column look for one.
 *
 * @example
 * linkSharedColumns([
 *   { tab: { name: 'MQL', values: [['mql_id', 'first_contact_date'], ['m1', '2025-04-01'], ['m2', '2025-04-02']] }, mapping: leadsMapping, saved: false },
 *   { tab: { name: 'Deals', values: [['mql_id', 'won_date'], ['m2', '2025-05-01']] }, mapping: dealsMapping, saved: false },
 * ]).map((mapping) => mapping.columns.link_key)
 * //=> [0, 0]
 */
export function linkSharedColumns(tabs: readonly MappedTab[]): TabMapping[] {
  const mappings = tabs.map((entry) => entry.mapping);
  tabs.forEach((deals, dealsIndex) => {
    if (deals.saved || deals.mapping.kind !== 'deals' || !needsSharedColumn(deals.mapping)) return;
    for (let leadsIndex = 0; leadsIndex < tabs.length; leadsIndex += 1) {
      const leadsMapping = mappings[leadsIndex] as TabMapping;
      const leads = tabs[leadsIndex] as MappedTab;
      if (leads.saved || leadsMapping.kind !== 'leads') continue;
      const shared = findSharedColumn(deals, { ...leads, mapping: leadsMapping });
      if (shared === null) continue;
      const leadsLinkColumn = leadsMapping.columns.link_key;
      if (shared.leadsIdColumn) {
        mappings[dealsIndex] = withColumn(deals.mapping, 'lead_id', shared.dealsColumn);
      } else if (leadsLinkColumn === undefined || leadsLinkColumn === shared.leadsColumn) {
        mappings[dealsIndex] = withColumn(deals.mapping, 'link_key', shared.dealsColumn);
        mappings[leadsIndex] = withColumn(leadsMapping, 'link_key', shared.leadsColumn);
      } else {
        continue;
      }
      return;
    }
  });
  return mappings;
}
