/**
 * What closing the gap to a target takes (design §6.2), worked out once for the gap-to-target and
 * pipeline-coverage findings so they quote the same numbers: the open opportunities first, at the
 * win rate of closed ones, then the 商談 and leads the rest needs at the current rates. A rate
 * resting on fewer than 20 is not used.
 */
import type { TargetMetric } from '../../model/types';
import { MIN_FINDING_DENOMINATOR, type FindingsInput } from './types';

export interface Outlook {
  /** The open opportunities and what they should bring at the win rate (in the target's unit: money or wins). */
  readonly pipeline: { readonly count: number; readonly amount: number | null; readonly expected: number } | null;
  /** What is still missing after the pipeline (never below 0). */
  readonly left: number;
  /** 商談 and leads for `left` at the current rates; null when a rate they need rests on too little. */
  readonly opportunities: number | null;
  readonly leads: number | null;
  readonly winRate: number | null;
  readonly opportunityRate: number | null;
  /** 受注単価, for a revenue target. */
  readonly dealSize: number | null;
}

/** A rate whose denominator is large enough to plan with, else `null`. */
function usableRate(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator < MIN_FINDING_DENOMINATOR || numerator <= 0) return null;
  return numerator / denominator;
}

/**
 * The outlook for a gap of `gap` in `metric` (revenue, wins, 商談 or leads).
 *
 * @example
 * // 400 leads → 40 商談 → 20 won + 20 lost (50 %), ¥1,000,000 a deal; 6 open worth ¥9,000,000.
 * gapOutlook(input, 'revenue', 6000000)
 * //=> { pipeline: { count: 6, amount: 9000000, expected: 4500000 }, left: 1500000, opportunities: 3, leads: 30, … }
 */
export function gapOutlook(input: FindingsInput, metric: TargetMetric, gap: number): Outlook {
  const { total } = input;
  const opportunityRate = usableRate(total.opportunities, total.leads);
  const winRate = usableRate(total.won, total.won === null || total.lost === null ? null : total.won + total.lost);
  const dealSize = total.won !== null && total.won >= MIN_FINDING_DENOMINATOR && total.revenue !== null ? total.revenue / total.won : null;
  const open = total.openOpportunities ?? 0;
  // Open deals count toward wins and revenue only; a 商談 or lead target is not helped by them.
  const worth = metric === 'revenue' ? total.pipelineAmount : metric === 'won' ? open : null;
  const pipeline = winRate !== null && open > 0 && worth !== null && worth > 0 ? { count: open, amount: total.pipelineAmount, expected: worth * winRate } : null;
  const left = Math.max(0, gap - (pipeline?.expected ?? 0));
  // 商談 needed: a 商談 target is its own gap; wins and revenue go back through the win rate (and the deal size).
  const opportunities =
    metric === 'opportunities' ? left : winRate === null ? null : metric === 'won' ? left / winRate : metric === 'revenue' && dealSize !== null ? left / dealSize / winRate : null;
  const leads = metric === 'leads' ? left : opportunities === null || opportunityRate === null ? null : opportunities / opportunityRate;
  return {
    pipeline,
    left,
    opportunities: opportunities === null ? null : Math.ceil(opportunities),
    leads: leads === null ? null : Math.ceil(leads),
    winRate,
    opportunityRate,
    dealSize: metric === 'revenue' ? dealSize : null,
  };
}
