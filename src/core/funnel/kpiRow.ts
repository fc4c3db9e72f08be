/**
 * Turns a tally into a KPI row: sums where the workbook provides them, and every ratio of design §5.
 */
import type { KpiRow, RatioKey } from '../model/summary';
import { MEASURES, type Availability, type Measure } from './availability';
import { divide, finiteOrNull, multiply } from './numbers';
import type { Tally } from './tally';

/** The settings LTV needs; both must be given for LTV to exist. */
export interface LtvInputs {
  readonly grossMargin?: number;
  readonly expectedPurchases?: number;
}

type Sums = Readonly<Record<Measure, number | null>>;

/**
 * Computes every ratio of design §5 from the sums (`null` for a zero or missing denominator).
 *
 * @example
 * computeRatios({ ...sums, cost: 100000, leads: 40 }, {}).cpl
 * //=> 2500
 */
export function computeRatios(sums: Sums, ltvInputs: LtvInputs): Record<RatioKey, number | null> {
  const averageDealSize = divide(sums.revenue, sums.won);
  const cac = divide(sums.cost, sums.won);
  const ltv = multiply(averageDealSize, ltvInputs.grossMargin, ltvInputs.expectedPurchases);
  return {
    ctr: divide(sums.clicks, sums.impressions),
    // Over the ad rows that report clicks (design §5): offline cost has no clicks.
    cpc: divide(sums.adCost, sums.clicks),
    leadConversionRate: divide(sums.leads, sums.sessions),
    cpl: divide(sums.cost, sums.leads),
    mqlRate: divide(sums.mql, sums.leads),
    sqlRate: divide(sums.sql, sums.mql),
    opportunityRate: divide(sums.opportunities, sums.leads),
    // Closed opportunities only (design §4.3): open deals have not been decided yet.
    winRate: divide(sums.won, sums.won === null || sums.lost === null ? null : sums.won + sums.lost),
    opportunityToWinRate: divide(sums.won, sums.opportunities),
    leadToWinRate: divide(sums.won, sums.leads),
    costPerOpportunity: divide(sums.cost, sums.opportunities),
    cac,
    averageDealSize,
    roas: divide(sums.revenue, sums.cost),
    ltv,
    ltvToCac: divide(ltv, cac),
    engagementRate: divide(sums.engagedSessions, sums.sessions),
    downloadRate: divide(sums.downloads, sums.sessions),
  };
}

/**
 * Builds a KPI row: each sum is `null` when the workbook does not provide it, then the ratios.
 *
 * @example
 * toKpiRow({ ...emptyTally(), cost: 5000 }, { ...allAvailable, impressions: false }, {}).impressions
 * //=> null
 */
export function toKpiRow(tally: Tally, availability: Availability, ltvInputs: LtvInputs): KpiRow {
  const sums = {} as Record<Measure, number | null>;
  for (const measure of MEASURES) sums[measure] = availability[measure] ? finiteOrNull(tally[measure]) : null;
  return { ...sums, ...computeRatios(sums, ltvInputs) };
}
