import vm from 'node:vm';
import { parseDay, parseMonth } from '../../../src/core/dates/parseDay';
import { describeDateProblem } from '../../../src/core/dates/dayResult';
import type { ZoneOffsetResolver } from '../../../src/core/model/zone';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;
const day = (year: number, month: number, dayOfMonth: number) => ({
  kind: 'day',
  day: utcDay(year, month, dayOfMonth),
  precision: 'day',
});
const monthDay = (year: number, month: number) => ({ kind: 'day', day: utcDay(year, month, 1), precision: 'month' });
const invalid = (reason: string) => ({ kind: 'invalid', reason });

const tokyo: ZoneOffsetResolver = () => 540;
/** Los Angeles: UTC−8, or UTC−7 from the 2nd Sunday of March to the 1st Sunday of November (enough for 2025). */
const losAngeles: ZoneOffsetResolver = (ms) =>
  ms >= Date.UTC(2025, 2, 9, 10) && ms < Date.UTC(2025, 10, 2, 9) ? -420 : -480;
const utc: ZoneOffsetResolver = () => 0;

describe('parseDay', () => {
  describe('text forms', () => {
    it.each([
      ['2025-04-01'],
      ['2025/4/1'],
      ['2025/04/01'],
      ['2025.4.1'],
      ['20250401'],
      ['2025年4月1日'],
      ['2025年4月1日(火)'],
      ['2025年4月1日（火曜日）'],
      ['2025/4/1 (火)'],
      ['令和7年4月1日'],
      ['R7.4.1'],
      ['r7/4/1'],
      ['令和7.4.1'],
      ['Apr 1, 2025'],
      ['April 1, 2025'],
      ['Tue, Apr 1, 2025'],
      ['1 Apr 2025'],
      ['1-Apr-2025'],
      ['1st April 2025'],
      ['2025-04-01 13:45'],
      ['2025-04-01 13:45:30'],
      ['2025/04/01 9:05:00 PM'],
      ['2025-04-01T13:45:00'],
      ['2025年4月1日 13時45分'],
      ['２０２５／４／１'],
      ['２０２５年４月１日'],
      ['  2025-04-01  '],
      ['\uFEFF2025-04-01'],
    ])('reads %j as 2025-04-01', (text) => {
      expect(parseDay(text, tokyo)).toEqual(day(2025, 4, 1));
    });

    it.each([
      ['2025-04', 2025, 4],
      ['2025/04', 2025, 4],
      ['2025/4', 2025, 4],
      ['2025年4月', 2025, 4],
      ['2025年4月分', 2025, 4],
      ['202504', 2025, 4],
      ['令和7年4月', 2025, 4],
      ['R7.4', 2025, 4],
      ['Apr 2025', 2025, 4],
      ['December 2024', 2024, 12],
    ])('reads the month value %j as the first day of the month', (text, year, month) => {
      expect(parseDay(text, tokyo)).toEqual(monthDay(year, month));
    });

    it('moves an instant with a zone designator into the spreadsheet zone', () => {
      expect(parseDay('2025-03-31T15:30:00Z', tokyo)).toEqual(day(2025, 4, 1));
      expect(parseDay('2025-03-31T15:30:00Z', utc)).toEqual(day(2025, 3, 31));
      expect(parseDay('2025-04-01T05:00:00+09:00', losAngeles)).toEqual(day(2025, 3, 31));
      expect(parseDay('2025-04-01T00:30:00.000-07:00', tokyo)).toEqual(day(2025, 4, 1));
    });

    it('keeps the written day when the time has no zone, whatever the resolver', () => {
      expect(parseDay('2025-04-01 23:59', losAngeles)).toEqual(day(2025, 4, 1));
      expect(parseDay('2025-04-01 00:00', tokyo)).toEqual(day(2025, 4, 1));
    });
  });

  describe('Japanese eras', () => {
    it('reads 元年 as year 1', () => {
      expect(parseDay('令和元年5月1日', tokyo)).toEqual(day(2019, 5, 1));
      expect(parseDay('R元.5.1', tokyo)).toEqual(day(2019, 5, 1));
    });

    it('accepts the last day of Heisei and the first day of Reiwa', () => {
      expect(parseDay('平成31年4月30日', tokyo)).toEqual(day(2019, 4, 30));
      expect(parseDay('H31.4.30', tokyo)).toEqual(day(2019, 4, 30));
      expect(parseDay('令和元年5月1日', tokyo)).toEqual(day(2019, 5, 1));
    });

    it('rejects an era date outside its era', () => {
      expect(parseDay('平成31年5月1日', tokyo)).toEqual(invalid('outside_era'));
      expect(parseDay('令和元年4月30日', tokyo)).toEqual(invalid('outside_era'));
      expect(parseDay('H32.1.1', tokyo)).toEqual(invalid('outside_era'));
    });

    it('reads Heisei and Showa dates', () => {
      expect(parseDay('平成元年1月8日', tokyo)).toEqual(day(1989, 1, 8));
      expect(parseDay('S64.1.7', tokyo)).toEqual(day(1989, 1, 7));
      expect(parseDay('昭和64年1月8日', tokyo)).toEqual(invalid('outside_era'));
    });

    it('reads era months that overlap the era', () => {
      expect(parseDay('平成31年4月', tokyo)).toEqual(monthDay(2019, 4));
      expect(parseDay('令和元年5月', tokyo)).toEqual(monthDay(2019, 5));
      expect(parseDay('平成31年5月', tokyo)).toEqual(invalid('outside_era'));
    });
  });

  describe('Date values', () => {
    it('takes the local day of the instant in the resolver zone', () => {
      // 2025-04-01 00:00 in Tokyo is 2025-03-31 15:00 UTC.
      const tokyoMidnight = new Date(Date.UTC(2025, 2, 31, 15, 0));
      expect(parseDay(tokyoMidnight, tokyo)).toEqual(day(2025, 4, 1));
      expect(parseDay(tokyoMidnight, utc)).toEqual(day(2025, 3, 31));
      expect(parseDay(tokyoMidnight, losAngeles)).toEqual(day(2025, 3, 31));
    });

    it('uses the offset in force at the instant (daylight saving time)', () => {
      // 2025-03-09 07:30 UTC is 23:30 on the 8th in LA (PST, −8); 2025-03-10 06:30 UTC is 23:30 on the 9th (PDT, −7).
      expect(parseDay(new Date(Date.UTC(2025, 2, 9, 7, 30)), losAngeles)).toEqual(day(2025, 3, 8));
      expect(parseDay(new Date(Date.UTC(2025, 2, 10, 6, 30)), losAngeles)).toEqual(day(2025, 3, 9));
    });

    it('accepts Dates from another realm', () => {
      const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 2, 31, 15, 0))') as Date;
      expect(foreign instanceof Date).toBe(false);
      expect(parseDay(foreign, tokyo)).toEqual(day(2025, 4, 1));
    });

    it('rejects invalid Dates', () => {
      expect(parseDay(new Date(Number.NaN), tokyo)).toEqual(invalid('not_a_date'));
    });
  });

  describe('numbers', () => {
    it('reads spreadsheet serials from the 1899-12-30 epoch, dropping the time of day', () => {
      // 45748 days after 1899-12-30 is 2025-04-01.
      expect(utcDay(1899, 12, 30) + 45_748).toBe(utcDay(2025, 4, 1));
      expect(parseDay(45_748, tokyo)).toEqual(day(2025, 4, 1));
      expect(parseDay(45_748.99, tokyo)).toEqual(day(2025, 4, 1));
      expect(parseDay(45_748.5, losAngeles)).toEqual(day(2025, 4, 1));
      expect(parseDay(2, tokyo)).toEqual(day(1900, 1, 1));
    });

    it('reads GA4 dates a sheet turned into numbers', () => {
      expect(parseDay(20_250_401, tokyo)).toEqual(day(2025, 4, 1));
      expect(parseDay(202_504, tokyo)).toEqual(monthDay(2025, 4));
      expect(parseDay(20_250_230, tokyo)).toEqual(invalid('impossible_date'));
    });

    it('rejects serials outside 1900–2200', () => {
      expect(parseDay(0, tokyo)).toEqual(invalid('out_of_range'));
      expect(parseDay(-5, tokyo)).toEqual(invalid('out_of_range'));
      expect(parseDay(200_000, tokyo)).toEqual(invalid('out_of_range'));
      expect(parseDay(Number.NaN, tokyo)).toEqual(invalid('not_a_date'));
      expect(parseDay(Number.POSITIVE_INFINITY, tokyo)).toEqual(invalid('not_a_date'));
    });
  });

  describe('invalid dates', () => {
    it.each([['2025-02-30'], ['2025/2/29'], ['2025-13-01'], ['20250231'], ['2025年2月30日'], ['R7.2.30'], ['Feb 30, 2025'], ['2025-00']])(
      'rejects the impossible date %j',
      (text) => {
        expect(parseDay(text, tokyo)).toEqual(invalid('impossible_date'));
      },
    );

    it('accepts 29 February in leap years only', () => {
      expect(parseDay('2024-02-29', tokyo)).toEqual(day(2024, 2, 29));
      expect(parseDay('1900-02-29', tokyo)).toEqual(invalid('impossible_date'));
    });

    it('rejects impossible times', () => {
      expect(parseDay('2025-04-01 25:00', tokyo)).toEqual(invalid('impossible_date'));
      expect(parseDay('2025-04-01 12:60', tokyo)).toEqual(invalid('impossible_date'));
      expect(parseDay('2025-04-01 13:00 PM', tokyo)).toEqual(invalid('impossible_date'));
    });

    it.each([['abc'], ['2025-04-01x'], ['2025/4-1'], ['4月1日'], ['25/4/1'], ['2025'], ['TRUE'], ['2025-04-01 13時間']])(
      'rejects %j as not a date',
      (text) => {
        expect(parseDay(text, tokyo)).toEqual(invalid('not_a_date'));
      },
    );

    it('rejects years outside 1900–2200', () => {
      expect(parseDay('1899-12-31', tokyo)).toEqual(invalid('out_of_range'));
      expect(parseDay('2201-01-01', tokyo)).toEqual(invalid('out_of_range'));
    });

    it('rejects booleans and objects', () => {
      expect(parseDay(true, tokyo)).toEqual(invalid('not_a_date'));
      expect(parseDay({}, tokyo)).toEqual(invalid('not_a_date'));
    });
  });

  describe('edge cases', () => {
    it('treats blank cells as blank', () => {
      expect(parseDay('', tokyo)).toEqual({ kind: 'blank' });
      expect(parseDay('   ', tokyo)).toEqual({ kind: 'blank' });
      expect(parseDay(null, tokyo)).toEqual({ kind: 'blank' });
      expect(parseDay(undefined, tokyo)).toEqual({ kind: 'blank' });
    });

    it('reads a/b/yyyy only when the order is known or forced', () => {
      expect(parseDay('4/5/2025', tokyo)).toEqual(invalid('ambiguous_order'));
      expect(parseDay('4/5/2025', tokyo, { order: 'mdy' })).toEqual(day(2025, 4, 5));
      expect(parseDay('4/5/2025', tokyo, { order: 'dmy' })).toEqual(day(2025, 5, 4));
      expect(parseDay('13/4/2025', tokyo)).toEqual(day(2025, 4, 13));
      expect(parseDay('4/13/2025', tokyo)).toEqual(day(2025, 4, 13));
      expect(parseDay('4/4/2025', tokyo)).toEqual(day(2025, 4, 4));
      expect(parseDay('4/13/2025', tokyo, { order: 'dmy' })).toEqual(day(2025, 4, 13));
    });

    it('ignores a written weekday even when it does not match', () => {
      expect(parseDay('2025年4月1日(水)', tokyo)).toEqual(day(2025, 4, 1));
    });
  });
});

