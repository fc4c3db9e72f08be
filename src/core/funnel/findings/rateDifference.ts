/**
 * A row whose 商談化率 or 受注率 differs from the rest beyond chance (design §6.2): each row with
 * enough leads (or closed opportunities) is tested against all the others together with the
 * two-proportion z-test at 5 %; the most significant difference of each rate is a finding. When no
 * difference is significant, the largest one is reported as within chance, with how many more
 * leads (or closed opportunities) would settle it.
 */
import type { Language } from '../../model/types';
import { serverMessage } from '../../text/messages';
import { quoteLabel } from '../../text/wording';
import { formatPercent } from '../format';
import { trialsToSettle, twoProportionTest, wilsonInterval, type ProportionTest } from '../statistics';
import { MIN_FINDING_DENOMINATOR, RANKS, type ComparisonRow, type FindingsInput, type RankedFinding } from './types';
import { formatCount, ratioText } from './wording';

/** A difference smaller than this share of the rest's rate is not worth a "within chance" finding. */
export const MIN_RELATIVE_GAP = 0.2;

interface RateKind {
  readonly key: 'opportunityRate' | 'winRate';
  readonly name: { readonly ja: string; readonly en: string };
  readonly successes: (row: ComparisonRow) => number | null;
  readonly trials: (row: ComparisonRow) => number | null;
  readonly top: readonly [string, string];
  readonly bottom: readonly [string, string];
  readonly unit: 'finding.unitLeads' | 'finding.unitClosed';
  readonly higherNext: 'finding.opportunityRateHigherNext' | 'finding.winRateHigherNext';
  readonly lowerNext: 'finding.opportunityRateLowerNext' | 'finding.winRateLowerNext';
}

const closed = (row: ComparisonRow): number | null => (row.won === null || row.lost === null ? null : row.won + row.lost);

const RATE_KINDS: readonly RateKind[] = [
  {
    key: 'opportunityRate',
    name: { ja: '商談化率', en: 'opportunity rate' },
    successes: (row) => row.opportunities,
    trials: (row) => row.leads,
    top: ['商談', 'opportunities'],
    bottom: ['リード', 'leads'],
    unit: 'finding.unitLeads',
    higherNext: 'finding.opportunityRateHigherNext',
    lowerNext: 'finding.opportunityRateLowerNext',
  },
  {
    key: 'winRate',
    name: { ja: '受注率', en: 'win rate' },
    successes: (row) => row.won,
    trials: closed,
    top: ['受注', 'won'],
    bottom: ['結果の出た商談', 'closed'],
    unit: 'finding.unitClosed',
    higherNext: 'finding.winRateHigherNext',
    lowerNext: 'finding.winRateLowerNext',
  },
];

interface Comparison {
  readonly kind: RateKind;
  readonly label: string;
  readonly x: number;
  readonly n: number;
  readonly restX: number;
  readonly restN: number;
  readonly test: ProportionTest;
}

/** Every row with enough trials, tested against the rest (the total minus the row). */
function comparisons(input: FindingsInput, kind: RateKind, totalRow: ComparisonRow): Comparison[] {
  const totalX = kind.successes(totalRow);
  const totalN = kind.trials(totalRow);
  if (totalX === null || totalN === null) return [];
  return input.rows.flatMap((row) => {
    const x = kind.successes(row);
    const n = kind.trials(row);
    if (x === null || n === null || n < MIN_FINDING_DENOMINATOR) return [];
    const restX = totalX - x;
    const restN = totalN - n;
    if (restN < MIN_FINDING_DENOMINATOR) return [];
    const test = twoProportionTest(x, n, restX, restN);
    return test === null ? [] : [{ kind, label: row.label, x, n, restX, restN, test }];
  });
}

