import fc from 'fast-check';
import { apportion, createRandom, cumulativeWeights, deriveSeed, drawWeightedIndex, mulberry32 } from '../../../src/core/sample/random';

function draws(count: number, draw: () => number): number[] {
  return Array.from({ length: count }, draw);
}

describe('mulberry32', () => {
  it('reproduces the published first value for seed 1', () => {
    // The reference implementation's first output for seed 1 (widely quoted in PRNG write-ups).
    expect(mulberry32(1)()).toBe(0.6270739405881613);
  });

  it('gives the same sequence for the same seed', () => {
    const first = mulberry32(99);
    const second = mulberry32(99);
    expect(draws(50, first)).toEqual(draws(50, second));
  });

  it('gives different sequences for different seeds', () => {
    expect(draws(5, mulberry32(1))).not.toEqual(draws(5, mulberry32(2)));
  });

  it('stays in [0, 1)', () => {
    const step = mulberry32(123);
    for (const value of draws(100_000, step)) {
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it('spreads draws evenly over twenty buckets (chi-squared below the 0.1% critical value)', () => {
    const step = mulberry32(2025);
    const buckets = new Array<number>(20).fill(0);
    const total = 100_000;
    for (let index = 0; index < total; index += 1) {
      const bucket = Math.floor(step() * 20);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    const expected = total / 20;
    const chiSquared = buckets.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // Critical value of chi-squared with 19 degrees of freedom at p = 0.001 is 43.82.
    expect(chiSquared).toBeLessThan(43.82);
  });

  it('has no visible correlation between consecutive draws', () => {
    const values = draws(50_000, mulberry32(7));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    let covariance = 0;
    let variance = 0;
    for (let index = 1; index < values.length; index += 1) {
      covariance += ((values[index] as number) - mean) * ((values[index - 1] as number) - mean);
      variance += ((values[index] as number) - mean) ** 2;
    }
    // For independent draws the lag-1 autocorrelation is about ±1/sqrt(n) ≈ ±0.0045.
    expect(Math.abs(covariance / variance)).toBeLessThan(0.02);
  });
});

describe('deriveSeed', () => {
  it('is deterministic', () => {
    expect(deriveSeed(42, 3)).toBe(deriveSeed(42, 3));
  });

  it('gives different seeds for different streams and for different base seeds', () => {
    const seeds = new Set([deriveSeed(1, 1), deriveSeed(1, 2), deriveSeed(2, 1), deriveSeed(2, 2)]);
    expect(seeds.size).toBe(4);
  });

  it('returns an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(), (seed, stream) => {
        const derived = deriveSeed(seed, stream);
        return Number.isInteger(derived) && derived >= 0 && derived < 2 ** 32;
      }),
    );
  });
});

