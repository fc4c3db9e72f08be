/**
 * Where the money is worst and best spent (design §6.2). Only rows with cost and at least 20 商談
 * (per lead without 商談 data) are judged, and only against each other: a row with cost and fewer
 * than 20 is named as too few to judge and left out of the comparison, so its few 商談 never make the
 * others look better or worse. A judged row's claim is a test: is its share of the judged rows' 商談
 * (and of their wins, with 20 or more on both sides) lower or higher than its share of their cost
 * beyond chance — the binomial z, one of the report's family (`TestFamily`), Holm–Bonferroni with the
 * rate differences and the trend. Within chance, the finding says so, how many more 商談 would settle
 * it, and gives no firm budget step. Inside the worst group, the channel that spends a larger share
 * of its cost than it brings 商談 is named with its counts (a caveat under 20); the next step rests on
 * the test, never on those few. The better row's 商談 closing less often is said beside any
 * suggestion to move budget to it.
 */
import type { Language } from '../../model/types';
import { serverMessage } from '../../text/messages';
import { listLabels, quoteLabel } from '../../text/wording';
import { formatMultiple, formatPercent, formatRoas } from '../format';
import { criticalValue, shareTest } from '../statistics';
import type { Comparison } from './rateDifference';
import { MIN_FINDING_DENOMINATOR, RANKS, type ComparisonRow, type FamilyTest, type FindingsInput, type RankedFinding, type TestFamily } from './types';
import { counted, formatCount, proseMoney } from './wording';

/** A row worth naming for its money: at least this share of all cost. */
export const MIN_COST_SHARE = 0.1;
/** A channel named inside its group: at least this share of the group's cost. */
export const MIN_CHANNEL_SHARE = 0.2;

/** What the money is measured by: 商談, or leads when no column shows 商談. */
type Unit = 'opportunities' | 'leads';

interface Sums {
  readonly cost: number;
  readonly count: number;
  readonly won: number;
}

/** A judged row: its sums, the other judged rows', and the tests of its share of 商談 (and wins). */
export interface SpendTest extends FamilyTest {
  readonly row: ComparisonRow;
  readonly own: Sums;
  readonly rest: Sums;
  readonly restLabels: readonly string[];
  /** Share of all cost (every row with cost). */
  readonly costShare: number;
  /** Cost per unit of the row ÷ that of the rest: above 1 the row pays more for each. */
  readonly ratio: number;
  /** 商談 of all judged rows, for how many more would settle it. */
  readonly pooled: number;
  /** The share-of-wins test, with 20+ wins on both sides. */
  readonly wins: FamilyTest | null;
  /** The test judged in the family: the entry itself, or the test it mirrors. */
  readonly verdict: FamilyTest;
}

export interface SpendTests {
  readonly unit: Unit;
  readonly tests: readonly SpendTest[];
  /** Rows with cost but fewer than 20: named, not judged. */
  readonly tooFew: readonly ComparisonRow[];
}

const sums = (rows: readonly ComparisonRow[], unit: Unit): Sums => ({
  cost: rows.reduce((sum, row) => sum + (row.cost ?? 0), 0),
  count: rows.reduce((sum, row) => sum + (row[unit] ?? 0), 0),
  won: rows.reduce((sum, row) => sum + (row.won ?? 0), 0),
});

/**
 * The spend tests of a report. With two judged rows one test says it all (each is the other's rest),
 * so only the first row is tested.
 *
 * @example
 * spendTests(input).tests.map((entry) => [entry.row.label, Math.round(entry.z * 100) / 100])
 * //=> [['有料検索', -8.7]]
 */
