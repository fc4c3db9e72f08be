/**
 * Lead attributes (design §4.7): which leads become deals, by industry, size, role, campaign,
 * content, lead type or any column the user picked. Like score bands, they describe the leads
 * created in the period and how far they got by the as-of date, whatever the view.
 */
import { ATTRIBUTE_FIELDS, type AttributeField, type AttributeRow, type AttributeTable } from '../model/breakdowns';
import type { DayNumber, Language, LeadAttributeColumn } from '../model/types';
import type { Bilingual } from '../text/translate';
import { fieldLabel } from '../vocabulary/fieldLabels';
import { decadeBand, employeeBand, sizeNumber, type Band } from './sizeBands';
import { MIN_FINDING_DENOMINATOR } from './findings';
import { reachesStage, type FunnelLead } from './funnelLead';
import { BLANK_KEY, BLANK_LABELS, compareCodeUnits, LabelBook } from './labels';
import type { MergedLead } from './mergeLeads';
import { divide } from './numbers';

/** At most this many rows per table; the smallest values are merged into その他 (design §4.7). */
export const MAX_ATTRIBUTE_ROWS = 12;

/** The row smaller values are merged into. */
const OTHER_LABELS: Bilingual = { ja: 'その他', en: 'Other' };

export interface AttributeInputs {
  readonly columns: readonly LeadAttributeColumn[];
  /** Merged leads and the funnel leads resolved from them, index by index. */
  readonly merged: readonly MergedLead[];
  readonly leads: readonly FunnelLead[];
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly language: Language;
  /** Whether any tab provides amounts (else revenue is null, design §5). */
  readonly revenueAvailable: boolean;
}

interface Counts {
  leads: number;
  mql: number;
  sql: number;
  opportunities: number;
  won: number;
  lost: number;
  revenue: number;
}

interface Bucket {
  readonly id: string;
  kind: AttributeRow['kind'];
  band: Band | null;
  readonly counts: Counts;
}

function emptyCounts(): Counts {
  return { leads: 0, mql: 0, sql: 0, opportunities: 0, won: 0, lost: 0, revenue: 0 };
}

function addLead(counts: Counts, lead: FunnelLead): void {
  counts.leads += 1;
  if (reachesStage(lead, 'mql')) counts.mql += 1;
  if (reachesStage(lead, 'sql')) counts.sql += 1;
  if (reachesStage(lead, 'opportunities')) {
    counts.opportunities += 1;
    if (reachesStage(lead, 'won')) counts.won += 1;
    else if (lead.outcome === 'lost') counts.lost += 1;
  }
  counts.revenue += lead.revenue;
}

function addCounts(target: Counts, source: Counts): void {
  target.leads += source.leads;
  target.mql += source.mql;
  target.sql += source.sql;
  target.opportunities += source.opportunities;
  target.won += source.won;
  target.lost += source.lost;
  target.revenue += source.revenue;
}

function toRow(value: string, kind: AttributeRow['kind'], counts: Counts, revenueAvailable: boolean): AttributeRow {
  return {
    value,
    kind,
    ...counts,
    revenue: revenueAvailable ? counts.revenue : null,
    opportunityRate: divide(counts.opportunities, counts.leads),
    winRate: divide(counts.won, counts.won + counts.lost),
    opportunityToWinRate: divide(counts.won, counts.opportunities),
    smallSample: counts.leads < MIN_FINDING_DENOMINATOR,
  };
}

/** The band a size value falls in, or null to keep it as a value. */
function bandOf(field: AttributeField | 'column', text: string, language: Language): Band | null {
  if (field !== 'employees' && field !== 'company_size') return null;
  const number = sizeNumber(text);
  if (number === null) return null;
  return field === 'employees' ? employeeBand(number, language) : decadeBand(number, language);
}

/** Leading number of a size written as text (`11-50`, `1〜10名`), for ordering ranges by size. */
function leadingNumber(text: string): number | null {
  const match = /^\s*([0-9][0-9,]*)/.exec(text.normalize('NFKC'));
  return match ? Number((match[1] ?? '').replace(/,/g, '')) : null;
}

