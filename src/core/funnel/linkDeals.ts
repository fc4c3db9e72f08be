/**
 * Attaches deals to the leads they came from (design §3.2.1, §4.3) by any key they share.
 */
import type { DealLinkKey, DealLinkSummary, DealRow } from '../model/types';
import { compareByCreatedThenOrigin, type MergedLead } from './mergeLeads';

export interface DealLinks {
  /** Deals of each lead, parallel to the leads given, each list in canonical order. */
  readonly dealsByLead: readonly (readonly DealRow[])[];
  /** Deals that match no lead, in canonical order. */
  readonly unlinked: readonly DealRow[];
  /** Per deals tab: which keys linked how many of its deals, and how many matched nothing. */
  readonly byTab: ReadonlyMap<string, DealLinkSummary>;
}

/** The keys a deal may name its lead by, most specific first, and what each is matched against. */
const KEY_ORDER: readonly { readonly key: DealLinkKey; readonly index: 'deal' | 'id' | 'email' | 'shared'; readonly value: (deal: DealRow) => string | null }[] = [
  { key: 'deal_id', index: 'deal', value: (deal) => deal.dealId },
  { key: 'lead_id', index: 'id', value: (deal) => deal.leadId },
  { key: 'contact_id', index: 'id', value: (deal) => deal.contactId },
  { key: 'link_key', index: 'shared', value: (deal) => deal.linkKey },
  { key: 'email', index: 'email', value: (deal) => deal.emailKey },
  { key: 'contact_email', index: 'email', value: (deal) => deal.contactEmailKey },
];

/**
 * First lead (in canonical order) per value: the earliest created lead claims a shared e-mail.
 * Only values some deal names are indexed: a few thousand deals against 100,000 leads, whose IDs
 * and e-mails would otherwise fill maps that are never asked about them.
 */
function indexBy(leads: readonly MergedLead[], valuesOf: (lead: MergedLead) => readonly string[], named: ReadonlySet<string | null>): Map<string, number> {
  const index = new Map<string, number>();
  leads.forEach((lead, position) => {
    for (const value of valuesOf(lead)) if (named.has(value) && !index.has(value)) index.set(value, position);
  });
  return index;
}

function tally(byTab: Map<string, { counts: Map<DealLinkKey, number>; unlinked: number }>, tab: string): { counts: Map<DealLinkKey, number>; unlinked: number } {
  let entry = byTab.get(tab);
  if (entry === undefined) {
    entry = { counts: new Map(), unlinked: 0 };
    byTab.set(tab, entry);
  }
  return entry;
}

/**
 * Links each deal to a lead by the first of its keys that finds one: its deal ID named by a lead
 * (Salesforce `ConvertedOpportunityId`), its lead ID, its contact's ID
 * (both matched with the leads' lead ID), a column the two tabs share (`mql_id`), its own e-mail,
 * then its associated contact's e-mail (both matched with the leads' normalised e-mail). When
 * several leads share a key value, the earliest created lead wins (the leads arrive in canonical
 * order, so the first to claim a value is that lead).
 *
 * @example
 * const links = linkDeals(leads, [dealForLead0ByContactEmail, strayDeal]);
 * [links.dealsByLead[0].length, links.unlinked.length, links.byTab.get('商談')?.byKey]
 * //=> [1, 1, [{ key: 'contact_email', deals: 1 }]]
 */
export function linkDeals(leads: readonly MergedLead[], deals: readonly DealRow[]): DealLinks {
  // Every value any deal names, whatever its key: an index holding a few values no deal names under its own key is still right.
  const named = new Set(deals.flatMap((deal) => KEY_ORDER.map(({ value }) => value(deal))));
  const indexes = {
    deal: indexBy(leads, (lead) => lead.dealIds, named),
    id: indexBy(leads, (lead) => (lead.leadId === null ? [] : [lead.leadId]), named),
    email: indexBy(leads, (lead) => lead.emailKeys, named),
    shared: indexBy(leads, (lead) => lead.linkKeys, named),
  };
  const dealsByLead: DealRow[][] = leads.map(() => []);
  const unlinked: DealRow[] = [];
  const counts = new Map<string, { counts: Map<DealLinkKey, number>; unlinked: number }>();
  for (const deal of [...deals].sort(compareByCreatedThenOrigin)) {
    const entry = tally(counts, deal.tab);
    let linked = false;
    for (const { key, index, value } of KEY_ORDER) {
      const text = value(deal);
      const position = text === null ? undefined : indexes[index].get(text);
      if (position === undefined) continue;
      dealsByLead[position]?.push(deal);
      entry.counts.set(key, (entry.counts.get(key) ?? 0) + 1);
      linked = true;
      break;
    }
    if (!linked) {
      unlinked.push(deal);
      entry.unlinked += 1;
    }
  }
  const byTab = new Map<string, DealLinkSummary>();
  for (const [tab, entry] of counts) {
    const byKey = [...entry.counts.entries()].map(([key, linkedDeals]) => ({ key, deals: linkedDeals })).sort((a, b) => b.deals - a.deals);
    byTab.set(tab, { linked: byKey.reduce((total, item) => total + item.deals, 0), unlinked: entry.unlinked, byKey });
  }
  return { dealsByLead, unlinked, byTab };
}