export function spendTests(input: FindingsInput): SpendTests {
  const unit: Unit = input.stagesWithData.has('opportunities') ? 'opportunities' : 'leads';
  const paid = input.rows.filter((row) => row.cost !== null && row.cost > 0);
  const judged = paid.filter((row) => (row[unit] ?? 0) >= MIN_FINDING_DENOMINATOR);
  const tooFew = paid.filter((row) => !judged.includes(row));
  if (judged.length < 2) return { unit, tests: [], tooFew };
  const all = sums(paid, unit);
  const pool = sums(judged, unit);
  const tests = judged.slice(0, judged.length === 2 ? 1 : judged.length).flatMap((row): SpendTest[] => {
    const own = sums([row], unit);
    const rest = { cost: pool.cost - own.cost, count: pool.count - own.count, won: pool.won - own.won };
    const share = own.cost / pool.cost;
    const z = shareTest(own.count, pool.count, share);
    if (z === null || rest.cost <= 0) return [];
    const winsZ = own.won >= MIN_FINDING_DENOMINATOR && rest.won >= MIN_FINDING_DENOMINATOR ? shareTest(own.won, pool.won, share) : null;
    return [
      {
        row,
        own,
        rest,
        restLabels: judged.filter((other) => other !== row).map((other) => other.label),
        costShare: own.cost / all.cost,
        ratio: own.cost / own.count / (rest.cost / rest.count),
        pooled: pool.count,
        z,
        wins: winsZ === null ? null : { z: winsZ },
        get verdict(): FamilyTest {
          return this;
        },
      },
    ];
  });
  return { unit, tests, tooFew };
}

/** Every family test of the spend findings. */
export function spendFamily(spend: SpendTests): FamilyTest[] {
  return spend.tests.flatMap((entry) => (entry.wins === null ? [entry] : [entry, entry.wins]));
}

/** The mirror of a test: the other row of a pair seen from its side (ratio inverted, z negated). */
function mirror(entry: SpendTest, rows: readonly ComparisonRow[], unit: Unit, all: number): SpendTest | null {
  const other = rows.find((row) => row.label === entry.restLabels[0]);
  if (other === undefined) return null;
  return { ...entry, row: other, own: entry.rest, rest: entry.own, restLabels: [entry.row.label], costShare: entry.rest.cost / all, ratio: 1 / entry.ratio, z: -entry.z, verdict: entry.verdict };
}

function unitName(unit: Unit, language: Language): string {
  return serverMessage(language, unit === 'opportunities' ? 'finding.unitOpportunities' : 'finding.unitLeads');
}

function texts(entry: SpendTest, unit: Unit, input: FindingsInput, family: TestFamily) {
  const { language, currency } = input;
  const money = (value: number) => proseMoney(value, language, currency);
  const others = serverMessage(language, 'finding.spendOthers', {
    others: serverMessage(language, input.rowKind === 'group' ? 'finding.othersGroup' : 'finding.othersChannel'),
    // Group names are the report's own words; a channel is the user's, quoted.
    names: listLabels(input.rowKind === 'group' ? entry.restLabels : entry.restLabels.map((label) => quoteLabel(label, language)), language, 3),
  });
  const roas = entry.row.revenue === null ? '—' : formatRoas(entry.row.revenue / entry.own.cost, language);
  const wins =
    entry.wins !== null
      ? serverMessage(language, 'finding.spendWinsCac', {
          won: counted(entry.own.won, language, 'won deal'),
          cac: money(entry.own.cost / entry.own.won),
          otherCac: money(entry.rest.cost / entry.rest.won),
          roas,
          chance: family.significant(entry.wins) ? '' : serverMessage(language, 'finding.cacWithinChance'),
        })
      : serverMessage(language, 'finding.spendWins', { won: counted(entry.own.won, language, 'won deal'), roas });
  return {
    unit: unitName(unit, language),
    unitCostName: serverMessage(language, unit === 'opportunities' ? 'finding.costPerOpportunity' : 'finding.costPerLead'),
    channel: quoteLabel(entry.row.label, language),
    cost: money(entry.own.cost),
    costShare: formatPercent(entry.costShare),
    count: counted(entry.own.count, language, unit === 'opportunities' ? 'opportunity' : 'lead'),
    unitCost: money(entry.own.cost / entry.own.count),
    otherUnitCost: money(entry.rest.cost / entry.rest.count),
    others,
    wins,
    tests: counted(family.size, language, 'comparison'),
  };
}

