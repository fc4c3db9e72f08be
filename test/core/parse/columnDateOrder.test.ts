import fc from 'fast-check';
import { dayFromCivil } from '../../../src/core/dates/calendar';
import type { DateOrder } from '../../../src/core/dates/dateOrder';
import { decideDateOrder } from '../../../src/core/parse/columnDateOrder';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';

const column = (...cells: unknown[]) => [['日付'], ...cells.map((cell) => [cell])];
const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('decideDateOrder', () => {
  it('reads day first when a first part exceeds 12, with any separator', () => {
    expect(decideDateOrder(column('4/5/2025', '13/5/2025'), 0, 0, 'en_US')).toEqual({ order: 'dmy' });
    expect(decideDateOrder(column('04-05-2024', '16-04-2024'), 0, 0, 'en_US')).toEqual({ order: 'dmy' });
    expect(decideDateOrder(column('01.08.2023', '31.08.2023'), 0, 0, 'ja_JP')).toEqual({ order: 'dmy' });
    expect(decideDateOrder(column('20-10-16', '01-03-17'), 0, 0, 'en_US')).toEqual({ order: 'dmy' });
  });

  it('reads month first when a second part exceeds 12', () => {
    expect(decideDateOrder(column('4/5/2025', '4/13/2025 10:00'), 0, 0, 'en_GB')).toEqual({ order: 'mdy' });
    expect(decideDateOrder(column('04-02-2022', '01-14-2020'), 0, 0, 'en_GB')).toEqual({ order: 'mdy' });
  });

  it('reads two-digit years first when a first part exceeds 31', () => {
    expect(decideDateOrder(column('45/04/05', '01/02/03'), 0, 0, 'en_US')).toEqual({ order: 'ymd' });
  });

  it('follows the locale when every value is ambiguous, and names the first such value', () => {
    const parts = { first: 4, second: 5, third: 2025, shortYear: false };
    expect(decideDateOrder(column('4/5/2025', '6/7/2025'), 0, 0, 'en_US')).toEqual({ order: 'mdy', assumedFrom: { text: '4/5/2025', parts } });
    expect(decideDateOrder(column('4/5/2025', '6/7/2025'), 0, 0, 'en_GB')).toEqual({ order: 'dmy', assumedFrom: { text: '4/5/2025', parts } });
    expect(decideDateOrder(column('4/5/2025'), 0, 0, 'ja_JP').order).toBe('ymd');
  });

  describe('edge cases', () => {
    it('decides nothing for year-first dates, non-text cells, equal parts or a self-contradicting column', () => {
      expect(decideDateOrder(column('2025/4/5', 45_000), 0, 0, 'en_US')).toEqual({ order: undefined });
      expect(decideDateOrder(column('13/5/2025', '5/13/2025', '4/5/2025'), 0, 0, 'en_US')).toEqual({ order: undefined });
      expect(decideDateOrder(column('4/4/2025'), 0, 0, 'en_US')).toEqual({ order: undefined });
    });

    it('ignores cells above and at the header row, and reads full-width digits', () => {
      expect(decideDateOrder([['13/5/2025'], ['日付'], ['4/5/2025']], 1, 0, 'en_US').order).toBe('mdy');
      expect(decideDateOrder(column('１３/５/２０２５'), 0, 0, 'en_US')).toEqual({ order: 'dmy' });
    });
  });
});

