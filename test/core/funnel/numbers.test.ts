import { divide, finiteOrNull, growth, median, multiply } from '../../../src/core/funnel/numbers';

describe('finiteOrNull', () => {
  it('keeps finite numbers', () => {
    expect(finiteOrNull(1.5)).toBe(1.5);
  });

  it('turns NaN and infinities into null', () => {
    expect(finiteOrNull(Number.NaN)).toBeNull();
    expect(finiteOrNull(Infinity)).toBeNull();
    expect(finiteOrNull(-Infinity)).toBeNull();
  });
});

describe('divide', () => {
  it('divides 3 by 12', () => {
    expect(divide(3, 12)).toBe(0.25);
  });

  it('gives null for a zero denominator or a missing side', () => {
    expect(divide(3, 0)).toBeNull();
    expect(divide(null, 4)).toBeNull();
    expect(divide(4, null)).toBeNull();
  });
});

describe('multiply', () => {
  it('multiplies 100,000 × 0.7 × 3 = 210,000', () => {
    expect(multiply(100000, 0.7, 3)).toBeCloseTo(210000, 6);
  });

  it('gives null when any factor is missing', () => {
    expect(multiply(100000, undefined, 3)).toBeNull();
    expect(multiply(null, 0.7, 3)).toBeNull();
  });
});

describe('growth', () => {
  it('gives (120 − 100) ÷ 100 = 0.2', () => {
    expect(growth(120, 100)).toBeCloseTo(0.2, 12);
  });

  it('gives −0.5 for a halving', () => {
    expect(growth(50, 100)).toBe(-0.5);
  });

  it('gives null with no base', () => {
    expect(growth(5, 0)).toBeNull();
    expect(growth(5, null)).toBeNull();
    expect(growth(null, 5)).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([9, 1, 4])).toBe(4);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([10, 1, 6, 4])).toBe(5);
  });

  it('gives null for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('edge cases', () => {
  it('never returns -0', () => {
    expect(Object.is(finiteOrNull(-0), 0)).toBe(true);
    expect(Object.is(divide(-0, 5), 0)).toBe(true);
    expect(Object.is(divide(0, -5), 0)).toBe(true);
    expect(Object.is(multiply(-1, 0), 0)).toBe(true);
    expect(Object.is(growth(7, 7), 0)).toBe(true);
    expect(Object.is(median([-0]), 0)).toBe(true);
  });

  it('does not reorder the caller’s array when taking a median', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
