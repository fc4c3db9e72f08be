/**
 * Pipeline coverage (design §6.2): the open pipeline against what is still missing to the period's
 * revenue target, and what it should bring at the win rate of closed opportunities.
 */
import { serverMessage } from '../../text/messages';
import { formatMoney, formatMultiple, formatPercent } from '../format';
import { MIN_FINDING_DENOMINATOR, RANKS, type FindingsInput, type RankedFinding } from './types';
import { formatCount } from './wording';

/**
 * Whether the open pipeline covers the rest of the revenue target; `null` without a revenue target
 * still to reach, without pipeline, or with fewer than {@link MIN_FINDING_DENOMINATOR} closed
 * opportunities behind the win rate.
 *
 * @example
 * pipelineCoverageFinding(input)?.finding.tone
 * //=> 'bad' // the pipeline at the current win rate falls short of the target
 */
export function pipelineCoverageFinding(input: FindingsInput): RankedFinding | null {
  const { language, currency, total } = input;
  const target = input.periodTargets.find((entry) => entry.metric === 'revenue');
  if (target === undefined || target.actual === null) return null;
  const remaining = target.target - target.actual;
  const pipeline = total.pipelineAmount;
  const open = total.openOpportunities;
  if (remaining <= 0 || pipeline === null || pipeline <= 0 || open === null || open <= 0) return null;
  if (total.won === null || total.lost === null || total.won + total.lost < MIN_FINDING_DENOMINATOR || total.won === 0) return null;
  const winRate = total.won / (total.won + total.lost);
  const expected = pipeline * winRate;
  const money = (value: number) => formatMoney(value, currency);
  const common = {
    count: formatCount(open),
    amount: money(pipeline),
    remaining: money(remaining),
    coverage: formatMultiple(pipeline / remaining, language),
    winRate: formatPercent(winRate),
    expected: money(expected),
  };
  if (expected >= remaining) {
    return { rank: RANKS.pipeline, finding: { code: 'pipeline_coverage', tone: 'good', message: serverMessage(language, 'finding.pipelineCovered', common) } };
  }
  const extra = remaining / winRate - pipeline;
  const message = serverMessage(language, 'finding.pipelineShort', {
    ...common,
    share: formatPercent(expected / remaining),
    extra: money(extra),
    deals: formatCount(Math.ceil(extra / (pipeline / open))),
  });
  return { rank: RANKS.pipeline, finding: { code: 'pipeline_coverage', tone: 'bad', message } };
}
