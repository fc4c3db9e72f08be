import { resolveWindow } from '../../../src/core/funnel/window';
import { ad, day, deal, email, lead, settings, traffic, workbook } from './builders';

describe('resolveWindow', () => {
  it('spans the earliest to the latest ads, traffic and lead created date', () => {
    const window = resolveWindow(
      workbook({
        ads: [ad({ date: '2025-04-03', cost: 1 })],
        traffic: [traffic({ date: '2025-06-20', sessions: 1 })],
        leads: [lead({ created: '2025-03-30' })],
      }),
      settings(),
    );
    expect([window.from, window.to]).toEqual([day('2025-03-30'), day('2025-06-20')]);
  });

  it('takes the as-of date from the latest stage, deal created or close date as well', () => {
    const window = resolveWindow(
      workbook({
        leads: [lead({ created: '2025-04-01', mql: '2025-05-02', won: '2025-07-07' })],
        deals: [deal({ created: '2025-06-01', close: '2025-08-12', outcome: 'won' })],
      }),
      settings(),
    );
    // The period is the lead created dates only; the as-of date is the 2025-08-12 close date.
    expect([window.from, window.to, window.asOf]).toEqual([day('2025-04-01'), day('2025-04-01'), day('2025-08-12')]);
  });

  it('ignores the expected close date of an open deal (Salesforce 完了予定日), which may lie months ahead', () => {
    const window = resolveWindow(
      workbook({
        leads: [lead({ created: '2025-04-01' })],
        deals: [deal({ created: '2025-05-01', close: '2026-03-31' }), deal({ created: '2025-05-02', close: '2025-06-10', outcome: 'lost' })],
      }),
      settings(),
    );
    // As-of: the lost deal's 2025-06-10; the open deal's 2026-03-31 is only an expectation.
    expect(window.asOf).toBe(day('2025-06-10'));
  });

  it('lets settings replace either end of the period but never the as-of date', () => {
    const book = workbook({ leads: [lead({ created: '2025-04-01' }), lead({ created: '2025-06-30' })] });
    const window = resolveWindow(book, settings({ from: '2025-05-01', to: '2025-12-31' }));
    expect([window.from, window.to, window.asOf]).toEqual([day('2025-05-01'), day('2025-12-31'), day('2025-06-30')]);
  });
});

describe('edge cases', () => {
  it('falls back to deal dates when no ads, traffic or lead rows exist', () => {
    const window = resolveWindow(workbook({ deals: [deal({ created: '2025-05-01', close: '2025-05-20', outcome: 'won' })] }), settings());
    expect([window.from, window.to, window.asOf]).toEqual([day('2025-05-01'), day('2025-05-20'), day('2025-05-20')]);
  });

  it('covers the deal and e-mail dates of a workbook without ads, traffic or leads; as-of stays the deals\' (design §3.2.1)', () => {
    const window = resolveWindow(
      workbook({
        deals: [deal({ created: '2025-05-01', close: '2025-05-20', outcome: 'won' }), deal({ created: '2025-05-10', close: '2025-12-31', outcome: 'open' })],
        email: [email({ delivered: 10, date: '2025-04-15' }), email({ delivered: 10, date: '2025-06-03' })],
      }),
      settings(),
    );
    // From the first send (04-15) to the last (06-03); the open deal's expected 12-31 counts for neither.
    expect([window.from, window.to, window.asOf]).toEqual([day('2025-04-15'), day('2025-06-03'), day('2025-05-20')]);
  });

  it('keeps an open deal dated only by its expected close date in the period but out of as-of', () => {
    // A list without created dates: the open deal's day (09-30) is its expected close date.
    const window = resolveWindow(
      workbook({ deals: [deal({ created: '2025-03-05', close: '2025-03-05', outcome: 'won' }), deal({ created: '2025-09-30', close: '2025-09-30', outcome: 'open' })] }),
      settings(),
    );
    expect([window.from, window.to, window.asOf]).toEqual([day('2025-03-05'), day('2025-09-30'), day('2025-03-05')]);
  });

  it('falls back to email dates, then to day 0 marked as not dated, so it is always defined', () => {
    const fromEmail = resolveWindow(workbook({ email: [email({ delivered: 10, date: '2025-04-02' })] }), settings());
    expect([fromEmail.from, fromEmail.to, fromEmail.asOf, fromEmail.dated]).toEqual([day('2025-04-02'), day('2025-04-02'), day('2025-04-02'), true]);
    expect(resolveWindow(workbook({}), settings())).toEqual({ from: 0, to: 0, asOf: 0, dataFrom: null, dataTo: null, funnelDataFrom: null, dated: false });
    expect(resolveWindow(workbook({ email: [email({ delivered: 10, date: null })] }), settings()).dated).toBe(false);
    expect(resolveWindow(workbook({ email: [email({ delivered: 10, date: null })] }), settings({ to: '2025-04-30' })).dated).toBe(true);
  });

  it('never inverts the period when one end is set beyond all the data: the period is then the day set', () => {
    const data = workbook({ leads: [lead({ created: '2025-04-01' }), lead({ created: '2025-04-03' })] });
    const before = resolveWindow(data, settings({ to: '2024-01-01' }));
    expect([before.from, before.to]).toEqual([day('2024-01-01'), day('2024-01-01')]);
    const after = resolveWindow(data, settings({ from: '2026-01-01' }));
    expect([after.from, after.to]).toEqual([day('2026-01-01'), day('2026-01-01')]);
    const inside = resolveWindow(data, settings({ to: '2025-04-02' }));
    expect([inside.from, inside.to]).toEqual([day('2025-04-01'), day('2025-04-02')]);
  });

  it('explains a period setting that is not a YYYY-MM-DD day, in the user’s language', () => {
    const book = workbook({ leads: [lead({ created: '2025-04-01' })] });
    expect(() => resolveWindow(book, settings({ from: '2025/04/01' }))).toThrow('期間の開始日 (from) "2025/04/01" を日付として読めません');
    expect(() => resolveWindow(book, settings({ to: '2025-02-30', language: 'en' }))).toThrow('The period end (to) "2025-02-30" is not a date');
  });
});
