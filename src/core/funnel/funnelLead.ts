/**
 * A lead as the funnel sees it: how far it got, when each stage happened, what it earned
 * (design §4.2, §4.3).
 */
import type { DayNumber, DealOutcome, DealRow, Stage } from '../model/types';
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
  /** How an opportunity stands (design §4.3); `null` for a lead that never reached `opportunities`. */
  readonly outcome: DealOutcome | null;
  /** The day a lost opportunity was lost: the latest close date of its lost deals; `null` when unknown. */
  readonly lostDate: DayNumber | null;
  /** Amount still in play when the opportunity is open (its open deals' amounts, else its own amount); 0 otherwise. */
  readonly pipelineAmount: number;
  /**
   * The lead's linked deals still open, whatever its outcome (a customer's open upsell too): what the
   * open pipeline of the gap to target counts (design §6.2). Absent when it has none.
   */
  readonly openDeals?: readonly { readonly created: DayNumber; readonly amount: number }[];
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

/** Latest close date among deals, or `null` when none has one. */
function latestClose(deals: readonly DealRow[]): DayNumber | null {
  let latest: DayNumber | null = null;
  for (const deal of deals) if (deal.closeDate !== null && (latest === null || deal.closeDate > latest)) latest = deal.closeDate;
  return latest;
}

/**
 * Won, lost or open (design §4.3): won by a won deal or a won stage; lost when every linked deal is
 * lost, or by a lost status or flag; open otherwise. `null` below `opportunities`.
 */
function opportunityOutcome(furthest: Stage, leadLost: boolean, deals: readonly DealRow[]): DealOutcome | null {
  if (furthest === 'won') return 'won';
  if (furthest !== 'opportunities') return null;
  const everyDealLost = deals.length > 0 && deals.every((deal) => deal.outcome === 'lost');
  return everyDealLost || leadLost ? 'lost' : 'open';
}

/** What an open opportunity may still bring: its open deals' amounts when any has one, else the lead's amount. */
function openAmount(leadAmount: number | null, deals: readonly DealRow[]): number {
  const priced = deals.filter((deal) => deal.outcome === 'open' && deal.amount !== null);
  return priced.length > 0 ? sumAmounts(priced) : (leadAmount ?? 0);
}

/**
 * Resolves a merged lead and its linked deals (in canonical order) into a funnel lead.
 * A stage is reached directly by a date, a flag or a status naming it or a later stage, and by
 * implication when any later stage is reached. A linked deal makes the lead an opportunity (dated
 * by its earliest deal); a won deal makes it won (dated by the close date of its earliest won
 * deal), and revenue becomes the sum of its won deals. Without a won deal, revenue is the lead's
 * own amount when it is won. An opportunity that is not won is lost when every linked deal is lost
 * or its status or flag says lost, and open otherwise (its pipeline amount: the open deals' amounts,
 * else the lead's amount).
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
    mql: lead.mql.date,
    sql: lead.sql.date,
    opportunities: firstDeal?.created ?? lead.opportunities.date,
    won: firstWonDeal?.closeDate ?? lead.won.date,
  };
  let furthest: Stage = 'leads';
  for (let index = 0; index < LATER_STAGES.length; index += 1) {
    const stage = LATER_STAGES[index] as LaterStage;
    const evidence = lead[stage];
    const byStatus = lead.statusStage !== null && stageRank(lead.statusStage) >= stageRank(stage);
    const byDeal = stage === 'opportunities' ? firstDeal !== undefined : stage === 'won' ? firstWonDeal !== undefined : false;
    if (evidence.date !== null || evidence.flag || byStatus || byDeal) furthest = stage;
  }
  const outcome = opportunityOutcome(furthest, lead.lost, deals);
  const revenue = outcome !== 'won' ? 0 : wonDeals.length > 0 ? sumAmounts(wonDeals) : (lead.amount ?? 0);
  return {
    created: lead.created,
    channel: lead.channel,
    score: lead.score,
    furthest,
    stageDates,
    revenue,
    outcome,
    lostDate: outcome === 'lost' ? latestClose(deals.filter((deal) => deal.outcome === 'lost')) : null,
    pipelineAmount: outcome === 'open' ? openAmount(lead.amount, deals) : 0,
    ...(deals.some((deal) => deal.outcome === 'open')
      ? { openDeals: deals.filter((deal) => deal.outcome === 'open').map((deal) => ({ created: deal.created, amount: deal.amount ?? 0 })) }
      : {}),
  };
}
