/**
 * The gap to target (design §6.2): the period's most telling target — revenue, else wins, else
 * opportunities, else leads — against its event-date actual, and what closing the gap takes at the
 * current rates.
 */
import type { TargetAttainment } from '../../model/summary';
import type { TargetMetric } from '../../model/types';
import { serverMessage } from '../../text/messages';
import { formatMoney, formatPercent } from '../format';
import { MIN_FINDING_DENOMINATOR, RANKS, type FindingsInput, type RankedFinding } from './types';
import { formatCount, metricName, metricValue } from './wording';

const PREFERENCE: readonly TargetMetric[] = ['revenue', 'won', 'opportunities', 'leads'];

/** A rate whose denominator is large enough to plan with, else `null`. */
function usableRate(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator < MIN_FINDING_DENOMINATOR || numerator <= 0) return null;
  return numerator / denominator;
}

/** What closing the gap takes, worked back through the funnel at the current rates; '' when a rate rests on too little. */
function needSentence(metric: TargetMetric, gap: number, input: FindingsInput): string {
  const { language, currency, total } = input;
  const opportunityRate = usableRate(total.opportunities, total.leads);
  const closed = total.won === null || total.lost === null ? null : total.won + total.lost;
  const winRate = usableRate(total.won, closed);
  const dealSize = total.won !== null && total.won >= MIN_FINDING_DENOMINATOR && total.revenue !== null ? total.revenue / total.won : null;
  if (opportunityRate === null) return '';
  const leadsFor = (opportunities: number) => formatCount(Math.ceil(opportunities / opportunityRate));
  if (metric === 'opportunities') {
    return serverMessage(language, 'finding.targetNeedFromOpportunities', { opportunityRate: formatPercent(opportunityRate), leads: leadsFor(gap) });
  }
  if (winRate === null || (metric !== 'won' && metric !== 'revenue')) return '';
  if (metric === 'revenue' && dealSize === null) return '';
  const wins = metric === 'won' || dealSize === null ? gap : gap / dealSize;
  const opportunities = wins / winRate;
  const params = {
    winRate: formatPercent(winRate),
    opportunityRate: formatPercent(opportunityRate),
    opportunities: formatCount(Math.ceil(opportunities)),
    leads: leadsFor(opportunities),
  };
  const dealSizeText = metric === 'won' ? '' : serverMessage(language, 'finding.dealSize', { dealSize: formatMoney(dealSize ?? 0, currency) });
  return serverMessage(language, 'finding.targetNeed', { ...params, dealSize: dealSizeText });
}

/**
 * The gap to the period's target, or its being met.
 *
 * @example
 * targetGapFinding({ ...input, periodTargets: [{ metric: 'revenue', target: 10000000, actual: 4000000, attainment: 0.4 }] })?.finding.message
 * //=> '受注金額は目標 ¥10,000,000 に対して実績 ¥4,000,000（発生日ベース、達成率 40.0%）で、¥6,000,000 足りません。…'
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
  const message = serverMessage(language, 'finding.targetMissed', { ...common, gap: value(gap), need: needSentence(metric, gap, input) });
  return { rank: RANKS.target, finding: { code: 'target_gap', tone: 'bad', message } };
}
