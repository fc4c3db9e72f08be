import { CURRENCIES, currencyCode, formatApproximateMoney, formatMoney, formatNumber, moneyFormat } from '../../../src/core/money/currency';

describe('formatNumber', () => {
  it('groups digits and rounds to the decimals asked', () => {
    expect(formatNumber(1234567.891, 0)).toBe('1,234,568');
    expect(formatNumber(999.995, 2)).toBe('1,000.00');
  });

  describe('edge cases', () => {
    it('never shows -0', () => {
      expect(formatNumber(-0.0001, 1)).toBe('0.0');
    });
    it('keeps the sign of a real negative', () => {
      expect(formatNumber(-1500, 0)).toBe('-1,500');
    });
  });
});

describe('currencyCode', () => {
  it('accepts three letters in any case and spacing', () => {
    expect(currencyCode(' usd ')).toBe('USD');
  });
  it('refuses anything else, so no outside text reaches a format', () => {
    expect(currencyCode('US$')).toBeNull();
    expect(currencyCode('"; DROP')).toBeNull();
    expect(currencyCode('')).toBeNull();
  });
});

describe('formatMoney', () => {
  it('writes yen without decimals and dollars with two', () => {
    expect(formatMoney(45000, 'JPY')).toBe('¥45,000');
    expect(formatMoney(-12.5, 'USD')).toBe('-$12.50');
  });
  it('writes won without decimals, as its cells do', () => {
    expect(formatMoney(1234.6, 'KRW')).toBe('₩1,235');
  });
  it('uses the euro sign in text, as its cells do', () => {
    expect(formatMoney(12.5, 'eur')).toBe('€12.50');
  });
  it('spells an unknown currency after the amount', () => {
    expect(formatMoney(1000, 'CHF')).toBe('1,000.00 CHF');
  });
  it('writes a plain number for text that is not a currency code', () => {
    expect(formatMoney(1000, 'yen!')).toBe('1,000.00');
  });
  it('never shows a negative zero', () => {
    expect(formatMoney(-0.4, 'JPY')).toBe('¥0');
  });
});

describe('moneyFormat', () => {
  it('quotes the symbol so every spreadsheet shows it literally', () => {
    expect(moneyFormat('JPY')).toBe('"¥"#,##0');
    expect(moneyFormat('USD')).toBe('"$"#,##0.00');
    expect(moneyFormat('HKD')).toBe('"HK$"#,##0.00');
  });
  it('spells other codes after the number', () => {
    expect(moneyFormat('chf')).toBe('#,##0.00 "CHF"');
  });
  it('upper-cases and trims the code', () => {
    expect(moneyFormat(' eur ')).toBe('"€"#,##0.00');
  });
  it('never copies anything but three letters into the format', () => {
    expect(moneyFormat('"; =1+1')).toBe('#,##0.00');
    expect(moneyFormat('EURO')).toBe('#,##0.00');
    expect(moneyFormat('')).toBe('#,##0.00');
  });
});

describe('the currency table', () => {
  it('lists each code once, upper-case', () => {
    const codes = CURRENCIES.map((currency) => currency.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(currencyCode(code)).toBe(code);
  });
  it('has symbols without quotes (they go inside a quoted format literal)', () => {
    for (const currency of CURRENCIES) expect(currency.symbol).not.toMatch(/["\\]/);
  });
});

describe('formatApproximateMoney', () => {
  it('rounds yen to 万円 and 億円 in Japanese, with 約 when rounding changed the amount', () => {
    expect(formatApproximateMoney(25412121, 'JPY', 'ja')).toBe('約2,541万円');
    expect(formatApproximateMoney(8314165, 'JPY', 'ja')).toBe('約831万円');
    expect(formatApproximateMoney(32270000, 'JPY', 'ja')).toBe('3,227万円');
    expect(formatApproximateMoney(309360, 'JPY', 'ja')).toBe('約31万円');
    expect(formatApproximateMoney(30936, 'JPY', 'ja')).toBe('約3.1万円');
    expect(formatApproximateMoney(30000, 'JPY', 'ja')).toBe('3万円');
    expect(formatApproximateMoney(123456789, 'JPY', 'ja')).toBe('約1.23億円');
    expect(formatApproximateMoney(1234567890, 'JPY', 'ja')).toBe('約12.3億円');
    expect(formatApproximateMoney(8537, 'JPY', 'ja')).toBe('約8,540円');
    expect(formatApproximateMoney(221, 'JPY', 'ja')).toBe('221円');
  });

  it('writes millions and billions in English', () => {
    expect(formatApproximateMoney(25412121, 'JPY', 'en')).toBe('about ¥25.4 million');
    expect(formatApproximateMoney(8314165, 'JPY', 'en')).toBe('about ¥8.31 million');
    expect(formatApproximateMoney(1500000, 'JPY', 'en')).toBe('¥1.5 million');
    expect(formatApproximateMoney(2345678901, 'USD', 'en')).toBe('about $2.35 billion');
    expect(formatApproximateMoney(309360, 'JPY', 'en')).toBe('about ¥309,000');
    expect(formatApproximateMoney(221, 'JPY', 'en')).toBe('¥221');
    expect(formatApproximateMoney(12.5, 'USD', 'en')).toBe('$12.50');
  });

  describe('edge cases', () => {
    it('moves to the next unit when rounding reaches it', () => {
      expect(formatApproximateMoney(99999999, 'JPY', 'ja')).toBe('約1億円');
      expect(formatApproximateMoney(99960, 'JPY', 'ja')).toBe('約10万円');
      expect(formatApproximateMoney(999999, 'JPY', 'en')).toBe('about ¥1 million');
    });
    it('writes other currencies with their symbol or code', () => {
      expect(formatApproximateMoney(8314165, 'USD', 'ja')).toBe('約$831万');
      expect(formatApproximateMoney(25412121, 'CHF', 'en')).toBe('about 25.4 million CHF');
    });
    it('keeps the sign of a negative amount', () => {
      expect(formatApproximateMoney(-25412121, 'JPY', 'ja')).toBe('約-2,541万円');
    });
  });
});