function attributeName(column: LeadAttributeColumn, language: Language): string {
  if (column.field === 'column') return column.header;
  const label = fieldLabel(column.field, language);
  return language === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

function buildTable(key: string, columns: readonly LeadAttributeColumn[], input: AttributeInputs): AttributeTable | null {
  const { language } = input;
  const first = columns[0] as LeadAttributeColumn;
  const field = first.field;
  const labels = new LabelBook(BLANK_LABELS[language]);
  const buckets = new Map<string, Bucket>();
  // Values repeat across thousands of leads: band or normalise each distinct value once.
  const bucketOfRaw = new Map<string | null, Bucket>();
  input.merged.forEach((merged, index) => {
    const lead = input.leads[index];
    if (lead === undefined || lead.created < input.from || lead.created > input.to) return;
    const raw = merged.attributes?.[key] ?? null;
    let bucket = bucketOfRaw.get(raw);
    if (bucket === undefined) {
      const band = raw === null ? null : bandOf(field, raw, language);
      const id = band !== null ? `band:${band.rank}` : `value:${labels.keyOf(raw)}`;
      bucket = buckets.get(id);
      if (bucket === undefined) {
        const kind = band !== null ? 'band' : id === `value:${BLANK_KEY}` ? 'blank' : 'value';
        bucket = { id, kind, band, counts: emptyCounts() };
        buckets.set(id, bucket);
      }
      bucketOfRaw.set(raw, bucket);
    }
    if (bucket.band === null) labels.add(raw);
    addLead(bucket.counts, lead);
  });
  const named = [...buckets.values()].filter((bucket) => bucket.kind !== 'blank');
  if (named.length === 0) return null;
  const labelOf = (bucket: Bucket): string => bucket.band?.label ?? labels.labelOf(bucket.id.slice('value:'.length));
  const sizeLike = field === 'employees' || field === 'company_size';
  named.sort((a, b) => {
    if (a.band !== null || b.band !== null) return a.band === null ? 1 : b.band === null ? -1 : a.band.rank - b.band.rank;
    const [numberA, numberB] = [leadingNumber(labelOf(a)), leadingNumber(labelOf(b))];
    if (sizeLike && numberA !== null && numberB !== null && numberA !== numberB) return numberA - numberB;
    return b.counts.leads - a.counts.leads || compareCodeUnits(labelOf(a), labelOf(b));
  });
  const blank = buckets.get(`value:${BLANK_KEY}`);
  const room = MAX_ATTRIBUTE_ROWS - (blank === undefined ? 0 : 1);
  let shown = named;
  let other: Counts | null = null;
  if (named.length > room) {
    // Keep the bands and the values with the most leads; the rest become one その他 row.
    const byLeads = [...named].sort((a, b) => (a.band !== null ? -1 : 0) - (b.band !== null ? -1 : 0) || b.counts.leads - a.counts.leads || compareCodeUnits(labelOf(a), labelOf(b)));
    const kept = new Set(byLeads.slice(0, room - 1));
    shown = named.filter((bucket) => kept.has(bucket));
    other = emptyCounts();
    for (const bucket of named) if (!kept.has(bucket)) addCounts(other, bucket.counts);
  }
  const rows = shown.map((bucket) => toRow(labelOf(bucket), bucket.kind, bucket.counts, input.revenueAvailable));
  if (other !== null) rows.push(toRow(OTHER_LABELS[language], 'other', other, input.revenueAvailable));
  if (blank !== undefined) rows.push(toRow(BLANK_LABELS[language], 'blank', blank.counts, input.revenueAvailable));
  const headers = [...new Set(columns.map((column) => column.header))];
  return { attribute: attributeName(first, language), field, column: headers.join(' / '), distinctValues: named.length, rows };
}

/**
 * One table per attribute column of the leads tabs (columns with the same key in several tabs make
 * one table), recognised attributes first, in a fixed order, then the picked columns. A column
 * without a single value among the period's leads has no table.
 *
 * @example
 * buildAttributeTables(input)[0]?.rows.map((row) => [row.value, row.leads])
 * //=> [['製造業', 30], ['情報通信業', 12], ['(未設定)', 3]]
 */
export function buildAttributeTables(input: AttributeInputs): AttributeTable[] {
  const byKey = new Map<string, LeadAttributeColumn[]>();
  for (const column of input.columns) {
    const list = byKey.get(column.key) ?? [];
    list.push(column);
    byKey.set(column.key, list);
  }
  const rank = (column: LeadAttributeColumn): number =>
    column.field === 'column' ? ATTRIBUTE_FIELDS.length : ATTRIBUTE_FIELDS.indexOf(column.field);
  return [...byKey.entries()]
    .sort(([, a], [, b]) => rank(a[0] as LeadAttributeColumn) - rank(b[0] as LeadAttributeColumn))
    .map(([key, columns]) => buildTable(key, columns, input))
    .filter((table): table is AttributeTable => table !== null);
}
