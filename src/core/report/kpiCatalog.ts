/**
 * Every figure the report shows, with its name in both languages, how it is computed, how to read
 * it and the mistake people commonly make with it. Column headers and the KPI guide sheet
 * (design §6, sheet 7) are both generated from here, so the two can never disagree.
 */
import type { Bilingual } from '../functions/catalogTypes';
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

export interface KpiDefinition {
  readonly unit: KpiUnit;
  readonly name: Bilingual;
}

export const KPI_CATALOG: { readonly [K in KpiKey]: KpiDefinition } = {
  impressions: {
    unit: 'count',
    name: { ja: '表示回数', en: 'Impressions' },
  },
  clicks: {
    unit: 'count',
    name: { ja: 'クリック数', en: 'Clicks' },
  },
  sessions: {
    unit: 'count',
    name: { ja: 'セッション', en: 'Sessions' },
  },
  engagedSessions: {
    unit: 'count',
    name: { ja: 'エンゲージのあったセッション数', en: 'Engaged sessions' },
  },
  downloads: {
    unit: 'count',
    name: { ja: '資料DL数', en: 'Downloads' },
  },
  leads: {
    unit: 'count',
    name: { ja: 'リード', en: 'Leads' },
  },
  mql: {
    unit: 'count',
    name: { ja: 'MQL', en: 'MQL' },
  },
  sql: {
    unit: 'count',
    name: { ja: 'SQL', en: 'SQL' },
  },
  opportunities: {
    unit: 'count',
    name: { ja: '商談', en: 'Opportunities' },
  },
  won: {
    unit: 'count',
    name: { ja: '受注', en: 'Won' },
  },
  lost: {
    unit: 'count',
    name: { ja: '失注', en: 'Lost' },
  },
  openOpportunities: {
    unit: 'count',
    name: { ja: '進行中の商談', en: 'Open opportunities' },
  },
  cost: {
    unit: 'money',
    name: { ja: '費用', en: 'Cost' },
  },
  revenue: {
    unit: 'money',
    name: { ja: '受注金額', en: 'Revenue' },
  },
  pipelineAmount: {
    unit: 'money',
    name: { ja: '進行中の商談金額', en: 'Pipeline amount' },
  },
  adCost: {
    unit: 'money',
    name: { ja: '広告費（クリック計測分）', en: 'Ad cost with clicks' },
  },
  ctr: {
    unit: 'rate',
    name: { ja: 'クリック率', en: 'CTR' },
  },
  cpc: {
    unit: 'money',
    name: { ja: 'クリック単価', en: 'CPC' },
  },
  engagementRate: {
    unit: 'rate',
    name: { ja: 'エンゲージメント率', en: 'Engagement rate' },
  },
  downloadRate: {
    unit: 'rate',
    name: { ja: '資料DL率', en: 'Download rate' },
  },
  leadConversionRate: {
    unit: 'rate',
    name: { ja: 'CVR（セッション→リード）', en: 'CVR (sessions → leads)' },
  },
  cpl: {
    unit: 'money',
    name: { ja: 'リード獲得単価（CPL）', en: 'CPL (cost per lead)' },
  },
  mqlRate: {
    unit: 'rate',
    name: { ja: 'MQL化率', en: 'MQL rate' },
  },
  sqlRate: {
    unit: 'rate',
    name: { ja: 'SQL化率', en: 'SQL rate' },
  },
  opportunityRate: {
    unit: 'rate',
    name: { ja: '商談化率', en: 'Opportunity rate' },
  },
  winRate: {
    unit: 'rate',
    name: { ja: '受注率', en: 'Win rate' },
  },
  opportunityToWinRate: {
    unit: 'rate',
    name: { ja: '商談→受注率', en: 'Opportunity-to-win rate' },
  },
  leadToWinRate: {
    unit: 'rate',
    name: { ja: 'リード→受注率', en: 'Lead-to-win rate' },
  },
  costPerOpportunity: {
    unit: 'money',
    name: { ja: '商談獲得単価', en: 'Cost per opportunity' },
  },
  cac: {
    unit: 'money',
    name: { ja: '顧客獲得単価（CAC）', en: 'CAC (customer acquisition cost)' },
  },
  averageDealSize: {
    unit: 'money',
    name: { ja: '受注単価', en: 'Average deal size' },
  },
  roas: {
    unit: 'roas',
    name: { ja: 'ROAS', en: 'ROAS' },
  },
  ltv: {
    unit: 'money',
    name: { ja: 'LTV（顧客生涯価値）', en: 'LTV (lifetime value)' },
  },
  ltvToCac: {
    unit: 'multiple',
    name: { ja: 'LTV/CAC', en: 'LTV/CAC' },
  },
  stepConversion: {
    unit: 'rate',
    name: { ja: '前段からの転換率', en: 'Conversion from previous stage' },
  },
  conversionFromLeads: {
    unit: 'rate',
    name: { ja: 'リードからの転換率', en: 'Conversion from leads' },
  },
  costPerStage: {
    unit: 'money',
    name: { ja: '1件あたりの費用', en: 'Cost per stage' },
  },
  leadsChange: {
    unit: 'change',
    name: { ja: 'リード数の前月比', en: 'Leads vs previous month' },
  },
  opportunityRateChange: {
    unit: 'points',
    name: { ja: '商談化率の前月差', en: 'Opportunity rate vs previous month' },
  },
  previousPeriod: {
    unit: 'number',
    name: { ja: '前期間', en: 'Previous period' },
  },
  periodChange: {
    unit: 'change',
    name: { ja: '前期間比', en: 'Change vs previous period' },
  },
  target: {
    unit: 'number',
    name: { ja: '目標', en: 'Target' },
  },
  eventDateActual: {
    unit: 'number',
    name: { ja: '実績（発生日ベース）', en: 'Actual by event date' },
  },
  attainment: {
    unit: 'rate',
    name: { ja: '目標達成率', en: 'Attainment' },
  },
  immature: {
    unit: 'flag',
    name: { ja: '集計途中（暫定）', en: 'Provisional' },
  },
  projection: {
    unit: 'count',
    name: { ja: '見込み（集計途中の月）', en: 'Expected (provisional months)' },
  },
  medianDays: {
    unit: 'days',
    name: { ja: 'リードタイム（中央値）', en: 'Median days between stages' },
  },
  delivered: {
    unit: 'count',
    name: { ja: '配信成功数', en: 'Delivered' },
  },
  opens: {
    unit: 'count',
    name: { ja: '開封数', en: 'Opens' },
  },
  emailClicks: {
    unit: 'count',
    name: { ja: 'クリック数（メール）', en: 'Clicks (email)' },
  },
  openRate: {
    unit: 'rate',
    name: { ja: '開封率', en: 'Open rate' },
  },
  clickRate: {
    unit: 'rate',
    name: { ja: 'クリック率（メール）', en: 'Click rate (email)' },
  },
  clickToOpenRate: {
    unit: 'rate',
    name: { ja: '反応率（クリック ÷ 開封）', en: 'Click-to-open rate' },
  },
  grossMargin: {
    unit: 'rate',
    name: { ja: '粗利率', en: 'Gross margin' },
  },
  expectedPurchases: {
    unit: 'number',
    name: { ja: '想定購入回数', en: 'Expected purchases' },
  },
};

/**
 * The name of a KPI in a language.
 *
 * @example
 * kpiName('opportunityRate', 'ja')
 * //=> '商談化率'
 */
export function kpiName(key: KpiKey, language: 'ja' | 'en'): string {
  return KPI_CATALOG[key].name[language];
}
