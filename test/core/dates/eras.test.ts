import { eraDateToDay, eraMonthToDay } from '../../../src/core/dates/eras';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('eraDateToDay', () => {
  it('converts 令和, 平成 and 昭和 dates by name or letter', () => {
    expect(eraDateToDay('令和', 7, 4, 1)).toEqual({ kind: 'day', day: utcDay(2025, 4, 1) });
    expect(eraDateToDay('R', 1, 5, 1)).toEqual({ kind: 'day', day: utcDay(2019, 5, 1) });
    expect(eraDateToDay('h', 31, 4, 30)).toEqual({ kind: 'day', day: utcDay(2019, 4, 30) });
    expect(eraDateToDay('昭和', 64, 1, 7)).toEqual({ kind: 'day', day: utcDay(1989, 1, 7) });
  });

  it('rejects dates outside the era and days that do not exist', () => {
    expect(eraDateToDay('平成', 31, 5, 1)).toEqual({ kind: 'invalid', reason: 'outside_era' });
    expect(eraDateToDay('令和', 1, 4, 30)).toEqual({ kind: 'invalid', reason: 'outside_era' });
    expect(eraDateToDay('平成', 1, 1, 7)).toEqual({ kind: 'invalid', reason: 'outside_era' });
    expect(eraDateToDay('令和', 7, 2, 29)).toEqual({ kind: 'invalid', reason: 'impossible_date' });
  });

  describe('edge cases', () => {
    it('rejects unknown eras and year 0', () => {
      expect(eraDateToDay('明治', 1, 1, 1)).toEqual({ kind: 'invalid', reason: 'not_a_date' });
      expect(eraDateToDay('令和', 0, 5, 1)).toEqual({ kind: 'invalid', reason: 'not_a_date' });
    });
  });
});

describe('eraMonthToDay', () => {
  it('accepts months that overlap the era', () => {
    expect(eraMonthToDay('平成', 31, 4)).toEqual({ kind: 'day', day: utcDay(2019, 4, 1) });
    expect(eraMonthToDay('令和', 1, 5)).toEqual({ kind: 'day', day: utcDay(2019, 5, 1) });
    // 平成元年1月 overlaps Heisei from 8 January.
    expect(eraMonthToDay('平成', 1, 1)).toEqual({ kind: 'day', day: utcDay(1989, 1, 1) });
  });

  describe('edge cases', () => {
    it('rejects months wholly outside the era', () => {
      expect(eraMonthToDay('平成', 31, 5)).toEqual({ kind: 'invalid', reason: 'outside_era' });
      expect(eraMonthToDay('令和', 1, 4)).toEqual({ kind: 'invalid', reason: 'outside_era' });
      expect(eraMonthToDay('令和', 1, 13)).toEqual({ kind: 'invalid', reason: 'impossible_date' });
    });
  });
});
