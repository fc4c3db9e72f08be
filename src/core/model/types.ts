/**
 * The shared vocabulary of the engine: tab kinds and fields (design §3.1), parsed rows, warnings,
 * settings and the summary handed to the report (design §9.1). Data flows one way:
 * raw tab values → {@link TabMapping} → {@link ParsedWorkbook} → {@link FunnelSummary}.
 */
import { ATTRIBUTE_FIELDS, type AttributeField, type ChannelGroupOverrides } from './breakdowns';

/** `YYYY-MM-DD` calendar day in the spreadsheet's time zone. */
export type IsoDay = string;
/** `YYYY-MM` month in the spreadsheet's time zone. */
export type IsoMonth = string;

/**
 * A calendar day as a whole number of days since 1970-01-01 (the proleptic Gregorian calendar,
 * no time zone: the day is already the spreadsheet-local day).
 */
export type DayNumber = number;

export type Language = 'ja' | 'en';

export const TAB_KINDS = ['ads', 'traffic', 'leads', 'deals', 'email', 'targets'] as const;
export type TabKind = (typeof TAB_KINDS)[number];

export const FIELDS_BY_KIND = {
  ads: ['date', 'cost', 'channel', 'campaign', 'impressions', 'clicks', 'conversions'],
  traffic: [
    'date',
    'sessions',
    'channel',
    'medium',
    'new_users',
    'engaged_sessions',
    'bounce_rate',
    'avg_engagement_seconds',
    'downloads',
  ],
  leads: [
    'created_date',
    'lead_id',
    'email',
    'company',
    'channel',
    'medium',
    'score',
    'mql_date',
    'mql_flag',
    'sql_date',
    'sql_flag',
    'opportunity_date',
    'opportunity_flag',
    'won_date',
    'won_flag',
    'lost_flag',
    'status',
    'amount',
    // Lead attributes (design §4.7): breakdowns, not funnel data.
    ...ATTRIBUTE_FIELDS,
    'close_date',
    // The deal the lead became (Salesforce ConvertedOpportunityId): a link key to the deals tab.
    'deal_id',
    'link_key',
  ],
  deals: [
    'created_date',
    'deal_id',
    'lead_id',
    'email',
    // The deal's associated contact (HubSpot `Associated Contact Email`, `Contact ID`): link keys to the leads tab.
    'contact_email',
    'contact_id',
    // A column the deals and leads tabs share whose values are the leads' ids (`mql_id`).
    'link_key',
    'company',
    'channel',
    'medium',
    'stage',
    // The deal's outcome as a status (Pipedrive `Deal - Status`: Open / Won / Lost), apart from its pipeline stage.
    'deal_status',
    // Outcome flags (Salesforce IsWon/IsClosed, HubSpot is_closed_won/is_closed, connectors' is_won/is_closed).
    'won_flag',
    'lost_flag',
    'closed_flag',
    'close_date',
    'amount',
  ],
  email: ['delivered', 'sent', 'opens', 'clicks', 'date', 'campaign', 'campaign_id', 'segment', 'conversions'],
  targets: ['month', 'metric', 'target'],
} as const satisfies Record<TabKind, readonly string[]>;

export type FieldOf<K extends TabKind> = (typeof FIELDS_BY_KIND)[K][number];
export type AnyField = FieldOf<TabKind>;

/**
 * Required fields per kind; `email` needs `delivered` or `sent`, and `deals` `created_date` or
 * `close_date` (a won-deal list dated by its close date, design §3.2.1) — both checked separately.
 */
export const REQUIRED_FIELDS: { readonly [K in TabKind]: readonly FieldOf<K>[] } = {
  ads: ['date', 'cost'],
  traffic: ['date', 'sessions'],
  leads: ['created_date'],
  deals: ['created_date'],
  email: [],
  targets: ['month'],
};

/** A period a report states about itself (an export's preamble, design §3.2.1); both days inclusive. */
export interface ReportPeriod {
  readonly from: IsoDay;
  readonly to: IsoDay;
}

