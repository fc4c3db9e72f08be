/**
 * What closing the gap to a target takes (design §6.2), worked out once for the gap-to-target
 * finding: the open opportunities first, at the win rate of closed ones, then the 商談 and leads the
 * rest needs at the current rates. Everything on one basis, the event date the attainment counts by:
 * the pipeline is every opportunity open at the as-of date (those from leads created before the
 * period included), the win rate is won ÷ (won + lost) of the opportunities closed in the period,
 * the deal size its revenue ÷ wins, the opportunity rate its 商談 ÷ its leads. A rate resting on
 * fewer than 20 is not used.
 */
import type { KpiRow } from '../../model/summary';
import type { TargetMetric } from '../../model/types';
import { wilsonInterval } from '../statistics';
import { MIN_FINDING_DENOMINATOR, type FindingsInput, type OpenPipeline } from './types';

export interface Outlook {
  /**
   * The open opportunities and what they should bring at the win rate (in the target's unit: money or
   * wins), with the range the win rate's 95% Wilson interval gives.
   */
  readonly pipeline: {
    readonly count: number;
    readonly amount: number | null;
    readonly earlier: number;
    readonly unlinked?: number;
    readonly customers?: number;
    readonly expected: number;
    readonly low: number;
    readonly high: number;
  } | null;
  /** Open opportunities there are, even when no win rate can weigh them. */
  readonly open: OpenPipeline;
  /** What is still missing after the pipeline (never below 0). */
  readonly left: number;
  /** 商談 and leads for `left` at the current rates; null when a rate they need rests on too little. */
  readonly opportunities: number | null;
  readonly leads: number | null;
  readonly winRate: number | null;
  /** Opportunities closed (won + lost) behind the win rate, used or not. */
  readonly closed: number;
  readonly opportunityRate: number | null;
  /** 受注単価, for a revenue target. */
  readonly dealSize: number | null;
}

/** A rate whose denominator is large enough to plan with, else `null`. */
function usableRate(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator < MIN_FINDING_DENOMINATOR || numerator <= 0) return null;
  return numerator / denominator;
}

/** The open pipeline of a row (the engine passes every opportunity open at the as-of date instead). */
function rowPipeline(row: KpiRow): OpenPipeline {
  return { count: row.openOpportunities ?? 0, amount: row.pipelineAmount, earlier: 0 };
}

/**
 * The outlook for a gap of `gap` in `metric` (revenue, wins, 商談 or leads).
 *
 * @example
 * // 400 leads → 40 商談 → 20 won + 20 lost (50 %), ¥1,000,000 a deal; 6 open worth ¥9,000,000.
 * gapOutlook(input, 'revenue', 6000000)
 * //=> { pipeline: { count: 6, amount: 9000000, expected: 4500000, … }, left: 1500000, opportunities: 3, leads: 30, … }
 */
export function gapOutlook(input: FindingsInput, metric: TargetMetric, gap: number): Outlook {
  const basis = input.eventTotal ?? input.total;
  const open = input.pipeline ?? rowPipeline(basis);
  const closed = (basis.won ?? 0) + (basis.lost ?? 0);
  const opportunityRate = usableRate(basis.opportunities, basis.leads);
  const winRate = usableRate(basis.won, basis.won === null || basis.lost === null ? null : closed);
  const interval = winRate === null ? null : wilsonInterval(basis.won ?? 0, closed);
  const dealSize = basis.won !== null && basis.won >= MIN_FINDING_DENOMINATOR && basis.revenue !== null ? basis.revenue / basis.won : null;
  // Open deals count toward wins and revenue only; a 商談 or lead target is not helped by them.
  const worth = metric === 'revenue' ? open.amount : metric === 'won' ? open.count : null;
  const pipeline =
    winRate !== null && open.count > 0 && worth !== null && worth > 0
      ? {
          count: open.count,
          amount: open.amount,
          earlier: open.earlier,
          unlinked: open.unlinked ?? 0,
          customers: open.customers ?? 0,
          expected: worth * winRate,
          low: worth * (interval?.low ?? winRate),
          high: worth * (interval?.high ?? winRate),
        }
      : null;
  const left = Math.max(0, gap - (pipeline?.expected ?? 0));
  // 商談 needed: a 商談 target is its own gap; wins and revenue go back through the win rate (and the deal size).
  const opportunities =
    metric === 'opportunities' ? left : winRate === null ? null : metric === 'won' ? left / winRate : metric === 'revenue' && dealSize !== null ? left / dealSize / winRate : null;
  const leads = metric === 'leads' ? left : opportunities === null || opportunityRate === null ? null : opportunities / opportunityRate;
  return {
    pipeline,
    open,
    left,
    opportunities: opportunities === null ? null : Math.ceil(opportunities),
    leads: leads === null ? null : Math.ceil(leads),
    winRate,
    closed,
    opportunityRate,
    dealSize: metric === 'revenue' ? dealSize : null,
  };
}
