import fc from 'fast-check';
import {
  calendarParts,
  compactDate,
  dayFromIso,
  dayFromParts,
  fiscalMonthIndex,
  isoFromDay,
  japaneseDate,
  slashedDate,
  weekday,
} from '../../../src/core/sample/calendar';

const MILLISECONDS_PER_DAY = 86_400_000;

describe('dayFromParts', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    // 2025-04-01: 55 years of 365 days plus 14 leap days (1972, 1976 … 2024), plus Jan–Mar 2025 (31 + 28 + 31).
    expect(dayFromParts(2025, 4, 1)).toBe(55 * 365 + 14 + 90);
  });

  it('agrees with Date.UTC over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2300 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        return dayFromParts(year, month, day) === Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY;
      }),
    );
  });

  describe('edge cases', () => {
    it('handles 29 February in leap years, including 2000', () => {
      expect(dayFromParts(2000, 2, 29)).toBe(Date.UTC(2000, 1, 29) / MILLISECONDS_PER_DAY);
      expect(dayFromParts(2024, 2, 29) + 1).toBe(dayFromParts(2024, 3, 1));
    });

    it('goes before 1970 with negative numbers', () => {
      expect(dayFromParts(1969, 12, 31)).toBe(-1);
    });
  });
});

describe('calendarParts', () => {
  it('splits a day into year, month and day of month', () => {
    expect(calendarParts(dayFromParts(2026, 3, 31))).toEqual({ year: 2026, month: 3, dayOfMonth: 31 });
  });

  it('inverts dayFromParts for every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 150_000 }), (day) => {
        const { year, month, dayOfMonth } = calendarParts(day);
        return dayFromParts(year, month, dayOfMonth) === day;
      }),
    );
  });
});

describe('dayFromIso', () => {
  it('reads a YYYY-MM-DD string', () => {
    expect(dayFromIso('2025-04-01')).toBe(dayFromParts(2025, 4, 1));
  });
});

describe('isoFromDay', () => {
  it('formats with zero padding', () => {
    expect(isoFromDay(dayFromParts(2025, 4, 1))).toBe('2025-04-01');
  });

  it('agrees with Date#toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 100_000 }), (day) => {
        return isoFromDay(day) === new Date(day * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
      }),
    );
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