describe('date columns through parseWorkbook', () => {
  const tokyo = () => 540;
  const leadsTab = (...dates: string[]) => ({ name: 'Leads', values: [['Create Date'], ...dates.map((date) => [date])] });
  const mapping = { tab: 'Leads', kind: 'leads' as const, headerRow: 0, columns: { created_date: 0 } };
  const parse = (locale: string | undefined, ...dates: string[]) =>
    parseWorkbook([leadsTab(...dates)], [mapping], { zoneOffset: tokyo, language: 'en', ...(locale ? { locale } : {}) });

  it('orders an all-ambiguous column by the spreadsheet locale, with one warning naming the column and the order', () => {
    const us = parse('en_US', '4/5/2025', '6/7/2025');
    expect(us.leads.map((lead) => lead.created)).toEqual([utcDay(2025, 4, 5), utcDay(2025, 6, 7)]);
    const uk = parse('en_GB', '4/5/2025', '6/7/2025');
    expect(uk.leads.map((lead) => lead.created)).toEqual([utcDay(2025, 5, 4), utcDay(2025, 7, 6)]);
    expect(uk.warnings).toHaveLength(1);
    expect(uk.warnings[0]).toMatchObject({ tab: 'Leads', row: null, field: 'created_date', code: 'ambiguous_date_order' });
    expect(uk.warnings[0]?.message).toContain('column "Create Date"');
    expect(uk.warnings[0]?.message).toContain('day/month/year');
    expect(uk.warnings[0]?.message).toContain('"4/5/2025" is 2025-05-04');
    const ja = parse('ja_JP', '10-04-05', '11-12-01');
    expect(ja.leads.map((lead) => lead.created)).toEqual([utcDay(2010, 4, 5), utcDay(2011, 12, 1)]);
    expect(ja.warnings[0]?.message).toContain('year/month/day');
  });

  it('defaults to ja_JP: year-last values month first, as before', () => {
    expect(parse(undefined, '4/5/2025').leads.map((lead) => lead.created)).toEqual([utcDay(2025, 4, 5)]);
  });

  it('warns once per unreadable row of a column that mixes orders and reads the rest', () => {
    const mixed = parse('en_US', '13/4/2025', '4/13/2025', '4/5/2025', '6/7/2025', '5/5/2025');
    expect(mixed.leads.map((lead) => lead.created)).toEqual([utcDay(2025, 4, 13), utcDay(2025, 4, 13), utcDay(2025, 5, 5)]);
    expect(mixed.warnings.map((warning) => [warning.row, warning.code])).toEqual([
      [4, 'unparseable_date'],
      [5, 'unparseable_date'],
    ]);
    expect(mixed.sources[0]).toMatchObject({ rowsRead: 3, rowsSkipped: 2 });
  });

  it('reads text serials and blank markers in a date column', () => {
    const parsed = parseWorkbook(
      [{ name: 'Leads', values: [['Create Date', 'MQL Date'], ['45812', 'N/A'], ['2025/6/5', '—'], ['45814', '45815']] }],
      [{ tab: 'Leads', kind: 'leads', headerRow: 0, columns: { created_date: 0, mql_date: 1 } }],
      { zoneOffset: tokyo, language: 'ja' },
    );
    expect(parsed.leads.map((lead) => [lead.created, lead.mql.date])).toEqual([
      [utcDay(2025, 6, 4), null],
      [utcDay(2025, 6, 5), null],
      [utcDay(2025, 6, 6), utcDay(2025, 6, 7)],
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  describe('property', () => {
    const ORDER_LOCALE: Readonly<Record<DateOrder, string>> = { dmy: 'en_GB', mdy: 'en_US', ymd: 'ja_JP' };
    const pad = (n: number, padded: boolean): string => (padded ? String(n).padStart(2, '0') : String(n));

    function write(day: { year: number; month: number; day: number }, order: DateOrder, separator: string, shortYear: boolean, padded: boolean): string {
      const year = shortYear ? String(day.year % 100).padStart(2, '0') : String(day.year);
      const month = pad(day.month, padded);
      // A two-digit year written first is followed by a two-digit day (`25/4/05`): the last part is always two or four digits.
      const date = pad(day.day, padded || (shortYear && order === 'ymd'));
      const parts = order === 'dmy' ? [date, month, year] : order === 'mdy' ? [month, date, year] : [year, month, date];
      return parts.join(separator);
    }

    const civilDay = fc.record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

    it('reads back a column of dates written in one random order, whatever the order', () => {
      fc.assert(
        fc.property(
          fc.array(civilDay, { minLength: 1, maxLength: 12 }),
          fc.constantFrom<DateOrder>('dmy', 'mdy', 'ymd'),
          fc.constantFrom('/', '-', '.'),
          fc.boolean(),
          fc.boolean(),
          fc.constantFrom('en_US', 'en_GB', 'ja_JP', 'de_DE'),
          (days, order, separator, shortYear, padded, otherLocale) => {
            // Two-digit years written first look like days when they are 13–31 (design §3.2.1 reads a
            // first part above 12 as the day), so such columns keep their years outside that range.
            const usable = order === 'ymd' && shortYear ? days.filter((d) => d.year % 100 < 13 || d.year % 100 > 31) : days;
            fc.pre(usable.length > 0);
            const written = usable.map((d) => write(d, order, separator, shortYear, padded));
            const values = [['Create Date'], ...written.map((text) => [text])];
            // A column that proves nothing is read in the locale's order: give it the matching locale then.
            const proven = decideDateOrder(values, 0, 0, 'xx').assumedFrom === undefined;
            const locale = proven ? otherLocale : ORDER_LOCALE[order];
            const parsed = parseWorkbook([{ name: 'Leads', values }], [mapping], { zoneOffset: tokyo, language: 'en', locale });
            expect(parsed.leads.map((lead) => lead.created)).toEqual(usable.map((d) => dayFromCivil(d.year, d.month, d.day)));
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
