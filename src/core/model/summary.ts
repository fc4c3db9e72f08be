/**
 * The funnel summary: every number the report sheets and the CLI's JSON (design §9.1) show.
 * `null` means "cannot be computed" (design §5): a zero denominator, a missing input, or a field no
 * tab provides.
 */
import type { FunnelView, IsoDay, IsoMonth, SourceTabSummary, Warning } from './types';

export const COUNT_KEYS = [
  'impressions',
  'clicks',
  'sessions',
  'leads',
  'mql',
  'sql',
  'opportunities',
  'won',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

export const AMOUNT_KEYS = ['cost', 'revenue'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

/** Inputs that only feed ratio KPIs (engagement, downloads). */
export const AUXILIARY_KEYS = ['engagedSessions', 'downloads'] as const;
export type AuxiliaryKey = (typeof AUXILIARY_KEYS)[number];

export const RATIO_KEYS = [
  'ctr',
  'cpc',
  'leadConversionRate',
  'cpl',
  'mqlRate',
  'sqlRate',
  'opportunityRate',
  'winRate',
  'leadToWinRate',
  'costPerOpportunity',
  'cac',
  'averageDealSize',
  'roas',
  'ltv',
  'ltvToCac',
  'engagementRate',
  'downloadRate',
] as const;
export type RatioKey = (typeof RATIO_KEYS)[number];

export type KpiRow = { readonly [K in CountKey | AmountKey | AuxiliaryKey | RatioKey]: number | null };

export interface ChannelRow extends KpiRow {
  readonly channel: string;
}

export interface MonthRow extends KpiRow {
  readonly month: IsoMonth;
  readonly immature: boolean;
  /** Month-over-month change of leads and opportunityRate (null for the first month or a zero base). */
  readonly leadsChange: number | null;
  readonly opportunityRateChange: number | null;
  /** Targets for the month, by metric, with attainment = actual ÷ target. */
  readonly targets: readonly { readonly metric: string; readonly target: number; readonly actual: number | null; readonly attainment: number | null }[];
}

export interface ScoreBandRow {
  readonly band: string;
  readonly leads: number;
  readonly opportunities: number;
  readonly won: number;
  readonly opportunityRate: number | null;
  readonly winRate: number | null;
}

export interface Velocity {
  readonly leadToMqlDays: number | null;
  readonly mqlToSqlDays: number | null;
  readonly sqlToOpportunityDays: number | null;
  readonly opportunityToWonDays: number | null;
  readonly leadToWonDays: number | null;
}

export interface EmailTableRow {
  readonly campaign: string;
  readonly delivered: number;
  readonly opens: number | null;
  readonly clicks: number | null;
  readonly openRate: number | null;
  readonly clickRate: number | null;
  readonly clickToOpenRate: number | null;
}

export interface Finding {
  readonly code: 'weakest_step' | 'channel_outlier' | 'monthly_change' | 'cost_without_leads';
  readonly message: string;
}

export interface FunnelSummary {
  readonly schemaVersion: 1;
  readonly view: FunnelView;
  readonly period: { readonly from: IsoDay; readonly to: IsoDay };
  readonly asOf: IsoDay;
  readonly currency: string;
  readonly total: KpiRow;
  readonly byChannel: readonly ChannelRow[];
  readonly byMonth: readonly MonthRow[];
  readonly scoreBands: readonly ScoreBandRow[];
  readonly velocity: Velocity;
  readonly email: readonly EmailTableRow[];
  readonly findings: readonly Finding[];
  readonly sources: readonly SourceTabSummary[];
  readonly warnings: readonly Warning[];
  /**
   * Why the report is in the period view whatever the settings say: `no_leads` — a workbook with
   * deals but no leads has no cohort to follow (design §3.2.1). Absent otherwise.
   */
  readonly viewReason?: 'no_leads';
}
