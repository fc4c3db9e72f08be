import { formatMoney, formatPercent, groupThousands } from '../../../src/core/pipeline/headline';

describe('groupThousands', () => {
  it('groups digits and rounds to the decimals asked', () => {
    expect(groupThousands(1234567.891, 0)).toBe('1,234,568');
    expect(groupThousands(999.995, 2)).toBe('1,000.00');
  });

  describe('edge cases', () => {
    it('never shows -0', () => {
      expect(groupThousands(-0.0001, 1)).toBe('0.0');
    });
    it('keeps the sign of a real negative', () => {
      expect(groupThousands(-1500, 0)).toBe('-1,500');
    });
  });
});

describe('formatMoney', () => {
  it('writes yen without decimals and dollars with two', () => {
    expect(formatMoney(45000, 'JPY')).toBe('¥45,000');
    expect(formatMoney(-12.5, 'USD')).toBe('-$12.50');
  });
  it('spells an unknown currency after the amount', () => {
    expect(formatMoney(1000, 'CHF')).toBe('1,000.00 CHF');
  });
});

describe('formatPercent', () => {
  it('writes a fraction as a percentage with one decimal', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(1.5)).toBe('150.0%');
  });
});
