import { MEASURES, type Availability } from '../../../src/core/funnel/availability';
import { computeRatios, toKpiRow } from '../../../src/core/funnel/kpiRow';
import { emptyTally, type Tally } from '../../../src/core/funnel/tally';
import { RATIO_KEYS } from '../../../src/core/model/summary';

const everything: Availability = Object.fromEntries(MEASURES.map((measure) => [measure, true])) as Availability;

function tally(values: Partial<Tally>): Tally {
  return { ...emptyTally(), ...values };
}

describe('computeRatios', () => {
  const sums = {
    impressions: 10000,
    clicks: 200,
    sessions: 1000,
    leads: 40,
    mql: 20,
    sql: 10,
    opportunities: 8,
    won: 2,
    lost: 3,
    openOpportunities: 3,
    cost: 100000,
    revenue: 600000,
    pipelineAmount: 900000,
    engagedSessions: 600,
    downloads: 30,
    // Cost of the ad rows with clicks; the other ¥40,000 had none (a trade show).
    adCost: 60000,
  };

  it('applies every formula of design §5', () => {
    expect(computeRatios(sums, { grossMargin: 0.5, expectedPurchases: 2 })).toEqual({
      ctr: 200 / 10000,
      cpc: 60000 / 200,
      leadConversionRate: 40 / 1000,
      cpl: 100000 / 40,
      mqlRate: 20 / 40,
      sqlRate: 10 / 20,
      opportunityRate: 8 / 40,
      // Closed only: 2 won ÷ (2 won + 3 lost); the 3 open opportunities are left out.
      winRate: 2 / 5,
      opportunityToWinRate: 2 / 8,
      leadToWinRate: 2 / 40,
      costPerOpportunity: 100000 / 8,
      cac: 100000 / 2,
      averageDealSize: 600000 / 2,
      roas: 600000 / 100000,
      // 300,000 × 0.5 × 2
      ltv: 300000,
      // 300,000 ÷ 50,000
      ltvToCac: 6,
      engagementRate: 600 / 1000,
      downloadRate: 30 / 1000,
    });
  });

  it('leaves LTV and LTV/CAC null unless both settings are given', () => {
    const ratios = computeRatios(sums, { grossMargin: 0.5 });
    expect([ratios.ltv, ratios.ltvToCac]).toEqual([null, null]);
  });
});

describe('toKpiRow', () => {
  it('gives 0 for a provided sum with no data and null for a ratio over it', () => {
    const row = toKpiRow(tally({ cost: 5000 }), everything, {});
    expect([row.impressions, row.clicks, row.ctr, row.cpc]).toEqual([0, 0, null, null]);
  });

  it('gives null for a sum the workbook does not provide, and for ratios built on it', () => {
    const row = toKpiRow(tally({ cost: 5000, leads: 10 }), { ...everything, impressions: false, clicks: false }, {});
    expect([row.impressions, row.clicks, row.ctr, row.cpc, row.cpl]).toEqual([null, null, null, null, 500]);
  });

  it('has every count, amount, auxiliary and ratio key', () => {
    const row = toKpiRow(emptyTally(), everything, {});
    expect(Object.keys(row).sort()).toEqual([...MEASURES, ...RATIO_KEYS].sort());
  });
});

describe('edge cases', () => {
  it('never gives NaN, Infinity or -0', () => {
    const row = toKpiRow(tally({ cost: -0, leads: 0, revenue: -0 }), everything, { grossMargin: 0.7, expectedPurchases: 3 });
    for (const value of Object.values(row)) {
      if (value !== null) {
        expect(Number.isFinite(value)).toBe(true);
        expect(Object.is(value, -0)).toBe(false);
      }
    }
  });
});
