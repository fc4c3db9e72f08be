import { civilFromDay } from '../../../src/core/dates/calendar';
import { cellOfDay, groupDigits, rectangular, roundTo, rowsOnDay } from '../../../src/core/sample/grid';
import { FISCAL_YEAR_START } from '../../../src/core/sample/plan';
import { fiscalYearDays } from '../../../src/core/sample/year';
import fc from 'fast-check';

describe('rectangular', () => {
  it('pads short rows with blanks to the widest row', () => {
    expect(rectangular([['# GA4'], ['日付', 'セッション', 3]])).toEqual([
      ['# GA4', '', ''],
      ['日付', 'セッション', 3],
    ]);
  });

  describe('edge cases', () => {
    it('leaves an empty grid empty', () => {
      expect(rectangular([])).toEqual([]);
    });
  });
});

describe('rowsOnDay', () => {
  it('spreads rows as evenly as possible', () => {
    // 7 rows over 3 days: floor(7/3)=2, floor(14/3)−2=2, 7−4=3.
    expect([0, 1, 2].map((day) => rowsOnDay(7, day, 3))).toEqual([2, 2, 3]);
  });

  it('always adds up to the total, with days differing by at most one row', () => {
    fc.assert(
      fc.property(fc.nat(50_000), fc.integer({ min: 1, max: 400 }), (total, dayCount) => {
        const counts = Array.from({ length: dayCount }, (_, day) => rowsOnDay(total, day, dayCount));
        return counts.reduce((sum, count) => sum + count, 0) === total && Math.max(...counts) - Math.min(...counts) <= 1;
      }),
    );
  });
});

describe('groupDigits', () => {
  it('puts a comma every three digits', () => {
    expect([groupDigits(0), groupDigits(999), groupDigits(1000), groupDigits(1_200_000)]).toEqual(['0', '999', '1,000', '1,200,000']);
  });

  describe('edge cases', () => {
    it('keeps the minus sign and rounds fractions', () => {
      expect([groupDigits(-12_345), groupDigits(1234.6)]).toEqual(['-12,345', '1,235']);
    });
  });
});

describe('cellOfDay', () => {
  it('returns the date cell of a fiscal-year day', () => {
    const days = fiscalYearDays();
    expect(cellOfDay(days, FISCAL_YEAR_START + 30)).toEqual({ kind: 'date', iso: '2025-05-01' });
  });

  describe('edge cases', () => {
    it('throws for a day outside the fiscal year', () => {
      const days = fiscalYearDays();
      expect(() => cellOfDay(days, FISCAL_YEAR_START - 1)).toThrow(RangeError);
      expect(() => cellOfDay(days, FISCAL_YEAR_START + 365)).toThrow(RangeError);
      expect(civilFromDay(FISCAL_YEAR_START + 364)).toEqual({ year: 2026, month: 3, day: 31 });
    });
  });
});

describe('roundTo', () => {
  it('rounds to the nearest multiple', () => {
    expect([roundTo(1_234_567, 10_000), roundTo(104, 10), roundTo(105, 10)]).toEqual([1_230_000, 100, 110]);
  });
});
