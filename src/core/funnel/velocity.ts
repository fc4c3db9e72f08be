/**
 * Median days between stages (design §5).
 */
import type { DayNumber } from '../model/types';
import type { Velocity } from '../model/summary';
import type { FunnelLead } from './funnelLead';
import { median } from './numbers';

function medianGap(leads: readonly FunnelLead[], start: (lead: FunnelLead) => DayNumber | null, end: (lead: FunnelLead) => DayNumber | null): number | null {
  const gaps: number[] = [];
  for (const lead of leads) {
    const startDay = start(lead);
    const endDay = end(lead);
    if (startDay !== null && endDay !== null) gaps.push(endDay - startDay);
  }
  return median(gaps);
}

/**
 * Median days lead→MQL, MQL→SQL, SQL→opportunity, opportunity→won and lead→won, each over the
 * leads that have both dates (a stage reached only by flag, status or implication has no date).
 * Gaps are kept as the data gives them, negative ones included; the median keeps stray rows from
 * moving the result much.
 *
 * @example
 * computeVelocity([leadCreated(0).withMql(4), leadCreated(10).withMql(12)]).leadToMqlDays
 * //=> 3
 */
export function computeVelocity(leads: readonly FunnelLead[]): Velocity {
  return {
    leadToMqlDays: medianGap(leads, (lead) => lead.created, (lead) => lead.stageDates.mql),
    mqlToSqlDays: medianGap(leads, (lead) => lead.stageDates.mql, (lead) => lead.stageDates.sql),
    sqlToOpportunityDays: medianGap(leads, (lead) => lead.stageDates.sql, (lead) => lead.stageDates.opportunities),
    opportunityToWonDays: medianGap(leads, (lead) => lead.stageDates.opportunities, (lead) => lead.stageDates.won),
    leadToWonDays: medianGap(leads, (lead) => lead.created, (lead) => lead.stageDates.won),
  };
}
