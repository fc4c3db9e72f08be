/**
 * Builders for hand-made parsed workbooks: rows with sensible defaults, dates written as
 * `YYYY-MM-DD` strings. Day numbers come from `Date.UTC`, independently of the code under test.
 */
import type {
  AdRow,
  DayNumber,
  DealOutcome,
  DealRow,
  EmailRow,
  FunnelSettings,
  LeadAttributeColumn,
  LeadRow,
  ParsedWorkbook,
  SourceTabSummary,
  Stage,
  StageEvidence,
  TabKind,
  TargetMetric,
  TargetRow,
  TrafficRow,
  Warning,
} from '../../../src/core/model/types';
import type { FunnelLead } from '../../../src/core/funnel/funnelLead';

const MILLISECONDS_PER_DAY = 86_400_000;

/** `'2025-04-01'` → days since 1970-01-01. */
export function day(iso: string): DayNumber {
  const [year, month, date] = iso.split('-').map(Number);
  return Date.UTC(year as number, (month as number) - 1, date as number) / MILLISECONDS_PER_DAY;
}

let nextRow = 2;
/** A fresh row number, so that every built row has its own origin unless a test names one. */
function autoRow(): number {
  nextRow += 1;
  return nextRow;
}

/** A stage given as an ISO date (dated evidence), `true` (a flag) or nothing. */
export type StageInput = string | true | null | undefined;

function evidence(input: StageInput): StageEvidence {
  if (input === true) return { date: null, flag: true };
  if (typeof input === 'string') return { date: day(input), flag: false };
  return { date: null, flag: false };
}

export interface LeadInput {
  readonly created: string;
  readonly leadId?: string | null;
  readonly email?: string | null;
  readonly channel?: string | null;
  readonly score?: number | null;
  readonly mql?: StageInput;
  readonly sql?: StageInput;
  readonly opportunities?: StageInput;
  readonly won?: StageInput;
  readonly status?: Stage | null;
  readonly lost?: boolean;
  readonly amount?: number | null;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly linkKey?: string | null;
  readonly dealId?: string | null;
  readonly tab?: string;
  readonly row?: number;
}

export function lead(input: LeadInput): LeadRow {
  return {
    tab: input.tab ?? 'リード',
    row: input.row ?? autoRow(),
    created: day(input.created),
    leadId: input.leadId ?? null,
    emailKey: input.email ?? null,
    linkKey: input.linkKey ?? null,
    dealId: input.dealId ?? null,
    channel: input.channel === undefined ? null : input.channel,
    score: input.score ?? null,
    mql: evidence(input.mql),
    sql: evidence(input.sql),
    opportunities: evidence(input.opportunities),
    won: evidence(input.won),
    statusStage: input.status ?? null,
    lost: input.lost ?? false,
    amount: input.amount ?? null,
    ...(input.attributes !== undefined ? { attributes: input.attributes } : {}),
  };
}

export interface DealInput {
  readonly created: string;
  readonly dealId?: string | null;
  readonly leadId?: string | null;
  readonly contactId?: string | null;
  readonly email?: string | null;
  readonly contactEmail?: string | null;
  readonly linkKey?: string | null;
  readonly channel?: string | null;
  readonly outcome?: DealOutcome;
  readonly close?: string | null;
  readonly amount?: number | null;
  readonly tab?: string;
  readonly row?: number;
}

export function deal(input: DealInput): DealRow {
  return {
    tab: input.tab ?? '商談',
    row: input.row ?? autoRow(),
    created: day(input.created),
    dealId: input.dealId ?? null,
    leadId: input.leadId ?? null,
    contactId: input.contactId ?? null,
    emailKey: input.email ?? null,
    contactEmailKey: input.contactEmail ?? null,
    linkKey: input.linkKey ?? null,
    channel: input.channel ?? null,
    outcome: input.outcome ?? 'open',
    closeDate: input.close ? day(input.close) : null,
    amount: input.amount ?? null,
  };
}

export interface AdInput {
  readonly date: string;
  /** Last day of a stated period (a report without a day column). */
  readonly until?: string;
  readonly cost: number;
  readonly channel?: string | null;
  readonly campaign?: string | null;
  readonly impressions?: number | null;
  readonly clicks?: number | null;
  readonly conversions?: number | null;
  readonly tab?: string;
  readonly row?: number;
}

