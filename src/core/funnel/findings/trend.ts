/**
 * The trend of 商談化率 over the months that are complete (design §6.2): the Cochran–Armitage test
 * over the mature months with enough leads, with the slope in points per month. Not in the period
 * view: there a month's 商談 count by event date and its leads by created date, so the monthly rate is
 * no share of those leads to test. The test is one of the report's family (`TestFamily`), judged with the rate
 * differences and the spend shares.
 */
import type { MonthRow } from '../../model/summary';
import { serverMessage } from '../../text/messages';
import { formatMonth, formatPercent, formatPoints } from '../format';
import { trendTest, type TrendTest } from '../statistics';
import { MIN_FINDING_DENOMINATOR, RANKS, type FamilyTest, type FindingsInput, type RankedFinding, type TestFamily } from './types';

/** A trend needs at least this many months. */
export const MIN_TREND_MONTHS = 3;

export interface UsableMonth {
  readonly month: MonthRow;
  /** Position in the period, so that a skipped month keeps its place on the time axis. */
  readonly step: number;
  readonly leads: number;
  readonly opportunities: number;
}

/** The months a trend rests on and its test. */
export interface Trend extends FamilyTest {
  readonly usable: readonly UsableMonth[];
  readonly test: TrendTest;
}

/**
 * The trend test of 商談化率 over the complete months with enough leads; null with fewer than
 * {@link MIN_TREND_MONTHS}.
 *
 * @example
 * monthTrend(inputWithFourMatureMonths)?.test.slope
 * //=> 0.05
 */
export function monthTrend(input: FindingsInput): Trend | null {
  if (!input.stagesWithData.has('opportunities') || input.view === 'period') return null;
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
  return test === null ? null : { usable, test, z: test.z };
}

/**
 * The trend of 商談化率: up or down beyond chance within the report's family, or level within chance.
 *
 * @example
 * trendFinding(input, monthTrend(input), family)?.finding.code
 * //=> 'opportunity_rate_trend'
 */
export function trendFinding(input: FindingsInput, trend: Trend | null, family: TestFamily): RankedFinding | null {
  if (trend === null) return null;
  const { language } = input;
  const { usable, test } = trend;
  const first = usable[0] as UsableMonth;
  const last = usable[usable.length - 1] as UsableMonth;
  const rate = (entry: UsableMonth) => entry.opportunities / entry.leads;
  const months = serverMessage(language, 'finding.monthsMature', {
    count: usable.length,
    first: formatMonth(first.month.month, language),
    last: formatMonth(last.month.month, language),
  });
  if (!family.significant(trend)) {
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
