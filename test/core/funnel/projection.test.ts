/**
 * 見込み for a provisional month (design §6.3) on a synthetic cohort table whose true completion
 * curve is known: 商談 arrive 70–80 % by 25 days after the month ends, all by 60 days.
 */
import { projectMonth, type CohortMonth } from '../../../src/core/funnel/projection';
import { day, funnelLead, times } from './builders';
import type { FunnelLead } from '../../../src/core/funnel/funnelLead';

/** A month of `leads` leads, `early` 商談 dated 10 days after its end, `late` 50 days after. */
function cohort(monthStart: string, monthEnd: string, leads: number, early: number, late: number): CohortMonth {
  const end = day(monthEnd);
  const iso = (offset: number): string => new Date((end + offset) * 86_400_000).toISOString().slice(0, 10);
  const rows: FunnelLead[] = times(leads, (index) => {
    if (index < early) return funnelLead({ created: monthStart, furthest: 'opportunities', opportunities: iso(10) });
    if (index < early + late) return funnelLead({ created: monthStart, furthest: 'opportunities', opportunities: iso(50) });
    return funnelLead({ created: monthStart });
  });
  return { end, leads: rows };
}

describe('projectMonth', () => {
  // Two mature months of 100 leads and 20 商談 each: 14 and 16 of them within 25 days (shares 0.7 and 0.8).
  const mature = [cohort('2025-01-01', '2025-01-31', 100, 14, 6), cohort('2025-02-01', '2025-02-28', 100, 16, 4)];

  it('fills in what is still to come at the mature rate, with the fastest and slowest month as the range', () => {
    // A young month 25 days past its end with 15 商談 so far; it follows the pooled curve (0.75), so its true final is 20.
    const young = cohort('2025-05-01', '2025-05-31', 100, 15, 0);
    const projection = projectMonth(young, mature, 'opportunities', day('2025-05-31') + 25);
    // 15 + 100 × 0.2 × (1 − 0.75) = 20; low 15 + 20 × (1 − 0.8) = 19; high 15 + 20 × (1 − 0.7) = 21.
    expect(projection?.expected).toBeCloseTo(20, 9);
    expect(projection?.low).toBeCloseTo(19, 9);
    expect(projection?.high).toBeCloseTo(21, 9);
  });

  it('adds nothing once the month is as old as the curve is complete', () => {
    const young = cohort('2025-05-01', '2025-05-31', 100, 20, 0);
    expect(projectMonth(young, mature, 'opportunities', day('2025-05-31') + 60)).toEqual({ expected: 20, low: 20, high: 20 });
  });

  it('expects the full mature rate of a month with nothing yet at age 0', () => {
    const young = cohort('2025-05-01', '2025-05-31', 50, 0, 0);
    // Nothing of the mature months is reached by their month's end: 0 + 50 × 0.2 × 1 = 10.
    expect(projectMonth(young, mature, 'opportunities', day('2025-05-31'))).toEqual({ expected: 10, low: 10, high: 10 });
  });

  it('projects nothing without a mature month that reached the stage', () => {
    expect(projectMonth(cohort('2025-05-01', '2025-05-31', 10, 1, 0), [], 'won', day('2025-06-10'))).toBeNull();
  });
});
