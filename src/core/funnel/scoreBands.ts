/**
 * Lead score bands (design §5): how leads in each score range turn into opportunities and wins.
 */
import type { ScoreBandRow } from '../model/summary';
import { reachesStage, type FunnelLead } from './funnelLead';
import { divide } from './numbers';

/** Lower bounds of the default bands for 0–100 scores. */
export const DEFAULT_SCORE_BOUNDS: readonly number[] = [0, 20, 40, 60, 80];
const EQUAL_COUNT_BANDS = 5;

interface Band {
  readonly label: string;
  readonly contains: (score: number) => boolean;
}

function formatScore(score: number): string {
  const rounded = Math.round(score * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** Bands from ascending lower bounds: `0-19`, …, `80+`; a leading `<0` band only if a score needs it. */
function bandsFromBounds(bounds: readonly number[], scores: readonly number[]): Band[] {
  const sorted = [...new Set(bounds.filter((bound) => Number.isFinite(bound)))].sort((a, b) => a - b);
  const first = sorted[0];
  if (first === undefined) return [];
  const bands: Band[] = [];
  if (scores.some((score) => score < first)) bands.push({ label: `<${formatScore(first)}`, contains: (score) => score < first });
  sorted.forEach((lower, index) => {
    const next = sorted[index + 1];
    if (next === undefined) {
      bands.push({ label: `${formatScore(lower)}+`, contains: (score) => score >= lower });
      return;
    }
    // Whole-number bounds read as whole-number ranges (0-19); other bounds show the next bound.
    const upper = Number.isInteger(lower) && Number.isInteger(next) ? next - 1 : next;
    bands.push({ label: `${formatScore(lower)}-${formatScore(upper)}`, contains: (score) => score >= lower && score < next });
  });
  return bands;
}

/**
 * Five bands holding about the same number of leads; equal scores always share a band, so ties
 * can leave fewer bands. Labels show the lowest and highest score in the band.
 */
function equalCountBands(scores: readonly number[]): Band[] {
  const sorted = [...scores].sort((a, b) => a - b);
  const lowerBounds: number[] = [];
  for (let band = 0; band < EQUAL_COUNT_BANDS; band += 1) {
    const lower = sorted[Math.floor((band * sorted.length) / EQUAL_COUNT_BANDS)];
    if (lower !== undefined && lowerBounds[lowerBounds.length - 1] !== lower) lowerBounds.push(lower);
  }
  return lowerBounds.map((lower, index) => {
    const next = lowerBounds[index + 1];
    const members = sorted.filter((score) => score >= lower && (next === undefined || score < next));
    const highest = members[members.length - 1] ?? lower;
    const label = highest === lower ? formatScore(lower) : `${formatScore(lower)}-${formatScore(highest)}`;
    return { label, contains: (score: number) => score >= lower && (next === undefined || score < next) };
  });
}

/**
 * Counts leads, opportunities, wins and losses per score band. Bands: `bounds` when given (lower bounds);
 * otherwise 0-19, 20-39, 40-59, 60-79, 80+ when every score lies in 0–100; otherwise five
 * equal-count bands. Leads without a score are left out.
 *
 * @example
 * computeScoreBands([lead({ score: 10 }), lead({ score: 85, furthest: 'won' })]).map((row) => [row.band, row.leads])
 * //=> [['0-19', 1], ['20-39', 0], ['40-59', 0], ['60-79', 0], ['80+', 1]]
 */
export function computeScoreBands(leads: readonly FunnelLead[], bounds?: readonly number[]): ScoreBandRow[] {
  const scored = leads.filter((lead): lead is FunnelLead & { score: number } => lead.score !== null);
  const scores = scored.map((lead) => lead.score);
  const bands =
    bounds !== undefined && bounds.length > 0
      ? bandsFromBounds(bounds, scores)
      : scores.every((score) => score >= 0 && score <= 100)
        ? bandsFromBounds(DEFAULT_SCORE_BOUNDS, scores)
        : equalCountBands(scores);
  // One pass over the leads rather than four per band. Bands never overlap: the first that holds a score is its band.
  const counts = bands.map(() => ({ leads: 0, opportunities: 0, won: 0, lost: 0 }));
  for (const lead of scored) {
    const count = counts[bands.findIndex((band) => band.contains(lead.score))];
    if (count === undefined) continue;
    count.leads += 1;
    if (reachesStage(lead, 'opportunities')) count.opportunities += 1;
    if (reachesStage(lead, 'won')) count.won += 1;
    if (lead.outcome === 'lost') count.lost += 1;
  }
  return bands.map((band, index) => {
    const count = counts[index] as (typeof counts)[number];
    return {
      band: band.label,
      ...count,
      opportunityRate: divide(count.opportunities, count.leads),
      opportunityToWinRate: divide(count.won, count.opportunities),
      winRate: divide(count.won, count.won + count.lost),
    };
  });
}