/**
 * How one tab is read. Produced by recognition, edited in the sidebar, saved per spreadsheet.
 * Column indexes are 0-based positions in the tab's value grid; `headerRow` is 0-based too.
 */
export interface TabMapping {
  readonly tab: string;
  /** `null` = the tab is not used. */
  readonly kind: TabKind | null;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<AnyField, number>>>;
  /** For ads/traffic tabs without a channel column: the channel every row belongs to (defaults to the tab name). */
  readonly channel?: string;
  /** Targets tab in wide layout: metric key per column index (month column + one column per metric). */
  readonly wideMetrics?: Readonly<Record<number, TargetMetric>>;
  /**
   * Ads/traffic tabs without a day column: the period their preamble states. Every row counts for
   * that whole period (in totals and by channel, not by month). Read from the tab on every run.
   */
  readonly period?: ReportPeriod;
}

export type Stage = 'leads' | 'mql' | 'sql' | 'opportunities' | 'won';
export const LEAD_STAGES: readonly Stage[] = ['leads', 'mql', 'sql', 'opportunities', 'won'];

/** Metrics a targets tab can set a monthly goal for. */
export type TargetMetric =
  | 'impressions'
  | 'clicks'
  | 'sessions'
  | 'leads'
  | 'mql'
  | 'sql'
  | 'opportunities'
  | 'won'
  | 'cost'
  | 'revenue';

/** Where a parsed row came from: tab name and the 1-based row number the user sees. */
export interface RowOrigin {
  readonly tab: string;
  readonly row: number;
}

export interface AdRow extends RowOrigin {
  /** The row's day; for a tab without a day column, the first day of the period its preamble states. */
  readonly date: DayNumber;
  /**
   * The last day of that stated period (design §3.2.1): the row counts for `date`…`until` as a whole,
   * in totals and by channel, never by month. `null` for a row with its own day.
   */
  readonly until: DayNumber | null;
  /** Raw channel label (tab name when the tab has no channel column); `null` when blank. */
  readonly channel: string | null;
  readonly campaign: string | null;
  readonly cost: number;
  readonly impressions: number | null;
  readonly clicks: number | null;
  readonly conversions: number | null;
}

export interface TrafficRow extends RowOrigin {
  /** As {@link AdRow.date}. */
  readonly date: DayNumber;
  /** As {@link AdRow.until}. */
  readonly until: DayNumber | null;
  readonly channel: string | null;
  readonly sessions: number;
  readonly newUsers: number | null;
  readonly engagedSessions: number | null;
  /** Fraction 0..1. */
  readonly bounceRate: number | null;
  readonly averageEngagementSeconds: number | null;
  readonly downloads: number | null;
}

/** What one source says about one stage of a lead. */
export interface StageEvidence {
  /** A valid stage date. */
  readonly date: DayNumber | null;
  /** A truthy flag (§3.2) without a usable date. */
  readonly flag: boolean;
}

export interface LeadRow extends RowOrigin {
  readonly created: DayNumber;
  readonly leadId: string | null;
  /** Normalised email (NFKC, trimmed, lower-case) or null. */
  readonly emailKey: string | null;
  /** The value of a column the leads and deals tabs share (`mql_id`), when one links them. */
  readonly linkKey: string | null;
  /** The ID of the deal the lead became (Salesforce `ConvertedOpportunityId`). */
  readonly dealId: string | null;
  readonly channel: string | null;
  readonly score: number | null;
  readonly mql: StageEvidence;
  readonly sql: StageEvidence;
  readonly opportunities: StageEvidence;
  readonly won: StageEvidence;
  /** Furthest stage named by the status column, if any. */
  readonly statusStage: Stage | null;
  /** Lost by flag or status. */
  readonly lost: boolean;
  readonly amount: number | null;
  /**
   * Non-blank attribute values of the row (design §4.7), by attribute key: the field for a
   * recognised column (`industry`), `column:` + the header key for a column the user picked.
   * Undefined when the tab has no attribute column.
   */
  readonly attributes?: Readonly<Record<string, string>> | undefined;
}

