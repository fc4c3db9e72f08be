/**
 * The statistics behind the findings, against values worked out by hand (formulas in the comments).
 */
import { criticalValue, holmSignificant, normalTail, shareTest, trendTest, trialsToSettle, twoProportionTest, wilsonInterval, Z_95 } from '../../../src/core/funnel/statistics';

describe('wilsonInterval', () => {
  it('gives the Wilson score interval', () => {
    // 30 of 120: p = 0.25, z² = 3.8415; centre = (0.25 + 3.8415/240) / (1 + 3.8415/120) = 0.25775;
    // half = 1.96 × √(0.25 × 0.75/120 + 3.8415/57,600) / 1.03201 = 0.07666 → 0.18110 to 0.33441.
    const interval = wilsonInterval(30, 120)!;
    expect(interval.low).toBeCloseTo(0.1811, 4);
    expect(interval.high).toBeCloseTo(0.33441, 4);
  });

  describe('edge cases', () => {
    it('stays inside 0–1 at the extremes and has no interval without trials', () => {
      // 0 of 20: centre = (3.8415/40) / (1 + 3.8415/20) = 0.08057 = half → 0 to 0.16113.
      const none = wilsonInterval(0, 20)!;
      expect(none.low).toBe(0);
      expect(none.high).toBeCloseTo(0.16113, 4);
      expect(wilsonInterval(20, 20)!.high).toBe(1);
      expect(wilsonInterval(0, 0)).toBeNull();
      expect(wilsonInterval(5, 4)).toBeNull();
    });
  });
});

describe('twoProportionTest', () => {
  it('finds a difference beyond chance', () => {
    // 30/120 = 25.0 % against 100/1372 = 7.29 %: pooled 130/1492 = 0.08713;
    // SE = √(0.08713 × 0.91287 × (1/120 + 1/1372)) = 0.026848; z = 0.17711 / 0.026848 = 6.597.
    const test = twoProportionTest(30, 120, 100, 1372)!;
    expect(test.difference).toBeCloseTo(0.17711, 5);
    expect(test.z).toBeCloseTo(6.597, 3);
    expect(test.significant).toBe(true);
  });

  it('calls a small difference on few trials within chance', () => {
    // 1/179 = 0.56 % against 20/1313 = 1.52 %: pooled 21/1492 = 0.014075;
    // SE = √(0.014075 × 0.985925 × (1/179 + 1/1313)) = 0.009386; z = −0.009646 / 0.009386 = −1.028.
    const test = twoProportionTest(1, 179, 20, 1313)!;
    expect(test.z).toBeCloseTo(-1.028, 3);
    expect(test.significant).toBe(false);
  });

  describe('edge cases', () => {
    it('has nothing to test without variation or trials', () => {
      expect(twoProportionTest(0, 50, 0, 60)).toBeNull();
      expect(twoProportionTest(50, 50, 60, 60)).toBeNull();
      expect(twoProportionTest(1, 0, 1, 10)).toBeNull();
    });

    it('uses the 5 % two-sided critical value', () => {
      expect(Z_95).toBeCloseTo(1.95996, 5);
    });
  });
});

describe('normalTail and criticalValue', () => {
  it('give the standard normal tail and its inverse, two-sided', () => {
    // Tables: P(Z ≥ 1.96) = 0.024998; P(Z ≥ 3) = 0.0013499.
    expect(normalTail(1.959963984540054)).toBeCloseTo(0.025, 6);
    expect(normalTail(-3)).toBeCloseTo(0.0013499, 6);
    expect(criticalValue(0.05)).toBeCloseTo(Z_95, 5);
    // 5 %/2, /4 and /27 (Holm's first levels in a family of 2, 4, 27 tests): 2.2414, 2.4977, 3.1130.
    expect(criticalValue(0.025)).toBeCloseTo(2.2414, 4);
    expect(criticalValue(0.0125)).toBeCloseTo(2.4977, 4);
    expect(criticalValue(0.05 / 27)).toBeCloseTo(3.113, 3);
  });
});

describe('holmSignificant', () => {
  it('steps down from the largest |z|, each against 5 % over the tests left', () => {
    // 3.0 ≥ 2.394 (5 %/3); |−2.3| ≥ 2.241 (5 %/2); 1.0 < 1.960: stops there.
    expect(holmSignificant([3.0, -2.3, 1.0])).toEqual([true, true, false]);
  });

  it('calls nothing real that passes only alone', () => {
    // 2.2 ≥ 1.96 alone, but the first step among three needs 2.394.
    expect(holmSignificant([2.2, 0.5, 0.4])).toEqual([false, false, false]);
    expect(holmSignificant([2.2])).toEqual([true]);
  });

  describe('edge cases', () => {
    it('stops at the first failure, even when a later test would pass its own level', () => {
      // 2.30 < 2.394: nothing, though 2.25 would pass 5 %/2 and 2.0 would pass 5 %.
      expect(holmSignificant([2.3, 2.25, 2.0])).toEqual([false, false, false]);
      expect(holmSignificant([])).toEqual([]);
    });
  });
});

