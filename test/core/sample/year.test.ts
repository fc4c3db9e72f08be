import { dayToIso } from '../../../src/core/dates/calendar';
import { dayFromIso } from '../../../src/core/sample/calendar';
import { activityWeight, businessDayOnOrAfter, fiscalYearDays } from '../../../src/core/sample/year';

describe('activityWeight', () => {
  it('is 1 on an ordinary weekday in the first month', () => {
    expect(activityWeight(2, 4, 1, 0)).toBe(1);
  });

  it('is lower at weekends', () => {
    expect(activityWeight(6, 4, 5, 0)).toBe(0.25);
    expect(activityWeight(0, 4, 6, 0)).toBe(0.2);
  });

  it('drops over Golden Week, Obon and the New Year', () => {
    expect(activityWeight(1, 5, 5, 0)).toBeCloseTo(0.3);
    expect(activityWeight(3, 8, 13, 0)).toBeCloseTo(0.5);
    expect(activityWeight(5, 1, 2, 0)).toBeCloseTo(0.2);
  });

  it('grows 3% a month', () => {
    // Month index 10 (February): 1 + 0.03 × 10.
    expect(activityWeight(2, 2, 10, 10)).toBeCloseTo(1.3);
  });
});

describe('fiscalYearDays', () => {
  const days = fiscalYearDays();

  it('lists the 365 days from 2025-04-01 to 2026-03-31 in order', () => {
    expect(days).toHaveLength(365);
    expect(days[0]?.iso).toBe('2025-04-01');
    expect(days[364]?.iso).toBe('2026-03-31');
    expect(days.every((day, index) => index === 0 || day.day === (days[index - 1]?.day ?? 0) + 1)).toBe(true);
  });

  it('carries a frozen date cell equal to the ISO day', () => {
    const first = days[0];
    expect(first?.cell).toEqual({ kind: 'date', iso: '2025-04-01' });
    expect(Object.isFrozen(first?.cell)).toBe(true);
  });

  it('numbers the months from April (0) to March (11)', () => {
    expect(days[0]?.monthIndex).toBe(0);
    expect(days.find((day) => day.iso === '2026-01-01')?.monthIndex).toBe(9);
    expect(days[364]?.monthIndex).toBe(11);
  });

  it('marks weekdays outside holidays as business days', () => {
    const byIso = new Map(days.map((day) => [day.iso, day]));
    expect(byIso.get('2025-04-01')?.businessDay).toBe(true); // Tuesday
    expect(byIso.get('2025-04-05')?.businessDay).toBe(false); // Saturday
    expect(byIso.get('2025-05-05')?.businessDay).toBe(false); // Golden Week Monday
    expect(byIso.get('2026-01-02')?.businessDay).toBe(false); // New Year Friday
  });
});

describe('businessDayOnOrAfter', () => {
  const days = fiscalYearDays();

  it('keeps a business day', () => {
    expect(dayToIso(businessDayOnOrAfter(days, dayFromIso('2025-04-01')))).toBe('2025-04-01');
  });

  it('moves a Saturday to Monday and New Year to the first working Monday', () => {
    expect(dayToIso(businessDayOnOrAfter(days, dayFromIso('2025-04-05')))).toBe('2025-04-07');
    expect(dayToIso(businessDayOnOrAfter(days, dayFromIso('2025-12-29')))).toBe('2026-01-05');
  });

  describe('edge cases', () => {
    it('starts at the first day for a day before the year', () => {
      expect(dayToIso(businessDayOnOrAfter(days, dayFromIso('2025-03-01')))).toBe('2025-04-01');
    });

    it('returns the last day of the year when no business day is left', () => {
      expect(dayToIso(businessDayOnOrAfter(days, dayFromIso('2026-04-10')))).toBe('2026-03-31');
    });
  });
});
