/**
 * Pipeline coverage (design §6.2): the open pipeline against what is still missing to the period's
 * revenue target, and what it should bring at the win rate of closed opportunities — the numbers of
 * the gap-to-target finding (`outlook.ts`). Only while the period runs: once it is over, the gap
 * finding says what the pipeline hands on to the next period.
 */
import { serverMessage } from '../../text/messages';
import { formatMultiple, formatPercent } from '../format';
import { gapOutlook } from './outlook';
import { RANKS, type FindingsInput, type RankedFinding } from './types';
import { counted, proseMoney } from './wording';

/**
 * Whether the open pipeline covers the rest of the revenue target; `null` once the period is over,
 * without a revenue target still to reach, without pipeline, or with fewer than 20 closed
 * opportunities behind the win rate.
 *
 * @example
 * pipelineCoverageFinding(input)?.finding.tone
 * //=> 'bad' // the pipeline at the current win rate falls short of the target
 */
export function pipelineCoverageFinding(input: FindingsInput): RankedFinding | null {
  const { language, currency } = input;
  const target = input.periodTargets.find((entry) => entry.metric === 'revenue');
  if (input.periodEnded === true || target === undefined || target.actual === null || target.actual >= target.target) return null;
  const remaining = target.target - target.actual;
  const outlook = gapOutlook(input, 'revenue', remaining);
  const { pipeline, winRate } = outlook;
  if (pipeline === null || pipeline.amount === null || winRate === null) return null;
  const money = (value: number) => proseMoney(value, language, currency);
  const common = {
    count: counted(pipeline.count, language, 'opportunity'),
    amount: money(pipeline.amount),
    remaining: money(remaining),
    coverage: formatMultiple(pipeline.amount / remaining, language),
    winRate: formatPercent(winRate),
    expected: money(pipeline.expected),
  };
  if (outlook.left <= 0) {
    return { rank: RANKS.pipeline, finding: { code: 'pipeline_coverage', tone: 'good', message: serverMessage(language, 'finding.pipelineCovered', common) } };
  }
  // The pipeline still to add: what is left, before the win rate; in 商談 at the deal size, as the gap finding counts them.
  const deals = outlook.opportunities === null ? '' : serverMessage(language, 'finding.pipelineDeals', { deals: counted(outlook.opportunities, language, 'opportunity') });
  const message = serverMessage(language, 'finding.pipelineShort', {
    ...common,
    share: formatPercent(pipeline.expected / remaining),
    extra: money(outlook.left / winRate),
    deals,
  });
  return { rank: RANKS.pipeline, finding: { code: 'pipeline_coverage', tone: 'bad', message } };
}
