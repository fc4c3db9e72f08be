/**
 * 見込み for provisional cohort months (design §6.3): how many 商談 and 受注 a young month will end
 * with, read from the completion curve of the mature months — the share of their final count they had
 * reached the same number of days after their month ended. The assumption, said in the KPI guide:
 * the future behaves like the mature past.
 */
import type { Projection } from '../model/summary';
import type { DayNumber } from '../model/types';
import { reachesStage, stageDay, type FunnelLead } from './funnelLead';
import { wilsonInterval } from './statistics';

/** A cohort month: its last day and its leads. */
export interface CohortMonth {
  readonly end: DayNumber;
  readonly leads: readonly FunnelLead[];
}

type ProjectedStage = 'opportunities' | 'won';

/** The share of a mature month's final count reached within `days` after its end; null when it has none. */
function shareReached(cohort: CohortMonth, stage: ProjectedStage, days: number): number | null {
  const reached = cohort.leads.filter((lead) => reachesStage(lead, stage));
  if (reached.length === 0) return null;
  const byThen = reached.filter((lead) => stageDay(lead, stage) <= cohort.end + days).length;
  return byThen / reached.length;
}

/**
 * Projects one provisional month. Its count so far is `actual`; the mature months reached a share
 * `s` of their final count by the same age, and converted `r` of their leads in the end. The part
 * still to come is filled in at the mature rate: expected = actual + leads × r × (1 − s) (the
 * Bornhuetter–Ferguson reading of a completion curve, steadier than actual ÷ s for a month only days
 * old); the expected value uses the pooled share.
 *
 * Low and high carry both uncertainties of the part to come: how fast the month progresses (the
 * fastest and slowest past month's share at the same age) and chance (the 95 % Wilson interval of
 * that many conversions among the month's leads not yet converted). Without the second, a month
 * whose past months had nothing yet at its age — the youngest month — got a range of one value
 * (3 / 3 / 3) exactly where it is least certain. Nothing still to come (every past month complete
 * at this age) adds nothing. Null without a mature month that reached the stage.
 *
 * @example
 * // mature months reached half of their 商談 by this age and 10% of leads became 商談; 100 leads, 4 so far
 * projectMonth(young, mature, 'opportunities', asOf)
 * //=> { expected: 9, low: …, high: … } // 4 + 100 × 0.1 × 0.5
 */
export function projectMonth(month: CohortMonth, mature: readonly CohortMonth[], stage: ProjectedStage, asOf: DayNumber): Projection | null {
  const age = Math.max(0, asOf - month.end);
  let finals = 0;
  let reachedByAge = 0;
  let matureLeads = 0;
  const shares: number[] = [];
  for (const cohort of mature) {
    matureLeads += cohort.leads.length;
    const share = shareReached(cohort, stage, age);
    if (share === null) continue;
    const final = cohort.leads.filter((lead) => reachesStage(lead, stage)).length;
    finals += final;
    reachedByAge += share * final;
    shares.push(share);
  }
  if (finals === 0 || matureLeads === 0) return null;
  const finalRate = finals / matureLeads;
  const actual = month.leads.filter((lead) => reachesStage(lead, stage)).length;
  const pending = month.leads.length - actual;
  const toCome = (share: number): number => month.leads.length * finalRate * Math.max(0, 1 - share);
  /** The 95 % bound of a count expected to come among the pending leads. */
  const bound = (expected: number, side: 'low' | 'high'): number => {
    if (expected <= 0 || pending <= 0) return 0;
    const interval = wilsonInterval(Math.min(expected, pending), pending);
    return interval === null ? expected : interval[side] * pending;
  };
  return {
    expected: actual + toCome(reachedByAge / finals),
    low: actual + bound(toCome(Math.max(...shares)), 'low'),
    high: actual + bound(toCome(Math.min(...shares)), 'high'),
  };
}