export function ad(input: AdInput): AdRow {
  return {
    tab: input.tab ?? '広告',
    row: input.row ?? autoRow(),
    date: day(input.date),
    until: input.until === undefined ? null : day(input.until),
    channel: input.channel ?? null,
    campaign: input.campaign ?? null,
    cost: input.cost,
    impressions: input.impressions ?? null,
    clicks: input.clicks ?? null,
    conversions: input.conversions ?? null,
  };
}

export interface TrafficInput {
  readonly date: string;
  /** Last day of a stated period (a report without a day column). */
  readonly until?: string;
  readonly sessions: number;
  readonly channel?: string | null;
  readonly engagedSessions?: number | null;
  readonly bounceRate?: number | null;
  readonly downloads?: number | null;
  readonly tab?: string;
  readonly row?: number;
}

export function traffic(input: TrafficInput): TrafficRow {
  return {
    tab: input.tab ?? 'アクセス',
    row: input.row ?? autoRow(),
    date: day(input.date),
    until: input.until === undefined ? null : day(input.until),
    channel: input.channel ?? null,
    sessions: input.sessions,
    newUsers: null,
    engagedSessions: input.engagedSessions ?? null,
    bounceRate: input.bounceRate ?? null,
    averageEngagementSeconds: null,
    downloads: input.downloads ?? null,
  };
}

export interface EmailInput {
  readonly delivered: number;
  readonly date?: string | null;
  readonly campaign?: string | null;
  readonly segment?: string | null;
  readonly campaignId?: string | null;
  readonly opens?: number | null;
  readonly clicks?: number | null;
  readonly tab?: string;
  readonly row?: number;
}

export function email(input: EmailInput): EmailRow {
  return {
    tab: input.tab ?? 'メール',
    row: input.row ?? autoRow(),
    date: input.date ? day(input.date) : null,
    campaign: input.campaign ?? null,
    campaignId: input.campaignId ?? null,
    segment: input.segment ?? null,
    delivered: input.delivered,
    opens: input.opens ?? null,
    clicks: input.clicks ?? null,
    conversions: null,
  };
}

export function target(month: string, metric: TargetMetric, value: number): TargetRow {
  return { tab: '目標', row: autoRow(), month, metric, target: value };
}

export interface WorkbookInput {
  readonly ads?: readonly AdRow[];
  readonly traffic?: readonly TrafficRow[];
  readonly leads?: readonly LeadRow[];
  readonly deals?: readonly DealRow[];
  readonly email?: readonly EmailRow[];
  readonly targets?: readonly TargetRow[];
  /** Replaces the mapped fields worked out from the rows. */
  readonly mapped?: readonly string[];
  /** Added to the mapped fields worked out from the rows (e.g. a mapped column that is blank everywhere). */
  readonly alsoMapped?: readonly string[];
  readonly warnings?: readonly Warning[];
  readonly sources?: readonly SourceTabSummary[];
  readonly leadAttributes?: readonly LeadAttributeColumn[];
}

type Field = `${TabKind}.${string}`;

/** The fields a tab would have mapped to produce these rows: required ones, plus any with a value. */
function mappedFrom(input: WorkbookInput): Set<Field> {
  const fields = new Set<Field>();
  const markIf = (condition: boolean, field: Field): void => {
    if (condition) fields.add(field);
  };
  const ads = input.ads ?? [];
  if (ads.length > 0) ['ads.date', 'ads.cost'].forEach((field) => fields.add(field as Field));
  markIf(ads.some((row) => row.impressions !== null), 'ads.impressions');
  markIf(ads.some((row) => row.clicks !== null), 'ads.clicks');
  markIf(ads.some((row) => row.campaign !== null), 'ads.campaign');
  const trafficRows = input.traffic ?? [];
  if (trafficRows.length > 0) ['traffic.date', 'traffic.sessions'].forEach((field) => fields.add(field as Field));
  markIf(trafficRows.some((row) => row.engagedSessions !== null), 'traffic.engaged_sessions');
  markIf(trafficRows.some((row) => row.bounceRate !== null), 'traffic.bounce_rate');
  markIf(trafficRows.some((row) => row.downloads !== null), 'traffic.downloads');
  const leads = input.leads ?? [];
  if (leads.length > 0) fields.add('leads.created_date');
  markIf(leads.some((row) => row.leadId !== null), 'leads.lead_id');
  markIf(leads.some((row) => row.emailKey !== null), 'leads.email');
  markIf(leads.some((row) => row.channel !== null), 'leads.channel');
  markIf(leads.some((row) => row.score !== null), 'leads.score');
  markIf(leads.some((row) => row.amount !== null), 'leads.amount');
  markIf(leads.some((row) => row.statusStage !== null), 'leads.status');
  for (const [stage, prefix] of [
    ['mql', 'mql'],
    ['sql', 'sql'],
    ['opportunities', 'opportunity'],
    ['won', 'won'],
  ] as const) {
    markIf(leads.some((row) => row[stage].date !== null), `leads.${prefix}_date`);
    markIf(leads.some((row) => row[stage].flag), `leads.${prefix}_flag`);
  }
  const deals = input.deals ?? [];
  if (deals.length > 0) ['deals.created_date', 'deals.stage'].forEach((field) => fields.add(field as Field));
  markIf(deals.some((row) => row.leadId !== null), 'deals.lead_id');
  markIf(deals.some((row) => row.emailKey !== null), 'deals.email');
  markIf(deals.some((row) => row.amount !== null), 'deals.amount');
  markIf(deals.some((row) => row.closeDate !== null), 'deals.close_date');
  const emails = input.email ?? [];
  if (emails.length > 0) fields.add('email.delivered');
  markIf(emails.some((row) => row.opens !== null), 'email.opens');
  markIf(emails.some((row) => row.clicks !== null), 'email.clicks');
  const targets = input.targets ?? [];
  if (targets.length > 0) ['targets.month', 'targets.metric', 'targets.target'].forEach((field) => fields.add(field as Field));
  return fields;
}

