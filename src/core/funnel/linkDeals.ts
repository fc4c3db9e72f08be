/**
 * Attaches deals to the leads they came from (design §4.3).
 */
import type { DealRow } from '../model/types';
import { compareByCreatedThenOrigin, type MergedLead } from './mergeLeads';

export interface DealLinks {
  /** Deals of each lead, parallel to the leads given, each list in canonical order. */
  readonly dealsByLead: readonly (readonly DealRow[])[];
  /** Deals that match no lead, in canonical order. */
  readonly unlinked: readonly DealRow[];
}

/**
 * Links each deal to a lead: by lead ID first; when the deal has no lead ID or its ID matches no
 * lead, by normalised email. When several leads share the email, the earliest created lead wins
 * (the leads arrive in canonical order, so the first to claim an email is that lead).
 *
 * @example
 * const links = linkDeals(leads, [dealForLead0, strayDeal]);
 * [links.dealsByLead[0].length, links.unlinked.length]
 * //=> [1, 1]
 */
export function linkDeals(leads: readonly MergedLead[], deals: readonly DealRow[]): DealLinks {
  const leadById = new Map<string, number>();
  const leadByEmail = new Map<string, number>();
  leads.forEach((lead, index) => {
    if (lead.leadId !== null && !leadById.has(lead.leadId)) leadById.set(lead.leadId, index);
    for (const email of lead.emailKeys) if (!leadByEmail.has(email)) leadByEmail.set(email, index);
  });
  const dealsByLead: DealRow[][] = leads.map(() => []);
  const unlinked: DealRow[] = [];
  for (const deal of [...deals].sort(compareByCreatedThenOrigin)) {
    const byId = deal.leadId === null ? undefined : leadById.get(deal.leadId);
    const index = byId ?? (deal.emailKey === null ? undefined : leadByEmail.get(deal.emailKey));
    if (index === undefined) unlinked.push(deal);
    else dealsByLead[index]?.push(deal);
  }
  return { dealsByLead, unlinked };
}
