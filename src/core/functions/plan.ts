/**
 * FUNNEL_PLAN's table (design §6.3): a target worked back through the funnel. From the bottom up:
 * 受注 = target ÷ average deal size, and each stage above = the stage below ÷ the rate that leads
 * from it; with a CPL, the budget of the top stage (leads × CPL).
 */

/**
 * Required counts, top stage first, for step rates given top to bottom (`rates[i]` leads from stage
 * i to stage i + 1). A blank or zero divisor blanks the stage it would give and every stage above it.
 *
 * @example
 * requiredCounts(4000000, 400000, [0.7, 5 / 7, 0.8, 0.5])
 * //=> [50, 35, 25, 20, 10] (leads, MQL, SQL, 商談, 受注; up to rounding)
 */
export function requiredCounts(target: number | null, averageDealSize: number | null, rates: readonly (number | null)[]): (number | null)[] {
  const counts = new Array<number | null>(rates.length + 1).fill(null);
  let below = target === null || averageDealSize === null || averageDealSize === 0 ? null : target / averageDealSize;
  counts[rates.length] = below;
  for (let index = rates.length - 1; index >= 0; index -= 1) {
    const rate = rates[index] ?? null;
    below = below === null || rate === null || rate === 0 ? null : below / rate;
    counts[index] = below;
  }
  return counts;
}