export function workbook(input: WorkbookInput): ParsedWorkbook {
  const mapped = input.mapped === undefined ? mappedFrom(input) : new Set(input.mapped as readonly Field[]);
  for (const field of input.alsoMapped ?? []) mapped.add(field as Field);
  return {
    ads: input.ads ?? [],
    traffic: input.traffic ?? [],
    leads: input.leads ?? [],
    deals: input.deals ?? [],
    email: input.email ?? [],
    targets: input.targets ?? [],
    mappedFields: mapped,
    sources: input.sources ?? [],
    warnings: input.warnings ?? [],
    ...(input.leadAttributes !== undefined ? { leadAttributes: input.leadAttributes } : {}),
  };
}

export function settings(overrides: Partial<FunnelSettings> = {}): FunnelSettings {
  return { view: 'cohort', language: 'ja', currency: 'JPY', ...overrides };
}

/** `count` copies of a lead built by `make(index)`, for tests that need many leads. */
export function times<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

export interface FunnelLeadInput {
  readonly created?: string;
  readonly channel?: string | null;
  readonly score?: number | null;
  readonly furthest?: Stage;
  readonly mql?: string | null;
  readonly sql?: string | null;
  readonly opportunities?: string | null;
  readonly won?: string | null;
  readonly revenue?: number;
  /** Defaults to won for a won lead, open for an opportunity, none below. */
  readonly outcome?: DealOutcome | null;
  readonly lostDate?: string | null;
  readonly pipelineAmount?: number;
}

const STAGE_RANKS: readonly Stage[] = ['leads', 'mql', 'sql', 'opportunities', 'won'];
const stageRankOf = (stage: Stage): number => STAGE_RANKS.indexOf(stage);

/** A resolved funnel lead, for tests of the steps after resolution. */
export function funnelLead(input: FunnelLeadInput = {}): FunnelLead {
  const at = (iso: string | null | undefined): DayNumber | null => (iso ? day(iso) : null);
  return {
    created: day(input.created ?? '2025-04-01'),
    channel: input.channel ?? null,
    score: input.score ?? null,
    furthest: input.furthest ?? 'leads',
    stageDates: { mql: at(input.mql), sql: at(input.sql), opportunities: at(input.opportunities), won: at(input.won) },
    revenue: input.revenue ?? 0,
    outcome: input.outcome ?? (stageRankOf(input.furthest ?? 'leads') >= 3 ? (input.furthest === 'won' ? 'won' : 'open') : null),
    lostDate: input.lostDate ? day(input.lostDate) : null,
    pipelineAmount: input.pipelineAmount ?? 0,
  };
}

/** A source-tab entry as the parser reports it (design §9.1 `sources`). */
export function source(tab: string, kind: TabKind | null, rowsRead: number, extra: Partial<SourceTabSummary> = {}): SourceTabSummary {
  return { tab, kind, headerRow: kind === null ? null : 1, rowsRead, rowsSkipped: 0, mapping: {}, ...extra };
}
