/**
 * Which sums a workbook can provide at all (design §5: a count or sum is `null` only when no tab
 * provides that field).
 */
import type { ParsedWorkbook, TabKind } from '../model/types';
import { AMOUNT_KEYS, AUXILIARY_KEYS, COUNT_KEYS, type AmountKey, type AuxiliaryKey, type CountKey } from '../model/summary';

/** Everything summed per table row before ratios are taken. */
export type Measure = CountKey | AmountKey | AuxiliaryKey;
export const MEASURES: readonly Measure[] = [...COUNT_KEYS, ...AMOUNT_KEYS, ...AUXILIARY_KEYS];

export type Availability = Readonly<Record<Measure, boolean>>;

type Field = `${TabKind}.${string}`;

const REQUIRED_FIELD: Readonly<Record<'ads' | 'traffic' | 'leads' | 'deals', Field>> = {
  ads: 'ads.cost',
  traffic: 'traffic.sessions',
  leads: 'leads.created_date',
  deals: 'deals.created_date',
};

/**
 * Whether the workbook has a usable tab of a kind (its required field is mapped, or it gave rows).
 *
 * @example
 * hasTab(workbookWithOnlyAds, 'leads')
 * //=> false
 */
export function hasTab(workbook: ParsedWorkbook, kind: keyof typeof REQUIRED_FIELD): boolean {
  return workbook[kind].length > 0 || workbook.mappedFields.has(REQUIRED_FIELD[kind]);
}

/**
 * Whether any tab maps one of the given `kind.field` pairs.
 *
 * @example
 * hasAnyField(workbook, ['leads.amount', 'deals.amount'])
 * //=> true
 */
export function hasAnyField(workbook: ParsedWorkbook, fields: readonly Field[]): boolean {
  return fields.some((field) => workbook.mappedFields.has(field));
}

/**
 * Decides, per measure, whether the workbook provides it.
 *
 * @example
 * measureAvailability(workbookWithAdsWithoutImpressions).impressions
 * //=> false
 */
export function measureAvailability(workbook: ParsedWorkbook): Availability {
  const ads = hasTab(workbook, 'ads');
  const traffic = hasTab(workbook, 'traffic');
  const leads = hasTab(workbook, 'leads');
  const deals = hasTab(workbook, 'deals');
  const amounts =
    hasAnyField(workbook, ['leads.amount', 'deals.amount']) ||
    workbook.leads.some((row) => row.amount !== null) ||
    workbook.deals.some((row) => row.amount !== null);
  return {
    impressions: ads && (hasAnyField(workbook, ['ads.impressions']) || workbook.ads.some((row) => row.impressions !== null)),
    clicks: ads && (hasAnyField(workbook, ['ads.clicks']) || workbook.ads.some((row) => row.clicks !== null)),
    sessions: traffic,
    leads,
    mql: leads,
    sql: leads,
    opportunities: leads || deals,
    won: leads || deals,
    lost: leads || deals,
    openOpportunities: leads || deals,
    cost: ads,
    revenue: amounts,
    pipelineAmount: amounts,
    engagedSessions:
      traffic &&
      (hasAnyField(workbook, ['traffic.engaged_sessions', 'traffic.bounce_rate']) ||
        workbook.traffic.some((row) => row.engagedSessions !== null || row.bounceRate !== null)),
    downloads: traffic && (hasAnyField(workbook, ['traffic.downloads']) || workbook.traffic.some((row) => row.downloads !== null)),
    // The cost of the rows with clicks: exists exactly when clicks do (design §5, CPC).
    adCost: ads && (hasAnyField(workbook, ['ads.clicks']) || workbook.ads.some((row) => row.clicks !== null)),
  };
}
