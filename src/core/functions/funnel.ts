/**
 * FUNNEL's table (design §2.2): for each stage, its count, the conversion from the stage before and
 * the conversion from the first stage.
 */
import { divide } from './formulas';

/** One stage: count, conversion from the previous stage, conversion from the first; `null` = blank. */
export type FunnelRow = readonly [count: number | null, fromPrevious: number | null, fromFirst: number | null];

function ratio(numerator: number | null, denominator: number | null | undefined): number | null {
  return numerator === null || denominator === null || denominator === undefined ? null : divide(numerator, denominator);
}

/**
 * Builds the funnel rows from stage counts, top stage first. The first row has no previous stage
 * (blank) and is 1 of itself, unless its count is 0 or blank; a blank count gives a blank row.
 *
 * @example
 * funnelRows([1000, 200, 50])
 * //=> [[1000, null, 1], [200, 0.2, 0.2], [50, 0.25, 0.05]]
 */
export function funnelRows(counts: readonly (number | null)[]): FunnelRow[] {
  const first = counts[0];
  return counts.map((count, index): FunnelRow => {
    if (index === 0) return [count, null, ratio(count, count)];
    return [count, ratio(count, counts[index - 1]), ratio(count, first)];
  });
}
