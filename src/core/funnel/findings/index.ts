/**
 * Findings v2 (design §6.2): up to five things a manager can act on, most important first, each
 * saying whether it is good or bad, quoting its numbers and ending with one next step. No finding
 * rests on fewer than 20 in its denominator; facts that are always true (商談 → 受注 is the
 * smallest step) are not findings. The open pipeline is quoted once, in the gap to target, which
 * weighs it against the rest of the target (design §6.2): no second finding repeats its numbers.
 */
import type { Finding } from '../../model/summary';
import { holmSignificant } from '../statistics';
import { channelSpendFindings, spendFamily, spendTests } from './channelSpend';
import { costWithoutLeadsFinding, sessionsWithoutLeadsFinding } from './hygiene';
import { rateComparisons, rateDifferenceFindings } from './rateDifference';
import { targetGapFinding } from './targetGap';
import { monthTrend, trendFinding } from './trend';
import { comparisonRow, TestFamily, type FamilyTest, type FindingsInput, type RankedFinding } from './types';

export { attributeRows, channelsInsideGroups, comparisonRow, MIN_FINDING_DENOMINATOR, type ComparisonRow, type FindingsInput } from './types';

export const MAX_FINDINGS = 5;

/**
 * Up to {@link MAX_FINDINGS} findings, most important first (see `RANKS`).
 *
 * @example
 * buildFindings(inputWithTooFewLeads)
 * //=> []
 */
export function buildFindings(input: FindingsInput): Finding[] {
  const totalRow = comparisonRow('', input.total);
  // One family for every test of the report (design §6.2): rates, spend shares, the trend.
  const rates = rateComparisons(input, totalRow);
  const spend = spendTests(input);
  const trend = monthTrend(input);
  const tests: FamilyTest[] = [...rates, ...spendFamily(spend), ...(trend === null ? [] : [trend])];
  const family = new TestFamily(tests, holmSignificant(tests.map((test) => test.z)));
  const candidates: (RankedFinding | null)[] = [
    targetGapFinding(input),
    costWithoutLeadsFinding(input),
    ...channelSpendFindings(input, spend, rates, family),
    ...rateDifferenceFindings(input, rates, family),
    sessionsWithoutLeadsFinding(input),
    trendFinding(input, trend, family),
  ];
  return candidates
    .filter((candidate): candidate is RankedFinding => candidate !== null)
    .map((candidate, order) => ({ ...candidate, order }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, MAX_FINDINGS)
    .map((candidate) => candidate.finding);
}
