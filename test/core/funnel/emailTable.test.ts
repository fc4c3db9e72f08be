import { buildEmailTable } from '../../../src/core/funnel/emailTable';
import { day, email } from './builders';

const april = { from: day('2025-04-01'), to: day('2025-04-30'), asOf: day('2025-04-30') };
const options = { hasOpens: true, hasClicks: true, blankLabel: '(未設定)' };

describe('buildEmailTable', () => {
  it('sums sends per campaign and computes open, click and click-to-open rates', () => {
    const rows = buildEmailTable(
      [
        email({ campaign: '4月メルマガ', delivered: 1000, opens: 250, clicks: 40, date: '2025-04-10' }),
        email({ campaign: '4月メルマガ ', delivered: 1000, opens: 150, clicks: 10, date: '2025-04-11' }),
      ],
      april,
      options,
    );
    // 2000 delivered, 400 opens, 50 clicks.
    expect(rows).toEqual([
      { campaign: '4月メルマガ', delivered: 2000, opens: 400, clicks: 50, openRate: 0.2, clickRate: 0.025, clickToOpenRate: 0.125 },
    ]);
  });

  it('groups by segment when a row has no campaign, and by the blank label when it has neither', () => {
    const rows = buildEmailTable(
      [
        email({ segment: '既存顧客', delivered: 100, date: '2025-04-02' }),
        email({ delivered: 50, date: '2025-04-03' }),
        email({ campaign: 'ウェビナー案内', segment: '既存顧客', delivered: 10, date: '2025-04-01' }),
      ],
      april,
      options,
    );
    expect(rows.map((row) => [row.campaign, row.delivered])).toEqual([
      ['ウェビナー案内', 10],
      ['既存顧客', 100],
      ['(未設定)', 50],
    ]);
  });

  it('keeps campaigns with their own ids apart even under one name, and rows of one id together', () => {
    const rows = buildEmailTable(
      [
        email({ campaign: 'Newsletter', campaignId: 'a1', delivered: 33, date: '2025-04-01' }),
        email({ campaign: 'Newsletter', campaignId: 'b2', delivered: 51, date: '2025-04-18' }),
        email({ campaign: 'Newsletter', campaignId: 'a1', delivered: 7, date: '2025-04-01' }),
      ],
      april,
      { ...options, hasOpens: false, hasClicks: false },
    );
    // a1: 33 + 7 = 40 on 04-01; b2: 51 on 04-18 — two campaigns, by first send.
    expect(rows.map((row) => [row.campaign, row.delivered])).toEqual([
      ['Newsletter', 40],
      ['Newsletter', 51],
    ]);
  });

  it('leaves out rows dated outside the period but keeps undated rows, last', () => {
    const rows = buildEmailTable(
      [email({ campaign: 'A', delivered: 5, date: '2025-05-01' }), email({ campaign: 'B', delivered: 7 }), email({ campaign: 'C', delivered: 9, date: '2025-04-30' })],
      april,
      options,
    );
    expect(rows.map((row) => row.campaign)).toEqual(['C', 'B']);
  });
});

describe('edge cases', () => {
  it('gives null opens, clicks and rates when those columns are not mapped', () => {
    const [row] = buildEmailTable([email({ campaign: 'A', delivered: 100 })], april, { ...options, hasOpens: false, hasClicks: false });
    expect(row).toEqual({ campaign: 'A', delivered: 100, opens: null, clicks: null, openRate: null, clickRate: null, clickToOpenRate: null });
  });

  it('gives null rates over zero delivered', () => {
    const [row] = buildEmailTable([email({ campaign: 'A', delivered: 0, opens: 0, clicks: 0 })], april, options);
    expect([row?.openRate, row?.clickRate, row?.clickToOpenRate]).toEqual([null, null, null]);
  });
});
