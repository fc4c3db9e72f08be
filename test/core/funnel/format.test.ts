import {
  formatCount,
  formatMoney,
  formatMultiple,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPoints,
  formatRoas,
  listLabels,
  quoteLabel,
} from '../../../src/core/funnel/format';

describe('formatNumber', () => {
  it('groups thousands and keeps the decimals asked for', () => {
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
  });
});

describe('formatCount', () => {
  it('writes whole counts without decimals', () => {
    expect(formatCount(1234)).toBe('1,234');
  });
});

describe('formatPercent', () => {
  it('writes 0.125 as 12.5%', () => {
    expect(formatPercent(0.125)).toBe('12.5%');
  });
});

describe('formatPoints', () => {
  it('writes a difference of rates as unsigned points, pt', () => {
    expect(formatPoints(-0.06, 'ja')).toBe('6.0pt');
    expect(formatPoints(0.06, 'en')).toBe('6.0 pt');
  });
});

describe('formatRoas', () => {
  it('writes ROAS as a percentage in Japanese and a multiple in English (design §5)', () => {
    expect(formatRoas(3, 'ja')).toBe('300%');
    expect(formatRoas(0.755, 'ja')).toBe('76%');
    expect(formatRoas(3, 'en')).toBe('3.0×');
    expect(formatRoas(0.755, 'en')).toBe('0.8×');
  });
});

describe('formatMultiple', () => {
  it('writes a multiple with 倍 or ×', () => {
    expect(formatMultiple(2.36, 'ja')).toBe('2.4倍');
    expect(formatMultiple(2.36, 'en')).toBe('2.4×');
  });
});

describe('formatMoney', () => {
  it('writes yen without decimals', () => {
    expect(formatMoney(1200, 'JPY')).toBe('¥1,200');
  });

  it('writes dollars with cents', () => {
    expect(formatMoney(12.5, 'USD')).toBe('$12.50');
  });

  it('writes an unknown currency code after the amount', () => {
    expect(formatMoney(1000, 'CHF')).toBe('1,000.00 CHF');
  });
});

describe('formatMonth', () => {
  it('writes 2025年4月 in Japanese and Apr 2025 in English', () => {
    expect(formatMonth('2025-04', 'ja')).toBe('2025年4月');
    expect(formatMonth('2025-04', 'en')).toBe('Apr 2025');
  });
});

describe('quoteLabel', () => {
  it('uses 「」 in Japanese and double quotes in English', () => {
    expect(quoteLabel('展示会', 'ja')).toBe('「展示会」');
    expect(quoteLabel('Trade show', 'en')).toBe('"Trade show"');
  });
});

describe('listLabels', () => {
  it('names up to the limit and counts the rest', () => {
    expect(listLabels(['a', 'b', 'c'], 'en', 2)).toBe('a, b and 1 more');
    expect(listLabels(['a', 'b', 'c'], 'ja', 2)).toBe('a、b ほか1件');
  });
});

describe('edge cases', () => {
  it('never writes a minus sign for an amount that rounds to zero', () => {
    expect(formatNumber(-0.001, 1)).toBe('0.0');
    expect(formatMoney(-0.4, 'JPY')).toBe('¥0');
  });

  it('writes negative money with the sign before the symbol', () => {
    expect(formatMoney(-1500, 'JPY')).toBe('-¥1,500');
  });
});
