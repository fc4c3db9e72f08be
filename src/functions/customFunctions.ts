/**
 * The custom functions as Sheets calls them (design §2). Each is a thin, service-free wrapper: the
 * build reads the parameter names and adds the `@customfunction` JSDoc from the catalog, so names
 * and parameters here must match src/core/functions/signatures.ts exactly. Messages are in both
 * languages because a custom function may not ask for the user's locale.
 */
import { runCustomFunction, type KpiResult } from '../core/functions/evaluate';

export function CONVERSION_RATE(converted: unknown, total: unknown): KpiResult {
  return runCustomFunction('CONVERSION_RATE', [converted, total], 'both');
}

export function CTR(clicks: unknown, impressions: unknown): KpiResult {
  return runCustomFunction('CTR', [clicks, impressions], 'both');
}

export function CPC(cost: unknown, clicks: unknown): KpiResult {
  return runCustomFunction('CPC', [cost, clicks], 'both');
}

export function CPL(cost: unknown, leads: unknown): KpiResult {
  return runCustomFunction('CPL', [cost, leads], 'both');
}

export function CPA(cost: unknown, conversions: unknown): KpiResult {
  return runCustomFunction('CPA', [cost, conversions], 'both');
}

export function CAC(cost: unknown, new_customers: unknown, other_cost?: unknown): KpiResult {
  return runCustomFunction('CAC', [cost, new_customers, other_cost], 'both');
}

export function WIN_RATE(won: unknown, lost: unknown, open?: unknown): KpiResult {
  return runCustomFunction('WIN_RATE', [won, lost, open], 'both');
}

export function AVERAGE_DEAL_SIZE(revenue: unknown, won: unknown): KpiResult {
  return runCustomFunction('AVERAGE_DEAL_SIZE', [revenue, won], 'both');
}

export function ROAS(revenue: unknown, cost: unknown): KpiResult {
  return runCustomFunction('ROAS', [revenue, cost], 'both');
}

export function ROI(gross_profit: unknown, cost: unknown): KpiResult {
  return runCustomFunction('ROI', [gross_profit, cost], 'both');
}

export function LTV(revenue_per_period: unknown, gross_margin: unknown, churn_rate: unknown, max_periods?: unknown): KpiResult {
  return runCustomFunction('LTV', [revenue_per_period, gross_margin, churn_rate, max_periods], 'both');
}

export function LTV_CAC_RATIO(ltv: unknown, cac: unknown): KpiResult {
  return runCustomFunction('LTV_CAC_RATIO', [ltv, cac], 'both');
}

export function CAC_PAYBACK(cac: unknown, revenue_per_period: unknown, gross_margin: unknown): KpiResult {
  return runCustomFunction('CAC_PAYBACK', [cac, revenue_per_period, gross_margin], 'both');
}

export function ATTAINMENT(actual: unknown, target: unknown): KpiResult {
  return runCustomFunction('ATTAINMENT', [actual, target], 'both');
}

export function GROWTH_RATE(current: unknown, previous: unknown): KpiResult {
  return runCustomFunction('GROWTH_RATE', [current, previous], 'both');
}

export function PIPELINE_VELOCITY(opportunities: unknown, win_rate: unknown, average_deal_size: unknown, cycle_days: unknown): KpiResult {
  return runCustomFunction('PIPELINE_VELOCITY', [opportunities, win_rate, average_deal_size, cycle_days], 'both');
}

export function FUNNEL(stage_counts: unknown): KpiResult {
  return runCustomFunction('FUNNEL', [stage_counts], 'both');
}
