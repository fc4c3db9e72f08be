/**
 * Numeric dates, serials written as text, blank markers and ISO instants (design §3.2.1, §3.3).
 * Day numbers are worked out with Date.UTC, independently of the parser.
 */
import { localeDateOrder, numericDateParts, orderEvidence, orderForValue, readInOrder } from '../../../src/core/dates/dateOrder';
import { parseDay } from '../../../src/core/dates/parseDay';
import type { ZoneOffsetResolver } from '../../../src/core/model/zone';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;
const day = (year: number, month: number, dayOfMonth: number) => ({ kind: 'day', day: utcDay(year, month, dayOfMonth), precision: 'day' });
const tokyo: ZoneOffsetResolver = () => 540;
const newYork: ZoneOffsetResolver = () => -240; // EDT in September

describe('numeric dates', () => {
  it.each([
    // value, order the column gave, expected day
    ['16-04-2024', undefined, day(2024, 4, 16)], // GA4 export: first part 16 > 12, day first
    ['31.08.2023', undefined, day(2023, 8, 31)], // dots, day first
    ['01-14-2020', undefined, day(2020, 1, 14)], // HubSpot migration file: second part 14 > 12, month first
    ['20-10-16', undefined, day(2016, 10, 20)], // Maven CRM re-saved: D-M-YY, two-digit year = 2016
    ['02/23/26', undefined, day(2026, 2, 23)], // M/D/YY
    ['45-04-05', undefined, day(2045, 4, 5)], // first part 45 can only be a year: YY-MM-DD
    ['9/6/2018 0:06:16', 'mdy', day(2018, 9, 6)], // Google Forms en_US timestamp
    ['9/6/2018 0:06:16', 'dmy', day(2018, 6, 9)],
    ['05.04.25', 'dmy', day(2025, 4, 5)],
    ['05.04.25', 'mdy', day(2025, 5, 4)],
    ['10/04/05', 'ymd', day(2010, 4, 5)], // a year-first (ja_JP) column of two-digit years
    ['25/04/05', 'ymd', day(2005, 4, 25)], // …but a first part above 12 proves day first (design §3.2.1)
    ['4/5/2025', 'ymd', day(2025, 4, 5)], // a four-digit year is last: year-first locales read month before day
    ['4/4/2025', undefined, day(2025, 4, 4)], // both orders agree
  ] as const)('reads %s (column order %s)', (text, order, expected) => {
    expect(parseDay(text, tokyo, order === undefined ? {} : { order })).toEqual(expected);
  });

  it('leaves a value that proves nothing unread without a column order', () => {
    expect(parseDay('4/5/2025', tokyo)).toEqual({ kind: 'invalid', reason: 'ambiguous_order' });
    expect(parseDay('05-04-25', tokyo)).toEqual({ kind: 'invalid', reason: 'ambiguous_order' });
  });

  it('reads what the value proves even against the column order', () => {
    expect(parseDay('13/4/2025', tokyo, { order: 'mdy' })).toEqual(day(2025, 4, 13));
  });

  it('rejects impossible days in the order chosen', () => {
    expect(parseDay('31/02/2025', tokyo)).toEqual({ kind: 'invalid', reason: 'impossible_date' });
    expect(parseDay('4/31/2025', tokyo, { order: 'mdy' })).toEqual({ kind: 'invalid', reason: 'impossible_date' });
  });

  describe('evidence and readings', () => {
    it('says what one value proves', () => {
      const evidence = (text: string) => orderEvidence(numericDateParts(text)!);
      expect(['13/4/2025', '4/13/2025', '4/4/2025', '4/5/2025', '45-04-05', '20-10-16', '05-05-16'].map(evidence)).toEqual([
        'dmy', 'mdy', 'either', 'ambiguous', 'ymd', 'dmy', 'ambiguous',
      ]);
    });

    it('reads parts in each order, two-digit years as 20xx', () => {
      const parts = numericDateParts('03-04-05')!;
      expect(readInOrder(parts, 'dmy')).toEqual({ year: 2005, month: 4, day: 3 });
      expect(readInOrder(parts, 'mdy')).toEqual({ year: 2005, month: 3, day: 4 });
      expect(readInOrder(parts, 'ymd')).toEqual({ year: 2003, month: 4, day: 5 });
      expect(orderForValue(parts, undefined)).toBeNull();
      expect(orderForValue(numericDateParts('4/4/2025')!, undefined)).toBe('dmy');
    });

    it('maps spreadsheet locales to their order', () => {
      expect(['ja_JP', 'en_US', 'en_GB', 'de_DE', 'fr_FR', 'zh_CN', 'ko_KR', 'en-US', 'en_AU'].map(localeDateOrder)).toEqual([
        'ymd', 'mdy', 'dmy', 'dmy', 'dmy', 'ymd', 'ymd', 'mdy', 'dmy',
      ]);
    });

    it('ignores texts that are not three numeric parts', () => {
      expect(['2025-04-05', '1-2-3', '1/2/345', '03-1234-5678', '4/5'].map(numericDateParts)).toEqual([null, null, null, null, null]);
    });
  });
});

describe('serial numbers written as text', () => {
  it('reads a five-digit number in a date column as a spreadsheet serial, like a number cell', () => {
    // 45812 days after 1899-12-30 is 2025-06-04 (Excel and Sheets count alike after 1900-03-01).
    expect(parseDay('45812', tokyo)).toEqual(day(2025, 6, 4));
    expect(parseDay('45812', tokyo)).toEqual(parseDay(45_812, tokyo));
    expect(parseDay('45812.75', tokyo)).toEqual(day(2025, 6, 4));
    expect(parseDay('４５８１２', tokyo)).toEqual(day(2025, 6, 4));
  });

  it('keeps other digit runs as before: 8-digit GA4 days, 6-digit months, short numbers refused', () => {
    expect(parseDay('20250604', tokyo)).toEqual(day(2025, 6, 4));
    expect(parseDay('202506', tokyo)).toEqual({ kind: 'day', day: utcDay(2025, 6, 1), precision: 'month' });
    expect(parseDay('2025', tokyo)).toEqual({ kind: 'invalid', reason: 'not_a_date' });
    expect(parseDay('458120', tokyo)).toEqual({ kind: 'invalid', reason: 'impossible_date' }); // read as month 20 of 4581
  });
});

describe('blank markers', () => {
  it.each(['NA', 'N/A', 'n/a', 'null', 'NULL', 'None', '-', '--', '—', '(not set)', ' N/A '])('reads %s as blank', (marker) => {
    expect(parseDay(marker, tokyo)).toEqual({ kind: 'blank' });
  });
});

describe('ISO instants with an offset', () => {
  it('reads the instant in the spreadsheet zone (Mailchimp API create_time)', () => {
    // 15:43 UTC is 00:43 the next day in Tokyo and 11:43 the same day in New York.
    expect(parseDay('2011-09-05T15:43:05+00:00', tokyo)).toEqual(day(2011, 9, 6));
    expect(parseDay('2011-09-05T15:43:05+00:00', newYork)).toEqual(day(2011, 9, 5));
    expect(parseDay('2025-04-01T08:30:00+09:00', newYork)).toEqual(day(2025, 3, 31));
    expect(parseDay('2025-04-01T23:30:00Z', tokyo)).toEqual(day(2025, 4, 2));
  });
});
