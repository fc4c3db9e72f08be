/**
 * The fuzzer's oracle: totals recounted from the meaning of each generated row, by the rules of the
 * spec written out plainly here (no src code):
 * - a row whose required field is blank or unreadable is skipped (design §3.3); a negative cost is
 *   kept (refunds), a count is never negative in the generated data;
 * - leads with the same ID are one lead that reaches the furthest stage any of its rows reaches;
 *   rows without an ID are leads of their own (design §4.2);
 * - a lead reaches 商談 by an opportunity or won date, a truthy flag, a status at 商談 or later
 *   (失注 included), or a linked deal; 受注 by a won date or flag, a won status, or a linked won deal
 *   (design §3.2, §4.2, §4.3); deals linking to no lead are left out of the cohort view;
 * - rows of one deals tab with the same deal ID (trimmed, not blank or a placeholder) are one deal,
 *   its first row (design §4.3);
 * - without a readable lead, deals count in the period view (design §3.2.1): an opportunity on its
 *   created day, a win on its close day (its created day when the close date is blank or unreadable),
 *   within the default period — the ads and traffic dates, or without them the deals' created dates
 *   and the close dates of closed deals (design §4.1);
 * - a total is null only when no tab of its kind exists (design §5).
 */
import type { DayTruth } from './cells';
import type { DealRow, FuzzTab, FuzzWorkbook, LeadRow, RowTruth } from './workbooks';

export interface Recount {
  /** Rows of ads, traffic, leads and deals tabs that can be read; 0 means no_usable_tab. */
  readonly funnelRows: number;
  readonly leads: number | null;
  readonly opportunities: number | null;
  readonly won: number | null;
  readonly cost: number | null;
  /** Per tab name: the 1-based rows that must be skipped with a warning (a required field failed). */
  readonly skippedRows: ReadonlyMap<string, readonly number[]>;
}

interface Lead {
  opportunity: boolean;
  won: boolean;
}

function leadReachesOpportunity(row: LeadRow): boolean {
  return (
    row.oppDate?.kind === 'day' ||
    row.wonDate?.kind === 'day' ||
    row.oppFlag === 'yes' ||
    row.wonFlag === 'yes' ||
    row.status === 'opportunity' ||
    row.status === 'won'
  );
}

function leadReachesWon(row: LeadRow): boolean {
  return row.wonDate?.kind === 'day' || row.wonFlag === 'yes' || row.status === 'won';
}

/** True when every cell of the row is blank (such rows are passed over without a warning). */
function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''));
}

function requiredFailed(tab: FuzzTab, truth: RowTruth): boolean {
  switch (tab.kind) {
    case 'ads': {
      const row = truth as { date: { kind: string }; cost: { kind: string } };
      return row.date.kind !== 'day' || row.cost.kind !== 'number';
    }
    case 'traffic': {
      const row = truth as { date: { kind: string }; sessions: { kind: string } };
      return row.date.kind !== 'day' || row.sessions.kind !== 'number';
    }
    case 'leads':
    case 'deals':
      return (truth as LeadRow | DealRow).created.kind !== 'day';
  }
}

/**
 * Recounts the cohort totals of a generated workbook.
 *
 * @example
 * recount({ tabs: [adsTabWithOneRowCosting(1200)] }).cost
 * //=> 1200
 */
