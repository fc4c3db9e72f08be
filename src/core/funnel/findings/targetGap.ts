/**
 * The gap to target (design §6.2): the period's most telling target — revenue, else wins, else
 * opportunities, else leads — against its event-date actual. While the period runs: what the open
 * pipeline should bring at the win rate of closed opportunities, and what the rest takes at the
 * current rates (the same numbers as pipeline coverage, `outlook.ts`). Once it is over (the as-of
 * date on or after its last day): the result, the pipeline it hands on, and the next period's plan.
 */
import type { TargetAttainment } from '../../model/summary';
import type { Language, TargetMetric } from '../../model/types';
import { serverMessage } from '../../text/messages';
import { formatPercent } from '../format';
import { gapOutlook, type Outlook } from './outlook';
import { RANKS, type FindingsInput, type RankedFinding } from './types';
import { counted, formatCount, metricName, metricValue, proseMoney } from './wording';

const PREFERENCE: readonly TargetMetric[] = ['revenue', 'won', 'opportunities', 'leads'];

/**
 * "40件（約8,985万円）" / "40 opportunities (about ¥89.9 million)": the open pipeline as the
 * findings quote it.
 */
export function pipelineText(pipeline: NonNullable<Outlook['pipeline']>, language: Language, currency: string): string {
  const amount = pipeline.amount === null || pipeline.amount <= 0 ? '' : proseMoney(pipeline.amount, language, currency);
  const count = counted(pipeline.count, language, 'opportunity');
  if (language === 'ja') return amount === '' ? `${count}件` : `${count}件（${amount}）`;
  return amount === '' ? count : `${count} (${amount})`;
}

/** What the pipeline should bring, in the target's unit. */
function expectedText(metric: TargetMetric, expected: number, language: Language, currency: string): string {
  if (metric === 'revenue') return proseMoney(expected, language, currency);
  const wins = Math.round(expected);
  return language === 'ja' ? `約${formatCount(wins)}件` : `about ${counted(wins, language, 'win')}`;
}

/** The sentences between the result and the next step while the period runs; '' when a rate rests on too little. */
function needSentences(metric: TargetMetric, outlook: Outlook, input: FindingsInput): string {
  const { language, currency } = input;
  const { pipeline } = outlook;
  const fromPipeline =
    pipeline === null
      ? ''
      : serverMessage(language, 'finding.targetPipeline', {
          pipeline: pipelineText(pipeline, language, currency),
          winRate: formatPercent(outlook.winRate ?? 0),
          expected: expectedText(metric, pipeline.expected, language, currency),
        });
  if (pipeline !== null && outlook.left <= 0) return fromPipeline + serverMessage(language, 'finding.targetPipelineCovers');
  // A lead target's gap is already a number of leads.
  if (outlook.leads === null || metric === 'leads') return fromPipeline;
  const rest = pipeline === null ? serverMessage(language, 'finding.theGap') : serverMessage(language, 'finding.theRest', { left: metricValue(metric, outlook.left, language, currency) });
  const leads = counted(outlook.leads, language, 'more lead');
  const opportunityRate = formatPercent(outlook.opportunityRate ?? 0);
  if (metric === 'opportunities') return serverMessage(language, 'finding.targetNeedFromOpportunities', { rest, opportunityRate, leads });
  const dealSize = outlook.dealSize === null ? '' : serverMessage(language, 'finding.dealSize', { dealSize: proseMoney(outlook.dealSize, language, currency) });
  return (
    fromPipeline +
    serverMessage(language, 'finding.targetNeed', {
      rest,
      dealSize,
      winRate: formatPercent(outlook.winRate ?? 0),
      opportunityRate,
      opportunities: counted(outlook.opportunities ?? 0, language, 'more opportunity'),
      leads,
    })
  );
}

/**
 * The gap to the period's target, or its being met.
 *
 * @example
 * targetGapFinding({ ...input, periodTargets: [{ metric: 'revenue', target: 10000000, actual: 4000000, attainment: 0.4 }] })?.finding.message
 * //=> '受注金額は目標 1,000万円に対して実績 400万円（発生日ベース、達成率 40.0%）で、600万円足りません。…'
 */
export function targetGapFinding(input: FindingsInput): RankedFinding | null {
  const { language, currency } = input;
  const entry = PREFERENCE.map((metric) => input.periodTargets.find((target) => target.metric === metric)).find(
    (target): target is TargetAttainment & { actual: number } => target !== undefined && target.actual !== null && target.target > 0,
  );
  if (entry === undefined) return null;
  const metric = entry.metric as TargetMetric;
  const value = (amount: number) => metricValue(metric, amount, language, currency);
  const common = {
    metric: metricName(metric, language),
    target: value(entry.target),
    actual: value(entry.actual),
    attainment: formatPercent(entry.actual / entry.target),
  };
  if (entry.actual >= entry.target) {
    return { rank: RANKS.target, finding: { code: 'target_gap', tone: 'good', message: serverMessage(language, 'finding.targetMet', common) } };
  }
  const gap = entry.target - entry.actual;
  const outlook = gapOutlook(input, metric, gap);
  let message: string;
  if (input.periodEnded === true) {
    // Nothing more can happen in the period: its result, what the open pipeline hands on, and the plan for the next.
    const { pipeline } = outlook;
    const carry =
      pipeline === null
        ? ''
        : serverMessage(language, 'finding.pipelineCarried', {
            pipeline: pipelineText(pipeline, language, currency),
            winRate: formatPercent(outlook.winRate ?? 0),
            expected: expectedText(metric, pipeline.expected, language, currency),
          });
    message = serverMessage(language, 'finding.targetMissedEnded', { ...common, gap: value(gap), carry });
  } else {
    message = serverMessage(language, 'finding.targetMissed', { ...common, gap: value(gap), need: needSentences(metric, outlook, input) });
  }
  return { rank: RANKS.target, finding: { code: 'target_gap', tone: 'bad', message } };
}
