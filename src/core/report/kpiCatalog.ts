/**
 * Every figure the report shows and how its value is shown. Its name in both languages is in
 * `kpiNames.ts` and travels in the report labels' file (design §10); how to read it and the mistake
 * people commonly make with it are in `kpiGuideTexts.ts`. Column headers and the KPI guide sheet
 * (design §6, sheet 7) are both generated from these, so the two can never disagree.
 */
import type { AmountKey, AuxiliaryKey, CountKey, RatioKey } from '../model/summary';

export type MeasureKey = CountKey | AuxiliaryKey | AmountKey;

/** Value columns, in funnel order: web, lead-level, money. */
export const MEASURE_ORDER = [
  'impressions',
  'clicks',
  'sessions',
  'engagedSessions',
  'downloads',
  'leads',
  'mql',
  'sql',
  'opportunities',
  'won',
  'lost',
  'openOpportunities',
  'cost',
  'revenue',
  'pipelineAmount',
  'adCost',
] as const satisfies readonly MeasureKey[];

/** Ratio columns, in the order a reader walks down the funnel. */
export const RATIO_ORDER = [
  'ctr',
  'cpc',
  'engagementRate',
  'downloadRate',
  'leadConversionRate',
  'cpl',
  'mqlRate',
  'sqlRate',
  'opportunityRate',
  'winRate',
  'opportunityToWinRate',
  'leadToWinRate',
  'costPerOpportunity',
  'cac',
  'averageDealSize',
  'roas',
  'ltv',
  'ltvToCac',
] as const satisfies readonly RatioKey[];

/** Every figure the report can show: the table columns in reading order, then the rest. */
export const KPI_KEYS = [
  ...MEASURE_ORDER,
  ...RATIO_ORDER,
  'stepConversion',
  'conversionFromLeads',
  'costPerStage',
  'leadsChange',
  'opportunityRateChange',
  'previousPeriod',
  'periodChange',
  'target',
  'eventDateActual',
  'attainment',
  'immature',
  'projection',
  'medianDays',
  'delivered',
  'opens',
  'emailClicks',
  'openRate',
  'clickRate',
  'clickToOpenRate',
  'grossMargin',
  'expectedPurchases',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** Compile-time check: every count, amount, auxiliary and ratio key of the summary has an entry. */
type SummaryKey = CountKey | AmountKey | AuxiliaryKey | RatioKey;
type Covers<Keys extends KpiKey> = Keys;
export type SummaryKeysAreCovered = Covers<SummaryKey>;

/**
 * How a value is shown: decides the number format of its cells.
 * - `roas`: a percentage in Japanese (ROAS 300%), a multiple in English (3.0×) (design §5).
 * - `multiple`: 3.0倍 / 3.0×.
 * - `change`: a relative change, ↑ + or ↓ −; `points`: a difference of rates in pt, ↑ + or ↓ − (`changeFormat`).
 */
export type KpiUnit = 'count' | 'money' | 'rate' | 'roas' | 'multiple' | 'change' | 'points' | 'days' | 'flag' | 'number';

/** How a KPI is shown; its name in both languages is in `kpiNames.ts` (read through `kpiName`, `labels.ts`). */
export interface KpiDefinition {
  readonly unit: KpiUnit;
}

export const KPI_CATALOG: { readonly [K in KpiKey]: KpiDefinition } = {
  impressions: { unit: 'count' },
  clicks: { unit: 'count' },
  sessions: { unit: 'count' },
  engagedSessions: { unit: 'count' },
  downloads: { unit: 'count' },
  leads: { unit: 'count' },
  mql: { unit: 'count' },
  sql: { unit: 'count' },
  opportunities: { unit: 'count' },
  won: { unit: 'count' },
  lost: { unit: 'count' },
  openOpportunities: { unit: 'count' },
  cost: { unit: 'money' },
  revenue: { unit: 'money' },
  pipelineAmount: { unit: 'money' },
  adCost: { unit: 'money' },
  ctr: { unit: 'rate' },
  cpc: { unit: 'money' },
  engagementRate: { unit: 'rate' },
  downloadRate: { unit: 'rate' },
  leadConversionRate: { unit: 'rate' },
  cpl: { unit: 'money' },
  mqlRate: { unit: 'rate' },
  sqlRate: { unit: 'rate' },
  opportunityRate: { unit: 'rate' },
  winRate: { unit: 'rate' },
  opportunityToWinRate: { unit: 'rate' },
  leadToWinRate: { unit: 'rate' },
  costPerOpportunity: { unit: 'money' },
  cac: { unit: 'money' },
  averageDealSize: { unit: 'money' },
  roas: { unit: 'roas' },
  ltv: { unit: 'money' },
  ltvToCac: { unit: 'multiple' },
  stepConversion: { unit: 'rate' },
  conversionFromLeads: { unit: 'rate' },
  costPerStage: { unit: 'money' },
  leadsChange: { unit: 'change' },
  opportunityRateChange: { unit: 'points' },
  previousPeriod: { unit: 'number' },
  periodChange: { unit: 'change' },
  target: { unit: 'number' },
  eventDateActual: { unit: 'number' },
  attainment: { unit: 'rate' },
  immature: { unit: 'flag' },
  projection: { unit: 'count' },
  medianDays: { unit: 'days' },
  delivered: { unit: 'count' },
  opens: { unit: 'count' },
  emailClicks: { unit: 'count' },
  openRate: { unit: 'rate' },
  clickRate: { unit: 'rate' },
  clickToOpenRate: { unit: 'rate' },
  grossMargin: { unit: 'rate' },
  expectedPurchases: { unit: 'number' },
};