/** The channel inside `group` that spends the largest share of its cost for a smaller share of its count. */
function channelInside(input: FindingsInput, group: ComparisonRow, unit: Unit): ComparisonRow | undefined {
  const inside = (input.channels ?? []).filter((channel) => channel.group === group.label && channel.cost !== null && channel.cost > 0);
  const whole = sums(inside, unit);
  if (inside.length < 2 || whole.cost <= 0) return undefined;
  return inside
    .filter((channel) => (channel.cost ?? 0) / whole.cost >= MIN_CHANNEL_SHARE && (channel[unit] ?? 0) / Math.max(1, whole.count) < (channel.cost ?? 0) / whole.cost)
    .sort((a, b) => (b.cost ?? 0) - (a.cost ?? 0))[0];
}

/** The sentence naming the channel inside the worst group, with its counts. */
function detailSentence(channel: ComparisonRow, group: ComparisonRow, unit: Unit, language: Language, currency: string): string {
  const count = channel[unit] ?? 0;
  return serverMessage(language, 'finding.spendDetail', {
    channel: quoteLabel(channel.label, language),
    cost: proseMoney(channel.cost ?? 0, language, currency),
    share: formatPercent((channel.cost ?? 0) / (group.cost ?? 1)),
    count: formatCount(count),
    unit: unitName(unit, language),
    won: formatCount(channel.won ?? 0),
    caveat: count < MIN_FINDING_DENOMINATOR ? serverMessage(language, 'finding.tooFewToTell') : '',
  });
}

/** Rows with cost but too few to judge, with their cost and counts; '' without any. */
function tooFewSentence(spend: SpendTests, input: FindingsInput): string {
  if (spend.tooFew.length === 0) return '';
  const { language, currency } = input;
  const names = spend.tooFew.slice(0, 3).map((row) =>
    serverMessage(language, 'finding.spendTooFewRow', {
      name: input.rowKind === 'group' ? row.label : quoteLabel(row.label, language),
      cost: proseMoney(row.cost ?? 0, language, currency),
      // 「商談6件」: the Japanese count names what it counts (English counts carry their noun).
      count: language === 'ja' ? `${unitName(spend.unit, language)}${formatCount(row[spend.unit] ?? 0)}` : counted(row[spend.unit] ?? 0, language, spend.unit === 'opportunities' ? 'opportunity' : 'lead'),
    }),
  );
  return serverMessage(language, 'finding.spendTooFew', { rows: listLabels(names, language, 3), unit: unitName(spend.unit, language), minimum: formatCount(MIN_FINDING_DENOMINATOR) });
}

/**
 * The better row's 商談 closing less often than the rest's (its 受注率 test in the family), said
 * beside any suggestion to move budget to it; '' when they do not or it is not tested.
 */
function winRateCaveat(row: ComparisonRow, rates: readonly Comparison[], family: TestFamily, language: Language): string {
  const test = rates.find((entry) => entry.main && entry.kind.key === 'winRate' && entry.label === row.label);
  if (test === undefined || test.test.difference >= 0) return '';
  return serverMessage(language, 'finding.spendWinCaveat', {
    channel: quoteLabel(row.label, language),
    rate: formatPercent(test.x / test.n),
    numbers: `${formatCount(test.x)}/${formatCount(test.n)}`,
    restRate: formatPercent(test.restX / test.restN),
    chance: serverMessage(language, family.significant(test) ? 'finding.beyondChanceShort' : 'finding.withinChanceShort'),
  });
}

/** 商談 more, across the judged rows at the same shares, for the test to pass the family's strictest level. */
function moreToSettle(entry: SpendTest, family: TestFamily): number {
  const needed = entry.pooled * (criticalValue(0.05 / Math.max(1, family.size)) / entry.z) ** 2;
  return Math.max(1, Math.ceil(needed - entry.pooled));
}

