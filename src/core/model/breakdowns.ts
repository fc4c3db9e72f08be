/**
 * The shapes of the channel model (design §4.6) and the lead-attribute breakdowns (design §4.7):
 * channel groups, the hygiene audit, and the per-value tables. Plain data; the rules live in
 * `core/channels`, the sums in `core/funnel`.
 */

/**
 * The default channel groups, in report order (design §4.6). The ids are what a saved setup and
 * the JSON carry; labels in both languages are in `channels/groups.ts`.
 */
export const CHANNEL_GROUP_IDS = [
  'paid_search',
  'display',
  'paid_social',
  'video',
  'other_paid',
  'organic_search',
  'organic_social',
  'email',
  'referral',
  'direct',
  'affiliates',
  'events',
  'webinars',
  'partners',
  'contacts',
  'outbound',
  'other',
  'unassigned',
] as const;
export type ChannelGroupId = (typeof CHANNEL_GROUP_IDS)[number];

/**
 * The rule family that placed a channel in its group, first match wins (design §4.6):
 * the user's mapping, a group's own name, a GA4 channel group, a HubSpot source, a source/medium
 * pair or UTM value, an ad platform, a Japanese or English word; `unmatched` fell to その他 and
 * `blank` is the (未設定) channel.
 */
export const CHANNEL_RULES = [
  'user',
  'group_name',
  'ga4_channel_group',
  'hubspot_source',
  'source_medium',
  'ad_platform',
  'words',
  'unmatched',
  'blank',
] as const;
export type ChannelRule = (typeof CHANNEL_RULES)[number];

/** The user's channel mapping: normalised channel value → group (only the overrides are kept). */
export type ChannelGroupOverrides = Readonly<Record<string, ChannelGroupId>>;

/** One line of the hygiene audit: a raw value as written in one tab, and where it landed. */
export interface ChannelMapRow {
  readonly tab: string;
  /** The value as written (trimmed); `''` for a blank cell. */
  readonly value: string;
  /** The label of the channel the value belongs to. */
  readonly channel: string;
  readonly group: string;
  readonly groupId: ChannelGroupId;
  readonly rule: ChannelRule;
  /** Rows of the tab carrying this value (all dates, not only the period). */
  readonly rows: number;
}

/** Why two channels look like one that normalisation did not merge. */
export type DuplicateReason = 'same_name' | 'kana' | 'romaji' | 'spelling';

/** Two channels that are probably the same source spelled two ways. */
export interface ChannelDuplicate {
  /** The two channel labels, in code-unit order. */
  readonly channels: readonly [string, string];
  readonly groups: readonly [string, string];
  readonly reason: DuplicateReason;
}

/** Attributes recognised in a leads tab (design §4.7), plus `column` for a column the user picked. */
export const ATTRIBUTE_FIELDS = ['industry', 'employees', 'company_size', 'job_title', 'department', 'campaign', 'content', 'lead_type'] as const;
export type AttributeField = (typeof ATTRIBUTE_FIELDS)[number];

/** What a row of an attribute table counts (the leads created in the period, as of the as-of date). */
export interface AttributeRow {
  /** The value (most frequent spelling), a size band, `その他` / `Other` for merged values, or `(未設定)`. */
  readonly value: string;
  /** `value` = one value of the column; `band` = a numeric band; `other` = merged small values; `blank` = no value. */
  readonly kind: 'value' | 'band' | 'other' | 'blank';
  readonly leads: number;
  readonly mql: number;
  readonly sql: number;
  readonly opportunities: number;
  readonly won: number;
  readonly lost: number;
  /** 受注金額; null when no tab provides amounts (design §5). */
  readonly revenue: number | null;
  /** 商談化率 = opportunities ÷ leads. */
  readonly opportunityRate: number | null;
  /** 受注率 = won ÷ (won + lost) (design §5). */
  readonly winRate: number | null;
  /** 商談→受注率 = won ÷ opportunities. */
  readonly opportunityToWinRate: number | null;
  /** Fewer leads than a rate needs to mean something (design §6.2). */
  readonly smallSample: boolean;
}

export interface AttributeTable {
  /** The attribute's name (業種, 従業員数 …) or, for a picked column, the column's header. */
  readonly attribute: string;
  /** `column` when the user picked the column in the setup. */
  readonly field: AttributeField | 'column';
  /** The header(s) of the column in the leads tabs. */
  readonly column: string;
  /** Distinct values before the smallest were merged into その他. */
  readonly distinctValues: number;
  readonly rows: readonly AttributeRow[];
}