/** A leads column read as an attribute, and what its header says. */
export interface LeadAttributeColumn {
  readonly tab: string;
  /** The key its values carry in {@link LeadRow.attributes}. */
  readonly key: string;
  readonly field: AttributeField | 'column';
  /** The header as written. */
  readonly header: string;
}

export type DealOutcome = 'open' | 'won' | 'lost';

export interface DealRow extends RowOrigin {
  /** The created date, or the close date in a tab without one (design §3.2.1). */
  readonly created: DayNumber;
  readonly dealId: string | null;
  /** Keys that name the deal's lead (design §4.3): its lead ID, its contact's ID (matched with the lead ID), */
  readonly leadId: string | null;
  readonly contactId: string | null;
  /** …its own e-mail and its associated contact's e-mail (normalised), and a column shared with the leads tab. */
  readonly emailKey: string | null;
  readonly contactEmailKey: string | null;
  readonly linkKey: string | null;
  readonly channel: string | null;
  readonly outcome: DealOutcome;
  readonly closeDate: DayNumber | null;
  readonly amount: number | null;
}

export interface EmailRow extends RowOrigin {
  readonly date: DayNumber | null;
  readonly campaign: string | null;
  /** The send's own id, when the tab has one: rows with different ids are different campaigns. */
  readonly campaignId: string | null;
  readonly segment: string | null;
  readonly delivered: number;
  readonly opens: number | null;
  readonly clicks: number | null;
  readonly conversions: number | null;
}

export interface TargetRow extends RowOrigin {
  readonly month: IsoMonth;
  readonly metric: TargetMetric;
  readonly target: number;
}

export type WarningCode =
  | 'unparseable_date'
  | 'unparseable_number'
  | 'missing_required'
  | 'negative_value'
  | 'future_date'
  | 'duplicate_leads_merged'
  /** Ad rows that repeat a row of another ads tab (overlapping downloads), counted once. */
  | 'duplicate_ad_rows'
  /** Rows of one deals tab with the same deal ID, counted as one deal (line-item exports). */
  | 'duplicate_deals_merged'
  | 'unlinked_deals'
  | 'channel_cost_without_leads'
  | 'channel_leads_without_cost'
  | 'unknown_metric'
  | 'unusable_tab'
  | 'header_not_found'
  /** Flag, status or deal-stage values that could not be read (reported once per tab and column). */
  | 'unrecognised_value'
  /** Numeric dates read in the locale's order because nothing in the column decided the order. */
  | 'ambiguous_date_order'
  /** The chosen period (from/to settings) lies wholly before or after the data's dates. */
  | 'period_outside_data'
  /** A report without a day column, counted for the period its preamble states (design §3.2.1). */
  | 'stated_period'
  /** Rows skipped because their shape is a total or subtotal row (named per tab). */
  | 'total_rows_skipped'
  /** Lines below the table that are the export's footer (Salesforce 合計 / 機密情報 / Copyright), named per tab. */
  | 'footer_rows_skipped'
  /** A grouped report's first column, written once per group: its blank cells read as the group's value. */
  | 'group_values_filled'
  /** Rows of further tables below the tab's own (GA4 downloads with several tables), not read. */
  | 'other_tables_skipped'
  /** A money column in thousands or ten-thousands of yen (`費用（千円）`), read in yen. */
  | 'unit_scaled'
  /** A money column written in more than one currency (amounts are never converted). */
  | 'mixed_currencies'
  /** A deals tab without a created date: each deal is dated by its close date. */
  | 'deals_dated_by_close'
  /** No leads to follow as a cohort: stages are counted by the dates they happened (the period view). */
  | 'period_view_without_leads';

export interface Warning {
  readonly tab: string | null;
  /** 1-based row number as the user sees it in the tab, or null for tab- or workbook-level warnings. */
  readonly row: number | null;
  readonly field: string | null;
  readonly code: WarningCode;
  readonly message: string;
}

