/**
 * Counts duplicate lead rows once (design §4.2): rows with the same lead ID are one lead; rows
 * without a lead ID are one lead when their normalised email matches, and join the lead with an ID
 * that carries the same email.
 */
import type { DayNumber, LeadRow, RowOrigin, Stage, StageEvidence } from '../model/types';
import { compareCodeUnits } from './labels';
import { furtherStage, type LaterStage } from './stageOrder';

/** One lead after duplicates are merged. */
export interface MergedLead {
  readonly leadId: string | null;
  /** Every normalised email seen on its rows, sorted. */
  readonly emailKeys: readonly string[];
  /** Every value of the column shared with the deals tab (`mql_id`) on its rows, sorted. */
  readonly linkKeys: readonly string[];
  /** Every deal ID its rows name (Salesforce `ConvertedOpportunityId`), sorted. */
  readonly dealIds: readonly string[];
  /** Earliest created date of its rows. */
  readonly created: DayNumber;
  /** First non-blank channel in row order (created date, then tab, then row): the first touch. */
  readonly channel: string | null;
  /** Highest score on its rows. */
  readonly score: number | null;
  /** Per stage, as on a lead row: the earliest date and whether any row flags it. */
  readonly mql: StageEvidence;
  readonly sql: StageEvidence;
  readonly opportunities: StageEvidence;
  readonly won: StageEvidence;
  /** Furthest stage any status names. */
  readonly statusStage: Stage | null;
  readonly lost: boolean;
  /** Largest amount on its rows (duplicates describe the same purchase, so amounts are not added). */
  readonly amount: number | null;
  /** Per attribute, the first non-blank value in row order, like the channel (design §4.7); undefined without attribute columns. */
  readonly attributes: Readonly<Record<string, string>> | undefined;
  /** Its first row, for ordering and messages. */
  readonly origin: RowOrigin;
}

export interface LeadMergeResult {
  /** Merged leads ordered by created date, then tab, then row. */
  readonly leads: readonly MergedLead[];
  /** Rows folded into another row's lead (rows read − leads counted). */
  readonly mergedRows: number;
}

/**
 * Orders rows by created date, then tab name, then row number: the canonical order that makes
 * every tie-break independent of the order rows arrive in.
 *
 * @example
 * compareByCreatedThenOrigin({ created: 2, tab: 'A', row: 9 }, { created: 2, tab: 'A', row: 3 }) > 0
 * //=> true
 */
export function compareByCreatedThenOrigin(
  a: RowOrigin & { readonly created: DayNumber },
  b: RowOrigin & { readonly created: DayNumber },
): number {
  return a.created - b.created || compareCodeUnits(a.tab, b.tab) || a.row - b.row;
}

function compareMergedLeads(a: MergedLead, b: MergedLead): number {
  return a.created - b.created || compareCodeUnits(a.origin.tab, b.origin.tab) || a.origin.row - b.origin.row;
}

function earliestDate(a: DayNumber | null, b: DayNumber | null): DayNumber | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function largest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function mergeEvidence(rows: readonly LeadRow[], stage: LaterStage): StageEvidence {
  let date: DayNumber | null = null;
  let flag = false;
  for (const row of rows) {
    date = earliestDate(date, row[stage].date);
    flag = flag || row[stage].flag;
  }
  return { date, flag };
}

const NO_KEYS: readonly string[] = [];

/** A lead with a single row: its own evidence, without copying (most leads have one row, so no object more than needed). */
function singleRowLead(row: LeadRow): MergedLead {
  return {
    leadId: row.leadId,
    emailKeys: row.emailKey === null ? NO_KEYS : [row.emailKey],
    linkKeys: row.linkKey === null ? NO_KEYS : [row.linkKey],
    dealIds: row.dealId === null ? NO_KEYS : [row.dealId],
    created: row.created,
    channel: row.channel !== null && row.channel.trim() !== '' ? row.channel : null,
    score: row.score,
    mql: row.mql,
    sql: row.sql,
    opportunities: row.opportunities,
    won: row.won,
    statusStage: row.statusStage,
    lost: row.lost,
    amount: row.amount,
    origin: row,
    attributes: row.attributes,
  };
}

/** The first non-blank value of every attribute over rows in canonical order. */
function firstAttributes(rows: readonly LeadRow[]): Record<string, string> | undefined {
  let result: Record<string, string> | undefined;
  for (const row of rows) {
    if (row.attributes === undefined) continue;
    result ??= {};
    for (const [key, value] of Object.entries(row.attributes)) if (!(key in result)) result[key] = value;
  }
  return result;
}

