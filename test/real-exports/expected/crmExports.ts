/**
 * Lead and opportunity exports of CRMs added in the second corpus round: a Salesforce org's report
 * exports (labels, not API names), Zoho CRM leads with their potentials (Zoho's older name for
 * deals), and a Pipedrive deals export whose every column is named `Deal - …`.
 *
 * Rules, written out here rather than taken from the engine:
 * - A lead reaches a stage by its status, and reaching a stage implies the earlier ones (design §4.2).
 * - A converted lead (Salesforce `Converted` TRUE or status Converted; Zoho `CONVERTED` Yes) has
 *   become an opportunity: conversion is the lead → opportunity step (商談化). The Salesforce
 *   report's `# Converted Opportunities` count is not read.
 * - Statuses that say a lead was lost or junked before any deal (Zoho `Lost Lead`, `Junk Lead`) leave
 *   it a lead: only lost opportunities are lost (design §4.3).
 * - A linked deal makes its lead an opportunity; a won deal makes it won and adds its amount to
 *   revenue; a lead whose deals are all lost is lost (design §4.3).
 */
import { dayFirst, dayMonthName, dollars, isoDay, readRecords, span, sum, cents, count } from './csvFiles';
import type { Expectation } from './expectation';

type Row = Record<string, string>;

/** Stage ranks: 0 lead, 1 MQL, 2 SQL, 3 opportunity. */
function rankOf(ranks: Readonly<Record<string, number>>, value: string, file: string): number {
  const rank = ranks[value];
  if (rank === undefined) throw new Error(`${file}: unexpected status "${value}"`);
  return rank;
}

// ---- Salesforce report exports --------------------------------------------------------------

/** Lead report statuses of this org: Nurturing is a lead being worked, Converted a converted lead. */
const SALESFORCE_LEAD_STATUS: Readonly<Record<string, number>> = { Nurturing: 0, MQL: 1, SQL: 2, Converted: 3 };

/** `06-08-2020 15:38`: the report was re-saved day first (13-08-2020 occurs). */
const salesforceDay = (text: string | undefined): string => dayFirst((text ?? '').split(' ')[0] ?? '');

interface LeadCounts {
  readonly leads: number;
  readonly mql: number;
  readonly sql: number;
  readonly opportunities: number;
}

function salesforceLeadCounts(rows: readonly Row[], file: string): LeadCounts {
  const ranks = rows.map((row) => Math.max(rankOf(SALESFORCE_LEAD_STATUS, row['Status'] ?? '', file), row['Converted'] === 'TRUE' ? 3 : 0));
  return {
    leads: rows.length,
    mql: count(ranks, (rank) => rank >= 1),
    sql: count(ranks, (rank) => rank >= 2),
    opportunities: count(ranks, (rank) => rank >= 3),
  };
}

export function salesforceLeadReport(file: string, tab: string): Expectation {
  const rows = readRecords(file);
  const counts = salesforceLeadCounts(rows, file);
  return {
    tabs: { [tab]: { kind: 'leads' } },
    totals: { ...counts, won: 0, lost: 0, openOpportunities: counts.opportunities },
    period: span(rows.map((row) => salesforceDay(row['Created Date']))),
    reasoning:
      `Salesforce Lead report (labels: Created Date, Lead ID, Status, Converted, Lead Source; dates day first, "N/A" blanks): ` +
      `${counts.leads} leads, ${counts.opportunities} converted (status Converted and Converted TRUE agree), one MQL and one SQL by status; nothing is won or lost on a lead list.`,
  };
}

/** Salesforce Opportunity report: `Won` and `Closed` flags decide (design §3.2.1), amounts `$1,77,000.00`. */
export function salesforceOutcome(row: Row): 'won' | 'lost' | 'open' {
  return row['Won'] === 'TRUE' ? 'won' : row['Closed'] === 'TRUE' ? 'lost' : 'open';
}

/** The deals-only default period: created dates and closed deals' close dates (design §3.2.1). */
export function salesforceOpportunityPeriod(rows: Row[]): string[] {
  return [
    ...rows.map((row) => salesforceDay(row['Created Date'])),
    ...rows.filter((row) => salesforceOutcome(row) !== 'open').map((row) => salesforceDay(row['Close Date'])),
  ];
}

/**
 * The lead report with the opportunity report beside it: the opportunities name an Account ID and
 * sometimes a Contact ID, never a lead id (`00Q…`), so no deal links to a lead and the cohort counts
 * stay those of the leads; the deals are reported as unlinked, and revenue is 0 (an amount column
 * exists, no won deal is linked).
 */
export function salesforceLeadsWithOpportunities(leadFile: string, leadTab: string, opportunityFile: string, opportunityTab: string): Expectation {
  const leads = readRecords(leadFile);
  const opportunities = readRecords(opportunityFile);
  const leadIds = new Set(leads.map((row) => row['Lead ID']));
  const linked = count(opportunities, (row) => leadIds.has(row['Contact ID'] ?? '') || leadIds.has(row['Account ID'] ?? ''));
  if (linked !== 0) throw new Error('expected no opportunity to name a lead');
  const counts = salesforceLeadCounts(leads, leadFile);
  return {
    tabs: { [leadTab]: { kind: 'leads' }, [opportunityTab]: { kind: 'deals' } },
    totals: { ...counts, won: 0, lost: 0, openOpportunities: counts.opportunities, revenue: 0 },
    period: span(leads.map((row) => salesforceDay(row['Created Date']))),
    reasoning: `${counts.leads} leads as in the lead report alone; none of the ${opportunities.length} opportunities names a lead (Account ID / Contact ID only), so they stay out of the cohort view and revenue is 0.`,
  };
}

