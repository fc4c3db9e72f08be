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

  it('fills in what is still to come at the mature rate; the range spans the fastest and slowest month and chance', () => {
    // A young month 25 days past its end with 15 商談 so far; it follows the pooled curve (0.75), so its true final is 20.
    const young = cohort('2025-05-01', '2025-05-31', 100, 15, 0);
    const projection = projectMonth(young, mature, 'opportunities', day('2025-05-31') + 25);
    // 15 + 100 × 0.2 × (1 − 0.75) = 20. Still to come: 4 at the fastest month's pace (1 − 0.8), 6 at
    // the slowest (1 − 0.7), among the 85 leads not yet 商談. Wilson 95 % of 4 / 85: 1.83 %–11.5 %, so
    // low 15 + 0.01845 × 85 = 16.57; of 6 / 85: high 15 + 0.1456 × 85 = 27.37.
    expect(projection?.expected).toBeCloseTo(20, 9);
    expect(projection?.low).toBeCloseTo(16.568, 3);
    expect(projection?.high).toBeCloseTo(27.373, 3);
  });

  it('adds nothing once the month is as old as the curve is complete', () => {
    const young = cohort('2025-05-01', '2025-05-31', 100, 20, 0);
    expect(projectMonth(young, mature, 'opportunities', day('2025-05-31') + 60)).toEqual({ expected: 20, low: 20, high: 20 });
  });

  it('expects the full mature rate of a month with nothing yet at age 0, with its widest range, not one value', () => {
    const young = cohort('2025-05-01', '2025-05-31', 50, 0, 0);
    // Nothing of the mature months is reached by their month's end: 0 + 50 × 0.2 × 1 = 10. Every past
    // month had the same share (0) at this age, so only chance spreads it: Wilson 95 % of 10 / 50 is
    // 11.2 %–33.0 %, 5.6–16.5 of the 50 leads (the old range of the curve alone was 10 / 10 / 10).
    const projection = projectMonth(young, mature, 'opportunities', day('2025-05-31'));
    expect(projection?.expected).toBeCloseTo(10, 9);
    expect(projection?.low).toBeCloseTo(5.622, 3);
    expect(projection?.high).toBeCloseTo(16.519, 3);
  });

  it('keeps low ≤ expected ≤ high for every age and count so far', () => {
    for (let age = 0; age <= 70; age += 5) {
      for (const soFar of [0, 5, 15, 20]) {
        const projection = projectMonth(cohort('2025-05-01', '2025-05-31', 100, soFar, 0), mature, 'opportunities', day('2025-05-31') + age);
        expect(projection).not.toBeNull();
        expect([projection!.low <= projection!.expected, projection!.expected <= projection!.high, projection!.low >= soFar]).toEqual([true, true, true]);
      }
    }
  });

  it('projects nothing without a mature month that reached the stage', () => {
    expect(projectMonth(cohort('2025-05-01', '2025-05-31', 10, 1, 0), [], 'won', day('2025-06-10'))).toBeNull();
  });
});