describe('parseMonth', () => {
  it('reads month values and full dates as a YYYY-MM month', () => {
    expect(parseMonth('2025年4月', tokyo)).toEqual({ kind: 'month', month: '2025-04', firstDay: utcDay(2025, 4, 1) });
    expect(parseMonth('2025/4/15', tokyo)).toEqual({ kind: 'month', month: '2025-04', firstDay: utcDay(2025, 4, 1) });
    expect(parseMonth(202_504, tokyo)).toEqual({ kind: 'month', month: '2025-04', firstDay: utcDay(2025, 4, 1) });
    expect(parseMonth(new Date(Date.UTC(2025, 3, 30, 16)), tokyo)).toEqual({
      kind: 'month',
      month: '2025-05',
      firstDay: utcDay(2025, 5, 1),
    });
  });

  describe('edge cases', () => {
    it('passes blank and invalid results through', () => {
      expect(parseMonth('', tokyo)).toEqual({ kind: 'blank' });
      expect(parseMonth('2025年13月', tokyo)).toEqual(invalid('impossible_date'));
      expect(parseMonth('来月', tokyo)).toEqual(invalid('not_a_date'));
    });
  });
});

describe('describeDateProblem', () => {
  it('explains every problem in both languages', () => {
    for (const problem of ['not_a_date', 'impossible_date', 'out_of_range', 'outside_era', 'ambiguous_order'] as const) {
      expect(describeDateProblem(problem, 'ja')).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(describeDateProblem(problem, 'en')).toMatch(/^[a-z]/);
    }
    expect(describeDateProblem('outside_era', 'ja')).toContain('平成');
  });
});
