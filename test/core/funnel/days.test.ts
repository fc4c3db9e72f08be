import fc from 'fast-check';
import {
  civilFromDay,
  dayFromCivil,
  endOfMonth,
  formatIsoDay,
  formatIsoMonth,
  monthsBetween,
  parseIsoDay,
  startOfMonth,
} from '../../../src/core/funnel/days';

const MILLISECONDS_PER_DAY = 86_400_000;
const utcDay = (year: number, month: number, date: number): number => Date.UTC(year, month - 1, date) / MILLISECONDS_PER_DAY;

describe('dayFromCivil', () => {
  it('counts 1970-01-01 as day 0', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
  });

  it('counts 2025-04-01 as day 20179 (55 years with 14 leap days, then 90 days)', () => {
    expect(dayFromCivil(2025, 4, 1)).toBe(55 * 365 + 14 + 90);
  });

  it('agrees with Date.UTC on any day from 1900 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay(1900, 1, 1), max: utcDay(2199, 12, 31) }), (dayNumber) => {
        const date = new Date(dayNumber * MILLISECONDS_PER_DAY);
        expect(dayFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(dayNumber);
      }),
    );
  });
});

describe('civilFromDay', () => {
  it('splits 2024-02-29, a leap day', () => {
    expect(civilFromDay(utcDay(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('agrees with Date.UTC on any day from 1900 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay(1900, 1, 1), max: utcDay(2199, 12, 31) }), (dayNumber) => {
        const date = new Date(dayNumber * MILLISECONDS_PER_DAY);
        expect(civilFromDay(dayNumber)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      }),
    );
  });
});

describe('formatIsoDay', () => {
  it('writes YYYY-MM-DD with zero padding', () => {
    expect(formatIsoDay(utcDay(2025, 4, 1))).toBe('2025-04-01');
  });
});

describe('formatIsoMonth', () => {
  it('writes the month of the last day of April as 2025-04', () => {
    expect(formatIsoMonth(utcDay(2025, 4, 30))).toBe('2025-04');
  });
});

describe('parseIsoDay', () => {
  it('reads a valid day', () => {
    expect(parseIsoDay('2025-12-31')).toBe(utcDay(2025, 12, 31));
  });

  it('round-trips with formatIsoDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay(1900, 1, 1), max: utcDay(2199, 12, 31) }), (dayNumber) => {
        expect(parseIsoDay(formatIsoDay(dayNumber))).toBe(dayNumber);
      }),
    );
  });
});

describe('startOfMonth and endOfMonth', () => {
  it('finds 2025-04-01 and 2025-04-30 around 2025-04-15', () => {
    expect(startOfMonth(utcDay(2025, 4, 15))).toBe(utcDay(2025, 4, 1));
    expect(endOfMonth(utcDay(2025, 4, 15))).toBe(utcDay(2025, 4, 30));
  });

  it('ends February 2024 on the 29th and December on the 31st', () => {
    expect(endOfMonth(utcDay(2024, 2, 3))).toBe(utcDay(2024, 2, 29));
    expect(endOfMonth(utcDay(2025, 12, 3))).toBe(utcDay(2025, 12, 31));
  });
});

describe('monthsBetween', () => {
  it('lists every month touched by the range, with full month bounds', () => {
    expect(monthsBetween(utcDay(2025, 11, 15), utcDay(2026, 1, 2))).toEqual([
      { month: '2025-11', start: utcDay(2025, 11, 1), end: utcDay(2025, 11, 30) },
      { month: '2025-12', start: utcDay(2025, 12, 1), end: utcDay(2025, 12, 31) },
      { month: '2026-01', start: utcDay(2026, 1, 1), end: utcDay(2026, 1, 31) },
    ]);
  });
});

describe('edge cases', () => {
  it('rejects a day past the end of its month', () => {
    expect(parseIsoDay('2025-02-29')).toBeNull();
    expect(parseIsoDay('2025-04-31')).toBeNull();
  });

  it('rejects other layouts and month 13', () => {
    expect(parseIsoDay('2025/04/01')).toBeNull();
    expect(parseIsoDay('2025-13-01')).toBeNull();
    expect(parseIsoDay('2025-00-10')).toBeNull();
    expect(parseIsoDay('')).toBeNull();
  });

  it('handles days before 1970', () => {
    expect(formatIsoDay(-1)).toBe('1969-12-31');
    expect(civilFromDay(utcDay(1600, 2, 29))).toEqual({ year: 1600, month: 2, day: 29 });
  });

  it('gives no months when the range is reversed, even within one month', () => {
    expect(monthsBetween(utcDay(2025, 4, 20), utcDay(2025, 4, 10))).toEqual([]);
  });

  it('gives one month for a one-day range', () => {
    expect(monthsBetween(utcDay(2025, 4, 10), utcDay(2025, 4, 10)).map((span) => span.month)).toEqual(['2025-04']);
  });
});
