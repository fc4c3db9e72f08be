/**
 * A lead as the funnel sees it: how far it got, when each stage happened, what it earned
 * (design §4.2, §4.3).
 */
import type { DayNumber, DealRow, Stage } from '../model/types';
import type { MergedLead } from './mergeLeads';
import { LATER_STAGES, stageRank, type LaterStage } from './stageOrder';

export interface FunnelLead {
  readonly created: DayNumber;
  /** Raw channel of the lead (deals never override it). */
  readonly channel: string | null;
  readonly score: number | null;
  /** Furthest stage reached; by implication every earlier stage is reached too. */
  readonly furthest: Stage;
  /** The day each stage happened when the data says so; `null` when reached only by flag, status or implication. */
  readonly stageDates: Readonly<Record<LaterStage, DayNumber | null>>;
  /** Won revenue (0 when not won). */
  readonly revenue: number;
  /** Lost and not won. */
  readonly lost: boolean;
}

/**
 * Whether the lead reached a stage (implication included).
 *
 * @example
 * reachesStage({ ...lead, furthest: 'sql' }, 'mql')
 * //=> true
 */
export function reachesStage(lead: FunnelLead, stage: Stage): boolean {
  return stageRank(lead.furthest) >= stageRank(stage);
}

/**
 * The day a reached stage is counted on in the period view: its own date, else the lead's created
 * date (design §4.5: a stage known only by a flag uses the created date).
 *
 * @example
 * stageDay({ ...lead, created: 100, stageDates: { ...dates, mql: null } }, 'mql')
 * //=> 100
 */
export function stageDay(lead: FunnelLead, stage: Stage): DayNumber {
  return stage === 'leads' ? lead.created : (lead.stageDates[stage] ?? lead.created);
}

function sumAmounts(deals: readonly DealRow[]): number {
  return deals.reduce((total, deal) => total + (deal.amount ?? 0), 0);
}

/**
 * Resolves a merged lead and its linked deals (in canonical order) into a funnel lead.
 * A stage is reached directly by a date, a flag or a status naming it or a later stage, and by
 * implication when any later stage is reached. A linked deal makes the lead an opportunity (dated
 * by its earliest deal); a won deal makes it won (dated by the close date of its earliest won
 * deal), and revenue becomes the sum of its won deals. Without a won deal, revenue is the lead's
 * own amount when it is won.
 *
 * @example
 * resolveFunnelLead(leadWithMqlFlagOnly, []).furthest
 * //=> 'mql'
 */
export function resolveFunnelLead(lead: MergedLead, deals: readonly DealRow[]): FunnelLead {
  const wonDeals = deals.length === 0 ? deals : deals.filter((deal) => deal.outcome === 'won');
  const firstDeal = deals[0];
  const firstWonDeal = wonDeals[0];
  const stageDates: Record<LaterStage, DayNumber | null> = {
    mql: lead.evidence.mql.date,
    sql: lead.evidence.sql.date,
    opportunities: firstDeal?.created ?? lead.evidence.opportunities.date,
    won: firstWonDeal?.closeDate ?? lead.evidence.won.date,
  };
  let furthest: Stage = 'leads';
  for (const stage of LATER_STAGES) {
    const evidence = lead.evidence[stage];
    const byStatus = lead.statusStage !== null && stageRank(lead.statusStage) >= stageRank(stage);
    const byDeal = stage === 'opportunities' ? firstDeal !== undefined : stage === 'won' ? firstWonDeal !== undefined : false;
    if (evidence.date !== null || evidence.flag || byStatus || byDeal) furthest = stage;
  }
  const won = furthest === 'won';
  const revenue = !won ? 0 : wonDeals.length > 0 ? sumAmounts(wonDeals) : (lead.amount ?? 0);
  const lost = !won && (lead.lost || deals.some((deal) => deal.outcome === 'lost'));
  return { created: lead.created, channel: lead.channel, score: lead.score, furthest, stageDates, revenue, lost };
}
