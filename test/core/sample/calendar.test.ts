import fc from 'fast-check';
import { dayFromCivil } from '../../../src/core/dates/calendar';
import { compactDate, dayFromIso, fiscalMonthIndex, japaneseDate, slashedDate, weekday } from '../../../src/core/sample/calendar';

const MILLISECONDS_PER_DAY = 86_400_000;

describe('dayFromIso', () => {
  it('reads a YYYY-MM-DD string', () => {
    expect(dayFromIso('2025-04-01')).toBe(dayFromCivil(2025, 4, 1));
  });
});

describe('weekday', () => {
  it('knows 2025-04-01 was a Tuesday and 1970-01-01 a Thursday', () => {
    expect(weekday(dayFromIso('2025-04-01'))).toBe(2);
    expect(weekday(0)).toBe(4);
  });

  it('agrees with Date#getUTCDay, before and after 1970', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 100_000 }), (day) => weekday(day) === new Date(day * MILLISECONDS_PER_DAY).getUTCDay()),
    );
  });
});

describe('compactDate', () => {
  it('formats as GA4 does', () => {
    expect(compactDate(dayFromIso('2026-03-31'))).toBe('20260331');
  });
});

describe('slashedDate', () => {
  it('formats as YYYY/MM/DD', () => {
    expect(slashedDate(dayFromIso('2025-12-05'))).toBe('2025/12/05');
  });
});

describe('japaneseDate', () => {
  it('formats without zero padding', () => {
    expect(japaneseDate(dayFromIso('2025-04-01'))).toBe('2025年4月1日');
  });
});

describe('fiscalMonthIndex', () => {
  it('counts months from the fiscal year start', () => {
    const start = dayFromIso('2025-04-01');
    expect(fiscalMonthIndex(dayFromIso('2025-04-30'), start)).toBe(0);
    expect(fiscalMonthIndex(dayFromIso('2025-12-01'), start)).toBe(8);
    expect(fiscalMonthIndex(dayFromIso('2026-03-31'), start)).toBe(11);
  });

  describe('edge cases', () => {
    it('is negative before the start', () => {
      expect(fiscalMonthIndex(dayFromIso('2025-03-31'), dayFromIso('2025-04-01'))).toBe(-1);
    });
  });
});
