/**
 * Where the money is worst and best spent (design §6.2). Among the rows with cost, the cost per 商談
 * (商談獲得単価; per lead without 商談 data) of a row with at least 20 商談 is compared with that of
 * the other rows with cost taken together (also at least 20): what the claim rests on is 20 or more
 * on both sides. The wins are context: CAC is compared only when both sides have 20 wins or more,
 * which a few wins per channel never give. The worst row holds at least a tenth of the cost; inside
 * it, the channel that spends the largest share of the group's cost for a smaller share of its 商談
 * is named with its counts — the real story is often one channel — and, under 20 商談, with the
 * caveat that the counts cannot tell yet.
 */
import type { Language } from '../../model/types';
import { serverMessage } from '../../text/messages';
import { listLabels, quoteLabel } from '../../text/wording';
import { formatMultiple, formatPercent, formatRoas } from '../format';
import { MIN_FINDING_DENOMINATOR, RANKS, type ComparisonRow, type FindingsInput, type RankedFinding } from './types';
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

interface Judged {
  readonly row: ComparisonRow;
  readonly own: Sums;
  /** The other rows with cost, together. */
  readonly rest: Sums;
  readonly restLabels: readonly string[];
  readonly costShare: number;
  /** Cost per unit of the row ÷ that of the rest: above 1 the row pays more for each. */
  readonly ratio: number;
}

const sums = (rows: readonly ComparisonRow[], unit: Unit): Sums => ({
  cost: rows.reduce((sum, row) => sum + (row.cost ?? 0), 0),
  count: rows.reduce((sum, row) => sum + (row[unit] ?? 0), 0),
  won: rows.reduce((sum, row) => sum + (row.won ?? 0), 0),
});

/** Rows with cost whose own count and whose rest's count are both at least 20. */
function judgedRows(input: FindingsInput, unit: Unit): Judged[] {
  const paid = input.rows.filter((row) => row.cost !== null && row.cost > 0);
  const all = sums(paid, unit);
  return paid.flatMap((row) => {
    const own = sums([row], unit);
    const rest = { cost: all.cost - own.cost, count: all.count - own.count, won: all.won - own.won };
    if (own.count < MIN_FINDING_DENOMINATOR || rest.count < MIN_FINDING_DENOMINATOR || rest.cost <= 0) return [];
    const restLabels = paid.filter((other) => other !== row).map((other) => other.label);
    return [{ row, own, rest, restLabels, costShare: own.cost / all.cost, ratio: own.cost / own.count / (rest.cost / rest.count) }];
  });
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

function texts(entry: Judged, unit: Unit, input: FindingsInput) {
  const { language, currency } = input;
  const money = (value: number) => proseMoney(value, language, currency);
  const unitNames = { unit: serverMessage(language, unit === 'opportunities' ? 'finding.unitOpportunities' : 'finding.unitLeads') };
  const others = serverMessage(language, 'finding.spendOthers', {
    others: serverMessage(language, input.rowKind === 'group' ? 'finding.othersGroup' : 'finding.othersChannel'),
    // Group names are the report's own words; a channel is the user's, quoted.
    names: listLabels(input.rowKind === 'group' ? entry.restLabels : entry.restLabels.map((label) => quoteLabel(label, language)), language, 3),
  });
  const bothWin = entry.own.won >= MIN_FINDING_DENOMINATOR && entry.rest.won >= MIN_FINDING_DENOMINATOR;
  const roas = entry.row.revenue === null ? '—' : formatRoas(entry.row.revenue / entry.own.cost, language);
  const wins = bothWin
    ? serverMessage(language, 'finding.spendWinsCac', { won: counted(entry.own.won, language, 'won deal'), cac: money(entry.own.cost / entry.own.won), otherCac: money(entry.rest.cost / entry.rest.won), roas })
    : serverMessage(language, 'finding.spendWins', { won: counted(entry.own.won, language, 'won deal'), roas });
  return {
    ...unitNames,
    unitCostName: serverMessage(language, unit === 'opportunities' ? 'finding.costPerOpportunity' : 'finding.costPerLead'),
    channel: quoteLabel(entry.row.label, language),
    cost: money(entry.own.cost),
    costShare: formatPercent(entry.costShare),
    count: counted(entry.own.count, language, unit === 'opportunities' ? 'opportunity' : 'lead'),
    unitCost: money(entry.own.cost / entry.own.count),
    otherUnitCost: money(entry.rest.cost / entry.rest.count),
    others,
    wins,
  };
}

/** The sentence naming the channel inside the worst group, with its counts. */
function detailSentence(channel: ComparisonRow, group: ComparisonRow, unit: Unit, language: Language, currency: string): string {
  const count = channel[unit] ?? 0;
  return serverMessage(language, 'finding.spendDetail', {
    channel: quoteLabel(channel.label, language),
    cost: proseMoney(channel.cost ?? 0, language, currency),
    share: formatPercent((channel.cost ?? 0) / (group.cost ?? 1)),
    count: formatCount(count),
    unit: serverMessage(language, unit === 'opportunities' ? 'finding.unitOpportunities' : 'finding.unitLeads'),
    won: formatCount(channel.won ?? 0),
    caveat: count < MIN_FINDING_DENOMINATOR ? serverMessage(language, 'finding.tooFewToTell') : '',
  });
}

/**
 * The worst- and best-spent rows, each a finding when there is one: the worst holds at least
 * {@link MIN_COST_SHARE} of the cost and pays more per 商談 than the rest; the best pays less.
 *
 * @example
 * channelSpendFindings(input).map((ranked) => ranked.finding.tone)
 * //=> ['bad', 'good']
 */
export function channelSpendFindings(input: FindingsInput): RankedFinding[] {
  const { language, currency } = input;
  const unit: Unit = input.stagesWithData.has('opportunities') ? 'opportunities' : 'leads';
  const judged = judgedRows(input, unit).sort((a, b) => b.ratio - a.ratio || b.own.cost - a.own.cost);
  const worst = judged.find((entry) => entry.costShare >= MIN_COST_SHARE && entry.ratio > 1);
  const best = [...judged].reverse().find((entry) => entry.ratio < 1 && entry !== worst);
  const findings: RankedFinding[] = [];
  if (worst !== undefined) {
    const channel = channelInside(input, worst.row, unit);
    const detail = channel === undefined ? '' : detailSentence(channel, worst.row, unit, language, currency);
    const common = texts(worst, unit, input);
    const next =
      channel !== undefined
        ? serverMessage(language, 'finding.spendWorstNextChannel', { channel: quoteLabel(channel.label, language) })
        : best === undefined
          ? serverMessage(language, 'finding.spendWorstNextAlone', { channel: common.channel })
          : serverMessage(language, 'finding.spendWorstNext', { channel: common.channel, better: quoteLabel(best.row.label, language), unitCostName: common.unitCostName });
    const message = serverMessage(language, 'finding.spendWorst', { ...common, ratio: formatMultiple(worst.ratio, language), detail, next });
    findings.push({ rank: RANKS.spendWorst, finding: { code: 'channel_spend', tone: 'bad', message } });
  }
  if (best !== undefined) {
    const message = serverMessage(language, 'finding.spendBest', texts(best, unit, input));
    findings.push({ rank: RANKS.spendBest, finding: { code: 'channel_spend', tone: 'good', message } });
  }
  return findings;
}
