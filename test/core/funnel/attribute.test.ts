import { tallyAds, tallyLeads, tallyTraffic, tallyUnlinkedDeals } from '../../../src/core/funnel/attribute';
import { monthsBetween } from '../../../src/core/funnel/days';
import { TallyBook } from '../../../src/core/funnel/tally';
import { ad, day, deal, funnelLead, traffic } from './builders';

const aprilToJune = (): TallyBook => new TallyBook(day('2025-04-01'), day('2025-06-30'), monthsBetween(day('2025-04-01'), day('2025-06-30')));

describe('tallyAds', () => {
  it('adds cost, impressions and clicks on the row’s date and channel, blanks as 0', () => {
    const book = aprilToJune();
    tallyAds(book, [
      ad({ date: '2025-04-02', channel: 'Google広告', cost: 5000, impressions: 1000, clicks: 30 }),
      ad({ date: '2025-05-02', channel: 'google広告', cost: 7000 }),
    ]);
    expect(book.byChannel.get('google広告')).toMatchObject({ cost: 12000, impressions: 1000, clicks: 30 });
    expect(book.byMonth.map((month) => month.cost)).toEqual([5000, 7000, 0]);
  });
});

describe('tallyTraffic', () => {
  it('takes engaged sessions as given, or sessions × (1 − bounce rate) when only that is given', () => {
    const book = aprilToJune();
    tallyTraffic(book, [
      traffic({ date: '2025-04-02', sessions: 100, engagedSessions: 70, downloads: 4 }),
      traffic({ date: '2025-04-03', sessions: 200, bounceRate: 0.25 }),
      traffic({ date: '2025-04-04', sessions: 50 }),
    ]);
    // 70 + 200 × 0.75 + 0
    expect(book.total).toMatchObject({ sessions: 350, engagedSessions: 220, downloads: 4 });
  });
});

describe('tallyLeads', () => {
  const lead = funnelLead({ created: '2025-04-10', furthest: 'won', mql: '2025-05-01', won: '2025-06-15', revenue: 90000 });

  it('counts everything on the created date in the cohort view', () => {
    const book = aprilToJune();
    tallyLeads(book, [lead], 'cohort');
    expect(book.byMonth.map((month) => [month.leads, month.mql, month.sql, month.opportunities, month.won, month.revenue])).toEqual([
      [1, 1, 1, 1, 1, 90000],
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
  });

  it('counts each stage on its own date in the period view, undated ones on the created date', () => {
    const book = aprilToJune();
    tallyLeads(book, [lead], 'period');
    // MQL in May, won and revenue in June; SQL and opportunity have no date, so April.
    expect(book.byMonth.map((month) => [month.leads, month.mql, month.sql, month.opportunities, month.won, month.revenue])).toEqual([
      [1, 0, 1, 1, 0, 0],
      [0, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, 1, 90000],
    ]);
  });
});

describe('tallyUnlinkedDeals', () => {
  it('counts an opportunity on the created date and a win with its amount on the close date', () => {
    const book = aprilToJune();
    tallyUnlinkedDeals(book, [
      deal({ created: '2025-04-20', outcome: 'won', close: '2025-05-20', amount: 80000, channel: '展示会' }),
      deal({ created: '2025-06-01', outcome: 'lost', amount: 10000, channel: '展示会' }),
    ]);
    expect(book.byMonth.map((month) => [month.leads, month.opportunities, month.won, month.revenue])).toEqual([
      [0, 1, 0, 0],
      [0, 0, 1, 80000],
      [0, 1, 0, 0],
    ]);
    expect(book.byChannel.get('展示会')?.opportunities).toBe(2);
  });
});

describe('edge cases', () => {
  it('counts a won deal without a close date on its created date', () => {
    const book = aprilToJune();
    tallyUnlinkedDeals(book, [deal({ created: '2025-04-20', outcome: 'won', amount: 5 })]);
    expect(book.byMonth[0]).toMatchObject({ won: 1, revenue: 5 });
  });

  it('puts a lead without a channel in the blank channel', () => {
    const book = aprilToJune();
    tallyLeads(book, [funnelLead({ created: '2025-04-10' })], 'cohort');
    expect(book.byChannel.get('')?.leads).toBe(1);
  });
});
