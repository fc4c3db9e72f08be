/**
 * The funnel summary: every number the report sheets and the CLI's JSON (design §9.1) show.
 * `null` means "cannot be computed" (design §5): a zero denominator, a missing input, or a field no
 * tab provides.
 */
import type { AttributeTable, ChannelDuplicate, ChannelGroupId, ChannelMapRow } from './breakdowns';
import type { FunnelView, IsoDay, IsoMonth, SourceTabSummary, Warning } from './types';

/**
 * A report without a day column, dated by the period its preamble states (design §3.2.1): its rows
 * count in the totals and by channel for that whole period, and in no month.
 */
export interface UndatedTab {
  readonly tab: string;
  readonly kind: 'ads' | 'traffic';
  /** The stated period. */
  readonly from: IsoDay;
  readonly to: IsoDay;
  /** False when the report period does not cover the whole stated period: the tab's rows were left out. */
  readonly counted: boolean;
}

export const COUNT_KEYS = [
  'impressions',
  'clicks',
  'sessions',
  'leads',
  'mql',
  'sql',
  'opportunities',
  'won',
  /** Opportunities closed as lost, and those still open (design §4.3): won + lost + open = opportunities in the cohort view. */
  'lost',
  'openOpportunities',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** `pipelineAmount`: the amount of the open opportunities (their open deals, else the lead's amount). */
export const AMOUNT_KEYS = ['cost', 'revenue', 'pipelineAmount'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

/**
 * Inputs that only feed ratio KPIs: engagement, downloads, and `adCost` — the cost of the ad rows
 * that report clicks, the population of CPC (design §5), so offline cost without clicks (a trade
 * show, a webinar) never raises the cost of a click.
 */
export const AUXILIARY_KEYS = ['engagedSessions', 'downloads', 'adCost'] as const;
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
  'opportunityToWinRate',
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
  /**
   * The month starts after the as-of date: nothing could happen in it yet, so its counts, changes and
   * targets' actuals and attainment are null (not 0 and 0 %), design §6.2.
   */
  readonly notStarted?: true;
  /** Relative change of leads against the previous month (null for the first month or a zero base). */
  readonly leadsChange: number | null;
  /** Difference of 商談化率 from the previous month, as a fraction (−0.017 = 1.7 pt lower); null without both rates. */
  readonly opportunityRateChange: number | null;
  /** Targets for the month, by metric, against the month's event-date actuals (design §4.5). */
  readonly targets: readonly TargetAttainment[];
  /** Expected final 商談 and 受注 of a provisional cohort month (design §6.3); absent on mature months. */
  readonly projectedOpportunities?: Projection;
  readonly projectedWon?: Projection;
}

/** An expected final count with its low–high range (design §6.3): never mixed into the actuals. */
export interface Projection {
  readonly expected: number;
  readonly low: number;
  readonly high: number;
}

/** The plan's target (design §9.1): revenue or new customers (the other is null), and where it came from. */
export interface PlanTarget {
  readonly revenue: number | null;
  readonly customers: number | null;
  readonly source: 'targets' | 'settings';
  /** The months the target covers (from the targets tab), for the timing of leads. */
  readonly fromMonth: IsoMonth | null;
  readonly toMonth: IsoMonth | null;
}

/** 目標逆算 (design §6.3): from the target back to leads and budget, at the mature cohorts' rates. */
export interface Plan {
  readonly target: PlanTarget | null;
  readonly inputs: {
    readonly averageDealSize: number | null;
    /** won ÷ (won + lost) over the mature cohorts' opportunities. */
    readonly winRate: number | null;
    /** 商談 ÷ the stage above it (SQL, else MQL, else leads). */
    readonly opportunityStepRate: number | null;
    /** SQL ÷ MQL (or ÷ leads without MQL). */
    readonly sqlStepRate: number | null;
    /** MQL ÷ leads. */
    readonly mqlRate: number | null;
    /** What each rate rests on (its denominator over the mature cohorts); null for a stage the data does not show. */
    readonly bases: {
      readonly winRate: number;
      readonly opportunityStepRate: number;
      readonly sqlStepRate: number | null;
      readonly mqlRate: number | null;
    };
    readonly cpl: number | null;
    readonly leadToWonDays: number | null;
    /** The mature cohort months the rates come from. */
    readonly matureMonths: readonly IsoMonth[];
  };
  /** Required counts and budget; null without a target or a rate. */
  readonly required: {
    readonly won: number | null;
    readonly opportunities: number | null;
    readonly sql: number | null;
    readonly mql: number | null;
    readonly leads: number | null;
    readonly budget: number | null;
  };
  /** Leads and budget per channel group, by its current share of leads. */
  readonly byGroup: readonly PlanGroupRow[];
  /** When the leads must arrive: the target months moved back by the lead→won days. */
  readonly leadsFrom: IsoDay | null;
  readonly leadsTo: IsoDay | null;
  /** Some rate rests on fewer than 20: the plan is a rough guide. */
  readonly roughGuide: boolean;
}

export interface PlanGroupRow {
  readonly group: string;
  readonly groupId: ChannelGroupId;
  readonly leadShare: number | null;
  readonly cpl: number | null;
  readonly leads: number | null;
  readonly budget: number | null;
}

/**
 * A target against what happened: `actual` is always the event-date (period-view) figure, whichever
 * view the report shows (design §4.5), and `attainment` = actual ÷ target.
 */
export interface TargetAttainment {
  readonly metric: string;
  readonly target: number;
  readonly actual: number | null;
  readonly attainment: number | null;
  /**
   * Period targets only, while the period runs past the as-of date: the whole period's target;
   * `target` is then the target to date (months due by the as-of date, its month pro-rated by days).
   */
  readonly periodTarget?: number;
}

/**
 * The period just before the report's, of the same length, when the data covers it (design §6
 * item 1). Both periods are counted by event date, whichever view the report shows (design §4.5): a
 * cohort period with provisional months against a mature one would show a fall that is only time.
 */
export interface PreviousPeriod {
  readonly from: IsoDay;
  readonly to: IsoDay;
  /** How it is counted: always the period view (by event date); it compares with {@link FunnelSummary.eventDateTotal} in the cohort view. */
  readonly view: 'period';
  readonly total: KpiRow;
  /**
   * This period's data stops before its end (as-of before `to`): `from`–`to` is then the same elapsed
   * span of the previous period, compared with this period from its start to the as-of date
   * (前期同期比, design §6.2).
   */
  readonly sameSpan?: true;
}

export interface ScoreBandRow {
  readonly band: string;
  readonly leads: number;
  readonly opportunities: number;
  readonly won: number;
  readonly lost: number;
  readonly opportunityRate: number | null;
  /** won ÷ opportunities (the funnel step). */
  readonly opportunityToWinRate: number | null;
  /** won ÷ (won + lost): closed opportunities only. */
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

export const FINDING_CODES = [
  'target_gap',
  'channel_spend',
  'rate_difference',
  'rate_within_chance',
  'opportunity_rate_trend',
  'channel_hygiene',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** One finding (design §6.2): whether it is good or bad news (`neutral`: within chance), and what it says. */
export interface Finding {
  readonly code: FindingCode;
  readonly tone: 'good' | 'bad' | 'neutral';
  readonly message: string;
}

export interface FunnelSummary {
  readonly schemaVersion: 1;
  readonly view: FunnelView;
  /**
   * `undated` when no tab has a dated row and no period was set (an undated e-mail list): every row
   * is counted, and `from`, `to` and `asOf` are placeholders that reports show as "no dated rows".
   */
  readonly period: { readonly from: IsoDay; readonly to: IsoDay; readonly undated?: true };
  readonly asOf: IsoDay;
  readonly currency: string;
  readonly total: KpiRow;
  /**
   * Cohort view: this period counted by event date — what targets and the previous period compare
   * with (design §4.5) — when the period has targets or a previous period. `null` otherwise, and in
   * the period view, whose `total` already counts by event date.
   */
  readonly eventDateTotal: KpiRow | null;
  /** Targets summed over the months of the period, when every month of the period has one (event-date actuals). */
  readonly periodTargets: readonly TargetAttainment[];
  readonly previousPeriod: PreviousPeriod | null;
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
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  /**
   * What the report could not compute and why, in the user's language, for the top of the summary
   * sheet and the sidebar's result (e.g. LTV without its two inputs). Not warnings: nothing is wrong
   * with the data.
   */
  readonly notes: readonly string[];
  readonly sources: readonly SourceTabSummary[];
  /** Tabs without a day column (the monthly sheet says their rows are in no month). */
  readonly undatedTabs: readonly UndatedTab[];
  readonly warnings: readonly Warning[];
  /**
   * Why the report is in the period view whatever the settings say: `no_leads` — a workbook with
   * deals but no leads has no cohort to follow (design §3.2.1). Absent otherwise.
   */
  readonly viewReason?: 'no_leads';
}
