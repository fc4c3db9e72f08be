/**
 * Where the money is worst and best spent (design §6.2): among rows with cost and enough leads to
 * judge, the one whose share of the wins is smallest (and largest) against its share of the cost —
 * the same order as CAC, said with the share of cost a manager weighs it by.
 */
import { serverMessage } from '../../text/messages';
import { quoteLabel } from '../../text/wording';
import { formatMoney, formatPercent, formatRoas } from '../format';
import { MIN_FINDING_DENOMINATOR, RANKS, type ComparisonRow, type FindingsInput, type RankedFinding } from './types';
import { formatCount } from './wording';

/** A row worth naming for its money: at least this share of all cost. */
export const MIN_COST_SHARE = 0.1;

interface PaidRow {
  readonly row: ComparisonRow & { cost: number; won: number; leads: number };
  readonly costShare: number;
  readonly wonShare: number;
  /** Share of the wins per share of the cost: below 1 the row wins less than it spends. */
  readonly efficiency: number;
}

function paidRows(input: FindingsInput, totalCost: number, totalWon: number): PaidRow[] {
  return input.rows
    .filter((row): row is PaidRow['row'] => row.cost !== null && row.cost > 0 && row.won !== null && row.leads !== null && row.leads >= MIN_FINDING_DENOMINATOR)
    .map((row) => {
      const costShare = row.cost / totalCost;
      const wonShare = row.won / totalWon;
      return { row, costShare, wonShare, efficiency: wonShare / costShare };
    });
}

function cacOf(rows: readonly PaidRow[]): number | null {
  const won = rows.reduce((sum, paid) => sum + paid.row.won, 0);
  return won === 0 ? null : rows.reduce((sum, paid) => sum + paid.row.cost, 0) / won;
}

/**
 * The worst- and best-spent rows, each a finding when there is one: the worst holds at least
 * {@link MIN_COST_SHARE} of the cost and wins less than it spends; the best won something and
 * wins more than it spends.
 *
 * @example
 * channelSpendFindings(input).map((ranked) => ranked.finding.tone)
 * //=> ['bad', 'good']
 */
export function channelSpendFindings(input: FindingsInput): RankedFinding[] {
  const { language, currency, total } = input;
  if (total.cost === null || total.cost <= 0 || total.won === null || total.won <= 0) return [];
  const paid = paidRows(input, total.cost, total.won);
  if (paid.length < 2) return [];
  const byEfficiency = [...paid].sort((a, b) => a.efficiency - b.efficiency || b.row.cost - a.row.cost);
  const worst = byEfficiency.find((entry) => entry.costShare >= MIN_COST_SHARE && entry.efficiency < 1);
  const best = [...byEfficiency].reverse().find((entry) => entry.row.won > 0 && entry.efficiency > 1);
  const money = (value: number) => formatMoney(value, currency);
  const common = (entry: PaidRow) => ({
    channel: quoteLabel(entry.row.label, language),
    cost: money(entry.row.cost),
    costShare: formatPercent(entry.costShare),
    won: formatCount(entry.row.won),
    wonShare: formatPercent(entry.wonShare),
    roas: entry.row.revenue === null ? '—' : formatRoas(entry.row.revenue / entry.row.cost, language),
  });
  const findings: RankedFinding[] = [];
  if (worst !== undefined) {
    const others = cacOf(paid.filter((entry) => entry !== worst));
    const cac =
      worst.row.won === 0
        ? serverMessage(language, 'finding.spendNoWins')
        : others === null
          ? serverMessage(language, 'finding.spendCacAlone', { cac: money(worst.row.cost / worst.row.won) })
          : serverMessage(language, 'finding.spendCac', { cac: money(worst.row.cost / worst.row.won), otherCac: money(others) });
    const better = best !== undefined && best !== worst ? best : undefined;
    const next =
      better === undefined
        ? serverMessage(language, 'finding.spendWorstNextAlone', { channel: quoteLabel(worst.row.label, language) })
        : serverMessage(language, 'finding.spendWorstNext', { channel: quoteLabel(worst.row.label, language), better: quoteLabel(better.row.label, language) });
    const message = serverMessage(language, 'finding.spendWorst', {
      ...common(worst),
      cac,
      leads: formatCount(worst.row.leads),
      opportunities: formatCount(worst.row.opportunities ?? 0),
      next,
    });
    findings.push({ rank: RANKS.spendWorst, finding: { code: 'channel_spend', tone: 'bad', message } });
  }
  if (best !== undefined && best !== worst) {
    const message = serverMessage(language, 'finding.spendBest', { ...common(best), cac: money(best.row.cost / best.row.won) });
    findings.push({ rank: RANKS.spendBest, finding: { code: 'channel_spend', tone: 'good', message } });
  }
  return findings;
}
