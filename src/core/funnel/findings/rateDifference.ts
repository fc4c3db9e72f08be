/**
 * A channel group, a channel inside a group, or a lead attribute's value whose 商談化率 or 受注率
 * differs from the rest beyond chance (design §6.2, §4.7). Every row with at least 20 in its
 * denominator (leads, or closed opportunities) — and a rest of at least 20 — is tested against the
 * rest with the two-proportion z-test. Channels inside a group are tested only where at least two of
 * them have 20 or more (otherwise the channel test repeats the group's). In the period view 商談化率
 * is not tested: its 商談 count by event date and its leads by created date, so it is not a share of
 * the leads. These tests join the report's one family (`TestFamily`), judged together with
 * Holm–Bonferroni at 5 %. The strongest significant difference of each rate is a finding; when none
 * is, the largest one is reported as within chance, with how many more leads (or closed
 * opportunities) would settle it even at the family's strictest level.
 */
import type { Language } from '../../model/types';
import { serverMessage } from '../../text/messages';
import { quoteLabel } from '../../text/wording';
import { formatPercent } from '../format';
import { criticalValue, trialsToSettle, twoProportionTest, wilsonInterval, type ProportionTest } from '../statistics';
import { MIN_FINDING_DENOMINATOR, RANKS, type ComparisonRow, type FamilyTest, type FindingsInput, type RankedFinding, type TestFamily } from './types';
import { counted, ratioText } from './wording';

/** A difference smaller than this share of the rest's rate is not worth a "within chance" finding. */
export const MIN_RELATIVE_GAP = 0.2;

export interface RateKind {
  readonly key: 'opportunityRate' | 'winRate';
  readonly name: { readonly ja: string; readonly en: string };
  readonly successes: (row: ComparisonRow) => number | null;
  readonly trials: (row: ComparisonRow) => number | null;
  readonly top: readonly [string, string];
  readonly bottom: readonly [string, string];
  readonly unit: 'finding.unitLeads' | 'finding.unitClosed';
  /** What more trials are, in English (singular). */
  readonly more: string;
  readonly higherNext: 'finding.opportunityRateHigherNext' | 'finding.winRateHigherNext';
  readonly lowerNext: 'finding.opportunityRateLowerNext' | 'finding.winRateLowerNext';
}

const closed = (row: ComparisonRow): number | null => (row.won === null || row.lost === null ? null : row.won + row.lost);

export const RATE_KINDS: readonly RateKind[] = [
  {
    key: 'opportunityRate',
    name: { ja: '商談化率', en: 'opportunity rate' },
    successes: (row) => row.opportunities,
    trials: (row) => row.leads,
    top: ['商談', 'opportunity'],
    bottom: ['リード', 'lead'],
    unit: 'finding.unitLeads',
    more: 'more lead',
    higherNext: 'finding.opportunityRateHigherNext',
    lowerNext: 'finding.opportunityRateLowerNext',
  },
  {
    key: 'winRate',
    name: { ja: '受注率', en: 'win rate' },
    successes: (row) => row.won,
    trials: closed,
    top: ['受注', 'won deal'],
    bottom: ['結果の出た商談', 'closed opportunity'],
    unit: 'finding.unitClosed',
    more: 'more closed opportunity',
    higherNext: 'finding.winRateHigherNext',
    lowerNext: 'finding.winRateLowerNext',
  },
];

/** Rows compared with the rest of their total, and how the text names them and the rest. */
interface ComparisonSet {
  /** The report's compared rows (groups or channels), set apart so other findings can find their tests. */
  readonly main: boolean;
  readonly rows: readonly ComparisonRow[];
  readonly total: ComparisonRow;
  readonly subject: (label: string) => string;
  readonly others: string;
}

export interface Comparison extends FamilyTest {
  readonly kind: RateKind;
  readonly label: string;
  readonly main: boolean;
  readonly subject: string;
  readonly others: string;
  readonly x: number;
  readonly n: number;
  readonly restX: number;
  readonly restN: number;
  readonly test: ProportionTest;
}

/** The sets of one report: the compared rows, the channels inside groups, each lead attribute. */
function comparisonSets(input: FindingsInput, totalRow: ComparisonRow): ComparisonSet[] {
  const { language } = input;
  const quoted = (label: string) => quoteLabel(label, language);
  const sets: ComparisonSet[] = [
    { main: true, rows: input.rows, total: totalRow, subject: quoted, others: serverMessage(language, input.rowKind === 'group' ? 'finding.othersGroup' : 'finding.othersChannel') },
  ];
  if (input.channels !== undefined && input.channels.length > 0) {
    sets.push({ main: false, rows: input.channels, total: totalRow, subject: quoted, others: serverMessage(language, 'finding.othersChannel') });
  }
  for (const { attribute, rows, total } of input.attributes ?? []) {
    // 業種「製造業」 / 業種 "製造業": the attribute's name, then its value quoted.
    sets.push({ main: false, rows, total, subject: (label) => `${attribute}${language === 'ja' ? '' : ' '}${quoted(label)}`, others: serverMessage(language, 'finding.othersAttribute', { attribute }) });
  }
  return sets;
}

