/**
 * A small seeded pseudo-random generator for the sample workbook. The core may not use
 * `Math.random` (results must be reproducible), so every random choice flows from one of these.
 */

/** A deterministic stream of pseudo-random numbers and the draws built on it. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform whole number in [min, max] (both inclusive). */
  integer(min: number, max: number): number;
  /** Uniform real number in [min, max). */
  between(min: number, max: number): number;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** Standard normal draw (mean 0, standard deviation 1). */
  gaussian(): number;
  /** Poisson draw with the given mean (a count of rare events: conversions, registrations). */
  poisson(mean: number): number;
}

/**
 * Returns a mulberry32 step function: a 32-bit state, good statistical quality for simulation and a
 * period of 2^32, which is plenty for a few hundred thousand draws.
 *
 * @example
 * const step = mulberry32(1);
 * [step(), step()].map((x) => x.toFixed(4))
 * //=> ['0.6271', '0.0027']
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a seed and a stream number into an independent 32-bit seed, so each part of the workbook
 * draws from its own stream: scaling one tab never changes the rows of another.
 *
 * @example
 * deriveSeed(42, 1) === deriveSeed(42, 1) && deriveSeed(42, 1) !== deriveSeed(42, 2)
 * //=> true
 */
export function deriveSeed(seed: number, stream: number): number {
  // murmur3's 32-bit finaliser: nearby inputs land far apart.
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream >>> 0, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Creates a seeded {@link Random}. The same seed always gives the same sequence of draws.
 *
 * @example
 * const random = createRandom(7);
 * const again = createRandom(7);
 * random.integer(1, 6) === again.integer(1, 6)
 * //=> true
 */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  let spareGaussian: number | null = null;

  const gaussian = (): number => {
    if (spareGaussian !== null) {
      const value = spareGaussian;
      spareGaussian = null;
      return value;
    }
    // Box–Muller; 1 - next() is in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    const angle = 2 * Math.PI * next();
    spareGaussian = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };

  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick: the list is empty / リストが空です');
      return items[Math.floor(next() * items.length)] as T;
    },
    gaussian,
    poisson(mean) {
      if (!(mean > 0)) return 0;
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
      // Knuth's multiplication method: exact and cheap for small means.
      const limit = Math.exp(-mean);
      let count = 0;
      let product = next();
      while (product > limit) {
        count += 1;
        product *= next();
      }
      return count;
    },
  };
}

/**
 * Running totals of non-negative weights, for {@link drawWeightedIndex}.
 *
 * @example
 * Array.from(cumulativeWeights([1, 0, 3]))
 * //=> [1, 1, 4]
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const totals = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += Math.max(0, weight);
    totals[index] = sum;
  });
  return totals;
}

/**
 * Draws an index with probability proportional to its weight, given the running totals from
 * {@link cumulativeWeights} (binary search, so drawing stays cheap for long lists). Zero-weight
 * indexes are never drawn.
 *
 * @example
 * drawWeightedIndex(createRandom(1), cumulativeWeights([0, 5, 0]))
 * //=> 1
 */
export function drawWeightedIndex(random: Random, totals: Float64Array): number {
  const total = totals[totals.length - 1];
  if (total === undefined || !(total > 0)) throw new RangeError('drawWeightedIndex: no positive weight / 正の重みがありません');
  const target = random.next() * total;
  let low = 0;
  let high = totals.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((totals[middle] as number) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Splits a whole number into parts proportional to the shares, each rounded so the parts add up to
 * exactly `total` (largest remainder method).
 *
 * @example
 * apportion(10, [0.5, 0.3, 0.2])
 * //=> [5, 3, 2]
 */
export function apportion(total: number, shares: readonly number[]): number[] {
  const shareSum = shares.reduce((sum, share) => sum + share, 0);
  const exact = shares.map((share) => (shareSum > 0 ? (total * share) / shareSum : 0));
  const parts = exact.map(Math.floor);
  let missing = total - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    parts[index] = (parts[index] as number) + 1;
    missing -= 1;
  }
  return parts;
}
