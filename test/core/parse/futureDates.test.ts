/** Dates after today (when the adapter passes today) are typos: reported, and never stretch the period. */
import { isoToDay } from '../../../src/core/dates/calendar';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';

const today = isoToDay('2026-11-27') ?? 0;
const options = { zoneOffset: () => 540, language: 'en' as const, today };

describe('parseWorkbook with today', () => {
  it('skips a row whose required date is after today, naming tab, row and field', () => {
    const workbook = parseWorkbook(
      [{ name: 'Leads', values: [['Create Date', 'Email'], ['2025-04-01', 'a@example.com'], ['2099-04-01', 'b@example.com']] }],
      [{ tab: 'Leads', kind: 'leads', headerRow: 0, columns: { created_date: 0, email: 1 } }],
      options
    );
    expect(workbook.leads).toHaveLength(1);
    expect(workbook.warnings).toEqual([
      {
        tab: 'Leads',
        row: 3,
        field: 'created_date',
        code: 'future_date',
        message: '"Leads" row 3: created date "2099-04-01" is in the future (today is 2026-11-27). The row was skipped. Check the date for a typo.',
      },
    ]);
  });

  it('keeps a deal whose expected close date lies ahead', () => {
    const workbook = parseWorkbook(
      [{ name: 'Deals', values: [['Create Date', 'Close Date'], ['2026-10-01', '2027-03-31']] }],
      [{ tab: 'Deals', kind: 'deals', headerRow: 0, columns: { created_date: 0, close_date: 1 } }],
      options
    );
    expect(workbook.deals[0]?.closeDate).toBe(isoToDay('2027-03-31'));
    expect(workbook.warnings).toEqual([]);
  });

  it('accepts today itself', () => {
    const workbook = parseWorkbook(
      [{ name: 'Ads', values: [['Date', 'Cost'], ['2026-11-27', 100]] }],
      [{ tab: 'Ads', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1 } }],
      options
    );
    expect(workbook.ads).toHaveLength(1);
  });
});

describe('stage dates after today', () => {
  it('keep the stage as reached but drop the date, with a warning', () => {
    const workbook = parseWorkbook(
      [{ name: 'Leads', values: [['Create Date', 'Became a Customer Date'], ['2025-04-01', '2029-05-01']] }],
      [{ tab: 'Leads', kind: 'leads', headerRow: 0, columns: { created_date: 0, won_date: 1 } }],
      options
    );
    expect(workbook.leads[0]?.won).toEqual({ date: null, flag: true });
    expect(workbook.warnings.map((w) => [w.code, w.row, w.field])).toEqual([['future_date', 2, 'won_date']]);
    expect(workbook.warnings[0]?.message).toContain('The stage counts as reached, without this date.');
  });
});