/** A value that made a row unreadable: its field, the cell as written and the row the user sees. */
export interface UnreadableValue {
  readonly field: AnyField;
  readonly value: unknown;
  readonly row: number;
}

/**
 * The deals field that linked a deal to its lead (design §4.3): `deal_id` matches the deal ID a lead
 * names (Salesforce `ConvertedOpportunityId`), `lead_id` and `contact_id` the leads' lead ID, `email`
 * and `contact_email` their e-mail, `link_key` a column both tabs share.
 */
export type DealLinkKey = 'deal_id' | 'lead_id' | 'contact_id' | 'link_key' | 'email' | 'contact_email';

/** How a deals tab's deals were linked to leads: the keys that linked them (most deals first) and how many matched no lead. */
export interface DealLinkSummary {
  readonly linked: number;
  readonly unlinked: number;
  readonly byKey: readonly { readonly key: DealLinkKey; readonly deals: number }[];
}

/** Per source tab: what was read (design §3.2.1 "never silent", §9.1 `sources`). */
export interface SourceTabSummary {
  readonly tab: string;
  /** The kind the tab was read as; `null` when it was not used. */
  readonly kind: TabKind | null;
  /** The header row as the user sees it (1-based); `null` when no header was recognised. */
  readonly headerRow: number | null;
  readonly rowsRead: number;
  /** Rows below the header that were not counted: unreadable required values and total rows. */
  readonly rowsSkipped: number;
  /** Field → the header of its column, as written in the tab. */
  readonly mapping: Readonly<Record<string, string>>;
  /** A report without a day column: the period its preamble states (design §3.2.1). */
  readonly period?: ReportPeriod;
  /** Why the tab was not used, in a few words (the warning names the tab and says it in full). */
  readonly unusedReason?: string;
  /** Deals tabs of a workbook with leads: which key linked the tabs (for the sidebar and the JSON). */
  readonly dealLinks?: DealLinkSummary;
}

export interface ParsedWorkbook {
  readonly ads: readonly AdRow[];
  readonly traffic: readonly TrafficRow[];
  readonly leads: readonly LeadRow[];
  readonly deals: readonly DealRow[];
  readonly email: readonly EmailRow[];
  readonly targets: readonly TargetRow[];
  /** Which `kind.field` pairs are mapped in at least one tab, e.g. `ads.impressions`, `leads.score`. */
  readonly mappedFields: ReadonlySet<`${TabKind}.${string}`>;
  readonly sources: readonly SourceTabSummary[];
  /** Tabs none of whose rows could be read: the first few values that stopped them, by tab. */
  readonly unreadable?: ReadonlyMap<string, readonly UnreadableValue[]>;
  readonly warnings: readonly Warning[];
  /** The attribute columns of the leads tabs (design §4.7), in tab then column order. */
  readonly leadAttributes?: readonly LeadAttributeColumn[];
}

export type FunnelView = 'cohort' | 'period';

export interface FunnelSettings {
  readonly view: FunnelView;
  readonly language: Language;
  readonly currency: string;
  /** Inclusive period; defaults per design §4.1. */
  readonly from?: IsoDay;
  readonly to?: IsoDay;
  /** For LTV (design §5): both must be given. */
  readonly grossMargin?: number;
  readonly expectedPurchases?: number;
  /** Lower bounds of score bands, ascending, e.g. [0, 20, 40, 60, 80]. */
  readonly scoreBands?: readonly number[];
  /** The user's channel mapping (design §4.6): normalised channel value → group; overrides only. */
  readonly channelGroups?: ChannelGroupOverrides;
  /** Leads columns the user picked as breakdowns, by header (design §4.7). */
  readonly attributeColumns?: readonly string[];
  /** The plan's target (design §6.3), overriding the targets tab: revenue, else new customers. */
  readonly targetRevenue?: number;
  readonly targetCustomers?: number;
}