describe('shareTest', () => {
  it('compares a count with the share expected of it', () => {
    // 36 of 70 商談 for 64.4 % of the cost: 45.08 expected, √(70 × 0.644 × 0.356) = 4.006 → z = −2.27.
    expect(shareTest(36, 70, 0.644)).toBeCloseTo((36 - 70 * 0.644) / Math.sqrt(70 * 0.644 * 0.356), 12);
    expect(shareTest(36, 70, 0.644)).toBeCloseTo(-2.267, 3);
    expect(shareTest(9, 90, 0.1)).toBe(0);
  });

  it('has no test without a share to expect or without trials', () => {
    expect([shareTest(3, 10, 0), shareTest(3, 10, 1), shareTest(0, 0, 0.5)]).toEqual([null, null, null]);
  });
});

describe('trialsToSettle', () => {
  it('gives how many more trials in the first group would make the difference significant', () => {
    // 5/40 = 12.5 % against 100/1000 = 10 %: d = 0.025, pooled p = 105/1040 = 0.100962, p(1 − p) = 0.090768.
    // 1/n1 = d² / (z² p(1 − p)) − 1/n2 = 0.000625 / 0.348682 − 0.001 = 0.00079248 → n1 = 1261.9; 1262 − 40 = 1222.
    expect(trialsToSettle(5, 40, 100, 1000)).toBe(1222);
  });

  it('settles at a stricter critical value when given one', () => {
    // At 2.2414 (5 %/2): 1/n1 = 0.000625 / (5.02388 × 0.090768) − 0.001 = 0.00037059 → n1 = 2,698.4; 2,699 − 40 = 2,659.
    expect(trialsToSettle(5, 40, 100, 1000, criticalValue(0.025))).toBe(2659);
  });

  describe('edge cases', () => {
    it('gives nothing when the rates are equal or the second group is too small to ever settle it', () => {
      expect(trialsToSettle(10, 100, 20, 200)).toBeNull();
      // d = 0.01 with only 30 in the second group: 1/n2 alone exceeds d²/(z² p(1 − p)).
      expect(trialsToSettle(11, 100, 3, 30)).toBeNull();
    });
  });
});

describe('trendTest', () => {
  it('finds a rising rate over ordered months', () => {
    // 10 %, 15 %, 20 %, 25 % of 100 each: p = 0.175, mean step 1.5, Σn(t − t̄)² = 500,
    // Σ(t − t̄)(x − np) = 11.25 + 1.25 + 1.25 + 11.25 = 25; slope 25/500 = 0.05; z = 25/√(0.175 × 0.825 × 500) = 2.942.
    const test = trendTest([10, 15, 20, 25].map((successes) => ({ successes, trials: 100 })))!;
    expect(test.slope).toBeCloseTo(0.05, 12);
    expect(test.z).toBeCloseTo(2.942, 3);
    expect(test.significant).toBe(true);
  });

  it('calls a zigzag within chance', () => {
    // 12, 10, 14, 11 of 100: p = 0.1175; Σ(t − t̄)(x − np) = −1.5 × 0.25 − 0.5 × (−1.75) + 0.5 × 2.25 + 1.5 × (−0.75) = 0.5;
    // z = 0.5 / √(0.1175 × 0.8825 × 500) = 0.0697.
    const test = trendTest([12, 10, 14, 11].map((successes) => ({ successes, trials: 100 })))!;
    expect(test.z).toBeCloseTo(0.0697, 3);
    expect(test.significant).toBe(false);
  });

  describe('edge cases', () => {
    it('skips empty points but keeps their place on the axis, and needs two points', () => {
      // Steps 0 and 2 only: 10/100 and 20/100 → slope (20 % − 10 %) / 2 steps = 0.05.
      expect(trendTest([{ successes: 10, trials: 100 }, { successes: 0, trials: 0 }, { successes: 20, trials: 100 }])!.slope).toBeCloseTo(0.05, 12);
      expect(trendTest([{ successes: 10, trials: 100 }])).toBeNull();
      expect(trendTest([{ successes: 0, trials: 100 }, { successes: 0, trials: 100 }])).toBeNull();
    });
  });
});
