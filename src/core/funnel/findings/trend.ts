/**
 * The trend of 商談化率 over the months that are complete (design §6.2): the Cochran–Armitage test
 * over the mature months with enough leads (every month in the period view), with the slope in
 * points per month.
 */
import type { MonthRow } from '../../model/summary';
import { serverMessage } from '../../text/messages';
import { formatMonth, formatPercent, formatPoints } from '../format';
import { trendTest } from '../statistics';
import { MIN_FINDING_DENOMINATOR, RANKS, type FindingsInput, type RankedFinding } from './types';

/** A trend needs at least this many months. */
export const MIN_TREND_MONTHS = 3;

interface UsableMonth {
  readonly month: MonthRow;
  /** Position in the period, so that a skipped month keeps its place on the time axis. */
  readonly step: number;
  readonly leads: number;
  readonly opportunities: number;
}

/**
 * The trend of 商談化率: up or down beyond chance, or level within chance.
 *
 * @example
 * trendFinding(inputWithFourMatureMonths)?.finding.code
 * //=> 'opportunity_rate_trend'
 */
export function trendFinding(input: FindingsInput): RankedFinding | null {
  const { language } = input;
  if (!input.stagesWithData.has('opportunities')) return null;
  const usable: UsableMonth[] = input.months.flatMap((month, step) =>
    !month.immature && month.leads !== null && month.leads >= MIN_FINDING_DENOMINATOR && month.opportunities !== null
      ? [{ month, step, leads: month.leads, opportunities: month.opportunities }]
      : [],
  );
  if (usable.length < MIN_TREND_MONTHS) return null;
  const first = usable[0] as UsableMonth;
  const last = usable[usable.length - 1] as UsableMonth;
  // Points at their place in the period; skipped months are empty points, which the test ignores.
  const points = Array.from({ length: last.step - first.step + 1 }, (_, offset) => {
    const found = usable.find((entry) => entry.step === first.step + offset);
    return found === undefined ? { successes: 0, trials: 0 } : { successes: found.opportunities, trials: found.leads };
  });
  const test = trendTest(points);
  if (test === null) return null;
  const rate = (entry: UsableMonth) => entry.opportunities / entry.leads;
  const months = serverMessage(language, input.view === 'cohort' ? 'finding.monthsMature' : 'finding.monthsAll', {
    count: usable.length,
    first: formatMonth(first.month.month, language),
    last: formatMonth(last.month.month, language),
  });
  if (!test.significant) {
    const rates = usable.map(rate);
    const message = serverMessage(language, 'finding.trendFlat', {
      months,
      lowRate: formatPercent(Math.min(...rates)),
      highRate: formatPercent(Math.max(...rates)),
    });
    return { rank: RANKS.withinChance, finding: { code: 'opportunity_rate_trend', tone: 'neutral', message } };
  }
  const up = test.slope > 0;
  const message = serverMessage(language, 'finding.trend', {
    months,
    direction: serverMessage(language, up ? 'finding.trendUp' : 'finding.trendDown'),
    next: serverMessage(language, up ? 'finding.trendUpNext' : 'finding.trendDownNext'),
    slope: formatPoints(test.slope, language),
    firstRate: formatPercent(rate(first)),
    lastRate: formatPercent(rate(last)),
  });
  return { rank: RANKS.trend, finding: { code: 'opportunity_rate_trend', tone: up ? 'good' : 'bad', message } };
}