// ---- Zoho CRM --------------------------------------------------------------------------------

/** Zoho CRM lead statuses. Pre Qualified is marketing-qualified; lost and junk leads stay leads. */
const ZOHO_LEAD_STATUS: Readonly<Record<string, number>> = {
  'Not Contacted': 0, 'Attempted to Contact': 0, Contacted: 0, 'Contact in Future': 0, 'Junk Lead': 0, 'Lost Lead': 0,
  'Pre Qualified': 1,
};

const zohoDay = (text: string | undefined): string => dayMonthName(text ?? '');

export function zohoOutcome(row: Row): 'won' | 'lost' | 'open' {
  return row['Stage'] === 'Closed Won' ? 'won' : row['Stage'] === 'Closed Lost' ? 'lost' : 'open';
}

/** Leads alone, or with their potentials linked by the LEADID column both exports carry. */
export function zohoLeads(leadFile: string, leadTab: string, potentials?: { file: string; tab: string }): Expectation {
  const leads = readRecords(leadFile);
  const deals = potentials ? readRecords(potentials.file) : [];
  const dealsOf = new Map<string, Row[]>();
  for (const deal of deals) dealsOf.set(deal['LEADID'] ?? '', [...(dealsOf.get(deal['LEADID'] ?? '') ?? []), deal]);
  let mql = 0;
  let sql = 0;
  let opportunities = 0;
  let won = 0;
  let lost = 0;
  let revenue = 0;
  for (const lead of leads) {
    const linked = dealsOf.get(lead['LEADID'] ?? '') ?? [];
    const wonDeals = linked.filter((deal) => zohoOutcome(deal) === 'won');
    const status = rankOf(ZOHO_LEAD_STATUS, lead['Lead Status'] ?? '', leadFile);
    const isOpportunity = lead['CONVERTED'] === 'Yes' || linked.length > 0;
    if (status >= 1 || isOpportunity) mql += 1;
    if (isOpportunity) sql += 1;
    if (isOpportunity) opportunities += 1;
    if (wonDeals.length > 0) won += 1;
    else if (linked.length > 0 && linked.every((deal) => zohoOutcome(deal) === 'lost')) lost += 1;
    revenue += sum(wonDeals.map((deal) => dollars(deal['Amount'])));
  }
  const linkedDeals = count(deals, (deal) => leads.some((lead) => lead['LEADID'] === deal['LEADID']));
  return {
    tabs: { [leadTab]: { kind: 'leads' }, ...(potentials ? { [potentials.tab]: { kind: 'deals' as const } } : {}) },
    totals: {
      leads: leads.length, mql, sql, opportunities, won, lost, openOpportunities: opportunities - won - lost,
      ...(potentials ? { revenue: cents(revenue) } : {}),
    },
    period: span(leads.map((lead) => zohoDay(lead['Created Time']))),
    reasoning:
      `Zoho CRM leads (Created Time "15 Apr, 2021 00:03:00"): ${leads.length} leads; CONVERTED Yes = became a potential (opportunity), Pre Qualified = MQL, Lost/Junk Lead stay leads.` +
      (potentials ? ` ${linkedDeals} of ${deals.length} potentials link by LEADID (the column both tabs share); a won potential wins its lead and adds its Amount.` : ''),
  };
}

/** Zoho potentials alone: deals-only period view; period = created dates and closed potentials' closing dates. */
export function zohoPotentialsPeriod(rows: Row[]): string[] {
  return [
    ...rows.map((row) => zohoDay(row['Created Time'])),
    ...rows.filter((row) => zohoOutcome(row) !== 'open').map((row) => zohoDay(row['Closing Date'])),
  ];
}

// ---- Pipedrive -------------------------------------------------------------------------------

/** Pipedrive's Status is the outcome (Open / Won / Lost); Won time / Lost time are set exactly then. */
export function pipedriveOutcome(row: Row): 'won' | 'lost' | 'open' {
  const status = row['Deal - Status'];
  const outcome = status === 'Won' ? 'won' : status === 'Lost' ? 'lost' : status === 'Open' ? 'open' : null;
  if (outcome === null) throw new Error(`unexpected Pipedrive status "${status}"`);
  if ((outcome === 'won') !== (row['Deal - Won time'] !== '') || (outcome === 'lost') !== (row['Deal - Lost time'] !== '')) {
    throw new Error(`Pipedrive deal ${row['Deal - ID']}: status and won/lost time disagree`);
  }
  return outcome;
}

export function pipedrivePeriod(rows: Row[]): string[] {
  return [
    ...rows.map((row) => isoDay(row['Deal - Deal created'] ?? '')),
    ...rows.filter((row) => pipedriveOutcome(row) !== 'open').map((row) => isoDay(row['Deal - Deal closed on'] ?? '')),
  ];
}
