import { compactPowerOfTen, decadeBand, employeeBand, sizeNumber } from '../../../src/core/funnel/sizeBands';

describe('sizeNumber', () => {
  it.each([
    ['120', 120],
    ['120名', 120],
    ['約1,200名', 1200],
    ['1000人以上', 1000],
    ['approx. 50 employees', 50],
    ['３００', 300],
    ['3億円', 300_000_000],
    ['1.2万', 12_000],
  ])('%s → %d', (text, value) => {
    expect(sizeNumber(text)).toBe(value);
  });

  it.each(['11-50名', '中堅企業', '', '-5', '1〜10名'])('%s is not one number', (text) => {
    expect(sizeNumber(text)).toBeNull();
  });
});

describe('employeeBand', () => {
  it.each([
    [0, '1〜9名', '1–9', 0],
    [9, '1〜9名', '1–9', 0],
    [10, '10〜49名', '10–49', 1],
    [49, '10〜49名', '10–49', 1],
    [50, '50〜99名', '50–99', 2],
    [299, '100〜299名', '100–299', 3],
    [300, '300〜999名', '300–999', 4],
    [999, '300〜999名', '300–999', 4],
    [1000, '1,000名以上', '1,000+', 5],
    [25000, '1,000名以上', '1,000+', 5],
  ])('%d employees: %s / %s', (count, ja, en, rank) => {
    expect(employeeBand(count, 'ja')).toEqual({ label: ja, rank });
    expect(employeeBand(count, 'en')).toEqual({ label: en, rank });
  });
});

describe('decadeBand', () => {
  it.each([
    [0.5, '1未満', 'under 1', -1],
    [1, '1〜10未満', '1 to under 10', 0],
    [42, '10〜100未満', '10 to under 100', 1],
    [1000, '1,000〜1万未満', '1K to under 10K', 3],
    [50_000_000, '1,000万〜1億未満', '10M to under 100M', 7],
    [350_000_000, '1億〜10億未満', '100M to under 1B', 8],
    [1e12, '1兆〜10兆未満', '1T to under 10T', 12],
  ])('%d: %s / %s', (value, ja, en, rank) => {
    expect(decadeBand(value, 'ja')).toEqual({ label: ja, rank });
    expect(decadeBand(value, 'en')).toEqual({ label: en, rank });
  });

  it('writes powers of ten short', () => {
    expect([1e4, 1e7, 1e8, 1e11].map((value) => compactPowerOfTen(value, 'ja'))).toEqual(['1万', '1,000万', '1億', '1,000億']);
    expect([100, 1e4, 1e6, 1e9].map((value) => compactPowerOfTen(value, 'en'))).toEqual(['100', '10K', '1M', '1B']);
  });
});
