import { grossMarginPercent, readGrossMargin } from '../../../src/core/settings/grossMargin';

describe('readGrossMargin (one rule for the sidebar and the CLI)', () => {
  it('reads a number up to 1 as a fraction', () => {
    expect([0.7, 0.25, 1, '0.7', '.5'].map(readGrossMargin)).toEqual([0.7, 0.25, 1, 0.7, 0.5]);
  });

  it('reads a number above 1 as a percent', () => {
    expect([70, 12.5, 100, '70', '１００'].map(readGrossMargin)).toEqual([0.7, 0.125, 1, 0.7, 1]);
  });

  it('reads a number with % (half- or full-width) as a percent, even when it is at most 1', () => {
    expect(['70%', '70 %', '７０％', '1%', '0.5%'].map(readGrossMargin)).toEqual([0.7, 0.7, 0.7, 0.01, 0.005]);
  });

  it('refuses what is not a margin in (0, 100%]', () => {
    expect([0, -1, 100.5, '150%', '0%', '', 'abc', '7,0', '%', null, undefined, true, Number.NaN, Infinity].map(readGrossMargin)).toEqual(Array(14).fill(null));
  });

  describe('edge cases', () => {
    it('gives fractions without binary noise (7% is 0.07, not 0.07000000000000001)', () => {
      expect([7, '7%', 33.3].map(readGrossMargin)).toEqual([0.07, 0.07, 0.333]);
    });

    it('shows a fraction as the percent people read', () => {
      expect([0.7, 0.07, 0.125, 1].map(grossMarginPercent)).toEqual(['70%', '7%', '12.5%', '100%']);
    });
  });
});
