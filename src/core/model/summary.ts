/**
 * The funnel summary: every number the report sheets and the CLI's JSON (design §9.1) show.
 * `null` means "cannot be computed" (design §5): a zero denominator, a missing input, or a field no
 * tab provides.
 */
import type { AttributeTable, ChannelDuplicate, ChannelGroupId, ChannelMapRow } from './breakdowns';
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
  /** The channel's group (design §4.6): its label in the report's language, and its id. */
  readonly group: string;
  readonly groupId: ChannelGroupId;
}

/** A channel group's sums and the rates of those sums (design §4.6). */
export interface ChannelGroupRow extends KpiRow {
  readonly group: string;
  readonly groupId: ChannelGroupId;
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
  readonly byChannelGroup: readonly ChannelGroupRow[];
  /** Every raw channel value per tab and where it landed (the hygiene audit, design §4.6). */
  readonly channelMap: readonly ChannelMapRow[];
  /** Channels that probably name one source, spelled two ways. */
  readonly channelDuplicates: readonly ChannelDuplicate[];
  /** Lead attributes (design §4.7): one table per attribute column. */
  readonly byAttribute: readonly AttributeTable[];
  readonly byMonth: readonly MonthRow[];
  readonly scoreBands: readonly ScoreBandRow[];
  readonly velocity: Velocity;
  readonly email: readonly EmailTableRow[];
  readonly findings: readonly Finding[];
  readonly sources: readonly SourceTabSummary[];
  readonly warnings: readonly Warning[];
}