/** Whether a channel inside a group is tested: its group has at least two channels with enough trials. */
function ownTest(set: ComparisonSet, kind: RateKind, row: ComparisonRow): boolean {
  const group = (row as { readonly group?: string }).group;
  if (set.main || group === undefined) return true;
  return set.rows.filter((other) => (other as { readonly group?: string }).group === group && (kind.trials(other) ?? 0) >= MIN_FINDING_DENOMINATOR).length >= 2;
}

/** Every row of a set with enough trials, tested against the rest of its total. */
function comparisons(set: ComparisonSet, kind: RateKind): Comparison[] {
  const totalX = kind.successes(set.total);
  const totalN = kind.trials(set.total);
  if (totalX === null || totalN === null) return [];
  return set.rows.flatMap((row) => {
    const x = kind.successes(row);
    const n = kind.trials(row);
    if (x === null || n === null || n < MIN_FINDING_DENOMINATOR || !ownTest(set, kind, row)) return [];
    const restX = totalX - x;
    const restN = totalN - n;
    if (restN < MIN_FINDING_DENOMINATOR) return [];
    const test = twoProportionTest(x, n, restX, restN);
    return test === null ? [] : [{ kind, label: row.label, main: set.main, z: test.z, subject: set.subject(row.label), others: set.others, x, n, restX, restN, test }];
  });
}

function numbersOf(comparison: Comparison, language: Language, tests: number) {
  const { kind } = comparison;
  return {
    channel: comparison.subject,
    others: comparison.others,
    rate: kind.name[language],
    value: formatPercent(comparison.x / comparison.n),
    numbers: ratioText(comparison.x, comparison.n, kind.top, kind.bottom, language),
    restValue: formatPercent(comparison.restX / comparison.restN),
    restNumbers: ratioText(comparison.restX, comparison.restN, kind.top, kind.bottom, language),
    tests: counted(tests, language, 'comparison'),
  };
}

function significantFinding(comparison: Comparison, language: Language, tests: number): RankedFinding {
  const higher = comparison.test.difference > 0;
  const interval = wilsonInterval(comparison.x, comparison.n);
  const message = serverMessage(language, 'finding.rateDifferent', {
    direction: serverMessage(language, higher ? 'finding.higher' : 'finding.lower'),
    ...numbersOf(comparison, language, tests),
    low: formatPercent(interval?.low ?? 0),
    high: formatPercent(interval?.high ?? 1),
    next: serverMessage(language, higher ? comparison.kind.higherNext : comparison.kind.lowerNext, { channel: comparison.subject }),
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

function withinChanceFinding(comparison: Comparison, language: Language, tests: number): RankedFinding | null {
  // Enough to pass the family's strictest level (5 % ÷ tests), which Holm then always accepts.
  const more = trialsToSettle(comparison.x, comparison.n, comparison.restX, comparison.restN, criticalValue(0.05 / tests));
  if (more === null) return null;
  // リード約2,659件 / 2,659 more leads.
  const unit = serverMessage(language, comparison.kind.unit);
  const message = serverMessage(language, 'finding.rateWithinChance', {
    ...numbersOf(comparison, language, tests),
    more: language === 'ja' ? `${unit}約${counted(more, language, '')}件` : counted(more, language, comparison.kind.more),
  });
  return { rank: RANKS.withinChance, finding: { code: 'rate_within_chance', tone: 'neutral', message } };
}

const strongest = (list: readonly Comparison[]): Comparison | undefined => list.reduce<Comparison | undefined>((best, entry) => (best === undefined || isStronger(entry, best) ? entry : best), undefined);

/**
 * The rate tests of a report: every set (the compared rows, channels inside groups, lead attributes)
 * for each rate the data shows. In the period view only 受注率, a share of the opportunities closed in
 * the period; its 商談化率 divides 商談 by event date by leads by created date.
 *
 * @example
 * rateComparisons(input, totalRow).length
 * //=> 27
 */
export function rateComparisons(input: FindingsInput, totalRow: ComparisonRow): Comparison[] {
  const kinds = RATE_KINDS.filter((kind) =>
    kind.key === 'opportunityRate' ? input.view !== 'period' && input.stagesWithData.has('opportunities') : input.stagesWithData.has('won') && totalRow.lost !== null,
  );
  const sets = comparisonSets(input, totalRow);
  return kinds.flatMap((kind) => sets.flatMap((set) => comparisons(set, kind)));
}

/**
 * The significant differences (at most one per rate), or else one "within chance" finding, judged
 * in the report's family.
 *
 * @example
 * rateDifferenceFindings(input, rateComparisons(input, totalRow), family).map((ranked) => ranked.finding.code)
 * //=> ['rate_difference']
 */
export function rateDifferenceFindings(input: FindingsInput, family: readonly Comparison[], verdicts: TestFamily): RankedFinding[] {
  const { language } = input;
  const kinds = [...new Set(family.map((entry) => entry.kind))];
  const findings = kinds.flatMap((kind) => {
    const best = strongest(family.filter((entry) => entry.kind === kind && verdicts.significant(entry)));
    return best === undefined ? [] : [significantFinding(best, language, verdicts.size)];
  });
  if (findings.length > 0) return findings;
  const candidate = strongest(family.filter(isNotable));
  const finding = candidate === undefined ? null : withinChanceFinding(candidate, language, verdicts.size);
  return finding === null ? [] : [finding];
}
