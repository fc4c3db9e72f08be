import { funnelRows } from '../../../src/core/functions/funnel';

describe('funnelRows', () => {
  it('gives count, conversion from previous and from first per stage', () => {
    // 300 ÷ 1000 = 0.3; 60 ÷ 300 = 0.2, 60 ÷ 1000 = 0.06
    expect(funnelRows([1000, 300, 60])).toEqual([
      [1000, null, 1],
      [300, 0.3, 0.3],
      [60, 0.2, 0.06],
    ]);
  });

  it('gives nothing for no stages', () => {
    expect(funnelRows([])).toEqual([]);
  });

  describe('edge cases', () => {
    it('leaves the first row blank but for its count when the first count is 0', () => {
      expect(funnelRows([0, 0])).toEqual([
        [0, null, null],
        [0, null, null],
      ]);
    });

    it('gives a blank row for a blank stage and blank conversions right after it', () => {
      // 5 ÷ 10 = 0.5 from the first stage
      expect(funnelRows([10, null, 5])).toEqual([
        [10, null, 1],
        [null, null, null],
        [5, null, 0.5],
      ]);
    });

    it('allows a stage larger than the one before (no clamping)', () => {
      // 150 ÷ 100
      expect(funnelRows([100, 150])).toEqual([
        [100, null, 1],
        [150, 1.5, 1.5],
      ]);
    });
  });
});
