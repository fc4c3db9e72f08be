import { monthsBetween } from '../../../src/core/funnel/days';

const MILLISECONDS_PER_DAY = 86_400_000;
const utcDay = (year: number, month: number, date: number): number => Date.UTC(year, month - 1, date) / MILLISECONDS_PER_DAY;

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
  it('gives no months when the range is reversed, even within one month', () => {
    expect(monthsBetween(utcDay(2025, 4, 20), utcDay(2025, 4, 10))).toEqual([]);
  });

  it('gives one month for a one-day range', () => {
    expect(monthsBetween(utcDay(2025, 4, 10), utcDay(2025, 4, 10)).map((span) => span.month)).toEqual(['2025-04']);
  });
});
