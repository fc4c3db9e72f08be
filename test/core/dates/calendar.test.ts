import fc from 'fast-check';
import {
  addMonths,
  civilFromDay,
  dayFromCivil,
  daysBetween,
  daysInMonth,
  dayToIso,
  dayToMonth,
  isoToDay,
  isValidCivilDate,
  monthEndDay,
  monthsInRange,
  monthStartDay,
} from '../../../src/core/dates/calendar';

/** Independent oracle: the UTC day number JavaScript's own calendar gives. */
const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('dayFromCivil', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(2025, 4, 1)).toBe(utcDay(2025, 4, 1));
    expect(dayFromCivil(1899, 12, 30)).toBe(utcDay(1899, 12, 30));
  });

  it('agrees with Date.UTC for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay(1900, 1, 1), max: utcDay(2200, 12, 31) }), (day) => {
        const { year, month, day: dayOfMonth } = civilFromDay(day);
        expect(dayFromCivil(year, month, dayOfMonth)).toBe(day);
        expect(utcDay(year, month, dayOfMonth)).toBe(day);
      }),
    );
  });
});

describe('civilFromDay', () => {
  it('returns the calendar date of a day number', () => {
    expect(civilFromDay(utcDay(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilFromDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });
});

describe('daysInMonth', () => {
  it('knows leap years, including the century rules', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe('isValidCivilDate', () => {
  it('rejects days that do not exist', () => {
    expect(isValidCivilDate(2025, 2, 30)).toBe(false);
    expect(isValidCivilDate(2025, 13, 1)).toBe(false);
    expect(isValidCivilDate(2025, 4, 0)).toBe(false);
    expect(isValidCivilDate(2025, 4, 1.5)).toBe(false);
    expect(isValidCivilDate(2024, 2, 29)).toBe(true);
  });
});

describe('dayToIso and isoToDay', () => {
  it('format and read YYYY-MM-DD', () => {
    expect(dayToIso(utcDay(2025, 4, 1))).toBe('2025-04-01');
    expect(isoToDay('2025-04-01')).toBe(utcDay(2025, 4, 1));
  });

  it('round-trip every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay(1900, 1, 1), max: utcDay(2200, 12, 31) }), (day) => {
        expect(isoToDay(dayToIso(day))).toBe(day);
      }),
    );
  });

  it('refuse malformed or impossible ISO days', () => {
    expect(isoToDay('2025-02-30')).toBeNull();
    expect(isoToDay('2025-4-1')).toBeNull();
    expect(isoToDay('20250401')).toBeNull();
  });
});

describe('dayToMonth', () => {
  it('gives the YYYY-MM month of a day', () => {
    expect(dayToMonth(utcDay(2025, 4, 30))).toBe('2025-04');
    expect(dayToMonth(utcDay(2025, 5, 1))).toBe('2025-05');
  });
});

describe('monthStartDay and monthEndDay', () => {
  it('give the first and last day of a month', () => {
    expect(monthStartDay('2025-04')).toBe(utcDay(2025, 4, 1));
    expect(monthEndDay('2025-04')).toBe(utcDay(2025, 4, 30));
    expect(monthEndDay('2024-02')).toBe(utcDay(2024, 2, 29));
    expect(monthEndDay('2025-12')).toBe(utcDay(2025, 12, 31));
  });

  it('refuse malformed months', () => {
    expect(monthStartDay('2025-13')).toBeNull();
    expect(monthEndDay('2025/04')).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when going back', () => {
    expect(daysBetween(utcDay(2025, 3, 31), utcDay(2025, 4, 2))).toBe(2);
    expect(daysBetween(utcDay(2025, 4, 2), utcDay(2025, 3, 31))).toBe(-2);
  });
});

describe('addMonths', () => {
  it('moves across year ends both ways', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-01', -13)).toBe('2023-12');
  });
});

describe('monthsInRange', () => {
  it('lists every month touched by the range', () => {
    expect(monthsInRange(utcDay(2025, 3, 15), utcDay(2025, 5, 2))).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(monthsInRange(utcDay(2025, 12, 31), utcDay(2026, 1, 1))).toEqual(['2025-12', '2026-01']);
  });

  describe('edge cases', () => {
    it('is empty when the range is reversed and one month for a single day', () => {
      expect(monthsInRange(utcDay(2025, 5, 1), utcDay(2025, 4, 1))).toEqual([]);
      expect(monthsInRange(utcDay(2025, 5, 1), utcDay(2025, 5, 1))).toEqual(['2025-05']);
    });
  });
});