export function recount(workbook: FuzzWorkbook): Recount {
  let funnelRows = 0;
  let cost: number | null = null;
  const leadsByKey = new Map<string, Lead>();
  const leadIds = new Map<string, Lead>();
  const deals: DealRow[] = [];
  const skippedRows = new Map<string, number[]>();
  let hasLeadsTab = false;
  let hasDealsTab = false;
  let leadRows = 0;
  const aggregateDays: number[] = [];

  for (const tab of workbook.tabs) {
    const skipped: number[] = [];
    const readable = tab.dataRows.filter((dataRow) => {
      if (!requiredFailed(tab, dataRow.truth)) return true;
      if (!isBlankRow(dataRow.cells)) skipped.push(dataRow.row);
      return false;
    });
    funnelRows += readable.length;
    skippedRows.set(tab.input.name, skipped);

    if (tab.kind === 'ads') {
      cost ??= 0;
      for (const { truth } of readable) cost += (truth as { cost: { kind: 'number'; value: number } }).cost.value;
    }
    if (tab.kind === 'ads' || tab.kind === 'traffic') {
      for (const { truth } of readable) aggregateDays.push((truth as { date: { kind: 'day'; day: number } }).date.day);
    } else if (tab.kind === 'leads') {
      hasLeadsTab = true;
      leadRows += readable.length;
      for (const { truth, row: rowNumber } of readable) {
        const row = truth as LeadRow;
        // Without an ID column, or with a blank ID, a row is a lead of its own.
        const id = tab.fields.has('id') ? row.id : null;
        const key = id === null ? `row:${tab.input.name}:${rowNumber}` : `id:${id}`;
        const lead = leadsByKey.get(key) ?? { opportunity: false, won: false };
        lead.opportunity ||= leadReachesOpportunity(row);
        lead.won ||= leadReachesWon(row);
        leadsByKey.set(key, lead);
        if (id !== null) leadIds.set(id, lead);
      }
    } else if (tab.kind === 'deals') {
      hasDealsTab = true;
      // Rows of one tab that repeat a deal ID are that deal again: only its first row counts (design §4.3).
      const ids = new Set<string>();
      for (const { truth } of readable) {
        const deal = truth as DealRow;
        const id = tab.fields.has('dealId') ? deal.dealId : null;
        if (id !== null && ids.has(id)) continue;
        if (id !== null) ids.add(id);
        deals.push(deal);
      }
    }
  }

  if (leadRows === 0 && deals.length > 0) return periodViewOfDeals(deals, aggregateDays, { funnelRows, cost, skippedRows, hasLeadsTab });

  for (const deal of deals) {
    const lead = deal.leadId === null ? undefined : leadIds.get(deal.leadId);
    if (!lead) continue; // unlinked: not in the cohort
    lead.opportunity = true;
    if (deal.outcome === 'won') lead.won = true;
  }
  const leads = [...leadsByKey.values()];
  const hasStages = hasLeadsTab || hasDealsTab;
  return {
    funnelRows,
    leads: hasLeadsTab ? leads.length : null,
    opportunities: hasStages ? leads.filter((lead) => lead.opportunity || lead.won).length : null,
    won: hasStages ? leads.filter((lead) => lead.won).length : null,
    cost,
    skippedRows,
  };
}

const dayOf = (truth: DayTruth | null): number | null => (truth?.kind === 'day' ? truth.day : null);

/** Deals without leads, counted by the dates they happened over the default period. */
function periodViewOfDeals(
  deals: readonly DealRow[],
  aggregateDays: readonly number[],
  rest: { funnelRows: number; cost: number | null; skippedRows: ReadonlyMap<string, readonly number[]>; hasLeadsTab: boolean },
): Recount {
  const created = deals.map((deal) => dayOf(deal.created) as number);
  const closed = deals.filter((deal) => deal.outcome !== 'open').map((deal) => dayOf(deal.close)).filter((day): day is number => day !== null);
  const spanDays = aggregateDays.length > 0 ? aggregateDays : [...created, ...closed];
  const from = Math.min(...spanDays);
  const to = Math.max(...spanDays);
  const inPeriod = (day: number): boolean => day >= from && day <= to;
  return {
    funnelRows: rest.funnelRows,
    leads: rest.hasLeadsTab ? 0 : null,
    opportunities: created.filter(inPeriod).length,
    won: deals.filter((deal) => deal.outcome === 'won' && inPeriod(dayOf(deal.close) ?? (dayOf(deal.created) as number))).length,
    cost: rest.cost,
    skippedRows: rest.skippedRows,
  };
}
