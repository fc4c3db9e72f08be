/**
 * The few statistics the findings need (design §6.2), at the 95 % level: the Wilson interval of a
 * rate, the two-proportion z-test (is one group's rate different from the rest's beyond chance?),
 * Holm–Bonferroni over the many such tests of one report, how many more trials would settle a
 * difference, and the Cochran–Armitage test for a trend of a rate over ordered months.
 *
 * Written here rather than taken from a library: each is a closed formula of a few lines.
 * simple-statistics (the maintained candidate) has none of these procedures; only its normal CDF
 * and probit (≈ 1.7 KB minified) would have been used, and the normal tail below (Abramowitz and
 * Stegun 7.1.26) with a bisection for the critical value takes a few lines. No p-value is shown.
 */

/** The two-sided 95 % critical value of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

/**
 * P(Z ≥ |z|) for the standard normal: the complementary error function by Abramowitz and Stegun
 * 7.1.26 (absolute error under 1.5 × 10⁻⁷).
 *
 * @example
 * 2 * normalTail(1.959964)
 * //=> 0.0500…
 */
export function normalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  return (t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x)) / 2;
}

/**
 * The z beyond which a two-sided test at level `alpha` rejects: 1.96 for 5 %, 2.81 for 0.5 %.
 *
 * @example
 * criticalValue(0.05 / 10)
 * //=> 2.807…
 */
export function criticalValue(alpha: number): number {
  let low = 0;
  let high = 40;
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (2 * normalTail(middle) > alpha) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * Holm–Bonferroni at 5 % over a family of tests given by their z: the largest |z| must pass the
 * level 5 %/m, the next 5 %/(m − 1), … until one fails; it and the rest are within chance. It holds
 * the chance of calling any difference of the family real by accident at 5 %, whatever the tests'
 * dependence (a group and its channels, one attribute and another).
 *
 * @example
 * holmSignificant([3.0, -2.3, 1.0])
 * //=> [true, true, false] // 3.0 ≥ 2.39 (the level 5 %/3), 2.3 ≥ 2.24 (5 %/2), 1.0 < 1.96
 * holmSignificant([2.2, 0.5, 0.4])
 * //=> [false, false, false] // 2.2 would pass alone, but not 2.39 among three tests
 */
export function holmSignificant(zs: readonly number[]): boolean[] {
  const order = zs.map((z, index) => ({ size: Math.abs(z), index })).sort((a, b) => b.size - a.size);
  const significant = zs.map(() => false);
  for (const [rank, entry] of order.entries()) {
    if (entry.size < criticalValue(0.05 / (order.length - rank))) break;
    significant[entry.index] = true;
  }
  return significant;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval of `successes` out of `trials` (Wilson 1927), which stays inside 0–1
 * and behaves on small or extreme counts where the normal interval does not. `null` without trials.
 *
 * @example
 * wilsonInterval(30, 120) // 25 %
 * //=> { low: 0.1813…, high: 0.3343… }
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): Interval | null {
  if (trials <= 0 || successes < 0 || successes > trials) return null;
  const rate = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (rate + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface ProportionTest {
  /** First rate minus second rate. */
  readonly difference: number;
  /** The z statistic with the pooled standard error. */
  readonly z: number;
  /** |z| ≥ 1.96: a difference beyond chance at the 5 % level (two-sided). */
  readonly significant: boolean;
}

/**
 * The two-proportion z-test with a pooled standard error: x1 of n1 against x2 of n2. `null` when a
 * group is empty or the pooled rate is 0 or 1 (no variation to test).
 *
 * @example
 * twoProportionTest(30, 120, 100, 1372) // 25.0 % against 7.3 %
 * //=> { difference: 0.1771…, z: 6.597…, significant: true }
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): ProportionTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled <= 0 || pooled >= 1) return null;
  const difference = x1 / n1 - x2 / n2;
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { difference, z, significant: Math.abs(z) >= Z_95 };
}

/**
 * How many more trials the first group would need, at the same two rates and with the second group
 * as it is, for the two-proportion test to call the difference significant at the critical value
 * `z`; `null` when even an endless first group would not (the second group alone is too small), or
 * when the rates are equal.
 *
 * From |p1 − p2| = z·√(p(1 − p)(1/n1 + 1/n2)) with the pooled rate held at its present value.
 *
 * @example
 * trialsToSettle(5, 40, 100, 1000) // 12.5 % against 10 %
 * //=> 1222
 */
export function trialsToSettle(x1: number, n1: number, x2: number, n2: number, z: number = Z_95): number | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const difference = Math.abs(x1 / n1 - x2 / n2);
  const pooled = (x1 + x2) / (n1 + n2);
  if (difference === 0 || pooled <= 0 || pooled >= 1) return null;
  const inverseNeeded = (difference * difference) / (z * z * pooled * (1 - pooled)) - 1 / n2;
  if (inverseNeeded <= 0) return null;
  return Math.max(0, Math.ceil(1 / inverseNeeded - n1));
}

/**
 * Whether `x` of `n` falls short of (or beyond) an expected share `p` by more than chance: the
 * binomial's normal approximation, z = (x − np) ÷ √(np(1 − p)). `null` when p is 0 or 1 or n is 0.
 * Used for a channel's share of 商談 against its share of cost (design §6.2).
 *
 * @example
 * shareTest(36, 70, 0.644) // 36 商談 where 45.1 were expected
 * //=> -2.27…
 */
export function shareTest(x: number, n: number, p: number): number | null {
  if (n <= 0 || p <= 0 || p >= 1) return null;
  return (x - n * p) / Math.sqrt(n * p * (1 - p));
}

export interface TrendPoint {
  readonly successes: number;
  readonly trials: number;
}

export interface TrendTest {
  /** Change of the rate per step (weighted least squares over the points, weights = trials). */
  readonly slope: number;
  readonly z: number;
  readonly significant: boolean;
}

/**
 * The Cochran–Armitage test for a linear trend of a rate over ordered points (months 0, 1, 2, …),
 * with the trials-weighted least-squares slope. `null` with fewer than two points that have trials,
 * or when the overall rate is 0 or 1.
 *
 * @example
 * trendTest([{ successes: 10, trials: 100 }, { successes: 15, trials: 100 }, { successes: 20, trials: 100 }])
 * //=> { slope: 0.05, z: 1.980…, significant: true }
 */
export function trendTest(points: readonly TrendPoint[]): TrendTest | null {
  const used = points.map((point, step) => ({ ...point, step })).filter((point) => point.trials > 0);
  if (used.length < 2) return null;
  const trials = used.reduce((sum, point) => sum + point.trials, 0);
  const successes = used.reduce((sum, point) => sum + point.successes, 0);
  const rate = successes / trials;
  if (rate <= 0 || rate >= 1) return null;
  const meanStep = used.reduce((sum, point) => sum + point.trials * point.step, 0) / trials;
  const spread = used.reduce((sum, point) => sum + point.trials * (point.step - meanStep) ** 2, 0);
  if (spread === 0) return null;
  const covariance = used.reduce((sum, point) => sum + (point.step - meanStep) * (point.successes - point.trials * rate), 0);
  const z = covariance / Math.sqrt(rate * (1 - rate) * spread);
  return { slope: covariance / spread, z, significant: Math.abs(z) >= Z_95 };
}
