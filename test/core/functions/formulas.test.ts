import { divide, ELEMENTWISE_FORMULAS, lifetimeValue } from '../../../src/core/functions/formulas';
import { CUSTOM_FUNCTIONS } from '../../../src/core/functions/catalog';
import { TABLE_RESULTS } from '../../../src/core/functions/catalogTypes';

describe('divide', () => {
  it('divides', () => {
    expect(divide(30, 1200)).toBe(0.025);
    expect(divide(-10, 4)).toBe(-2.5);
  });

  it('gives null for a zero denominator', () => {
    expect(divide(5, 0)).toBeNull();
    expect(divide(0, 0)).toBeNull();
    expect(divide(5, -0)).toBeNull();
  });
});

describe('lifetimeValue', () => {
  it('divides the gross profit per period by churn without a cap', () => {
    // 10,000 × 0.5 ÷ 0.1
    expect(lifetimeValue(10000, 0.5, 0.1, undefined)).toBe(50000);
  });

  it('caps the lifetime at max periods', () => {
    // 5,000 for 10 periods, capped at 4: 5,000 × 4
    expect(lifetimeValue(10000, 0.5, 0.1, 4)).toBe(20000);
  });

  it('uses the cap when churn is 0', () => {
    expect(lifetimeValue(10000, 0.5, 0, 4)).toBe(20000);
  });

  it('reports infinite lifetime against churn (argument 3), pointing to max_periods (argument 4)', () => {
    expect(lifetimeValue(10000, 0.5, 0, undefined)).toEqual({ problem: 'infinite_lifetime', argumentIndex: 2, capIndex: 3 });
  });

  it('reports negative churn and negative caps', () => {
    expect(lifetimeValue(10000, 0.5, -0.1, undefined)).toEqual({ problem: 'negative', argumentIndex: 2, value: -0.1 });
    expect(lifetimeValue(10000, 0.5, 0.1, -2)).toEqual({ problem: 'negative', argumentIndex: 3, value: -2 });
  });

  it('caps a loss at the same lifetime as a profit', () => {
    // −5,000 for 10 periods, capped at 4: −5,000 × 4
    expect(lifetimeValue(-10000, 0.5, 0.1, 4)).toBe(-20000);
  });

  describe('edge cases', () => {
    it('is 0 with a zero cap', () => {
      expect(lifetimeValue(10000, 0.5, 0.1, 0)).toBe(0);
    });
  });
});

describe('ELEMENTWISE_FORMULAS', () => {
  it('has a formula for every catalog function except the tables (FUNNEL, FUNNEL_PLAN)', () => {
    const names = CUSTOM_FUNCTIONS.filter((spec) => !TABLE_RESULTS.has(spec.result)).map((spec) => spec.name);
    expect(Object.keys(ELEMENTWISE_FORMULAS).sort()).toEqual([...names].sort());
  });

  it('gives CAC the optional other cost', () => {
    const cac = ELEMENTWISE_FORMULAS.CAC!;
    // (100 + 50) ÷ 3; 100 ÷ 4
    expect(cac([100, 3], [50])).toBe(50);
    expect(cac([100, 4], [undefined])).toBe(25);
  });

  it('gives WIN_RATE the optional open deals', () => {
    const rate = ELEMENTWISE_FORMULAS.WIN_RATE!;
    // 1 ÷ (1 + 3); 1 ÷ (1 + 3 + 4)
    expect(rate([1, 3], [undefined])).toBe(0.25);
    expect(rate([1, 3], [4])).toBe(0.125);
  });
});
