import {
  checkPeriod,
  formatGrossMarginInput,
  formatScoreBandsInput,
  parseExpectedPurchasesInput,
  parseGrossMarginInput,
  parseScoreBandsInput,
  parseTargetInput,
} from '../../src/sidebar/inputs';

describe('parseGrossMarginInput', () => {
  it('reads a percent into a fraction', () => {
    expect(parseGrossMarginInput('70')).toEqual({ ok: true, value: 0.7 });
    expect(parseGrossMarginInput('12.5%')).toEqual({ ok: true, value: 0.125 });
    expect(parseGrossMarginInput('100')).toEqual({ ok: true, value: 1 });
  });

  it('reads a fraction as the CLI does: 0.7 is 70%, and 1 is 100% (1% is written 1%)', () => {
    expect(['0.7', '1', '1%'].map(parseGrossMarginInput)).toEqual([
      { ok: true, value: 0.7 },
      { ok: true, value: 1 },
      { ok: true, value: 0.01 },
    ]);
  });

  it('reads full-width digits and percent signs', () => {
    expect(parseGrossMarginInput('７０％')).toEqual({ ok: true, value: 0.7 });
  });

  it('rejects zero, negatives, more than 100 and words', () => {
    for (const text of ['0', '-5', '100.1', 'seventy', '70円']) {
      expect(parseGrossMarginInput(text)).toEqual({ ok: false, error: 'settings.errorGrossMargin' });
    }
  });

  describe('edge cases', () => {
    it('reads blank as not set', () => {
      expect(parseGrossMarginInput('  ')).toEqual({ ok: true, value: null });
    });
  });
});

describe('formatGrossMarginInput', () => {
  it('shows a fraction as a percent, with its sign (how the value was read)', () => {
    // 0.7 × 100 is 70.00000000000001 in binary floating point; the user typed 70.
    expect(formatGrossMarginInput(0.7)).toBe('70%');
    expect(formatGrossMarginInput(0.125)).toBe('12.5%');
  });

  describe('edge cases', () => {
    it('shows nothing for a missing value', () => {
      expect([formatGrossMarginInput(null), formatGrossMarginInput(undefined), formatGrossMarginInput(Number.NaN)]).toEqual(['', '', '']);
    });
  });
});

describe('parseExpectedPurchasesInput', () => {
  it('reads a positive number, with or without 回', () => {
    expect(parseExpectedPurchasesInput('3')).toEqual({ ok: true, value: 3 });
    expect(parseExpectedPurchasesInput('2.5回')).toEqual({ ok: true, value: 2.5 });
    expect(parseExpectedPurchasesInput('１，２００')).toEqual({ ok: true, value: 1200 });
  });

  it('rejects zero, negatives and words', () => {
    for (const text of ['0', '-1', 'three', '1.2.3']) {
      expect(parseExpectedPurchasesInput(text)).toEqual({ ok: false, error: 'settings.errorExpectedPurchases' });
    }
  });

  describe('edge cases', () => {
    it('reads blank as not set', () => {
      expect(parseExpectedPurchasesInput('')).toEqual({ ok: true, value: null });
    });
  });
});

describe('parseScoreBandsInput', () => {
  it('reads ascending numbers separated by commas, Japanese commas or spaces', () => {
    expect(parseScoreBandsInput('0, 20、40 60，80')).toEqual({ ok: true, value: [0, 20, 40, 60, 80] });
  });

  it('rejects numbers out of order, repeated numbers and words', () => {
    for (const text of ['40, 20', '0, 20, 20', '0, twenty']) {
      expect(parseScoreBandsInput(text)).toEqual({ ok: false, error: 'settings.errorScoreBands' });
    }
  });

  describe('edge cases', () => {
    it('reads blank as not set and ignores trailing separators', () => {
      expect(parseScoreBandsInput(' ')).toEqual({ ok: true, value: null });
      expect(parseScoreBandsInput('0, 50,')).toEqual({ ok: true, value: [0, 50] });
    });

    it('accepts negative and decimal bounds', () => {
      expect(parseScoreBandsInput('-10, 0.5, 3')).toEqual({ ok: true, value: [-10, 0.5, 3] });
    });
  });
});

describe('formatScoreBandsInput', () => {
  it('joins bounds with a comma and a space', () => {
    expect(formatScoreBandsInput([0, 20, 40])).toBe('0, 20, 40');
  });

  describe('edge cases', () => {
    it('shows nothing when bands are not set', () => {
      expect([formatScoreBandsInput(null), formatScoreBandsInput(undefined)]).toEqual(['', '']);
    });
  });
});

describe('checkPeriod', () => {
  it('accepts a forward period and reads blank ends as not set', () => {
    expect(checkPeriod('2025-04-01', '2026-03-31')).toEqual({ ok: true, value: { from: '2025-04-01', to: '2026-03-31' } });
    expect(checkPeriod('', '2026-03-31')).toEqual({ ok: true, value: { from: null, to: '2026-03-31' } });
  });

  it('rejects a start after the end', () => {
    expect(checkPeriod('2025-04-02', '2025-04-01')).toEqual({ ok: false, error: 'settings.errorOrder' });
  });

  describe('edge cases', () => {
    it('accepts a one-day period', () => {
      expect(checkPeriod('2025-04-01', '2025-04-01').ok).toBe(true);
    });
  });
});

describe('parseTargetInput', () => {
  it('reads yen, 万 and plain numbers alike; blank is not set; 0 and negatives are refused', () => {
    expect(parseTargetInput('¥84,000,000')).toEqual({ ok: true, value: 84_000_000 });
    expect(parseTargetInput('8400万')).toEqual({ ok: true, value: 84_000_000 });
    expect(parseTargetInput('  ')).toEqual({ ok: true, value: null });
    expect(parseTargetInput('0')).toEqual({ ok: false, error: 'settings.errorTarget' });
    expect(parseTargetInput('abc')).toEqual({ ok: false, error: 'settings.errorTarget' });
  });
});

describe('checkPeriod years (issue 16: a period reaching year 9999 made the monthly tables overflow the sheet)', () => {
  it('refuses days outside the years 1900–2200, as the server does', () => {
    expect(checkPeriod('0001-01-01', '')).toEqual({ ok: false, error: 'settings.errorYears' });
    expect(checkPeriod('', '9999-12-31')).toEqual({ ok: false, error: 'settings.errorYears' });
    expect(checkPeriod('1900-01-01', '2200-12-31')).toEqual({ ok: true, value: { from: '1900-01-01', to: '2200-12-31' } });
  });
});
