/**
 * Typed entry points, one per catalog function, for TypeScript callers (the local runner, the
 * report). Each takes values or 2-D ranges exactly like the cell formula and runs the same engine.
 */
import { runCustomFunction, type KpiCell, type KpiResult } from './evaluate';
import type { MessageLanguage } from './messages';

/** A cell value or a range (rows of cell values), as a custom function receives it. */
export type KpiArgument = unknown;

export interface KpiOptions {
  /** Language of error messages; `'both'` (Japanese / English) when not given. */
  readonly language?: MessageLanguage;
}

function run(name: string, args: readonly KpiArgument[], options: KpiOptions | undefined): KpiResult {
  return runCustomFunction(name, args, options?.language ?? 'both');
}

/**
 * converted ÷ total.
 *
 * @example
 * conversionRate([[30], [45]], [[1200], [1500]])
 * //=> [[0.025], [0.03]]
 */
export function conversionRate(converted: KpiArgument, total: KpiArgument, options?: KpiOptions): KpiResult {
  return run('CONVERSION_RATE', [converted, total], options);
}

/**
 * clicks ÷ impressions.
 *
 * @example
 * clickThroughRate(150, 10000)
 * //=> 0.015
 */
export function clickThroughRate(clicks: KpiArgument, impressions: KpiArgument, options?: KpiOptions): KpiResult {
  return run('CTR', [clicks, impressions], options);
}

/**
 * cost ÷ clicks.
 *
 * @example
 * costPerClick('¥60,000', 150)
 * //=> 400
 */
export function costPerClick(cost: KpiArgument, clicks: KpiArgument, options?: KpiOptions): KpiResult {
  return run('CPC', [cost, clicks], options);
}

/**
 * cost ÷ leads.
 *
 * @example
 * costPerLead(300000, 0)
 * //=> ''
 */
export function costPerLead(cost: KpiArgument, leads: KpiArgument, options?: KpiOptions): KpiResult {
  return run('CPL', [cost, leads], options);
}

/**
 * cost ÷ conversions.
 *
 * @example
 * costPerAcquisition(300000, 25)
 * //=> 12000
 */
export function costPerAcquisition(cost: KpiArgument, conversions: KpiArgument, options?: KpiOptions): KpiResult {
  return run('CPA', [cost, conversions], options);
}

/**
 * (cost + otherCost) ÷ newCustomers; without otherCost, paid-only CAC.
 *
 * @example
 * customerAcquisitionCost(500000, 10, 100000)
 * //=> 60000
 */
export function customerAcquisitionCost(cost: KpiArgument, newCustomers: KpiArgument, otherCost?: KpiArgument, options?: KpiOptions): KpiResult {
  return run('CAC', [cost, newCustomers, otherCost], options);
}

/**
 * won ÷ (won + lost), or won ÷ (won + lost + open) when open is given.
 *
 * @example
 * winRate(12, 28, 10)
 * //=> 0.24
 */
export function winRate(won: KpiArgument, lost: KpiArgument, open?: KpiArgument, options?: KpiOptions): KpiResult {
  return run('WIN_RATE', [won, lost, open], options);
}

/**
 * revenue ÷ won deals.
 *
 * @example
 * averageDealSize('600万', 12)
 * //=> 500000
 */
export function averageDealSize(revenue: KpiArgument, won: KpiArgument, options?: KpiOptions): KpiResult {
  return run('AVERAGE_DEAL_SIZE', [revenue, won], options);
}

/**
 * revenue ÷ cost.
 *
 * @example
 * returnOnAdSpend(1500000, 500000)
 * //=> 3
 */
export function returnOnAdSpend(revenue: KpiArgument, cost: KpiArgument, options?: KpiOptions): KpiResult {
  return run('ROAS', [revenue, cost], options);
}

/**
 * (grossProfit − cost) ÷ cost.
 *
 * @example
 * returnOnInvestment(800000, 500000)
 * //=> 0.6
 */
export function returnOnInvestment(grossProfit: KpiArgument, cost: KpiArgument, options?: KpiOptions): KpiResult {
  return run('ROI', [grossProfit, cost], options);
}

/**
 * revenuePerPeriod × grossMargin ÷ churnRate, at most maxPeriods periods of it when given.
 *
 * @example
 * lifetimeValueOf(10000, '80%', '2%')
 * //=> 400000
 */
export function lifetimeValueOf(
  revenuePerPeriod: KpiArgument,
  grossMargin: KpiArgument,
  churnRate: KpiArgument,
  maxPeriods?: KpiArgument,
  options?: KpiOptions
): KpiResult {
  return run('LTV', [revenuePerPeriod, grossMargin, churnRate, maxPeriods], options);
}

/**
 * ltv ÷ cac.
 *
 * @example
 * ltvToCacRatio(288000, 60000)
 * //=> 4.8
 */
export function ltvToCacRatio(ltv: KpiArgument, cac: KpiArgument, options?: KpiOptions): KpiResult {
  return run('LTV_CAC_RATIO', [ltv, cac], options);
}

/**
 * cac ÷ (revenuePerPeriod × grossMargin), in periods.
 *
 * @example
 * cacPayback(60000, 10000, 0.8)
 * //=> 7.5
 */
export function cacPayback(cac: KpiArgument, revenuePerPeriod: KpiArgument, grossMargin: KpiArgument, options?: KpiOptions): KpiResult {
  return run('CAC_PAYBACK', [cac, revenuePerPeriod, grossMargin], options);
}

/**
 * actual ÷ target.
 *
 * @example
 * attainment(4500000, 5000000)
 * //=> 0.9
 */
export function attainment(actual: KpiArgument, target: KpiArgument, options?: KpiOptions): KpiResult {
  return run('ATTAINMENT', [actual, target], options);
}

/**
 * (current − previous) ÷ previous.
 *
 * @example
 * growthRate(120, 100)
 * //=> 0.2
 */
export function growthRate(current: KpiArgument, previous: KpiArgument, options?: KpiOptions): KpiResult {
  return run('GROWTH_RATE', [current, previous], options);
}

/**
 * opportunities × winRate × averageDealSize ÷ cycleDays.
 *
 * @example
 * pipelineVelocity(40, '25%', 500000, 50)
 * //=> 100000
 */
export function pipelineVelocity(
  opportunities: KpiArgument,
  winRate: KpiArgument,
  averageDealSize: KpiArgument,
  cycleDays: KpiArgument,
  options?: KpiOptions
): KpiResult {
  return run('PIPELINE_VELOCITY', [opportunities, winRate, averageDealSize, cycleDays], options);
}

/**
 * The funnel table: count, conversion from the previous stage, conversion from the first stage.
 *
 * @example
 * funnel([[1000], [200], [50]])
 * //=> [[1000, '', 1], [200, 0.2, 0.2], [50, 0.25, 0.05]]
 */
export function funnel(stageCounts: KpiArgument, options?: KpiOptions): KpiCell[][] {
  return run('FUNNEL', [stageCounts], options) as KpiCell[][];
}
