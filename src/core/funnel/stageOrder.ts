/**
 * The order of lead-level stages, and which stages a lead's evidence says it reached.
 */
import type { Stage } from '../model/types';

/** Stages after `leads`: the ones a lead has to reach. */
export type LaterStage = Exclude<Stage, 'leads'>;
export const LATER_STAGES: readonly LaterStage[] = ['mql', 'sql', 'opportunities', 'won'];

/** Positions in `LEAD_STAGES` (a test checks they agree), looked up rather than searched: this runs several times per lead. */
const STAGE_RANKS: Readonly<Record<Stage, number>> = { leads: 0, mql: 1, sql: 2, opportunities: 3, won: 4 };

/**
 * Position of a stage in the funnel, 0 for `leads` up to 4 for `won`.
 *
 * @example
 * stageRank('opportunities')
 * //=> 3
 */
export function stageRank(stage: Stage): number {
  return STAGE_RANKS[stage];
}

/**
 * The later of two stages (`null` counts as no stage).
 *
 * @example
 * furtherStage('mql', 'won')
 * //=> 'won'
 */
export function furtherStage(a: Stage | null, b: Stage | null): Stage | null {
  if (a === null) return b;
  if (b === null) return a;
  return stageRank(a) >= stageRank(b) ? a : b;
}
