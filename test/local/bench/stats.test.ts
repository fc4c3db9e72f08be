import { median, roundMs } from '../../../src/local/bench/stats';

describe('median', () => {
  it('returns the middle value of an odd count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([5, 1, 4, 2, 3])).toBe(3);
  });

  it('returns the mean of the two middle values of an even count', () => {
    // sorted: 1, 2, 3, 4 → (2 + 3) / 2
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores one outlier run, which is why the bench uses it', () => {
    expect(median([100, 101, 5000])).toBe(101);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  describe('edge cases', () => {
    it('returns the only value of a one-element list', () => {
      expect(median([7])).toBe(7);
    });

    it('sorts numerically, not as text', () => {
      // as text, '100' < '9'; numerically the middle of 9, 10, 100 is 10
      expect(median([100, 9, 10])).toBe(10);
    });

    it('refuses an empty list instead of returning NaN', () => {
      expect(() => median([])).toThrow(RangeError);
    });
  });
});

describe('roundMs', () => {
  it('rounds to a tenth of a millisecond', () => {
    expect(roundMs(12.3456)).toBe(12.3);
    expect(roundMs(12.35)).toBe(12.4);
  });

  describe('edge cases', () => {
    it('keeps whole numbers and zero', () => {
      expect(roundMs(0)).toBe(0);
      expect(roundMs(1500)).toBe(1500);
    });
  });
});
