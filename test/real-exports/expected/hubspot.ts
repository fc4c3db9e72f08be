/**
 * HubSpot contact and deal exports (dummy portal data shaped like the UI export; Japanese-portal
 * derivative with JA labels). How the funnel reads them (design §3.2, §4.2, §4.3):
 * - Contacts are leads, created on Create Date / 作成日.
 * - Lifecycle Stage is the stage column. HubSpot's order is Subscriber < Lead < MQL < SQL <
 *   Opportunity < Customer < Evangelist (reference/export-headers.md §5.1): an Evangelist has been a
 *   customer, so it counts as won; Subscriber and Other are plain leads. Lead Status (In Progress,
 *   Open Deal, …) is a sales-activity status, not a funnel stage, and is not counted.
 * - Deals name their contact by Associated Contact Email / 関連付けされたコンタクトのEメール and link to
 *   the contact with that e-mail (design §3.2.1). A linked lead reaches opportunities (it has a deal)
 *   and won with a won deal; revenue is the sum of its won deals. Deals whose e-mail matches no
 *   contact stay out of the cohort view.
 * - A lead is won (won deal or won lifecycle), else lost (all its deals lost), else open.
 * - Closed Won / 成立 is won, Closed Lost / 失注 is lost, every other stage is an open deal.
 */
import { amount, cents, count, isoDay, readRecords, span, sum } from './csvFiles';
import type { Expectation } from './expectation';

interface Labels {
  readonly email: string;
  readonly created: string;
  readonly lifecycle: string;
  readonly stage: string;
  readonly amount: string;
  readonly contactEmail: string;
  readonly won: string;
  readonly lost: string;
  readonly stages: Readonly<Record<string, number>>;
}

// Stage ranks: 0 lead, 1 mql, 2 sql, 3 opportunity, 4 won.
export const HUBSPOT_EN: Labels = {
  email: 'Email', created: 'Create Date', lifecycle: 'Lifecycle Stage', stage: 'Deal Stage', amount: 'Amount',
  contactEmail: 'Associated Contact Email', won: 'Closed Won', lost: 'Closed Lost',
  stages: { Subscriber: 0, Lead: 0, Other: 0, 'Marketing Qualified Lead': 1, 'Sales Qualified Lead': 2, Opportunity: 3, Customer: 4, Evangelist: 4 },
};
export const HUBSPOT_JA: Labels = {
  email: 'Eメール', created: '作成日', lifecycle: 'ライフサイクルステージ', stage: '取引ステージ', amount: '金額',
  contactEmail: '関連付けされたコンタクトのEメール', won: '成立', lost: '失注',
  stages: { サブスクライバー: 0, リード: 0, その他: 0, 'Marketing Qualified Lead(MQL)': 1, 'Sales Qualified Lead(SQL)': 2, 商談: 3, 顧客: 4, エバンジェリスト: 4 },
};

function rankOf(labels: Labels, value: string): number {
  const rank = labels.stages[value];
  if (rank === undefined) throw new Error(`unexpected lifecycle stage "${value}"`);
  return rank;
}

export function contacts(file: string, tab: string, labels: Labels): Expectation {
  const records = readRecords(file);
  const ranks = records.map((r) => rankOf(labels, r[labels.lifecycle] ?? ''));
  return {
    tabs: { [tab]: { kind: 'leads' } },
    totals: {
      leads: records.length,
      mql: count(ranks, (rank) => rank >= 1),
      sql: count(ranks, (rank) => rank >= 2),
      opportunities: count(ranks, (rank) => rank >= 3),
      won: count(ranks, (rank) => rank >= 4),
      lost: 0,
    },
    period: span(records.map((r) => isoDay(r[labels.created] ?? ''))),
    reasoning: `${records.length} contacts, stages from the lifecycle column (Evangelist/エバンジェリスト counts as won, Lead Status is not a stage); nothing marks a lead lost.`,
  };
}

export function deals(file: string, tab: string, labels: Labels): Expectation {
  const records = readRecords(file);
  const stage = (r: Record<string, string>): string => r[labels.stage] ?? '';
  const won = records.filter((r) => stage(r) === labels.won);
  const lost = count(records, (r) => stage(r) === labels.lost);
  return {
    tabs: { [tab]: { kind: 'deals' } },
    totals: {
      opportunities: records.length,
      won: won.length,
      lost,
      openOpportunities: records.length - won.length - lost,
      revenue: cents(sum(won.map((r) => amount(r[labels.amount])))),
    },
    reasoning: `Deals only, so the period view (design §3.2.1): ${records.length} deals, ${won.length} ${labels.won}, ${lost} ${labels.lost}, the rest open; revenue = the won deals' amounts. The period is not asserted: open deals carry expected close dates and the deals-only default period is not pinned down for them.`,
  };
}

export function contactsWithDeals(contactsFile: string, dealsFile: string, tabs: { contacts: string; deals: string }, labels: Labels): Expectation {
  const leads = readRecords(contactsFile);
  const dealRows = readRecords(dealsFile);
  const key = (email: string | undefined): string => (email ?? '').trim().toLowerCase();
  const dealsOf = new Map<string, Record<string, string>[]>();
  for (const deal of dealRows) {
    const list = dealsOf.get(key(deal[labels.contactEmail])) ?? [];
    list.push(deal);
    dealsOf.set(key(deal[labels.contactEmail]), list);
  }
  let opportunities = 0;
  let won = 0;
  let lost = 0;
  let revenue = 0;
  let mql = 0;
  let sql = 0;
  for (const lead of leads) {
    const linked = dealsOf.get(key(lead[labels.email])) ?? [];
    const rank = rankOf(labels, lead[labels.lifecycle] ?? '');
    const wonDeals = linked.filter((d) => d[labels.stage] === labels.won);
    const isWon = rank >= 4 || wonDeals.length > 0;
    const isOpportunity = isWon || rank >= 3 || linked.length > 0;
    if (isOpportunity || rank >= 1) mql += 1;
    if (isOpportunity || rank >= 2) sql += 1;
    if (isOpportunity) opportunities += 1;
    if (isWon) won += 1;
    else if (linked.length > 0 && linked.every((d) => d[labels.stage] === labels.lost)) lost += 1;
    revenue += sum(wonDeals.map((d) => amount(d[labels.amount])));
  }
  const linkedDeals = count(dealRows, (d) => leads.some((lead) => key(lead[labels.email]) === key(d[labels.contactEmail])));
  return {
    tabs: { [tabs.contacts]: { kind: 'leads' }, [tabs.deals]: { kind: 'deals' } },
    totals: { leads: leads.length, mql, sql, opportunities, won, lost, openOpportunities: opportunities - won - lost, revenue: cents(revenue) },
    period: span(leads.map((r) => isoDay(r[labels.created] ?? ''))),
    reasoning: `${leads.length} leads; ${linkedDeals} of ${dealRows.length} deals link by the associated-contact e-mail, the other ${dealRows.length - linkedDeals} stay out of the cohort. A lead reaches opportunities with a deal or an Opportunity-or-later lifecycle (reaching a stage implies the earlier ones), won with a won deal or a Customer/Evangelist lifecycle; revenue = won deals' amounts.`,
  };
}
