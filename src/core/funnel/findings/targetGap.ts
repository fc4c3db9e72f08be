/**
 * The gap to target (design §6.2): the period's most telling target — revenue, else wins, else
 * opportunities, else leads — against its event-date actual.
 * - While the period runs past the as-of date (targets or the set end go on after the data), the
 *   actual is compared with the target to date — the months due by the as-of date, its month
 *   pro-rated by days — and the finding says what remains to the period's whole target, in how many
 *   days, what the open pipeline should bring at the win rate of closed opportunities, and what the
 *   rest takes at the current rates (`outlook.ts`), warning when new leads would come too late.
 * - Once it is over (the as-of date on or after its last day): the result and the pipeline it hands
 *   on; the plan sheet only when it works back this same target.
 * Every number is counted by event date, the basis of the attainment.
 */
import type { TargetAttainment } from '../../model/summary';
import type { Language, TargetMetric } from '../../model/types';
import { serverMessage } from '../../text/messages';
import { formatMonth, formatPercent } from '../format';
import { gapOutlook, type Outlook } from './outlook';
import { MIN_FINDING_DENOMINATOR, RANKS, type FindingsInput, type OpenPipeline, type RankedFinding } from './types';
import { counted, estimateMoney, formatCount, metricName, metricValue, proseMoney } from './wording';

const PREFERENCE: readonly TargetMetric[] = ['revenue', 'won', 'opportunities', 'leads'];

/**
 * "41件（約9,038万円、期間前のリードからの13件とリードと結び付かない商談1件を含む）" / "41
 * opportunities (about ¥90.4 million; from leads created before the period: 13; deals matching no
 * lead: 1)": the open pipeline as the findings quote it.
 */
export function pipelineText(pipeline: OpenPipeline, language: Language, currency: string): string {
  const amount = pipeline.amount === null || pipeline.amount <= 0 ? '' : proseMoney(pipeline.amount, language, currency);
  const included = [
    pipeline.earlier > 0 ? serverMessage(language, 'finding.pipelineEarlier', { earlier: formatCount(pipeline.earlier) }) : '',
    (pipeline.customers ?? 0) > 0 ? serverMessage(language, 'finding.pipelineCustomers', { customers: formatCount(pipeline.customers ?? 0) }) : '',
    (pipeline.unlinked ?? 0) > 0 ? serverMessage(language, 'finding.pipelineUnlinked', { unlinked: formatCount(pipeline.unlinked ?? 0) }) : '',
  ].filter((part) => part !== '');
  const count = counted(pipeline.count, language, 'opportunity');
  // Japanese names what the count includes once: 「…13件と…1件を含む」.
  const parts = language === 'ja' ? [amount, included.length === 0 ? '' : `${included.join('と')}を含む`] : [amount, ...included];
  const shown = parts.filter((part) => part !== '');
  if (shown.length === 0) return language === 'ja' ? `${count}件` : count;
  return language === 'ja' ? `${count}件（${shown.join('、')}）` : `${count} (${shown.join('; ')})`;
}

/** What the pipeline should bring, in the target's unit: always an estimate (約), with its range. */
function expectedText(metric: TargetMetric, expected: number, language: Language, currency: string): string {
  if (metric === 'revenue') return estimateMoney(expected, language, currency);
  const wins = Math.round(expected);
  return language === 'ja' ? `約${formatCount(wins)}件` : `about ${counted(wins, language, 'win')}`;
}

function rangeText(metric: TargetMetric, low: number, high: number, language: Language, currency: string): string {
  const dash = language === 'ja' ? '〜' : '–';
  if (metric === 'revenue') return `${estimateMoney(low, language, currency)}${dash}${estimateMoney(high, language, currency)}`;
  return `${formatCount(Math.round(low))}${dash}${formatCount(Math.round(high))}${language === 'ja' ? '件' : ''}`;
}