describe('createRandom', () => {
  it('replays the same draws for the same seed', () => {
    const first = createRandom(5);
    const second = createRandom(5);
    const sequence = (random: ReturnType<typeof createRandom>) => [random.next(), random.integer(1, 6), random.gaussian(), random.poisson(3), random.pick(['a', 'b', 'c'])];
    expect(sequence(first)).toEqual(sequence(second));
  });

  it('draws integers within the inclusive bounds and reaches both ends', () => {
    const random = createRandom(11);
    const values = draws(10_000, () => random.integer(3, 7));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(7);
    expect(values.every((value) => Number.isInteger(value))).toBe(true);
  });

  it('draws real numbers within [min, max)', () => {
    const random = createRandom(12);
    expect(draws(10_000, () => random.between(0.85, 1.15)).every((value) => value >= 0.85 && value < 1.15)).toBe(true);
  });

  it('makes chance(0.3) true about 30% of the time', () => {
    const random = createRandom(13);
    const hits = draws(100_000, () => (random.chance(0.3) ? 1 : 0)).reduce((sum, hit) => sum + hit, 0);
    // Standard deviation of the count is sqrt(100000 × 0.3 × 0.7) ≈ 145.
    expect(Math.abs(hits - 30_000)).toBeLessThan(800);
  });

  it('picks every item of a list', () => {
    const random = createRandom(14);
    const all = new Set(Array.from({ length: 1_000 }, () => random.pick(['a', 'b', 'c', 'd'])));
    expect(all).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('draws gaussians with mean about 0 and standard deviation about 1', () => {
    const random = createRandom(15);
    const values = draws(100_000, () => random.gaussian());
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(Math.sqrt(variance) - 1)).toBeLessThan(0.02);
  });

  it('draws Poisson counts with the requested mean, for small and large means', () => {
    const random = createRandom(16);
    for (const mean of [0.5, 4, 80]) {
      const values = draws(50_000, () => random.poisson(mean));
      const observed = values.reduce((sum, value) => sum + value, 0) / values.length;
      expect(Math.abs(observed - mean) / mean).toBeLessThan(0.03);
      expect(values.every((value) => Number.isInteger(value) && value >= 0)).toBe(true);
    }
  });

  describe('edge cases', () => {
    it('returns 0 for a Poisson mean of 0 or less', () => {
      const random = createRandom(17);
      expect([random.poisson(0), random.poisson(-2)]).toEqual([0, 0]);
    });

    it('throws a bilingual error when picking from an empty list', () => {
      expect(() => createRandom(18).pick([])).toThrow(/empty.*空/);
    });

    it('returns the only value when min equals max', () => {
      expect(createRandom(19).integer(4, 4)).toBe(4);
    });
  });
});

describe('cumulativeWeights', () => {
  it('accumulates the weights', () => {
    expect(Array.from(cumulativeWeights([1, 2, 3]))).toEqual([1, 3, 6]);
  });

  it('treats negative weights as zero', () => {
    expect(Array.from(cumulativeWeights([2, -5, 1]))).toEqual([2, 2, 3]);
  });
});

describe('drawWeightedIndex', () => {
  it('draws indexes in proportion to their weights', () => {
    const random = createRandom(21);
    const totals = cumulativeWeights([1, 3]);
    const counts = [0, 0];
    for (let index = 0; index < 40_000; index += 1) {
      const drawn = drawWeightedIndex(random, totals);
      counts[drawn] = (counts[drawn] ?? 0) + 1;
    }
    // Expected 10,000 and 30,000; standard deviation ≈ 87.
    expect(Math.abs((counts[0] ?? 0) - 10_000)).toBeLessThan(500);
  });

  it('never draws an index of weight zero', () => {
    const random = createRandom(22);
    const totals = cumulativeWeights([0, 2, 0, 1, 0]);
    const drawn = new Set(draws(5_000, () => drawWeightedIndex(random, totals)));
    expect(drawn).toEqual(new Set([1, 3]));
  });

  describe('edge cases', () => {
    it('throws when no weight is positive', () => {
      expect(() => drawWeightedIndex(createRandom(1), cumulativeWeights([0, 0]))).toThrow(RangeError);
      expect(() => drawWeightedIndex(createRandom(1), cumulativeWeights([]))).toThrow(RangeError);
    });
  });
});

describe('apportion', () => {
  it('splits by the shares, giving leftovers to the largest remainders', () => {
    // 7 × [0.5, 0.3, 0.2] = [3.5, 2.1, 1.4] → floors [3, 2, 1], one left for the 0.5 remainder.
    expect(apportion(7, [0.5, 0.3, 0.2])).toEqual([4, 2, 1]);
  });

  it('always adds up to the total', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 }), (total, shares) => {
        return apportion(total, shares).reduce((sum, part) => sum + part, 0) === total;
      }),
    );
  });

  describe('edge cases', () => {
    it('returns zeros for a total of zero', () => {
      expect(apportion(0, [1, 2])).toEqual([0, 0]);
    });

    it('breaks ties in favour of the earlier share', () => {
      expect(apportion(1, [1, 1])).toEqual([1, 0]);
    });
  });
});