/** Folds rows already in canonical order into one lead. */
function mergeGroup(rows: readonly LeadRow[]): MergedLead {
  const first = rows[0] as LeadRow;
  if (rows.length === 1) return singleRowLead(first);
  let score: number | null = null;
  let amount: number | null = null;
  let statusStage: Stage | null = null;
  let lost = false;
  let channel: string | null = null;
  let leadId: string | null = null;
  const emails = new Set<string>();
  const linkKeys = new Set<string>();
  const dealIds = new Set<string>();
  for (const row of rows) {
    score = largest(score, row.score);
    amount = largest(amount, row.amount);
    statusStage = furtherStage(statusStage, row.statusStage);
    lost = lost || row.lost;
    if (channel === null && row.channel !== null && row.channel.trim() !== '') channel = row.channel;
    leadId = leadId ?? row.leadId;
    if (row.emailKey !== null) emails.add(row.emailKey);
    if (row.linkKey !== null) linkKeys.add(row.linkKey);
    if (row.dealId !== null) dealIds.add(row.dealId);
  }
  return {
    leadId,
    emailKeys: [...emails].sort(compareCodeUnits),
    linkKeys: [...linkKeys].sort(compareCodeUnits),
    dealIds: [...dealIds].sort(compareCodeUnits),
    created: first.created,
    channel,
    score,
    mql: mergeEvidence(rows, 'mql'),
    sql: mergeEvidence(rows, 'sql'),
    opportunities: mergeEvidence(rows, 'opportunities'),
    won: mergeEvidence(rows, 'won'),
    statusStage,
    lost,
    amount,
    origin: { tab: first.tab, row: first.row },
    attributes: firstAttributes(rows),
  };
}

/**
 * The rows of one lead: the row itself while it has one, a list from its second row on. Most leads
 * have one row, and 100,000 one-row lists cost more time (in garbage collection) than the merge.
 */
type RowGroup = LeadRow | LeadRow[];

/** Adds a row to the group at `index`, turning a lone row into a list. */
function joinGroup(groups: RowGroup[], index: number, row: LeadRow): void {
  const group = groups[index] as RowGroup;
  if (Array.isArray(group)) group.push(row);
  else groups[index] = [group, row];
}

/**
 * The group (by index) of the earliest lead with an ID that carries each email. Groups were
 * created in canonical order of their first row, so the first one to claim an email is that lead.
 * Built only when a row without an ID looks for it (100,000 leads with IDs would fill it for nothing).
 */
function groupsByEmail(groups: readonly RowGroup[]): Map<string, number> {
  const byEmail = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const row of Array.isArray(group) ? group : [group]) {
      if (row.emailKey !== null && !byEmail.has(row.emailKey)) byEmail.set(row.emailKey, index);
    }
  });
  return byEmail;
}

/**
 * Merges duplicate lead rows: same lead ID; or, for rows without an ID, same normalised email.
 * An ID-less row whose email also appears on rows with an ID joins the earliest such lead.
 * The merged lead keeps the furthest evidence for every stage (the earliest date, any flag, the
 * furthest status) and the earliest created date.
 *
 * @example
 * const result = mergeDuplicateLeads([rowA, rowAAgain, rowB]); // rowA and rowAAgain share lead_id
 * [result.leads.length, result.mergedRows]
 * //=> [2, 1]
 */
export function mergeDuplicateLeads(rows: readonly LeadRow[]): LeadMergeResult {
  const sorted = [...rows].sort(compareByCreatedThenOrigin);
  const groups: RowGroup[] = [];
  const groupById = new Map<string, number>();
  for (const row of sorted) {
    if (row.leadId === null) continue;
    const at = groupById.get(row.leadId);
    if (at !== undefined) {
      joinGroup(groups, at, row);
      continue;
    }
    groupById.set(row.leadId, groups.length);
    groups.push(row);
  }
  const withoutId = sorted.filter((row) => row.leadId === null);
  const groupByEmail = withoutId.some((row) => row.emailKey !== null) ? groupsByEmail(groups) : new Map<string, number>();
  for (const row of withoutId) {
    const at = row.emailKey === null ? undefined : groupByEmail.get(row.emailKey);
    if (at !== undefined) {
      joinGroup(groups, at, row);
      continue;
    }
    if (row.emailKey !== null) groupByEmail.set(row.emailKey, groups.length);
    groups.push(row);
  }
  // Email-matched rows were appended after a group's ID rows, so a group may be out of order.
  const leads = groups
    .map((group) => (Array.isArray(group) ? mergeGroup(group.sort(compareByCreatedThenOrigin)) : singleRowLead(group)))
    .sort(compareMergedLeads);
  return { leads, mergedRows: rows.length - leads.length };
}