/** The pipeline's sentence values: what it is, the win rate and what it should bring. */
function pipelineValues(metric: TargetMetric, outlook: Outlook, input: FindingsInput) {
  const { language, currency } = input;
  const pipeline = outlook.pipeline as NonNullable<Outlook['pipeline']>;
  return {
    pipeline: pipelineText(pipeline, language, currency),
    winRate: formatPercent(outlook.winRate ?? 0),
    closed: counted(outlook.closed, language, 'closed opportunity'),
    expected: expectedText(metric, pipeline.expected, language, currency),
    range: rangeText(metric, pipeline.low, pipeline.high, language, currency),
  };
}

/** Why the pipeline is not weighed: too few closed opportunities behind the win rate ('' without open deals). */
function noWinRateText(metric: TargetMetric, outlook: Outlook, input: FindingsInput): string {
  if (outlook.winRate !== null || outlook.open.count <= 0 || (metric !== 'revenue' && metric !== 'won')) return '';
  return serverMessage(input.language, 'finding.noWinRate', {
    closed: counted(outlook.closed, input.language, 'closed opportunity'),
    minimum: formatCount(MIN_FINDING_DENOMINATOR),
    pipeline: pipelineText(outlook.open, input.language, input.currency),
  });
}

/** The sentences between the result and the next step while the period runs. */
function needSentences(metric: TargetMetric, outlook: Outlook, input: FindingsInput): string {
  const { language, currency } = input;
  const { pipeline } = outlook;
  const fromPipeline = pipeline === null ? noWinRateText(metric, outlook, input) : serverMessage(language, 'finding.targetPipeline', pipelineValues(metric, outlook, input));
  if (pipeline !== null && outlook.left <= 0) return fromPipeline + serverMessage(language, 'finding.targetPipelineCovers');
  // Revenue goes back to 商談 through the deal size: say why when too few wins fix it.
  if (metric === 'revenue' && outlook.dealSize === null && outlook.winRate !== null && outlook.left > 0) {
    const won = (input.eventTotal ?? input.total).won ?? 0;
    return fromPipeline + serverMessage(language, 'finding.noDealSize', { left: estimateMoney(outlook.left, language, currency), won: counted(won, language, 'win'), minimum: formatCount(MIN_FINDING_DENOMINATOR) });
  }
  // A lead target's gap is already a number of leads.
  if (outlook.leads === null || metric === 'leads') return fromPipeline;
  // What is left after the pipeline's expectation is an estimate too: always 約.
  const leftText = metric === 'revenue' ? estimateMoney(outlook.left, language, currency) : language === 'ja' ? `約${formatCount(Math.round(outlook.left))}件` : `about ${formatCount(Math.round(outlook.left))}`;
  const rest = pipeline === null ? serverMessage(language, 'finding.theGap') : serverMessage(language, 'finding.theRest', { left: leftText });
  const leads = counted(outlook.leads, language, 'more lead');
  const opportunityRate = formatPercent(outlook.opportunityRate ?? 0);
  if (metric === 'opportunities') return fromPipeline + serverMessage(language, 'finding.targetNeedFromOpportunities', { rest, opportunityRate, leads });
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

/** The target of the period and how the actual stands against it, with its number formatting. */
function commonValues(metric: TargetMetric, entry: TargetAttainment & { actual: number }, input: FindingsInput) {
  const value = (amount: number) => metricValue(metric, amount, input.language, input.currency);
  return {
    metric: metricName(metric, input.language),
    target: value(entry.target),
    actual: value(entry.actual),
    attainment: formatPercent(entry.actual / entry.target),
  };
}

/**
 * The finding while the period runs past the as-of date: against the target to date, then what
 * remains to the whole target and what it takes.
 */
function runningFinding(metric: TargetMetric, entry: TargetAttainment & { actual: number; periodTarget: number }, input: FindingsInput): RankedFinding {
  const { language, currency } = input;
  const progress = input.progress;
  const value = (amount: number) => metricValue(metric, amount, language, currency);
  const proRated =
    progress?.proRated === null || progress?.proRated === undefined
      ? ''
      : serverMessage(language, 'finding.targetProRated', {
          month: formatMonth(progress.proRated.month, language),
          days: formatCount(progress.proRated.days),
          of: formatCount(progress.proRated.of),
        });
  const remaining = Math.max(0, entry.periodTarget - entry.actual);
  const common = {
    ...commonValues(metric, entry, input),
    asOf: progress?.asOf ?? '',
    proRated,
    end: progress?.end ?? '',
    periodTarget: value(entry.periodTarget),
    remaining: value(remaining),
    days: counted(progress?.daysLeft ?? 0, language, 'day'),
  };
  const ahead = entry.actual >= entry.target;
  const head = serverMessage(language, ahead ? 'finding.targetAheadToDate' : 'finding.targetBehindToDate', { ...common, gap: value(Math.max(0, entry.target - entry.actual)) });
  const rest = serverMessage(language, 'finding.targetRemaining', common);
  if (remaining <= 0) return { rank: RANKS.target, finding: { code: 'target_gap', tone: 'good', message: head + serverMessage(language, 'finding.targetMetEarly', common) } };
  const outlook = gapOutlook(input, metric, remaining);
  const need = needSentences(metric, outlook, input);
  // New leads that need longer than the days left to close cannot help this period.
  const median = progress?.leadToWonDays ?? null;
  const late = median !== null && progress !== undefined && outlook.leads !== null && outlook.left > 0 && median >= progress.daysLeft;
  const timing = late ? serverMessage(language, 'finding.leadsTooLate', { median: counted(Math.round(median), language, 'day'), days: common.days }) : '';
  const next = serverMessage(language, late ? 'finding.targetNextPipeline' : ahead ? 'finding.targetNextAhead' : 'finding.targetNext');
  return { rank: RANKS.target, finding: { code: 'target_gap', tone: ahead ? 'good' : 'bad', message: head + rest + need + timing + next } };
}

/**
 * The gap to the period's target, or its being met.
 *
 * @example
 * targetGapFinding({ ...input, periodTargets: [{ metric: 'revenue', target: 10000000, actual: 4000000, attainment: 0.4 }] })?.finding.message
 * //=> '受注金額は目標1,000万円に対して実績400万円（発生日ベース、達成率40.0%）で、600万円足りません。…'
 */
export function targetGapFinding(input: FindingsInput): RankedFinding | null {
  const { language, currency } = input;
  const entry = PREFERENCE.map((metric) => input.periodTargets.find((target) => target.metric === metric)).find(
    (target): target is TargetAttainment & { actual: number } => target !== undefined && target.actual !== null && target.target > 0,
  );
  if (entry === undefined) return null;
  const metric = entry.metric as TargetMetric;
  if (input.periodEnded !== true && entry.periodTarget !== undefined) return runningFinding(metric, { ...entry, periodTarget: entry.periodTarget }, input);
  const value = (amount: number) => metricValue(metric, amount, language, currency);
  const common = commonValues(metric, entry, input);
  if (entry.actual >= entry.target) {
    return { rank: RANKS.target, finding: { code: 'target_gap', tone: 'good', message: serverMessage(language, 'finding.targetMet', common) } };
  }
  const gap = entry.target - entry.actual;
  const outlook = gapOutlook(input, metric, gap);
  let message: string;
  if (input.periodEnded === true) {
    // Nothing more can happen in the period: its result, what the open pipeline hands on, and the plan only when it is this target's.
    const carry = outlook.pipeline === null ? noWinRateText(metric, outlook, input) : serverMessage(language, 'finding.pipelineCarried', pipelineValues(metric, outlook, input));
    const plan = input.planTarget;
    const samePlan = plan !== null && plan !== undefined && plan.metric === metric && Math.abs(plan.value - entry.target) < 0.5;
    const next = serverMessage(language, samePlan ? 'finding.targetEndedNextPlan' : 'finding.targetEndedNext');
    message = serverMessage(language, 'finding.targetMissedEnded', { ...common, gap: value(gap), carry }) + next;
  } else {
    message = serverMessage(language, 'finding.targetMissed', { ...common, gap: value(gap), need: needSentences(metric, outlook, input) }) + serverMessage(language, 'finding.targetNext');
  }
  return { rank: RANKS.target, finding: { code: 'target_gap', tone: 'bad', message } };
}