/**
 * The worst- and best-spent rows: the worst holds at least {@link MIN_COST_SHARE} of the cost and
 * pays more per 商談 than the other judged rows, the best pays less; each says whether the test calls
 * it real. A difference within chance is one neutral finding with no budget step.
 *
 * @example
 * channelSpendFindings(input, spendTests(input), rates, family).map((ranked) => ranked.finding.tone)
 * //=> ['bad']
 */
export function channelSpendFindings(input: FindingsInput, spend: SpendTests, rates: readonly Comparison[], family: TestFamily): RankedFinding[] {
  const { language, currency } = input;
  const { unit } = spend;
  const allCost = input.rows.reduce((sum, row) => sum + (row.cost ?? 0), 0);
  const paired = spend.tests.length === 1 ? mirror(spend.tests[0] as SpendTest, input.rows, unit, allCost) : null;
  const sides = paired === null ? spend.tests : [...spend.tests, paired];
  const judged = [...sides].sort((a, b) => b.ratio - a.ratio || b.own.cost - a.own.cost);
  const worst = judged.find((entry) => entry.costShare >= MIN_COST_SHARE && entry.ratio > 1);
  const best = [...judged].reverse().find((entry) => entry.ratio < 1 && entry !== worst);
  const tooFew = tooFewSentence(spend, input);
  const findings: RankedFinding[] = [];
  if (worst !== undefined) {
    const common = texts(worst, unit, input, family);
    const channel = channelInside(input, worst.row, unit);
    const detail = channel === undefined ? '' : detailSentence(channel, worst.row, unit, language, currency);
    const head = serverMessage(language, 'finding.spendWorst', { ...common, ratio: formatMultiple(worst.ratio, language) });
    if (family.significant(worst.verdict)) {
      const better = best === undefined ? null : best;
      const next =
        better === null
          ? serverMessage(language, 'finding.spendWorstNextAlone', { channel: common.channel })
          : serverMessage(language, 'finding.spendWorstNext', { channel: common.channel, better: quoteLabel(better.row.label, language), unitCostName: common.unitCostName }) +
            // English sentences after the step need their space; Japanese ones none.
            (language === 'en' ? ' ' : '') +
            winRateCaveat(better.row, rates, family, language);
      const message = (head + serverMessage(language, 'finding.spendBeyondChance', { tests: common.tests, unit: common.unit }) + common.wins + detail + tooFew + next).trimEnd();
      findings.push({ rank: RANKS.spendWorst, finding: { code: 'channel_spend', tone: 'bad', message } });
    } else {
      const message =
        head +
        serverMessage(language, 'finding.spendWithinChance', {
          tests: common.tests,
          // 商談約12件 / 12 more opportunities.
          more: language === 'ja' ? `${common.unit}約${formatCount(moreToSettle(worst, family))}件` : counted(moreToSettle(worst, family), language, unit === 'opportunities' ? 'more opportunity' : 'more lead'),
        }) +
        common.wins +
        detail +
        tooFew +
        serverMessage(language, 'finding.spendWithinChanceNext', { channel: common.channel, unitCostName: common.unitCostName });
      findings.push({ rank: RANKS.withinChance, finding: { code: 'channel_spend', tone: 'neutral', message } });
    }
  }
  // The best row is its own finding when it is not the worst's pair, and only when the test calls it real.
  if (best !== undefined && (paired === null || worst === undefined) && family.significant(best.verdict)) {
    const common = texts(best, unit, input, family);
    const caveat = winRateCaveat(best.row, rates, family, language);
    const message =
      serverMessage(language, 'finding.spendBest', common) +
      serverMessage(language, 'finding.spendBeyondChance', { tests: common.tests, unit: common.unit }) +
      common.wins +
      (worst === undefined ? tooFew : '') +
      (caveat === '' ? serverMessage(language, 'finding.spendBestNext', { channel: common.channel }) : caveat + serverMessage(language, 'finding.spendBestNextCaveat', { channel: common.channel }));
    findings.push({ rank: RANKS.spendBest, finding: { code: 'channel_spend', tone: 'good', message } });
  }
  return findings;
}
