/**
 * Small statistics for the bench: timings are noisy on a shared machine, so every figure is the
 * median of several runs (robust to one slow run caused by GC or a neighbour process).
 */

/**
 * The median of a non-empty list (the mean of the two middle values for an even count).
 *
 * @example
 * median([30, 10, 20])
 * //=> 20
 * @example
 * median([4, 1, 3, 2])
 * //=> 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/**
 * Rounds a duration for reporting: 0.1 ms resolution is all a shared machine can honestly give.
 *
 * @example
 * roundMs(12.3456)
 * //=> 12.3
 */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