function numbersOf(comparison: Comparison, language: Language) {
  const { kind } = comparison;
  return {
    channel: quoteLabel(comparison.label, language),
    rate: kind.name[language],
    value: formatPercent(comparison.x / comparison.n),
    numbers: ratioText(comparison.x, comparison.n, kind.top, kind.bottom, language),
    restValue: formatPercent(comparison.restX / comparison.restN),
    restNumbers: ratioText(comparison.restX, comparison.restN, kind.top, kind.bottom, language),
  };
}

function significantFinding(comparison: Comparison, input: FindingsInput): RankedFinding {
  const { language } = input;
  const higher = comparison.test.difference > 0;
  const interval = wilsonInterval(comparison.x, comparison.n);
  const channel = quoteLabel(comparison.label, language);
  const message = serverMessage(language, 'finding.rateDifferent', {
    direction: serverMessage(language, higher ? 'finding.higher' : 'finding.lower'),
    ...numbersOf(comparison, language),
    others: serverMessage(language, input.rowKind === 'group' ? 'finding.othersGroup' : 'finding.othersChannel'),
    low: formatPercent(interval?.low ?? 0),
    high: formatPercent(interval?.high ?? 1),
    next: serverMessage(language, higher ? comparison.kind.higherNext : comparison.kind.lowerNext, { channel }),
  });
  return { rank: RANKS.rateDifference, finding: { code: 'rate_difference', tone: higher ? 'good' : 'bad', message } };
}

/**
 * The larger |z| wins; on a tie — with two rows each is "the rest" of the other — the smaller row,
 * the one that stands out from the bulk.
 */
function isStronger(entry: Comparison, best: Comparison): boolean {
  const gap = Math.abs(entry.test.z) - Math.abs(best.test.z);
  return Math.abs(gap) < 1e-9 ? entry.n < best.n : gap > 0;
}

/** Whether a difference is large enough to be worth mentioning at all. */
function isNotable(comparison: Comparison): boolean {
  const restRate = comparison.restX / comparison.restN;
  return restRate > 0 && Math.abs(comparison.test.difference) / restRate >= MIN_RELATIVE_GAP;
}

function withinChanceFinding(comparison: Comparison, input: FindingsInput): RankedFinding | null {
  const { language } = input;
  const more = trialsToSettle(comparison.x, comparison.n, comparison.restX, comparison.restN);
  if (more === null) return null;
  const message = serverMessage(language, 'finding.rateWithinChance', {
    ...numbersOf(comparison, language),
    others: serverMessage(language, input.rowKind === 'group' ? 'finding.othersGroup' : 'finding.othersChannel'),
    unit: serverMessage(language, comparison.kind.unit),
    more: formatCount(more),
  });
  return { rank: RANKS.withinChance, finding: { code: 'rate_within_chance', tone: 'neutral', message } };
}

/**
 * The significant differences (at most one per rate), or else one "within chance" finding.
 *
 * @example
 * rateDifferenceFindings(input).map((ranked) => ranked.finding.code)
 * //=> ['rate_difference']
 */
export function rateDifferenceFindings(input: FindingsInput, totalRow: ComparisonRow): RankedFinding[] {
  const kinds = RATE_KINDS.filter((kind) =>
    kind.key === 'opportunityRate' ? input.stagesWithData.has('opportunities') : input.stagesWithData.has('won') && totalRow.lost !== null,
  );
  const all = kinds.map((kind) => comparisons(input, kind, totalRow));
  const strongest = (list: readonly Comparison[]) => list.reduce<Comparison | undefined>((best, entry) => (best === undefined || isStronger(entry, best) ? entry : best), undefined);
  const significant = all.flatMap((list) => {
    const best = strongest(list.filter((entry) => entry.test.significant));
    return best === undefined ? [] : [significantFinding(best, input)];
  });
  if (significant.length > 0) return significant;
  const candidate = strongest(all.flat().filter(isNotable));
  const finding = candidate === undefined ? null : withinChanceFinding(candidate, input);
  return finding === null ? [] : [finding];
}
